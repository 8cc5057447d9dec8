"""Saved web pages and Markdown to plain release text (one paragraph a line)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

# A page's own address, as saved pages state it in their head. Attributes in either order.
_CANONICAL = re.compile(
    r"""<link\b[^>]{0,400}?\brel\s*=\s*["']?canonical\b[^>]{0,400}?\bhref\s*=\s*["']([^"'\s>]{1,500})"""
    r"""|<link\b[^>]{0,400}?\bhref\s*=\s*["']([^"'\s>]{1,500})["'][^>]{0,400}?\brel\s*=\s*["']?canonical\b"""
    r"""|<meta\b[^>]{0,400}?\bproperty\s*=\s*["']og:url["'][^>]{0,400}?\bcontent\s*=\s*["']([^"'\s>]{1,500})""",
    re.IGNORECASE,
)
HEAD_BYTES = 200_000  # the head of a saved page is near its start; never scan megabytes


def canonical_url(markup: str) -> str | None:
    """The address a saved page gives for itself, if any (http/https only)."""
    match = _CANONICAL.search(markup, 0, HEAD_BYTES)
    url = next((group for group in match.groups() if group), None) if match else None
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return strip_url(url)


def strip_url(url: str) -> str:
    """An address as an identity: no fragment, no trailing slash, scheme and host in lower case."""
    url = url.split("#", 1)[0].rstrip("/")
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


# Never article text.
_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "math",
    "canvas",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "dialog",
    "nav",
    "aside",
    "head",
    "title",
    "meta",
    "link",
    "map",
    "audio",
    "video",
    "picture",
    "img",
}
# Site furniture when outside the article (an <article> may have its own <header>).
_SITE_TAGS = {"header", "footer"}
_SITE_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "search",
    "complementary",
    "dialog",
    "alertdialog",
}
# ids/classes of page furniture on press pages: cookie banners, breadcrumbs, share bars...
_FURNITURE_HINT = re.compile(
    r"cookie|consent|gdpr|breadcrumb|share|social|skip[-_]?(?:link|to)|newsletter|subscribe"
    r"|related|promo|advert|sidebar|site[-_]?(?:header|footer|nav)|navbar|nav[-_]|menu"
    r"|visually[-_]?hidden|sr[-_]only|screen[-_]?reader|feedback|rating|accessib[a-z]{0,20}[-_]format"
    r"|toolbar|pagination|back[-_]?to[-_]?top|print[-_]?(?:link|page)|modal|popup|tags?[-_]?list",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "address",
    "article",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "footer",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "summary",
    "caption",
    "center",
    "br",
}
_CELL_TAGS = {"td", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """A saved web page's article text, a blank line between paragraphs.

    Navigation, headers and footers of the site, scripts, styles, forms, cookie
    banners and hidden elements are dropped; the article (``<article>``, else
    ``<main>``, else the body) is kept, with its headline and publication date
    even when the page shows them just above the article.

    The work is linear in the page's size whatever the markup (see
    ``markup.parse_html``): the tree is walked without recursion, each pass once.
    Raises ``InputError`` for a page too big to be a press release.
    """
    # BeautifulSoup takes a tenth of a second to load: only a saved page needs it.
    from briefing.ingest.markup import parse_html

    soup = parse_html(markup)
    tags = _index(soup)
    published = _published_date(tags)
    site = _site_in_title(tags)
    for tag in tags.get("time", []):
        # "20/03/2017" or "2017-03-20" on the page: the machine-readable date says which.
        when = _iso_date(str(tag.get("datetime") or ""))
        if when:
            tag.string = when
    _drop_furniture(soup, tags)
    root = _article_root(soup, tags)
    inside: set[str] = set()
    blocks = _blocks(root, inside)
    if root is not soup and root.name != "body":
        headline = next((tag for tag in tags.get("h1", []) if not tag.decomposed), None)
        if headline is not None and "h1" not in inside:
            title = _inline_text(headline)
            if title and title not in blocks[:1]:
                blocks.insert(0, title)
    if published and not any(_mentions_date(block) for block in blocks[:6]):
        blocks.insert(1 if blocks else 0, published)
    if site and blocks and site[0] == blocks[0]:
        blocks.insert(0, site[1])
    return "\n\n".join(blocks)


# A page's browser title, its headline then its site's name: "Custody suite reopens -
# Metropolitan Police".
_TITLE_AND_SITE = re.compile(r"^(?P<headline>.+?)\s+[-–|]\s+(?P<site>[^-–|]{3,60})$")


def _site_in_title(tags: dict[str, list]) -> tuple[str, str] | None:
    """(headline, site) from the page's browser title when the site is an office whose
    own pages these are (its newsroom): kept over the headline, as such pages print it,
    its name is the page's own cue to its publisher once the site's furniture is gone."""
    from briefing.parse.release import office_site_name

    title = next(iter(tags.get("title", [])), None)
    match = _TITLE_AND_SITE.match(" ".join(title.get_text().split())) if title else None
    if match and office_site_name(match["site"]):
        return match["headline"], match["site"]
    return None


_START, _END, _TEXT = "start", "end", "text"


def _walk(root) -> Iterator[tuple[str, Any]]:
    """(``start``, tag), (``text``, string), (``end``, tag) in document order, without recursion."""
    from bs4 import NavigableString, Tag

    stack = [(root, iter(root.children))]
    while stack:
        child = next(stack[-1][1], None)
        if child is None:
            tag, _ = stack.pop()
            if stack:
                yield _END, tag
        elif isinstance(child, Tag):
            yield _START, child
            stack.append((child, iter(child.children)))
        elif isinstance(child, NavigableString):
            yield _TEXT, child


def _index(soup) -> dict[str, list]:
    """The page's tags by name, each list in document order (one pass: ``find_all`` is slow)."""
    tags: dict[str, list] = {}
    for event, node in _walk(soup):
        if event == _START:
            tags.setdefault(node.name, []).append(node)
    return tags


def _drop_furniture(soup, tags: dict[str, list]) -> None:
    for name in _DROP_TAGS:
        for tag in tags.get(name, []):
            if not tag.decomposed:
                tag.decompose()
    # One pass for what _is_furniture asks of a tag's ancestors and descendants.
    in_article: set[int] = set()  # ids of tags inside an <article> or <main>
    wrappers: set[int] = set()  # ids of tags around a <main>, <article> or <h1>
    open_articles = 0
    holds_key = [False]  # per open tag: a main/article/h1 is inside it
    every: list = []
    for event, tag in _walk(soup):
        if event == _START:
            every.append(tag)
            if open_articles:
                in_article.add(id(tag))
            open_articles += tag.name in ("article", "main")
            holds_key.append(False)
        elif event == _END:
            open_articles -= tag.name in ("article", "main")
            if holds_key.pop():
                wrappers.add(id(tag))
                holds_key[-1] = True
            if tag.name in ("main", "article", "h1"):
                holds_key[-1] = True
    doomed = [
        tag for tag in every if _is_furniture(tag, id(tag) in in_article, id(tag) in wrappers)
    ]
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


_HINT_CHARS = 1000  # of an id, class or label: enough for any real one


def _is_furniture(tag, in_article: bool, wraps_article: bool) -> bool:
    attrs = tag.attrs or {}
    if tag.name in _SITE_TAGS and not in_article:
        return True
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))[:_HINT_CHARS]):
        return True
    if tag.name in ("html", "body", "main", "article") or wraps_article:
        return False  # a wrapper around the article ("layout-with-sidebar") is not furniture
    if str(attrs.get("role", "")).lower() in _SITE_ROLES:
        return True
    classes = attrs.get("class") or []
    names = " ".join(
        value[:_HINT_CHARS]
        for value in [
            str(attrs.get("id", "")),
            *(classes if isinstance(classes, list) else [str(classes)])[:50],
            str(attrs.get("aria-label", "")),
        ]
    )
    return bool(names.strip()) and bool(_FURNITURE_HINT.search(names))


def _article_root(soup, tags: dict[str, list]):
    articles = [tag for tag in tags.get("article", []) if not tag.decomposed]
    if articles:
        # The article with the most prose, not a teaser card of a related one.
        sizes = _text_sizes(soup, {id(tag) for tag in articles})
        return max(articles, key=lambda tag: sizes[id(tag)])
    for selector in ("main", "[role=main]", "#main-content", "#content", ".content"):
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return soup.body or soup


def _text_sizes(soup, wanted: set[int]) -> dict[int, int]:
    """How much text each tag in ``wanted`` holds (as ``get_text(" ", strip=True)``), in one pass."""
    total = 0  # stripped text so far, with a separator after each piece
    started: dict[int, int] = {}
    sizes: dict[int, int] = {}
    for event, node in _walk(soup):
        if event == _TEXT:
            piece = len(node.strip())
            total += piece + 1 if piece else 0
        elif id(node) in wanted:
            if event == _START:
                started[id(node)] = total
            else:
                sizes[id(node)] = max(0, total - started[id(node)] - 1)
    return sizes


def _blocks(root, names: set[str]) -> list[str]:
    """The text of ``root`` as paragraphs, in document order; list items marked '- '.

    ``names`` gets the name of every tag inside ``root``.
    """
    blocks: list[str] = []
    current: list[str] = []
    bullet = False  # the next block is the first of a list item

    def flush() -> None:
        nonlocal bullet
        text = " ".join("".join(current).split())
        current.clear()
        if text:
            blocks.append(f"- {text}" if bullet else text)
            bullet = False

    for event, node in _walk(root):
        if event == _TEXT:  # (parse_html leaves out comments and doctypes)
            current.append(str(node))
            continue
        names.add(node.name)
        if node.name in _CELL_TAGS:
            current.append(" ")
        elif node.name in _BLOCK_TAGS:
            flush()
            if node.name == "li":
                bullet = event == _START
    flush()
    return blocks


def _inline_text(tag) -> str:
    return " ".join(tag.get_text(" ").split())


_DATE_WORDS = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b",
    re.IGNORECASE,
)


def _mentions_date(text: str) -> bool:
    return len(text) <= 60 and bool(_DATE_WORDS.search(text))


def _published_date(tags: dict[str, list]) -> str | None:
    """The page's publication date as '26 November 2024', from its metadata or <time>."""
    candidates: list[str] = []
    for attr, name in (
        ("property", "article:published_time"),
        ("name", "date"),
        ("name", "dcterms.created"),
        ("itemprop", "datePublished"),
    ):
        tag = next((meta for meta in tags.get("meta", []) if meta.get(attr) == name), None)
        if tag is not None and tag.get("content"):
            candidates.append(str(tag["content"]))
    for tag in tags.get("time", []):
        if tag.get("datetime"):
            candidates.append(str(tag["datetime"]))
    return next((when for when in map(_iso_date, candidates) if when), None)


def _iso_date(value: str) -> str | None:
    """'2024-11-26T07:42:00Z' as '26 November 2024' (how releases state dates)."""
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return f"{when.day} {when:%B %Y}"


# ---------------------------------------------------------------- Markdown


def markdown_to_text(text: str) -> str:
    """Markdown as plain paragraphs: markers (#, **, [text](url)) gone, line breaks kept."""
    try:
        from markdown_it import MarkdownIt
    except ImportError:  # pragma: no cover - markdown-it comes with Textual's Rich
        return text
    # "breaks": a single newline stays a line break, as in the saved text of a web page.
    html = MarkdownIt("commonmark", {"breaks": True, "html": True}).render(text)
    converted = html_to_text(f"<html><body>{html}</body></html>")
    return converted or text
