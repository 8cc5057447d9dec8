"""Reading files users drop in: decoding, saved web pages, and honest refusals.

Every refusal is an ``InputError`` whose message is the one-line reason shown
to the user; the rest of an import goes on.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

# The longest real releases are tens of KB; a saved web page with inline scripts
# and styles can reach a few MB. Anything bigger is not a press release.
MAX_FILE_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

# Magic numbers of formats people save by mistake.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "a program",
}
_WORD = re.compile(r"[^\W\d_]{2,}")


class InputError(Exception):
    """A file that cannot become a release; the message is the reason, one line."""


@dataclass
class SourceFile:
    """A file's decoded text, ready for parsing."""

    name: str  # the file name the release is known by
    text: str
    encoding: str


def collect(paths: list[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand folders into their importable files; report paths that give nothing."""
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            try:
                found = sorted(
                    p for p in path.rglob("*")
                    if p.suffix.lower() in SUFFIXES and p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            except OSError as error:
                failed.append((str(raw), f"cannot read folder: {error.strerror or error}"))
                continue
            if not found:
                kinds = ", ".join(SUFFIXES)
                failed.append((str(raw), f"folder has no readable release files ({kinds})"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            failed.append((str(raw), "no such file or folder"))
    return files, failed


def read_source(path: Path) -> SourceFile:
    """Read one file as release text, or raise ``InputError`` with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise InputError(f"file is {size / 1024 / 1024:.1f} MB; the limit is {limit} MB")
        data = path.read_bytes()
    except PermissionError:
        raise InputError("permission denied: cannot read this file") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror or error}") from None
    text, encoding = decode(data)
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        text = html_to_text(text)
    check_prose(text)
    return SourceFile(name=path.name, text=text, encoding=encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: BOMs first, then UTF-8, then a detector; binary refused."""
    if not data.strip():
        raise InputError("file is empty")
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"not a text file: looks like {kind}")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("not readable as UTF-16 text despite its byte-order mark") from None
    if b"\x00" in data[:4096] and not _looks_like_utf16(data):
        raise InputError("not a text file: it contains binary data")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > len(sample) // 4 and min(even, odd) < len(sample) // 50


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # Word and browsers on Windows write cp1252 (a superset of Latin-1's printable
    # range): its curly quotes and £ are the usual non-UTF-8 bytes in a release.
    # Detectors guess poorly on short text, so cp1252 wins unless a long text
    # clearly reads as something else.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    best = from_bytes(data).best()
    if western is not None and (
        best is None or len(data) < 2000 or best.encoding in _WESTERN or best.chaos > 0.2
    ):
        return western, "cp1252"
    if best is None:
        raise InputError("not a text file: no text encoding fits it")
    return str(best), best.encoding


_WESTERN = {"cp1252", "latin_1", "iso8859_15", "ascii", "cp1250", "iso8859_2", "mac_roman"}


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def html_to_text(markup: str) -> str:
    """A saved web page's article text, one paragraph a line; navigation and scripts gone."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer",
                     "aside", "form", "iframe", "svg", "button"]):  # fmt: skip
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines: list[str] = []
    for element in root.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre", "td"]):
        if element.find(["p", "li", "blockquote"]):
            continue  # its children are listed on their own
        text = " ".join(element.get_text(" ").split())
        if text:
            lines.append(f"- {text}" if element.name == "li" else text)
    if not lines:
        lines = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    return "\n".join(lines)


def check_prose(text: str) -> None:
    """Refuse text with no paragraph of prose in it (a list of numbers, a table dump)."""
    if not text.strip():
        raise InputError("file has only whitespace")
    for line in text.splitlines():
        if len(_WORD.findall(line)) >= 8:
            return
    raise InputError("no paragraphs of prose found (is this a press release?)")
