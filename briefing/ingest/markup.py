"""HTML to a BeautifulSoup tree in bounded work, whatever the markup.

Python's ``html.parser`` (what BeautifulSoup's "html.parser" builder uses) takes
time quadratic in the length of some malformed markup: an unclosed comment, or
``<a<a<a…`` with no ``>`` after it, rescans the rest of the page at every ``<``
(a 40 KB file takes seconds, a 5 MB one hours). And a tree as deep as the page
is long breaks any code that walks it recursively.

So saved pages go through this tokenizer instead. Every step consumes the
markup it looks at, so the work is linear in the page's size; a construct left
open at the end (a comment, a quote, a tag) runs to the end of the page, as the
HTML standard says. Elements deeper than ``MAX_DEPTH`` are not nested further
(browsers cap the depth of the tree the same way: their text stays, in order,
inside the deepest element kept), and a page with more than ``MAX_ELEMENTS``
tags is refused. The tree is the one the "html.parser" builder makes: the same
soup, the same handling of void elements and of duplicate attributes.
"""

from __future__ import annotations

import re
from html import unescape

from bs4 import BeautifulSoup

# bs4.builder exports it at run time; its type stubs do not list it.
from bs4.builder import HTMLParserTreeBuilder  # type: ignore[attr-defined]

from briefing.ingest.errors import InputError

# Chromium's and WebKit's HTML parsers stop nesting at 512 levels.
MAX_DEPTH = 512
# A saved press page has a few thousand elements, a heavy one a few tens of thousands;
# building the tree costs some 20 µs an element, so this bounds a page to a few seconds.
MAX_ELEMENTS = 100_000

_RAW_TEXT = frozenset({"script", "style"})  # as html.parser: their content is not markup
_TAG_NAME = re.compile(r"[^\t\n\r\f />\x00]*")
_SPACE = re.compile(r"[\t\n\r\f /]*")  # between attributes ("/" not before ">" is ignored)
_ATTR_NAME = re.compile(r"[^\t\n\r\f />][^\t\n\r\f />=]*")
_EQUALS = re.compile(r"[\t\n\r\f ]*=[\t\n\r\f ]*")
_UNQUOTED = re.compile(r"[^\t\n\r\f >]*")


class _BoundedBuilder(HTMLParserTreeBuilder):
    """The "html.parser" tree builder with a linear tokenizer and bounded depth."""

    def feed(self, markup) -> None:  # noqa: ANN001 - bs4's signature
        assert isinstance(markup, str) and self.soup is not None
        _Tokenizer(self.soup, self).run(markup)


class _Tokenizer:
    def __init__(self, soup: BeautifulSoup, builder: HTMLParserTreeBuilder) -> None:
        self.soup = soup
        self.builder = builder
        self.elements = 0
        self.flattened: dict[str, int] = {}  # tags not opened (too deep) -> end tags to skip

    def run(self, markup: str) -> None:
        end = len(markup)
        text_from = at = 0  # text not yet handled starts at text_from
        while at < end:
            lt = markup.find("<", at)
            if lt < 0:
                break
            following = markup[lt + 1 : lt + 2]
            if not (following in ("/", "!", "?") or (following.isascii() and following.isalpha())):
                at = lt + 1  # "a < b", "<3": text
                continue
            if lt > text_from:
                self.text(markup[text_from:lt])
            text_from = at = self.markup_at(markup, lt)
        if text_from < end:
            self.text(markup[text_from:])

    def markup_at(self, markup: str, at: int) -> int:
        """Handle the markup at ``at`` (``<`` then a letter, ``/``, ``!`` or ``?``); its end."""
        end = len(markup)
        following = markup[at + 1 : at + 2]
        if following.isalpha():
            return self.start_tag(markup, at)
        if following == "/":
            name_start = at + 2
            close = markup.find(">", name_start)
            if close < 0:
                return end  # an end tag (or bogus comment) open at the end of the page
            name = _TAG_NAME.match(markup, name_start).group()
            if name[:1].isascii() and name[:1].isalpha():
                self.end_tag(name.lower())
            return close + 1  # "</>" and "</3 …>" are dropped, as by browsers
        if markup.startswith("<!--", at):
            close = markup.find("-->", at + 2)  # "<!-->" is an empty comment
            return end if close < 0 else close + 3
        # A doctype, CDATA or processing instruction: not text.
        close = markup.find(">", at + 2)
        return end if close < 0 else close + 1

    def start_tag(self, markup: str, at: int) -> int:
        end = len(markup)
        name_match = _TAG_NAME.match(markup, at + 1)
        name = name_match.group().lower()
        pos = name_match.end()
        attrs: dict[str, str] = {}
        while True:
            pos = _SPACE.match(markup, pos).end()
            if pos >= end:
                return end  # the page ends inside the tag: the tag is dropped
            if markup[pos] == ">":
                # "<br/>", and as html.parser reads it "<a href=x/>" too
                self_closing = pos - 1 >= name_match.end() and markup[pos - 1] == "/"
                break
            attr = _ATTR_NAME.match(markup, pos)
            key = attr.group().lower()
            pos = attr.end()
            value = ""
            equals = _EQUALS.match(markup, pos)
            if equals:
                pos = equals.end()
                quote = markup[pos : pos + 1]
                if quote in ('"', "'"):
                    close = markup.find(quote, pos + 1)
                    if close < 0:
                        return end  # a quoted value open at the end of the page
                    value = markup[pos + 1 : close]
                    pos = close + 1
                else:
                    unquoted = _UNQUOTED.match(markup, pos)
                    value = unquoted.group()
                    pos = unquoted.end()
            attrs[key] = unescape(value) if "&" in value else value  # the last one wins
        pos += 1
        self.open(name, attrs, self_closing)
        if name in _RAW_TEXT and not self_closing:
            closing = re.compile(rf"</{re.escape(name)}(?=[\t\n\r\f />])", re.IGNORECASE)
            found = closing.search(markup, pos)
            stop = found.start() if found else end
            if stop > pos:
                self.soup.handle_data(markup[pos:stop])
            pos = stop
        return pos

    def open(self, name: str, attrs: dict[str, str], self_closing: bool) -> None:
        void = self.builder.can_be_empty_element(name)
        if len(self.soup.tagStack) > MAX_DEPTH:  # not nested further: costs no element
            self.soup.handle_data(" ")  # words either side stay apart
            if not (void or self_closing):
                self.flattened[name] = self.flattened.get(name, 0) + 1
            return
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise InputError(
                f"saved web page has over {MAX_ELEMENTS:,} elements; a press release has a few thousand"
            )
        self.soup.handle_starttag(name, None, None, attrs)
        if void or self_closing:
            self.soup.handle_endtag(name)

    def end_tag(self, name: str) -> None:
        if self.flattened.get(name):
            self.flattened[name] -= 1
            self.soup.handle_data(" ")
            return
        self.soup.handle_endtag(name)

    def text(self, data: str) -> None:
        self.soup.handle_data(unescape(data) if "&" in data else data)


def parse_html(markup: str) -> BeautifulSoup:
    """``markup`` as a BeautifulSoup tree, in time linear in its length.

    Raises ``InputError`` for a page with more than ``MAX_ELEMENTS`` tags.
    """
    return BeautifulSoup(markup, builder=_BoundedBuilder())
