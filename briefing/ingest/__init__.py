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

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from briefing.ingest.decode import decode, repair_mojibake
from briefing.ingest.errors import InputError
from briefing.ingest.pages import canonical_url, html_to_text, looks_like_html, markdown_to_text
from briefing.parse.text import strip_controls

__all__ = [
    "MAX_FILE_BYTES",
    "InputError",
    "SourceFile",
    "check_prose",
    "collect",
    "decode",
    "html_to_text",
    "markdown_to_text",
    "read_source",
    "repair_mojibake",
    "safe_name",
    "shown_path",
    "source_from_bytes",
]

# The longest real releases are tens of KB; a saved web page with inline scripts
# and styles can reach a few MB. Anything bigger is not a press release.
MAX_FILE_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class SourceFile:
    """A file's decoded text, ready for parsing."""

    name: str  # the file name the release is known by
    text: str
    encoding: str
    canonical: str | None = None  # a saved page's own address (<link rel=canonical>, og:url)


# ---------------------------------------------------------------- finding files


def collect(
    paths: list[str | os.PathLike[str]], skipped: list[tuple[str, str]] | None = None
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand folders into their importable files; report paths that give nothing.

    ``skipped``, if given, gets each other file a folder holds (a PDF, an image) with
    why it was left out, so an import can name every file it did not read.
    """
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        try:
            path = Path(raw).expanduser()
        except RuntimeError:  # "~nosuchuser/…"
            failed.append((str(raw), "no such user's home folder"))
            continue
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as error:  # e.g. a parent folder we may not enter, a name too long
            failed.append((str(raw), f"cannot reach this path: {_reason(error)}"))
            continue
        if is_dir:
            found, problem = _release_files(path, skipped)
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


def _release_files(
    folder: Path, skipped: list[tuple[str, str]] | None = None
) -> tuple[list[Path], str | None]:
    """Release files under ``folder`` (hidden ones skipped), and why some could not be read;
    other visible files go to ``skipped`` with the reason."""
    found: list[Path] = []
    problems: list[OSError] = []
    for root, dirs, names in os.walk(folder, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            candidate = Path(root) / name
            if name.startswith("."):
                continue
            if candidate.suffix.lower() not in SUFFIXES:
                if skipped is not None:
                    skipped.append((str(candidate), _not_a_release_file(candidate)))
                continue
            try:
                if candidate.is_file():
                    found.append(candidate)
            except OSError as error:
                problems.append(error)
    problem = f"cannot read {len(problems)} folder(s): {_reason(problems[0])}" if problems else None
    return found, problem


def _not_a_release_file(path: Path) -> str:
    kind = f"a {path.suffix.lower()} file" if path.suffix else "a file without an extension"
    return f"{kind}, not a release (releases are read from {', '.join(SUFFIXES)} files)"


# ---------------------------------------------------------------- reading one file


def read_source(path: Path) -> SourceFile:
    """Read one file as release text, or raise ``InputError`` with the reason."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file (a device, pipe or socket)")
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(_too_big(f"file is {info.st_size:,} bytes"))
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
        raise InputError(_too_big("file grew past the limit while being read"))
    try:
        return source_from_bytes(data, safe_name(path.name))
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - one bad file must never stop an import
        # A bug of ours or a library's on hostile input: this file's one-line reason.
        detail = " ".join(str(error).split())[:200]
        raise InputError(
            f"could not read this file ({type(error).__name__}{': ' if detail else ''}{detail})"
        ) from None


def _too_big(what: str) -> str:
    """Exact numbers: "5.0 MB; the limit is 5 MB" of a file one byte over would say nothing."""
    return f"{what}; the limit is {MAX_FILE_BYTES:,} bytes ({MAX_FILE_BYTES // 2**20} MB)"


def safe_name(name: str) -> str:
    """A file name as shown and stored: no escape sequences or line breaks in it."""
    return re.sub(r"\s*[\n\t]\s*", " ", strip_controls(name)).strip() or "unnamed"


def shown_path(path: str) -> str:
    """A path as printed on one line: escapes and controls gone, line breaks and tabs as \\n, \\t.

    A file called "a.txt\\nimported: b.txt" must not print a second, made-up line.
    """
    return strip_controls(path).replace("\n", "\\n").replace("\t", "\\t")


def source_from_bytes(data: bytes, name: str) -> SourceFile:
    """A file's bytes as release text (decoded, converted, checked), or ``InputError``.

    Files, pasted text and standard input all come through here, so they meet the
    same size limit and the same checks.
    """
    if len(data) > MAX_FILE_BYTES:
        size, limit = len(data) / 1024 / 1024, MAX_FILE_BYTES // (1024 * 1024)
        raise InputError(f"text is {size:.1f} MB; the limit is {limit} MB")
    text, encoding = decode(data)
    suffix = Path(name).suffix.lower()
    canonical = None
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        canonical = canonical_url(text)
        text = html_to_text(text)
        if not text.strip():
            raise InputError("saved web page has no article text")
    elif suffix in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    check_prose(text)
    return SourceFile(name=name, text=text, encoding=encoding, canonical=canonical)


def _reason(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else str(error)


# ---------------------------------------------------------------- prose


def check_prose(text: str) -> None:
    """Refuse text with no paragraph of prose in it (a list of numbers, a table dump)."""
    if not text.strip():
        raise InputError("file has only whitespace")
    for line in text.splitlines():
        if len(_WORD.findall(line)) >= 8:
            return
    raise InputError("no paragraphs of prose found (is this a press release?)")
