"""Reading files users drop in: decoding, saved web pages, and honest refusals.

Every refusal is an ``InputError`` whose message is the one-line reason shown
to the user; the rest of an import goes on.

Decoding: a byte-order mark decides (UTF-8, UTF-16, UTF-32); else strict UTF-8;
else UTF-8 with the odd Windows-1252 byte pasted in; else a detector
(charset-normalizer) with Windows-1252 preferred for Western text. Text that
was already double-encoded somewhere upstream ("â€™" for "’") is repaired, so
no mojibake is stored. Saved web pages (``.html``/``.htm``) become their
article's text through BeautifulSoup; Markdown through markdown-it.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefing.parse.text import strip_controls

# The longest real releases are tens of KB; a saved web page with inline scripts
# and styles can reach a few MB. Anything bigger is not a press release.
MAX_FILE_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

# Magic numbers of formats people save by mistake.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a media file",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "a program",
    b"MZ": "a Windows program",
    b"\x1f\x8b": "a gzip archive",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# Control characters that do not occur in text: more than the odd stray one (which
# strip_controls removes later, as it does ESC) means binary data.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class InputError(Exception):
    """A file that cannot become a release; the message is the reason, one line."""


@dataclass
class SourceFile:
    """A file's decoded text, ready for parsing."""

    name: str  # the file name the release is known by
    text: str
    encoding: str


# ---------------------------------------------------------------- finding files


def collect(paths: list[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand folders into their importable files; report paths that give nothing."""
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as error:  # e.g. a parent folder we may not enter, a name too long
            failed.append((str(raw), f"cannot reach this path: {_reason(error)}"))
            continue
        if is_dir:
            found, problem = _release_files(path)
            if not found:
                kinds = ", ".join(SUFFIXES)
                why = f"; {problem}" if problem else ""
                failed.append((str(raw), f"folder has no readable release files ({kinds}){why}"))
            candidates = found
        elif exists:
            candidates = [path]
        elif path.is_symlink():
            failed.append((str(raw), "a link to a file or folder that no longer exists"))
            continue
        else:
            failed.append((str(raw), "no such file or folder"))
            continue
        for candidate in candidates:
            key = _identity(candidate)
            if key not in seen:  # a file named twice (or inside a folder named too) goes in once
                seen.add(key)
                files.append(candidate)
    return files, failed


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _release_files(folder: Path) -> tuple[list[Path], str | None]:
    """Release files under ``folder`` (hidden ones skipped), and why some could not be read."""
    found: list[Path] = []
    problems: list[OSError] = []
    for root, dirs, names in os.walk(folder, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            candidate = Path(root) / name
            if name.startswith(".") or candidate.suffix.lower() not in SUFFIXES:
                continue
            try:
                if candidate.is_file():
                    found.append(candidate)
            except OSError as error:
                problems.append(error)
    problem = f"cannot read {len(problems)} folder(s): {_reason(problems[0])}" if problems else None
    return found, problem


# ---------------------------------------------------------------- reading one file


def read_source(path: Path) -> SourceFile:
    """Read one file as release text, or raise ``InputError`` with the reason."""
    limit = MAX_FILE_BYTES // (1024 * 1024)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file (a device, pipe or socket)")
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(
                f"file is {info.st_size / 1024 / 1024:.1f} MB; the limit is {limit} MB"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise InputError("permission denied: cannot read this file") from None
    except FileNotFoundError:
        raise InputError("no such file (was it moved or deleted?)") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"cannot read file: {_reason(error)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"file is over the {limit} MB limit")
    return source_from_bytes(data, safe_name(path.name))


def safe_name(name: str) -> str:
    """A file name as shown and stored: no escape sequences or line breaks in it."""
    return re.sub(r"\s*[\n\t]\s*", " ", strip_controls(name)).strip() or "unnamed"


def source_from_bytes(data: bytes, name: str) -> SourceFile:
    """A file's bytes as release text (decoded, converted, checked), or ``InputError``."""
    text, encoding = decode(data)
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError("saved web page has no article text")
    elif suffix in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    check_prose(text)
    return SourceFile(name=name, text=text, encoding=encoding)


def _reason(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else str(error)


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used; ``InputError`` for binary or empty files."""
    if not data:
        raise InputError("file is empty")
    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise InputError("file has only whitespace")
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"not a text file: looks like {kind}")
    text, encoding = _decode_text(data)
    if _is_binary_text(text):
        raise InputError("not a text file: it contains binary data")
    return repair_mojibake(text), encoding


def _decode_text(data: bytes) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                return _decode_utf8ish(data[len(bom) :], "utf-8-sig")
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise InputError(
                    f"not readable as {label} text despite its byte-order mark"
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            raise InputError("not a text file: it contains binary data") from None
    return _decode_utf8ish(data, "utf-8")


def _decode_utf8ish(data: bytes, label: str) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), label
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        # UTF-8 with a stray Windows-1252 byte (a £ or ’ pasted from Word): keep both right.
        return data.decode("utf-8", errors="briefing-cp1252"), f"{label}+cp1252"
    return _detect(data)


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _mostly_utf8(data: bytes) -> bool:
    sequences = _UTF8_SEQUENCE.findall(data)
    valid_bytes = sum(len(s) for s in sequences)
    stray = sum(byte >= 0x80 for byte in data) - valid_bytes
    return len(sequences) >= 2 and len(sequences) > stray


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes read as mostly-ASCII UTF-16 without a BOM."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.6 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _is_binary_text(text: str) -> bool:
    if "\ufffd\ufffd\ufffd" in text:
        return True
    controls = len(_BINARY_CONTROLS.findall(text[:65536]))
    return controls > 8 and controls > len(text[:65536]) // 100


# Windows-1252 as browsers decode it: the five bytes it leaves undefined map to
# the C1 controls of the same number (strip_controls removes those later).
_CP1252 = {byte: bytes([byte]).decode("cp1252", errors="replace") for byte in range(0x80, 0x100)}
_CP1252.update({byte: chr(byte) for byte, char in _CP1252.items() if char == "\ufffd"})
_CP1252_BYTES = {char: byte for byte, char in _CP1252.items()}


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252.get(byte, chr(byte)) for byte in bad), error.end


codecs.register_error("briefing-cp1252", _cp1252_fallback)


def _windows_1252(data: bytes) -> str:
    return data.decode("cp1252", errors="briefing-cp1252")


# Detectors guess poorly between the Western single-byte encodings, and Word
# and browsers on Windows write cp1252 (a superset of Latin-1's printable range,
# adding the curly quotes, dashes and € that Latin-1 lacks).
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "ascii", "cp1250", "iso8859_2", "mac_roman", "cp850"}


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    high = sum(byte >= 0x80 for byte in data)
    if high <= len(data) // 20:
        # English text with the odd curly quote, dash or £: Windows-1252 (or Latin-1).
        return _windows_1252(data), "cp1252"
    best = from_bytes(data).best()
    if best is None or best.encoding in _WESTERN or best.chaos > 0.2:
        return _windows_1252(data), "cp1252"
    return str(best), best.encoding


# ---------------------------------------------------------------- mojibake


def _continuation_chars() -> str:
    return "".join(re.escape(_CP1252[byte]) for byte in range(0x80, 0xC0))


_CONT = f"[{_continuation_chars()}]"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)
# What a repaired sequence may turn into: accented Latin letters, punctuation
# (quotes, dashes, no-break space), currency, ™ and emoji. Anything else (Hebrew,
# IPA, ...) means the letters were meant as they are ("Groß”" stays).
_PLAUSIBLE = re.compile(
    "[\u00a0-\u017f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\U0001f000-\U0001faff]"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as Windows-1252 upstream: 'Londonâ€™s' -> 'London’s'."""

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            fixed = bytes(_CP1252_BYTES.get(char, ord(char)) for char in run).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return run
        return fixed if _PLAUSIBLE.fullmatch(fixed) else run

    for _ in range(2):  # twice: text double-encoded twice over is not rare on the web
        if not _MOJIBAKE.search(text):
            break
        text = _MOJIBAKE.sub(fix, text)
    # Tools that drop the byte Windows-1252 leaves undefined turn ” (E2 80 9D) into a bare
    # "â€"; no other character of text ends up that way.
    return _BARE_CLOSING_QUOTE.sub("\u201d", text)


_BARE_CLOSING_QUOTE = re.compile(f"\u00e2\u20ac(?!{_CONT})")


# ---------------------------------------------------------------- saved web pages


def _looks_like_html(text: str) -> bool:
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


# ---------------------------------------------------------------- prose


def check_prose(text: str) -> None:
    """Refuse text with no paragraph of prose in it (a list of numbers, a table dump)."""
    if not text.strip():
        raise InputError("file has only whitespace")
    for line in text.splitlines():
        if len(_WORD.findall(line)) >= 8:
            return
    raise InputError("no paragraphs of prose found (is this a press release?)")
