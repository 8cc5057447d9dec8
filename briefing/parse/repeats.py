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
least ``THRESHOLD``. Candidates come from an index of four-word shingles over
the distinct clauses, so 50,000 quotes never means comparing all pairs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Indel

THRESHOLD = 0.8  # "build a safer London for everyone" ~ "... for all" is 0.83
MIN_WORDS = 5
MIN_CONTENT_WORDS = 3
SHINGLE = 4
# A shingle shared by more distinct clauses than this is boilerplate ("the
# mayor of london"): it finds no useful candidates and would cost a quadratic scan.
MAX_POSTINGS = 400

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
    r"[,;:()\[\]–—]| - | (?:and|but|so that|so|while|whereas|which|because|although) "
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def _normalise(text: str) -> str:
    text = text.casefold().replace("’", "'").replace("‘", "'")
    return re.sub(r"(?<=\w)-(?=\w)", "", text)  # anti-social = antisocial


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
        words = tuple(_WORD.findall(sentence))
        if len(words) < MIN_WORDS:
            continue  # nor can any clause of it qualify
        clauses = [_unit(tuple(_WORD.findall(c))) for c in _CLAUSES.split(sentence)]
        clauses = [c for c in clauses if c]
        if not clauses and (whole := _unit(words)):
            clauses.append(whole)
        found.update(clauses)
    return found


def _shingles(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    return set(zip(*(words[i:] for i in range(SHINGLE)), strict=False))


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if min(len(a), len(b)) < 0.6 * max(len(a), len(b)):
        return False  # cheap: lengths alone rule out the similarity
    return Indel.normalized_similarity(a, b) >= THRESHOLD


def find_repeats(quotes: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """For each quote id, the ids of the other quotes that reuse one of its lines.

    ``quotes`` is (quote_id, text) pairs; every id is a key of the result, its
    list in input order (empty when the quote repeats nothing).
    """
    ids = [quote_id for quote_id, _ in quotes]
    # Distinct clauses, and which quotes use each: a line reused verbatim a
    # thousand times is one entry, not a thousand.
    form_of: dict[tuple[str, ...], int] = {}
    forms: list[tuple[str, ...]] = []
    users: list[set[int]] = []
    for position, (_, text) in enumerate(quotes):
        for unit in units(text):
            form = form_of.setdefault(unit, len(forms))
            if form == len(forms):
                forms.append(unit)
                users.append(set())
            users[form].add(position)

    related: list[set[int]] = [set() for _ in quotes]

    def link(a: set[int], b: set[int]) -> None:
        for quote in a:
            related[quote].update(b)

    # Each clause is compared with the earlier clauses it shares a shingle with.
    index: dict[tuple[str, ...], list[int]] = {}
    for form, words in enumerate(forms):
        if len(users[form]) > 1:
            link(users[form], users[form])  # the same clause in several quotes
        candidates: set[int] = set()
        for key in _shingles(words):
            postings = index.get(key)
            if postings is None:
                index[key] = [form]
            elif len(postings) <= MAX_POSTINGS:
                candidates.update(postings)
                postings.append(form)
        for other in candidates:
            if _similar(words, forms[other]):
                link(users[form], users[other])
                link(users[other], users[form])

    return {
        ids[position]: [ids[q] for q in sorted(related[position]) if q != position]
        for position in range(len(ids))
    }
