"""When and where a figure counts: its period and its scope, from the sentence around it.

Pure functions, no I/O. A sentence's candidate periods and places are found
once and cached, since a sentence often holds several figures.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefing.parse.stats.filters import MONTHS

_YEAR = r"(?:19|20)\d\d"
# "•" too: a standfirst's bullets run on in one paragraph ("... three years • Proportion of
# BME officers has risen 50 percent since Mayor elected • Proportion of ...").
CLAUSE_BREAK = re.compile(r"[;:()\[\]—–•]|\s-\s|,(?=\s)")

# ---------------------------------------------------------------- scope
_NOT_PLACES = frozenset(
    f"{MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|"
    "Winter|Met|Government|Parliament|City Hall|Home Office|Mayor|Mayoralty|Commissioner|"
    "Police|Metropolitan Police|Metropolitan Police Service|Office|MOPAC|VRU|CPS|"
    "Christmas|Covid|COVID|Covid-19|Plan|Strategy|Partnership|Report|Unit".split("|")
)
# "in the West End", "across London", "into the City of Westminster", "in London's"
_PLACE = re.compile(
    r"\b(?i:in|across|within|throughout|into)\s+(?:(?i:all)\s+of\s+)?(?:(?i:the)\s+)?"
    r"((?:City\s+of\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})"
)
# "into the MyEnds programme", "in the Safer Streets Fund": a name of a fund is no place
_FUND_HEADS = frozenset(
    "fund funds funding programme programmes scheme schemes grant grants".split()
)
_FUND_AFTER = re.compile(r"\s+(?i:funds?|programmes?|schemes?|grants?)\b")
_CHANGE_IN = re.compile(
    r"\b(?:decrease|increase|rise|fall|reduction|drop|cut|decline|growth|jump)s?\s+$", re.I
)
_NOUN_NEXT = re.compile(r"\s+[a-z]+\b(?<!\bin)(?<!\bof)(?<!\bfor)(?<!\band)")
_NATIONAL = re.compile(r"\b(?:nationally|across the country|nationwide)\b", re.I)
_CAPITAL = re.compile(r"\b(?:in|across|around|throughout)\s+the\s+capital\b", re.I)
_POSSESSIVE = re.compile(r"[’']s$|\s+and$")

# --------------------------------------------------------------- period
# (pattern, words one of which must be in the sentence for it to match at all)
_PERIODS: list[tuple[re.Pattern, tuple[str, ...]]] = [
    # "(twelve-month period to May 2016 compared to twelve-month period to January 2024)"
    (re.compile(r"\(([^()]*?\b(?:period|compared|ending|year to|months to)\b[^()]*)\)", re.I),
     ("(",)),
    (re.compile(
        rf"\bsince\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+(?:the\s+|this\s+|last\s+)?"
        rf"(?:financial\s+|calendar\s+)?year|before\s+the\s+pandemic|taking\s+office|"
        rf"(?:(?:{MONTHS})\s+)?{_YEAR}|the\s+pandemic|records\s+began|"
        rf"[\w’' ]{{3,60}}?\s+in\s+(?:(?:{MONTHS})\s+)?{_YEAR})\b",
        re.I,
    ), ("since",)),
    (re.compile(
        rf"\bbetween\s+(?:(?:{MONTHS})\s+)?(?:{_YEAR}\s+)?and\s+(?:(?:{MONTHS})\s+)?{_YEAR}\b", re.I
    ), ("between",)),
    # "the 12 months to March 2024", "the year ending December 2023"
    (re.compile(
        rf"\b(?:(?:the|a)\s+)?(?:(?:\d+|twelve|six|three)[\s-]months?|(?:financial\s+)?year)\s+"
        rf"(?:to|ending|ended)\s+(?:(?:{MONTHS})\s+)?{_YEAR}\b",
        re.I,
    ), ("months to", "month to", "year to", "ending", "ended")),
    (re.compile(
        r"\b(?:the\s+)?first\s+\w+\s+(?:days|weeks|months|quarters?)\s+of\s+"
        r"(?:this|the|last|next)\s+(?:financial\s+|calendar\s+)?year\b",
        re.I,
    ), ("first",)),
    (re.compile(
        r"\b(?:over|in|during|across|for)\s+the\s+(?:last|past|previous|next|coming|first)\s+"
        r"(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|financial\s+years?)\b",
        re.I,
    ), ("last", "past", "previous", "next", "coming", "first")),
    (re.compile(
        r"\bover\s+the\s+(?:total\s+of\s+the\s+)?(?:mayoralty|pandemic|year|summer)\b", re.I
    ), ("over the",)),
    (re.compile(
        rf"\b(?:in|during|by|from|until|to|on)\s+(?:(?:Spring|Summer|Autumn|Winter|{MONTHS})\s+)?"
        rf"{_YEAR}(?:/\d\d)?\b",
    ), ("19", "20")),
    (re.compile(
        r"\b(?:this|last|next)\s+(?:financial\s+|calendar\s+)?(?:year|month|week|summer|winter|"
        r"spring|autumn|quarter)\b",
        re.I,
    ), ("this ", "last ", "next ")),
    (re.compile(r"\b(?:on\s+the\s+(?:previous|last|same\s+period\s+last)\s+(?:year|month|quarter)|"
                r"year[\s-]on[\s-]year|on\s+last\s+year)\b", re.I),
     ("on the previous", "on the last", "on the same", "on last", "year on", "year-on")),
]  # fmt: skip
_ANAPHORIC_PERIOD = re.compile(
    r"\b(?:during|in|over|for)\s+(?:this|that|the\s+same)\s+(?:[\w-]+\s+){0,3}period\b", re.I
)
_COMPARED = re.compile(
    r"\b(?:as\s+)?compared\s+(?:to|with)\s+(?:the\s+)?([^,.;:()]+?)(?=\s*(?:[,.;:()]|$|https?:))",
    re.I,
)
_SINCE_YEAR = re.compile(rf"^since\s+.*?\bin\s+((?:(?:{MONTHS})\s+)?{_YEAR})$", re.I)
_BEFORE_FIRST = re.compile(r"^(?:the|over the|in the|during the|for the)\s+(?=first\b)", re.I)
_SPACES = re.compile(r"\s+")
_BARE_FIGURE = re.compile(r"\d(?![\d,.]*\s+(?:months?|years?|weeks?|days?|quarters?)\b)")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_LOWER_FIRST = ("This", "Last", "Next", "Since", "Between", "Over", "In", "During", "For", "The")


@lru_cache(maxsize=256)
def _places(sentence: str) -> tuple[tuple[int, str], ...]:
    places: list[tuple[int, str]] = []
    if (
        " in" in sentence
        or "In " in sentence
        or "across" in sentence
        or "within" in sentence
        or "throughout" in sentence
    ):
        for match in _PLACE.finditer(sentence):
            name = _POSSESSIVE.sub("", match.group(1)).strip()
            if name in _NOT_PLACES or name.split()[0] in _NOT_PLACES:
                continue
            if name.split()[-1].lower() in _FUND_HEADS or _FUND_AFTER.match(sentence, match.end()):
                continue
            if _CHANGE_IN.search(sentence, max(0, match.start() - 20), match.start()) and (
                _NOUN_NEXT.match(sentence, match.end())
            ):
                continue  # "a decrease in Anti-Social Behaviour calls": what fell, not where
            places.append((match.start(), name))
    low = sentence.lower()
    if "nation" in low or "country" in low:
        places += [(m.start(), "national") for m in _NATIONAL.finditer(sentence)]
    if "capital" in low:
        places += [(m.start(), "London") for m in _CAPITAL.finditer(sentence)]
    return tuple(places)


def clear_caches() -> None:
    """Forget cached sentences (for benchmarks that must not reuse earlier work)."""
    _places.cache_clear()
    _period_candidates.cache_clear()


def find_scope(sentence: str, start: int, end: int) -> str | None:
    """The place a figure is about: the nearest one named before it, else after it in its clause."""
    places = _places(sentence)
    if not places:
        return None
    before = [p for p in places if p[0] < start]
    if before:
        return max(before)[1]
    clause_end = CLAUSE_BREAK.search(sentence, end)
    limit = clause_end.start() if clause_end else len(sentence)
    after = [p for p in places if end <= p[0] < limit]
    return min(after)[1] if after else None


def strip_scope(label: str, scope: str | None) -> str:
    """ "Personal robbery in London" with scope London -> "Personal robbery"."""
    if not scope or not label or scope.lower() not in label.lower():
        return label
    place = re.escape(scope)
    trimmed = re.sub(
        rf"\s+(?:in|across|within|throughout)\s+(?:all\s+of\s+)?(?:the\s+)?{place}(?:[’']s)?$",
        "",
        label,
        flags=re.I,
    )
    trimmed = re.sub(rf"^(?:in\s+)?(?:the\s+)?{place}\s+", "", trimmed, flags=re.I)
    return trimmed or label


@lru_cache(maxsize=256)
def _period_candidates(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Every stated period in a sentence as (start, end, text)."""
    low = sentence.lower()
    # "last year" in "compared to the same period last year" is the baseline, not the period
    compared = [m.span() for m in _COMPARED.finditer(sentence)] if "compared" in low else []
    found = []
    for n, (pattern, needs) in enumerate(_PERIODS):
        if not any(word in low for word in needs):
            continue
        for match in pattern.finditer(sentence):
            if n and any(a <= match.start() < b for a, b in compared):
                continue
            found.append((match.start(), match.end(), match.group(1) if n == 0 else match.group()))
    return tuple(found)


def find_period(
    sentence: str,
    start: int,
    end: int,
    previous: str | None = None,
    others: tuple[int, ...] = (),
) -> str | None:
    """The time frame stated nearest the figure, with its "compared to ..." baseline if given.

    ``previous`` is the last period stated before this sentence: "during this period"
    and "in the same period" refer to it. ``others`` are where the sentence's other
    figures start: a period stated after one of them belongs to it ("62% felt safe, up
    from 55% in 2022"), while one opening the sentence holds for all.
    """
    best: tuple[int, int, str] | None = None
    others = tuple(sorted(others))
    first_after = bisect.bisect_left(others, end)  # the first other figure after this one
    for cand_start, cand_end, text in _period_candidates(sentence):
        if cand_start < end and cand_end > start:
            continue  # overlaps the figure itself
        if cand_start >= end and first_after < len(others) and others[first_after] < cand_start:
            continue
        distance = start - cand_end if cand_end <= start else cand_start - end
        if best is None or distance < best[0]:
            best = (distance, cand_end, text)
    if previous and "period" in sentence:
        anaphor = _ANAPHORIC_PERIOD.search(sentence)
        if anaphor and (best is None or abs(anaphor.start() - start) < best[0]):
            return previous
    has_compared = "compared" in sentence
    if best is None:
        compared = _COMPARED.search(sentence) if has_compared else None
        return _tidy_period(compared.group()) if compared else None
    period = best[2]
    if has_compared and "compar" not in period.lower():
        compared = _COMPARED.search(sentence, best[1])
        if compared and not _BARE_FIGURE.match(compared.group(1)):  # "compared with 13,900"
            period = f"{period} {compared.group().strip()}"
    return _tidy_period(period)


def _tidy_period(period: str) -> str:
    period = _BEFORE_FIRST.sub("", _SPACES.sub(" ", period).strip(" ,.;:-–"))
    period = _LEADING_THE.sub("", period)
    first = period.split(" ", 1)[0]
    if first in _LOWER_FIRST:
        period = first.lower() + period[len(first) :]
    since = _SINCE_YEAR.match(period)
    if since:  # "since the VRU was established in 2019" -> "since 2019"
        period = f"since {since.group(1)}"
    return period
