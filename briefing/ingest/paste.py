"""Release text that arrives without a file: pasted in the app, or piped to ``briefing import -``.

It goes through ``source_from_bytes`` like a file's bytes (same size limit, decoding,
saved-page conversion and "no prose" refusal); only its name is made up here. The
name carries the time and a hash of the text, so two different pastes never share a
name (the store keeps one release per name: a shared one would replace the other).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from briefing.ingest import SourceFile, source_from_bytes
from briefing.ingest.pages import looks_like_html

PREFIX = "pasted"


def paste_name(data: bytes, now: datetime | None = None) -> str:
    """“pasted-20250611-142501-3fa2c9d1.txt” (``.html`` when it is a web page's markup)."""
    when = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    digest = hashlib.sha256(data).hexdigest()[:8]
    # Only the start matters, and only for the name: source_from_bytes decides for itself.
    head = data[:4096].decode("utf-8", errors="ignore")
    suffix = "html" if looks_like_html(head) else "txt"
    return f"{PREFIX}-{when}-{digest}.{suffix}"


def source_from_paste(pasted: str | bytes, now: datetime | None = None) -> SourceFile:
    """Pasted text (or piped bytes) as release text, or ``InputError`` with the reason."""
    data = pasted.encode("utf-8", errors="replace") if isinstance(pasted, str) else pasted
    return source_from_bytes(data, paste_name(data, now))
