"""Bytes to text: byte-order marks, UTF-8, a detector; binary refused; mojibake repaired."""

from __future__ import annotations

import codecs
import re

from briefing.ingest.errors import InputError

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
# Control characters that do not occur in text: more than the odd stray one (which
# strip_controls removes later, as it does ESC) means binary data.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


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
# What every run of _MOJIBAKE starts with: one scan for it is a fraction of the cost
# of trying the three forms at every character, and most text has none.
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")
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
        if not (_MOJIBAKE_LEAD.search(text) and _MOJIBAKE.search(text)):
            break
        text = _MOJIBAKE.sub(fix, text)
    # Tools that drop the byte Windows-1252 leaves undefined turn ” (E2 80 9D) into a bare
    # "â€"; no other character of text ends up that way.
    return _BARE_CLOSING_QUOTE.sub("\u201d", text)


_BARE_CLOSING_QUOTE = re.compile(f"\u00e2\u20ac(?!{_CONT})")
