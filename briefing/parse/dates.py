"""Publication dates: stated in a release's header, or estimated from its text."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# A header line that is only a date: "20 March 2017", "Monday 20 March 2017",
# "Published: 5 May 2023", "March 20, 2017", "2017-03-20", US "11/26/2024 | ...".
_STATED = [
    re.compile(
        rf"^(?:(?:published|created|updated|date)(?:\s+on)?:?\s*)?(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:(?:published|created|updated|date)(?:\s+on)?:?\s*)?{_MONTH}\s+{_DAY},?\s+(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(r"^(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    # Distribution services write US month-first dates in a pipe-separated header.
    re.compile(r"^(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\s*\|"),
]
_DATE_ONLY = re.compile(r"^(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[^|]*?\b(?:19|20)\d\d)\.?$")


def _make(year: int, month: int, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def stated_date(line: str) -> date | None:
    """The date a header line states, if the line starts with one."""
    for pattern in _STATED:
        match = pattern.match(line.strip())
        if not match:
            continue
        groups = match.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
        return _make(int(groups["year"]), month, int(groups["day"]))
    return None


def is_date_line(line: str) -> bool:
    """Whether a line is nothing but a date (page furniture around a headline)."""
    line = line.strip()
    return len(line) <= 40 and stated_date(line) is not None and bool(_DATE_ONLY.match(line))


# References inside the text, for estimating an unstated publication date.
_REF_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_REF_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_REF_WEEKDAY_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+(?:19|20)\d\d)", re.I
)
_REF_FINANCIAL_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)[/-](?P<next>\d\d)\b")
_REF_FY_WEEKS = re.compile(r"first (?P<n>\w+) (?P<unit>weeks|months) of this financial year", re.I)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def estimate_date(text: str, today: date) -> date | None:
    """Best guess at when an undated release came out: its latest dated reference.

    Month-precise references (“January 2024”, “Monday, 20th May” — the year taken
    from the weekday, near the other references) come first; a financial year
    (“2025/26”) counts from its April start, plus “the first six weeks of this
    financial year” when the release says so. Nothing later than ``today``.
    """
    refs: list[date] = []
    for match in _REF_DAY_MONTH_YEAR.finditer(text):
        refs.append(_make(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"])))
    for match in _REF_MONTH_YEAR.finditer(text):
        refs.append(_make(int(match["year"]), MONTHS[match["month"].lower()]))
    explicit_years = [d.year for d in refs if d]
    financial_starts = []
    for match in _REF_FINANCIAL_YEAR.finditer(text):
        start = int(match["year"])
        if (start + 1) % 100 == int(match["next"]):
            financial_starts.append(_make(start, 4, 1))
    if financial_starts:
        start = max(d for d in financial_starts if d)
        if weeks := _REF_FY_WEEKS.search(text):
            n = _NUMBER_WORDS.get(weeks["n"].lower()) or (
                int(weeks["n"]) if weeks["n"].isdigit() else 0
            )
            start += (
                timedelta(weeks=n) if weeks["unit"].lower() == "weeks" else timedelta(days=30 * n)
            )
        refs.append(start)
        explicit_years.append(start.year)
    if explicit_years:
        for match in _REF_WEEKDAY_DAY_MONTH.finditer(text):
            refs.append(_year_from_weekday(match, max(explicit_years)))
    candidates = [d for d in refs if d and d <= today]
    return max(candidates) if candidates else None


def _year_from_weekday(match: re.Match, near_year: int) -> date | None:
    """“Monday, 20th May”: the year (near the text's other references) that makes it a Monday."""
    weekday = _WEEKDAYS.index(match["weekday"].lower())
    month, day = MONTHS[match["month"].lower()], int(match["day"])
    for year in (near_year, near_year + 1, near_year - 1):
        candidate = _make(year, month, day)
        if candidate and candidate.weekday() == weekday:
            return candidate
    return None


def display_date(iso: str | None, estimated: bool = False) -> str:
    """How a release date reads to a person: “26 Nov 2024”, “≈ May 2024”, “undated”."""
    if not iso:
        return "undated"
    value = date.fromisoformat(iso)
    if estimated:
        return f"≈ {value:%b %Y}"
    return f"{value.day} {value:%b %Y}"


def long_date(iso: str | None) -> str:
    """“26 November 2024”, as attributions write it."""
    if not iso:
        return "undated"
    value = date.fromisoformat(iso)
    return f"{value.day} {value:%B %Y}"
