"""Saved web pages and Markdown to plain release text (one paragraph a line)."""

from __future__ import annotations

import re
from datetime import datetime


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


# Never article text.
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object",
    "embed", "form", "button", "input", "select", "textarea", "dialog", "nav", "aside",
    "head", "title", "meta", "link", "map", "audio", "video", "picture", "img",
}  # fmt: skip
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
    r"|visually[-_]?hidden|sr[-_]only|screen[-_]?reader|feedback|rating|accessib[a-z]*[-_]format"
    r"|toolbar|pagination|back[-_]?to[-_]?top|print[-_]?(?:link|page)|modal|popup|tags?[-_]?list",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hr",
    "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr",
    "ul", "summary", "caption", "center", "br",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """A saved web page's article text, a blank line between paragraphs.

    Navigation, headers and footers of the site, scripts, styles, forms, cookie
    banners and hidden elements are dropped; the article (``<article>``, else
    ``<main>``, else the body) is kept, with its headline and publication date
    even when the page shows them just above the article.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    published = _published_date(soup)
    for tag in soup.find_all("time"):
        # "20/03/2017" or "2017-03-20" on the page: the machine-readable date says which.
        when = _iso_date(str(tag.get("datetime") or ""))
        if when:
            tag.string = when
    _drop_furniture(soup)
    root = _article_root(soup)
    blocks = _blocks(root)
    if root is not soup and root.name != "body":
        headline = soup.find("h1")
        if headline is not None and root.find("h1") is None:
            title = _inline_text(headline)
            if title and title not in blocks[:1]:
                blocks.insert(0, title)
    if published and not any(_mentions_date(block) for block in blocks[:6]):
        blocks.insert(1 if blocks else 0, published)
    return "\n\n".join(blocks)


def _drop_furniture(soup) -> None:
    from bs4 import Comment, Declaration, Doctype, ProcessingInstruction

    for node in soup.find_all(
        string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))
    ):
        node.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    doomed = []
    for tag in soup.find_all(True):
        if _is_furniture(tag):
            doomed.append(tag)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def _is_furniture(tag) -> bool:
    attrs = tag.attrs or {}
    if tag.name in _SITE_TAGS and tag.find_parent(["article", "main"]) is None:
        return True
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    if tag.name in ("html", "body", "main", "article") or tag.find(["main", "article", "h1"]):
        return False  # a wrapper around the article ("layout-with-sidebar") is not furniture
    if str(attrs.get("role", "")).lower() in _SITE_ROLES:
        return True
    names = " ".join(
        [str(attrs.get("id", "")), *(attrs.get("class") or []), str(attrs.get("aria-label", ""))]
    )
    return bool(names.strip()) and bool(_FURNITURE_HINT.search(names))


def _article_root(soup):
    articles = soup.find_all("article")
    if articles:
        # The article with the most prose, not a teaser card of a related one.
        return max(articles, key=lambda tag: len(tag.get_text(" ", strip=True)))
    for selector in ("main", "[role=main]", "#main-content", "#content", ".content"):
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return soup.body or soup


def _blocks(root) -> list[str]:
    """The text of ``root`` as paragraphs, in document order; list items marked '- '."""
    from bs4 import NavigableString, Tag

    blocks: list[str] = []
    current: list[str] = []
    bullet = [False]  # the next block is the first of a list item

    def flush() -> None:
        text = " ".join("".join(current).split())
        current.clear()
        if text:
            blocks.append(f"- {text}" if bullet[0] else text)
            bullet[0] = False

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                current.append(str(child))
            elif isinstance(child, Tag):
                name = child.name
                if name in _CELL_TAGS:
                    current.append(" ")
                    walk(child)
                    current.append(" ")
                elif name in _BLOCK_TAGS:
                    flush()
                    if name == "li":
                        bullet[0] = True
                    walk(child)
                    flush()
                    if name == "li":
                        bullet[0] = False
                else:
                    walk(child)

    walk(root)
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


def _published_date(soup) -> str | None:
    """The page's publication date as '26 November 2024', from its metadata or <time>."""
    candidates: list[str] = []
    for attr, name in (("property", "article:published_time"), ("name", "date"),
                       ("name", "dcterms.created"), ("itemprop", "datePublished")):  # fmt: skip
        tag = soup.find("meta", attrs={attr: name})
        if tag is not None and tag.get("content"):
            candidates.append(str(tag["content"]))
    for tag in soup.find_all("time"):
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
