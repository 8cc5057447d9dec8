"""Cleaning untrusted text: terminal escapes, control characters, whitespace.

Release text is data from the outside world. Everything we store, print or show
has been through ``strip_controls`` so an ANSI/OSC sequence in a file can never
act on the user's terminal or clipboard.
"""

from __future__ import annotations

import re
from html import unescape

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte ESC sequences,
# and the 8-bit C1 forms of CSI/OSC.
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]          # CSI
  | (?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC, with or without terminator
  | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?      # DCS, SOS, PM, APC strings
  | \x1b[@-Z\\-_]                              # other ESC Fe sequences
  | \x1b                                       # a lone ESC
    """,
    re.VERBOSE,
)
# C0 and C1 controls except tab and newline; DEL; bidi overrides/isolates that can
# reorder what a user reads; zero-width characters that hide inside words.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# The spaces _SPACES folds other than " ": a line with none of them and no double space
# is already collapsed (most are, and substituting each single space costs time).
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters; keep newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:  # what every escape starts with
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def clean_line(line: str) -> str:
    """One line of release text: controls gone, any run of spaces one space."""
    return collapse_spaces(strip_controls(line))


def collapse_spaces(line: str) -> str:
    """Any run of spaces (tabs, no-break spaces) one space; ends trimmed."""
    if "  " in line or _ODD_SPACE.search(line):
        line = _SPACES.sub(" ", line)
    return line.strip()


# An entity as HTML writes it, with its semicolon: a bare "&" in ordinary text ("A&E",
# "M&S") is never one.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|table|tr|td|"
    r"figure|figcaption)\b[^<>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def decode_markup(text: str) -> str:
    """Text copied as raw HTML, its entities undecoded ("he said&colon;
    <em>&OpenCurlyDoubleQuote;It is tragic&period;"): the entities decoded, and, in
    text that carried them, block tags made paragraph breaks and other tags dropped, so
    its stops, quote marks and paragraphs read as the page shows them."""
    if "&" not in text:
        return text
    decoded = _ENTITY.sub(lambda entity: unescape(entity[0]), text)
    if decoded == text or "<" not in decoded:
        return decoded
    return _TAG.sub("", _BLOCK_TAG.sub("\n\n", decoded))
