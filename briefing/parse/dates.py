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
# A blog's date line in its builder's language ("martedì 2 novembre 2010", "jeudi 4 mars
# 2021", "4 de marzo de 2021", "Donnerstag, 4. März 2021"): the month's name read in the
# languages such builders print, the weekday's word before it taken as it comes (names
# spelt as in English are left to the English forms, which read only English weekdays).
_OTHER_LANGUAGE_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "gennaio janvier enero janeiro januar januari",
            "febbraio février fevrier febrero fevereiro februar februari",
            "marzo mars março marco märz maart",
            "aprile avril abril",
            "maggio mai mayo maio mei",
            "giugno juin junio junho juni",
            "luglio juillet julio julho juli",
            "agosto août aout augustus",
            "settembre septembre septiembre setembro",
            "ottobre octobre octubre outubro oktober",
            "novembre noviembre novembro",
            "dicembre décembre decembre diciembre dezembro dezember",
        ],
        start=1,
    )
    for name in names.split()
}
_OTHER_LANGUAGE_DATE = re.compile(
    r"^(?:[^\W\d_]+,?\s+)?(?P<day>[0-3]?\d)\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A date line's weekday, in full or cut short as a site's clock prints it: "Sat, 1 June
# 2024", "Fri 4 Jul 2025", "Thurs. 3 May 2012".
_STAMP_WEEKDAY = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:\.|(?<=Tue)s\.?|(?<=Thu)r(?:s\.?|\.)?)?"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# A header line that is only a date: "20 March 2017", "Monday 20 March 2017",
# "Published: 5 May 2023", "March 20, 2017", "Aug. 12, 2024", "12-Aug-2024", "2017-03-20",
# US "11/26/2024 | ...", "Posted: 12/08/2024".
# A news site's stamp may give the time before the date: "Published: 3:15 pm January 24, 2024".
_LABEL_WORDS = r"(?:published|created|(?:last\s+)?updated|posted|issued|date)(?:\s+on)?"
_LABEL = (
    rf"(?:{_LABEL_WORDS}:?\s*"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s+)?)?"
)
_STATED = [
    re.compile(
        rf"^{_LABEL}(?:{_STAMP_WEEKDAY},?\s+)?{_DAY}(?:\s+|-){_MONTH}\.?(?:,?\s+|-)(?P<year>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    ),
    # (the comma may lose its space: "Published January 13,2025")
    re.compile(
        rf"^{_LABEL}(?:{_STAMP_WEEKDAY},?\s+)?{_MONTH}\.?\s+{_DAY}(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    ),
    # ISO, alone or after a label and its colon: "2017-03-20", a news site's "Updated:
    # 2011-08-16 08:41" (not the archive's own "date 2018-06-03 ..." record line).
    re.compile(
        rf"^(?:{_LABEL_WORDS}:\s*)?(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b",
        re.IGNORECASE,
    ),
    # Distribution services write US month-first dates in a pipe-separated header.
    re.compile(r"^(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\s*\|"),
    # A US time and zone after a numeric date make it month-first: "12/19/2024 10:30 AM EST".
    re.compile(
        r"^(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?=,?\s+(?:at\s+)?"
        r"\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:[ECMP][SD]T|ET)\b)",
        re.IGNORECASE,
    ),
    # A news site's byline date with its year in two digits, then the time: "25th May 23
    # 12:10 pm", "3 Jan 24, 09:15", a forum post's "Fri 13-Nov-15 16:52:36" (the time
    # tells the year from a day of the month).
    re.compile(
        rf"^{_LABEL}(?:{_STAMP_WEEKDAY},?\s+)?{_DAY}(?:\s+|-){_MONTH}\.?(?:,?\s+|-)(?P<year>\d\d)"
        r"(?=,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b)",
        re.IGNORECASE,
    ),
    # A news site's byline date, day first with dashes or dots: "24-07-2025".
    re.compile(r"^(?P<day>[0-3]?\d)[-.](?P<mnum>[01]?\d)[-.](?P<year>(?:19|20)\d\d)(?!\d)"),
    # and with dots, its year in two digits, each part in two: "12.12.13" (no section
    # number "1.2.3" nor a version "2.10.4")
    re.compile(r"^(?P<day>[0-3]\d)\.(?P<mnum>0\d|1[0-2])\.(?P<year>\d\d)(?![\d.])"),
    # A British heading's slashed date, day first, its year in two digits or four:
    # "Tonight 18/8/11", "Today 03/04/2019" (US month-first ones carry a pipe or a zone),
    # or a dateline's place before it: "London 12/20/19".
    re.compile(
        rf"^{_LABEL}(?:(?:today|tonight|(?-i:[A-Z][a-z]+|[A-Z]{{2,}})),?\s+)?(?P<day>[0-3]?\d)/(?P<mnum>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\d/])",
        re.IGNORECASE,
    ),
]
_DATE_ONLY = re.compile(r"^(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[^|]*?\b(?:19|20)\d\d)\.?$")


def _make(year: int, month: int, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Page furniture a date line may start with: "» Thursday, July 17, 2008".
# A newsroom's item kind before its date: "News • Dec 01, 2020 18:30 GMT", "Press
# release | 5 May 2023"; a video page's count of its views before its date: "272 views •
# Jan 18, 2023". A committee's name before its meeting's date: "Police and Crime
# Committee – 17 November 2016", a transcript's line over its heading.
_LEAD_MARKS = re.compile(
    r"^(?:(?i:news|press\s+releases?|news\s+releases?|blog\s+posts?|statements?"
    r"|[\d,.]+[km]?\s+views)\s*[•·|])?"
    r"[\s»«>|•·*–—-]+"
    r"|^(?:London\s+Assembly\s+)?(?:[A-Z][a-z]+\s+(?:and\s+|&\s+)?){1,4}Committee\s+[–-]\s+"
    # a forum post's poster before its stamp: "jane_doe Fri 13-Nov-15 16:52:36"
    r"|^\S+\s+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+\d{1,2}-[A-Z][a-z]{2}-\d\d\s)"
)
# What may follow the date on a date line: a time (or a meeting's "all day"), a zone,
# "Updated 14 hours ago" or "Last updated at 16:44", a blog's byline ("July 13, 2016 by
# Martin Hoscik").
_DATE_LINE_REST = re.compile(
    r"""^(?:
        [\s,/|·–—-]+
      | at\b
      | \d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:hrs|[ap]\.?m\.?))?
      | \d{1,2}\s*[ap]\.?m\.?
      | all\s+day\b  # a meeting's time: "Wednesday 6 July 2016, all day"
      | (?:GMT|BST|UTC|[ECMP][SD]T|ET)\b
      | (?:last\s+)?updated\b.*
      | by\s+\S.*
      # a blog's reading time: "March 12, 2024 · 3 min read"
      | \d{1,2}\s*min(?:ute)?s?\s+read\b
      # a news site's section after a bar: "23rd May 2023 | Local News", or a blog's
      # category after "in": "18 November 2012 in Community safety"
      | (?:\||in\b)\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z]?[a-z]+){0,2})\s*$
      # or its category field after the date: "06 September 2012 Categories: News"
      | (?:categor(?:y|ies)|filed\s+under|posted\s+in)\s*:\s*[^:]{1,60}$
      # a news site's byline after a dash: "July 11, 2013 - Martin Hoscik"
      | [–—-]\s*(?-i:[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|di|da|le)){0,3})\s*$
    )*$""",
    re.IGNORECASE | re.VERBOSE,
)


_EARLY_DIGIT = re.compile(r"\d")
_DIGIT_WITHIN = 60  # "Published on: Wednesday, 20th of September 2017" has one by 25


def _stated_match(line: str) -> tuple[date | None, int] | None:
    """The date a line starts with and where it ends in the line, if it starts with one."""
    lead = _LEAD_MARKS.match(line)
    offset = lead.end() if lead else 0
    if not _EARLY_DIGIT.search(line, offset, offset + _DIGIT_WITHIN):
        return None  # every date line has a digit near its start; most lines are prose
    for pattern in _STATED:
        match = pattern.match(line[offset:])
        if not match:
            continue
        groups = match.groupdict()
        day = int(groups["day"])
        if groups.get("mnum"):
            month = int(groups["mnum"])
            if month > 12 >= day:  # "12/20/19": the only reading a month allows
                month, day = day, month
        else:
            month = MONTHS[groups["month"].lower()]
        year = int(groups["year"])
        year += 2000 if year < 100 else 0  # "18/8/11": this century's
        return _make(year, month, day), offset + match.end()
    other = _OTHER_LANGUAGE_DATE.match(line[offset:])
    if other and (month := _OTHER_LANGUAGE_MONTHS.get(other["month"].lower())):
        return _make(int(other["year"]), month, int(other["day"])), offset + other.end()
    return None


# A site builder's date with the reading time glued to its year: "9/23/20242 min read".
_GLUED_READING_TIME = re.compile(r"(?<=(?:19|20)\d\d)(?=\d{1,2}\s*min(?:ute)?s?\s+read\b)")


# A blog theme's byline with the author left out, the post's date, then its update's date
# and its category glued on: "By March 25, 2019February 1st, 2021News". The first date
# is the post's.
_GLUED_UPDATE = re.compile(
    rf"(?<=(?:19|20)\d\d){_MONTH}\.?\s+{_DAY},?\s+(?:19|20)\d\d(?:[A-Z][a-z]+)?$"
)
_NAMELESS_BYLINE = re.compile(r"^By\s+")
_GLUED_LINE_CHARS = 80


def _unglue(line: str) -> str:
    line = _GLUED_READING_TIME.sub(" ", line.strip(), count=1)
    if len(line) <= _GLUED_LINE_CHARS and (update := _GLUED_UPDATE.search(line)):
        line = _NAMELESS_BYLINE.sub("", line[: update.start()])
    return line


def stated_date(line: str) -> date | None:
    """The date a header line states, if the line starts with one."""
    found = _stated_match(_unglue(line))
    return found[0] if found else None


# A site's clock over its page prints the day the page is read with its weekday cut short
# ("Sat, 1 June 2024", "Tue. May 28th, 2024"): no release's date.
_CLOCK_WEEKDAY = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,2}\b\.?,?\s", re.IGNORECASE)


def is_site_clock(line: str) -> bool:
    """Whether a line above a page's headline is its site's clock, a date line opening on
    a weekday cut short."""
    return _CLOCK_WEEKDAY.match(line) is not None and is_date_line(line)


def is_date_line(line: str) -> bool:
    """Whether a line is nothing but a date, perhaps with its time and zone.

    "20 March 2017", "December 19, 2017 / 3:04 PM / Updated 14 hours ago",
    "Wednesday 20 March 2013, 3:30pm": page furniture around a headline.
    """
    line = _unglue(line)
    if len(line) > 80:  # too long for a date line: no need to read a date off it
        return False
    found = _stated_match(line)
    if not found or found[0] is None:
        return False
    rest = line[found[1] :]
    # "\b" after the year: "2006Street crime" is a date glued to a headline, not a date line.
    return bool(_DATE_LINE_REST.match(rest)) and not rest[:1].isalnum()


# A date stamp set over two lines, the day and month over the time and the year
# ("August 1" / "16:01 2024").
_DAY_MONTH_LINE = re.compile(
    rf"^(?:{_DAY}\s+{_MONTH}|{_MONTH.replace('month', 'month2')}\s+{_DAY.replace('day', 'day2')})$",
    re.IGNORECASE,
)
_TIME_YEAR_LINE = re.compile(r"^\d{1,2}:\d{2}\s+(?P<year>(?:19|20)\d\d)$")


def split_date_lines(first: str, second: str) -> date | None:
    """The date of a stamp whose day and month (``first``) are over its time and year
    (``second``); None for any other two lines."""
    if not (time_year := _TIME_YEAR_LINE.match(second)) or not _DAY_MONTH_LINE.match(first):
        return None
    return stated_date(f"{first} {time_year['year']}")


# A headline that ends in its own date: "Number 10 Press Briefing - Morning From 26 July
# 2010", "Statement on policing, 3 March 2021", or a briefing's with its time of day
# before the date ("Press briefing: morning 16 July 2012"); and GOV.UK's note of the
# document's version after it ("Letter ..., dated 22 March 2022 (accessible)").
_HEADLINE_DATE = re.compile(
    rf"(?:\b(?:from|on|of|for|dated)\s+|[-–—|,:(]\s*(?:(?:morning|afternoon|evening)\s+)?)"
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_DAY}\s+{_MONTH}|{_MONTH.replace('month', 'month2')}\s+{_DAY.replace('day', 'day2')}),?"
    rf"\s+(?P<year>(?:19|20)\d\d)\)?(?:\s+\((?:accessible|HTML)(?:\s+version)?\))?$",
    re.IGNORECASE,
)
_MAX_HEADLINE_FOR_DATE = 200


def headline_date(title: str) -> date | None:
    """The date a headline ends in, after "from"/"on" or a dash: the release's own."""
    if len(title) > _MAX_HEADLINE_FOR_DATE:
        return None
    match = _HEADLINE_DATE.search(title.strip())
    if not match:
        return None
    month = match["month"] or match["month2"]
    day = match["day"] or match["day2"]
    return _make(int(match["year"]), MONTHS[month.lower()], int(day))


# A headline with its date line and time run on after it: "Mayor funds youth clubs
# 10 March 2023 09:15", glued to its last word ("Mayor funds youth clubs10 March 2023
# 09:15", "... clubsFriday 10 March 2023 09:15 GMT"), set apart by a bar or labelled
# ("... clubs | 10 March 2023 09:15", "... clubs Published: 10 March 2023 09:15").
_TRAILING_DATE_TIME = re.compile(
    rf"(?:\s+(?:[|]\s+|(?:published|updated|posted)(?:\s+on)?:?\s+)?|(?<=[a-z]))"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_DAY}\s+{_MONTH}|{_MONTH.replace('month', 'month2')}\s+"
    rf"{_DAY.replace('day', 'day2')}),?\s+(?P<year>(?:19|20)\d\d),?\s+(?:at\s+)?"
    rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|UTC|[ECMP][SD]T|ET))?$",
    re.IGNORECASE,
)


# A British heading with its slashed date run on after it, day first, the year in two
# digits or four: "Officers launch rural crime operation 10/05/23".
# And with its time, or set apart by a bar or a dash: "... operation - 10/05/2023 09:15".
_TRAILING_SLASHED_DATE = re.compile(
    r"\s(?:[|–—-]\s+)?(?P<day>[0-3]?\d)/(?P<mnum>[01]?\d)/(?P<year>(?:19|20)?\d\d)"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$"
)
# A headline with its date after a bar or a date's label, with no time: "Mayor funds
# youth clubs | 10 March 2023", "Mayor funds youth clubs Published: 10 March 2023".
_TRAILING_MARKED_DATE = re.compile(
    rf"\s+(?:[|]|(?:published|updated|posted)(?:\s+on)?:?)\s+(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_DAY}\s+{_MONTH}|{_MONTH.replace('month', 'month2')}\s+"
    rf"{_DAY.replace('day', 'day2')}),?\s+(?P<year>(?:19|20)\d\d)$",
    re.IGNORECASE,
)


def split_trailing_date(line: str) -> tuple[str, date] | None:
    """(headline, date) from a headline glued to its date line and time, or to its
    slashed date."""
    if len(line) > _MAX_HEADLINE_FOR_DATE:
        return None
    match = _TRAILING_DATE_TIME.search(line) or _TRAILING_MARKED_DATE.search(line)
    if match:
        month = match["month"] or match["month2"]
        day = match["day"] or match["day2"]
        when = _make(int(match["year"]), MONTHS[month.lower()], int(day))
    elif match := _TRAILING_SLASHED_DATE.search(line):
        year = int(match["year"])
        when = _make(year if year > 99 else 2000 + year, int(match["mnum"]), int(match["day"]))
    if not match or not line[: match.start()].strip():
        return None
    return (line[: match.start()].rstrip(" -–—|,"), when) if when else None


# A reporter's name glued to the date under it: "David Churchill24 March 2015",
# "By Martin Bentham12 June 2019", or to the reporter's social handle after the name:
# "Ross Lydall @RossLydall14 February 2024"; an aggregator's source glued to its numeric
# date, day first: "Yahoo26-02-2025", "Evening Post06-05-2025"; or to the date's label:
# "Author: Jane SmithPublished 18th Mar 2025".
_GLUED_NAME_END = re.compile(
    r"[a-z](?=(?:(?:Published|Posted|Updated)(?: on)?:?\s+)?"
    r"[0-3]?\d(?:(?:st|nd|rd|th)?\s|[-.][01]?\d[-.](?:19|20)\d\d\b))"
)
_BYLINE_WORDS = 6
_HANDLE = re.compile(r"@\w+")


def glued_byline_date(line: str) -> date | None:
    """The date of a byline glued to it: a few capitalised words, then a date line."""
    line = line.strip()
    if len(line) > 80:
        return None
    glue = _GLUED_NAME_END.search(line)
    if not glue:
        return None
    words = line[: glue.end()].split()
    if words and words[0].lower() == "by":
        words = words[1:]
    if not 1 <= len(words) <= _BYLINE_WORDS or not words[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or _HANDLE.fullmatch(w) for w in words):
        return None
    rest = line[glue.end() :]
    return stated_date(rest) if is_date_line(rest) else None


# A page's date stamp and its clock time run on into the headline on one line: "27 August
# 2023 23:32 Update on ...", "June 5, 2024, 9:15am Police ..." (the time says the date is
# the item's stamp, not a paragraph's opening words).
_STAMP_TIME = re.compile(r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:hrs|[ap]\.?m\.?))?\s+(?=[A-Z])")


def split_glued_date(line: str) -> tuple[date, str] | None:
    """A date line with the headline glued on: "» Thursday, July 20, 2006Street crime"."""
    line = line.strip()
    found = _stated_match(line)
    if not found or found[0] is None:
        return None
    rest = line[found[1] :]
    if rest[:1].isalpha() and rest[:1].isupper():
        return found[0], rest
    if stamp := _STAMP_TIME.match(rest):
        return found[0], rest[stamp.end() :]
    return None


# A closing date line run on after the page's last words, ended by a separator: "Boris
# Johnson, Mayor of London, said: ... July 14th 2014 |".
_CLOSING_DATE = re.compile(
    rf"(?:^|(?<=[\s:|]))(?:{_DAY}\s+{_MONTH}|{_MONTH.replace('month', 'month2')}\s+"
    rf"{_DAY.replace('day', 'day2')}),?\s+(?P<year>(?:19|20)\d\d)\s*\|\s*$",
    re.IGNORECASE,
)


def split_closing_date(line: str) -> tuple[str, date] | None:
    """(what is left of the line, date) when a line ends in a date and a separator."""
    if "|" not in line[-3:]:
        return None
    match = _CLOSING_DATE.search(line)
    if not match:
        return None
    month = match["month"] or match["month2"]
    day = match["day"] or match["day2"]
    when = _make(int(match["year"]), MONTHS[month.lower()], int(day))
    return (line[: match.start()].rstrip(" |"), when) if when else None


# A blog's notice closing its post: "This entry was posted on Tuesday, 9 June 2015. You
# can follow any responses to this entry through the RSS 2.0."
_POSTED_NOTICE = re.compile(r"^This (?:entry|post|article) was (?:posted|published) on\s+")


def posted_notice_date(line: str) -> date | None:
    """The post's date a blog's closing notice states."""
    notice = _POSTED_NOTICE.match(line)
    return stated_date(line[notice.end() :]) if notice else None


# "met-officer-met.jpg18th January 2011: Latest crime figures ...": a dateline opening the
# first paragraph, after a colon or a dash, perhaps glued to an image's file name.
_IMAGE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)
_DATELINE_REST = re.compile(r"\s*[:–—-]\s+(?=[A-Z])")
# The dateline's place before its date, each part set off by a comma: "London, England,
# April 17, 2018- British Prime Minister ...", "LONDON, 3 May 2019 – ...".
_DATELINE_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+){1,2}")


def split_dateline(line: str) -> tuple[date, str] | None:
    """(date, the paragraph's words) for a paragraph opening on its dateline."""
    image = _IMAGE_NAME.match(line)
    rest = line[image.end() :] if image else line
    start = 0
    found = _stated_match(rest)
    if found is None and (place := _DATELINE_PLACE.match(rest)):
        start = place.end()
        found = _stated_match(rest[start:])
    if not found or found[0] is None:
        return None
    after = _DATELINE_REST.match(rest, start + found[1])
    return (found[0], rest[after.end() :]) if after else None


# "The press release issued by the Home Office on 28 April 2023.", "The statement made
# by the Metropolitan Police on 24 May 2023.": who issued it and when, in one line.
# A speech's venue after its speaker ("the speech made by Jane Doe, the Home Secretary, at
# the Police Federation Conference on 17 May 2016"): a transcript's line of who spoke
# where, its date the speech's; the speaker did not issue the page.
ISSUED_BY = re.compile(
    rf"\b(?:issued|made|published|released|sent)\s+(?:jointly\s+)?by\s+(?P<who>[^.]{{2,120}}?)"
    rf"(?P<venue>,?\s+at\s+(?:the\s+|an?\s+)?[A-Z][^.,]{{2,80}}?)?,?\s+on\s+(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_ON_DATE = rf"on\s+(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"
# A parliamentary record's line of whose statement or answer it is and when it was made:
# "Home Department written statement – made on 27th May 2010.", "Home Office written
# question – answered on 4th December 2015.", with the time the page left empty: "made at
# on 13 December 2010."
_STATEMENT_MADE_ON = re.compile(
    rf"^(?P<who>[^.–—]{{2,60}}?)\s+(?:written|oral|ministerial)\s+(?:statement|question)"
    rf"\s*[–—-]?\s*(?:made|answered)\s+(?:at\s+)?{_ON_DATE}",
    re.IGNORECASE,
)


def _when(match: re.Match) -> date | None:
    return _make(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))


# A decision's heading run into one line: its reference, the day it was signed and its
# signer by name and post ("PCD 565 16 April 2019 Jane Doe, Deputy Mayor, Policing and
# Crime").
_SIGNED_DECISION = re.compile(
    rf"^[A-Z]{{2,6}} ?\d{{1,5}}\s+{_DAY}\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s"
)


def signed_decision_date(line: str) -> date | None:
    """The day a decision was signed, from its reference, date and signer's line."""
    match = _SIGNED_DECISION.match(line)
    return _when(match) if match else None


def issued_on(line: str) -> tuple[str, date | None] | None:
    """(who, when) from a "... issued by X on 14 April 2023" line, or a statement's "X
    written statement – made on 14 April 2023"; who is empty for a speech at a venue."""
    match = ISSUED_BY.search(line) or _STATEMENT_MADE_ON.match(line)
    if not match:
        return None
    return ("" if match.groupdict().get("venue") else match["who"].strip()), _when(match)


# A parliamentary page's own lines of whom a question was put to or which department a
# statement or debate is of, and when it was answered or debated: "Question to the Home
# Office:", Parliament's "Question for Home Office", "Department: Home Office", "... View all Priti Patel's debates with the Home
# Office" (or its listing's heading: "34 Jane Doe debates involving the Home Office"),
# "This question was answered on 1st May 2024", TheyWorkForYou's "Questions to
# the Mayor of London – answered on 10 February 2022." (its time may be left empty:
# "answered at on"), Hansard's "Volume 656: debated on Friday 22 March 2019", a speech's
# sitting ("Part of the debate – in Westminster Hall at 4:18 pm on 20 February 2024."); a copy's
# headline of the question ("Jane Doe – 2015 Parliamentary Question to the Home Office")
# and its line of when it was asked, in ISO form ("The below Parliamentary question was
# asked by Jane Doe on 2015-10-09.").
_QUESTION_TO = re.compile(
    r"^(?:(?:.*\bParliamentary\s+)?Question\s+(?:to|for)\s+(?:the\s+)?(?P<who>[A-Z][^:]{2,60}):?"
    r"|Department:\s+(?P<department>[A-Z][^:]{2,60})"
    r"|.*\bdebates\s+(?:with|involving)\s+the\s+(?P<debated>[A-Z][^:]{2,60}))$"
)
_ANSWERED_ON = re.compile(
    r"^(?:This\s+question\s+was\s+answered|Volume\s+\d+:\s+debated"
    r"|Questions\s+to\s+the\s+[A-Z][^.:–—]{2,60}\s+[–—-]\s+answered(?:\s+at)?"
    r"|Part\s+of\s+the\s+debate\s+[–—-]\s+in\s+[A-Z][^.:–—]{2,60}?\s+at\s+\d{1,2}:\d{2}\s*[ap]m)"
    rf"\s+{_ON_DATE}\.?$",
    re.IGNORECASE,
)


_ASKED_ON = re.compile(
    r"^The\s+(?:below\s+)?(?:Parliamentary\s+|written\s+)?question\s+was\s+asked\s+by\s+"
    r"[^.]{2,80}?\s+on\s+(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\.?$",
    re.IGNORECASE,
)


# The same line on TheyWorkForYou's Welsh pages, its template half translated: "Questions
# to the Mayor of London – answered am ar 22 Tachwedd 2022." (Welsh month names).
_ANSWERED_IN_WELSH = re.compile(
    r"^Questions\s+to\s+the\s+[A-Z][^.:–—]{2,60}\s+[–—-]\s+answered\s+am\s+ar\s+"
    r"(?P<day>[0-3]?\d)\s+(?P<month>[A-Za-z]+)\s+(?P<year>(?:19|20)\d\d)\.?$"
)
_WELSH_MONTHS = {
    name: number
    for number, name in enumerate(
        "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd "
        "rhagfyr".split(),
        start=1,
    )
}


def parliamentary_record(line: str) -> tuple[str | None, date | None] | None:
    """(who answers, when) from one of a parliamentary page's own lines."""
    if question := _QUESTION_TO.match(line):
        return question["who"] or question["department"] or question["debated"], None
    if answered := _ANSWERED_ON.match(line):
        return None, _when(answered)
    if (welsh := _ANSWERED_IN_WELSH.match(line)) and (
        month := _WELSH_MONTHS.get(welsh["month"].lower())
    ):
        return None, _make(int(welsh["year"]), month, int(welsh["day"]))
    if asked := _ASKED_ON.match(line):
        return None, _make(int(asked["year"]), int(asked["month"]), int(asked["day"]))
    return None


# "today (19 December)", "today (Monday 12 August)", "today (Thursday 13th October)".
_TODAY_PAREN = re.compile(
    rf"\btoday\s*\(\s*(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*\)",
    re.IGNORECASE,
)

_SPAN_START_YEAR = re.compile(r"\b(?:since|from)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def today_in_text(text: str, today: date) -> date | None:
    """The day a release calls "today (Monday 12 August)", its year found when unwritten.

    The year is the written one, else the one that makes the weekday right near
    the text's other references, else the latest year of those references, else
    the year before when that one would be in the future; with no year in the
    text at all, None (the clock's year is not a stated one).
    """
    match = _TODAY_PAREN.search(text)
    if not match:
        return None
    month, day = MONTHS[match["month"].lower()], int(match["day"])
    if match["year"]:
        return _make(int(match["year"]), month, day)
    # The year comes from the text, never from the clock: with no year anywhere in
    # it, the day is not stated (a weekday alone fits a year every few years).
    # A year a span starts from ("seized since 1995") is before the release, not its own;
    # a financial year's ("the fund for 2016/17") is as often the one to come.
    span_starts = {m.start("year") for m in _SPAN_START_YEAR.finditer(text)}
    span_starts.update(m.start() for m in _REF_FINANCIAL_YEAR.finditer(text))
    years = [int(m["year"]) for m in _REF_ANY_YEAR.finditer(text) if m.start() not in span_starts]
    near = max((y for y in years if y <= today.year), default=None)
    if near is None:
        return None
    if match["weekday"]:
        return _year_from_weekday(match, near)
    candidate = _make(near, month, day)
    if candidate and candidate > today:
        candidate = _make(near - 1, month, day)
    return candidate


# References inside the text, for estimating an unstated publication date.
_REF_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_REF_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_REF_WEEKDAY_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+(?:19|20)\d\d)", re.I
)
_REF_ANY_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
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
    for year in (near_year, near_year + 1, near_year - 1, near_year - 2, near_year + 2):
        candidate = _make(year, month, day)
        if candidate and candidate.weekday() == weekday:
            return candidate
    return None


def iso_date_error(text: str) -> str | None:
    """Why ``text`` is not a date typed as YYYY-MM-DD (None: it is one)."""
    text = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f"“{text}” is not a date in the form YYYY-MM-DD (e.g. 2024-01-05)."
    try:
        date.fromisoformat(text)
    except ValueError:
        return f"{text} is not a day of the calendar: check the month and the day."
    return None
