"""Quotes that reuse a line of another quote, exactly or nearly.

Speakers reuse lines: Sadiq Khan closes release after release with "build a
safer London for everyone" (or "for all"). A speechwriter must see that a line
has been used before, and where.

The unit compared is a clause: a sentence cut at punctuation and at the words
that join clauses ("and", "so that", "but" ...). A closing line is usually a
clause of a longer sentence, and cutting at "and" also breaks up stock noun
phrases ("violence against women and girls") that would otherwise link every
quote about a topic. A clause must have at least five words, three of them not
function words, so a generic "But more must be done." links nothing.

Two clauses match when their words (normalised: case, apostrophes, hyphens)
are nearly the same sequence: rapidfuzz's Indel similarity over word lists at
least ``THRESHOLD``. The read model groups quotes by line at import, finding
candidates through four-word shingles (``SHINGLE``), so 50,000 quotes never means
comparing all pairs (see ``briefing.store.readmodel``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

THRESHOLD = 0.8  # "build a safer London for everyone" ~ "... for all" is 0.83
MIN_WORDS = 5
MIN_CONTENT_WORDS = 3
SHINGLE = 4

_FUNCTION_WORDS = frozenset(
    """a an the and or but so that to of in on at for by with from as is are was were be
    been being it its this these those there their they them we our us i my me you your he
    his she her will would can could must should may might do does did have has had not no
    also further more than then which who whom while if into about over up out all""".split()
)
# Words a clause may open with that are not part of the reused line itself
# ("so we can build ..." reuses "build ...").
_LEADING = frozenset(
    "and but so that to then or as while which who we i you they can will could would "
    "must also further now".split()
)
_SENTENCES = re.compile(r"(?<=[.!?…])[\"”']?\s+|\n+")
# Applied to case-folded text, so plain spaces stand in for word boundaries (fast).
_CLAUSES = re.compile(
    r"[,;:()\[\]–—]| (?:-|and|but|so that|so|while|whereas|which|because|although) "
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_JOINED = re.compile(r"(?<=\w)-(?=\w)")


def _normalise(text: str) -> str:
    text = text.casefold().replace("’", "'").replace("‘", "'")
    return _JOINED.sub("", text) if "-" in text else text  # anti-social = antisocial


def _unit(words: tuple[str, ...]) -> tuple[str, ...] | None:
    start = 0
    while start < len(words) and words[start] in _LEADING:
        start += 1
    words = words[start:]
    if len(words) < MIN_WORDS:
        return None
    if len([w for w in words if w not in _FUNCTION_WORDS]) < MIN_CONTENT_WORDS:
        return None
    return words


def units(text: str) -> set[tuple[str, ...]]:
    """The normalised clauses of a quote worth comparing (a whole sentence when
    none of its clauses is long enough on its own)."""
    found: set[tuple[str, ...]] = set()
    for sentence in _SENTENCES.split(_normalise(text)):
        clauses = [_unit(tuple(_WORD.findall(c))) for c in _CLAUSES.split(sentence)]
        clauses = [c for c in clauses if c]
        # The whole sentence's words only when no clause will do (tokenised once, not twice).
        if not clauses and (whole := _unit(tuple(_WORD.findall(sentence)))):
            clauses.append(whole)
        found.update(clauses)
    return found


def similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if min(len(a), len(b)) < 0.6 * max(len(a), len(b)):
        return False  # cheap: lengths alone rule out the similarity
    return Indel.normalized_similarity(a, b) >= THRESHOLD
