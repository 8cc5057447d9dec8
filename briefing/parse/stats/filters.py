"""Numbers that are not statistics, told apart by their form and the words around them.

Pure functions, no I/O; ``numbers`` asks these before it keeps a number.
The rules are about the shape of text, not any known release: dates and years,
times, phone numbers, footnote markers (``[1]``, ``pandemic.1``, a lone digit
ending a paragraph), list numbering, URLs and keypad codes, compound adjectives
(``15-digit``, ``four-year``), ordinals, ages (``under 25``), durations (``12
months``), denominators (``per 1,000``, ``top 10``), house numbers (``10 Downing
Street``) and identifiers (``Phase 2``, ``V100``, ``MOPAC 7``).
"""

from __future__ import annotations

import re

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

# Spans blanked out before looking for numbers (same length, so offsets still hold),
# each with a cheap test of whether it can occur at all. Dates, times and phone
# numbers are told by anchored checks at each number instead (see is_date_or_time):
# a whole-text scan per pattern costs more than all the numbers of a block.
_TLD = re.compile(r"\.(?:com|org|gov|net|uk|io)\b", re.I)
# "case no", "crime no.": the one cue of a reference without "ref" or "number" in it.
_CASE_NO = re.compile(r"\b(?=[cijl])(?:case|crime|incident|log|job|cad)\s+no\b", re.I)


def _reference_cue(text: str) -> bool:
    """Whether ``text`` may hold a case or crime reference: its regex ignores case, so
    its cues are looked for in any case ("CASE NUMBER", "REF:", "case no. 4455"). Most
    texts hold "ef" in lower case ("before", "chief"), so the mask's own test looks for
    that first, inline, and calls this (which lowers the text once) only when it fails."""
    if "ef" in text or "umber" in text:
        return True
    lowered = text.lower()
    return (
        "ef" in lowered
        or "umber" in lowered
        or ("no" in lowered and _CASE_NO.search(text) is not None)
    )


_MASKS = [
    (lambda t: "http" in t or "www" in t, re.compile(r"(?:https?://|www\.)\S+")),
    (
        lambda t: _TLD.search(t) is not None,
        re.compile(r"[\w.-]+\.(?:com|co\.uk|org|gov|net|uk|io)\b\S*", re.I),
    ),  # Immobilise.com
    (lambda t: "#" in t, re.compile(r"[*#]+[\d*#]+#?")),  # keypad codes: *#06#
    # a content system's embed left in the page, by its id: '%image(14918137, type="article-full"'
    (lambda t: "%" in t, re.compile(r"%[a-z]+\(\d+(?=\s*,)")),
    # or by a key's value in its markup: '[[{"fid":"30660","view_mode":"default"'
    (lambda t: '":' in t, re.compile(r'(?<=":)"?\d+')),
    # footnote markers, in brackets or braces: "[1]", "£3.269 billion {3}", GOV.UK's
    # "offence[footnote 3]", and a list or run of notes, "[2, 3]", "[4-6]" (not "[2,500]");
    # a longer key with no thousands comma is a reference too, Hansard's question number
    # closing a question: "the level of knife crime. [78439]"
    (
        lambda t: "[" in t or "{" in t,
        re.compile(
            r"\[(?:(?:foot|end)?note\s)?\d{1,6}(?:(?:,\s+|\s*[-–]\s*)\d{1,3})*\]|\{\d{1,3}\}",
            re.I,
        ),
    ),
    (  # a footnote marker glued to a share: "only six per cent2 of funding" is 6%
        lambda t: "cent" in t or "%" in t,
        re.compile(r"(?:(?<=per cent)|(?<=percent)|(?<=%))\d{1,2}(?![\d.,]\d)(?=\W|$)", re.I),
    ),
    # numbering, a bullet left in; a decision's numbered paragraphs too: "2.1. The Commissioner",
    # and with no stop after a number of two or three parts when a sentence follows that opens
    # on a word no figure counts, a function word or an article (before any word: "3.1 The
    # Committee's work", "1.1 An apology for absence"), an acronym ("1.2 In his budget", "2.1
    # MOPAC is") or a person's name and its comma ("5.3 Jane Smith, the Commissioner,"); a
    # decimal figure opening a sentence reads on in its unit ("4.5 Tonnes of", "1.5 Million
    # Londoners,").
    (
        lambda t: True,
        re.compile(
            r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[-•·*▪–]|\d{1,2}(?:\.\d{1,2}){1,2}(?=\s+"
            r"(?:(?:The|A|An|This|These|That|Those|In|On|At|For|As|It|Its|He|She|We|They|There|"
            r"Our|His|Her|Their|Under|Following|Since|With|To|If|When|While|Although|However)"
            r"\s+[A-Za-z]"
            r"|[A-Z]{4,}\s+[a-z]|(?!(?:Million|Billion|Thousand)\b)[A-Z][a-z]+\s+[A-Z][a-z’'-]+,)))"
            r"\s+"
        ),
    ),
    # numbered paragraphs run into one line: a number and its stop between one sentence's
    # end and the next's capital ("... to justice”. 2. In these circumstances") is no figure
    (
        lambda t: ". " in t,
        re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?][”\"’)]\s))\d{1,2}\.(?=\s+[A-Z])"),
    ),
    # a name made of numbers: three or more joined by hyphens ("the 20-20-20 Change
    # Programme", a date "26-04-17"), or a file's name joined by underscores
    # ("992_496_mayor_6369_may2016-1"), never a quantity or a range
    (lambda t: "-" in t, re.compile(r"(?<![\w.-])\d{1,4}(?:-\d{1,4}){2,}(?![\w-])")),
    (lambda t: "_" in t, re.compile(r"(?<![\w-])[\w-]*_[\w-]*")),
    # a date written in spaced numbers, its month with a leading zero: "Jane Doe - 26 04 17"
    (
        lambda t: " 0" in t,
        re.compile(r"(?<![\d,.])(?:[0-2]?\d|3[01]) 0[1-9] (?:19|20)?\d\d(?![\d,.]?\d)"),
    ),
    # the precision of a table's figures, not a figure: "rounded to the nearest £1,000"
    (
        lambda t: "nearest" in t,
        re.compile(
            r"\b(?:rounded|round)\s+(?:up\s+|down\s+)?to\s+the\s+nearest\s+[£$€]?\d[\d,.]*"
            r"(?:\s*(?:m|bn|k|million|billion|thousand)\b)?",
            re.I,
        ),
    ),
    # a cross-reference to a numbered paragraph, ending its phrase: "referred to in 4.3."
    (
        lambda t: "ed " in t or "set out" in t,
        re.compile(
            r"\b(?:referred\s+to|set\s+out|described|detailed|outlined)\s+(?:in|at|under)\s+"
            r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?=\s*(?:$|[.,;:)]|and\b|above\b|below\b))"
        ),
    ),
    (  # a paper's number in its header, alone on its line: "Report: 8", "Agenda item: 5"
        lambda t: ":" in t,
        re.compile(r"^\s*(?:report|(?:agenda\s+)?item|paper)\s*(?:no\.?)?\s*:\s*\d{1,3}\s*$", re.I),
    ),
    (  # a listing page's counter and its choice of page sizes: "Showing 181-200 of 1669
        # results found", "Showing 1-20 out of 42", "Results per page 20 | 50 | 100"
        lambda t: "howing" in t or "per page" in t,
        re.compile(
            r"\b[Ss]howing\s+\d[\d,]*\s?[-–]\s?\d[\d,]*\s+(?:out\s+)?of\s+\d[\d,]*"
            r"|\b[Rr]esults\s+per\s+page\s*:?\s*\d+(?:\s*\|\s*\d+)*"
        ),
    ),
    (  # a case or crime reference: "Case Number: 09-0608", "crime reference 4455/12MAY",
        # "Reference No: 4455", "Our ref: MPS/2011/0042", "CASE NUMBER", "REF:"
        lambda t: "ef" in t or "umber" in t or _reference_cue(t),
        re.compile(
            # the lookahead holds the cues' first letters: most word starts fail that test
            r"\b(?=[cijlr])(?:(?:case|crime|incident|log|job|cad)\s+(?:number|no\.?|ref(?:erence)?)"
            r"|ref(?:erence)?\s*(?:no\.?|number|:))\s*:?\s*(?=[\w/-]*\d)[A-Z0-9][\w/-]*",
            re.I,
        ),
    ),
]
_MONTH_NAMES = frozenset(m.lower() for m in MONTHS.split("|"))
_DAY_MONTH_AT = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b")
# A clock time: "07:42", "10 am", "7 o'clock", and an hour named by noon or midnight:
# "shortly before 12.00 noon", "at 12 midnight".
_TIME_AT = re.compile(
    r"\d{1,2}(?:[:.]\d{2}\s?[ap]\.?m\b|:\d{2}(?!\d)|\s?[ap]\.?m\b|\s?o['’]clock\b"
    r"|(?:[:.]00)?\s?(?:noon|midday|midnight)\b)",
    re.I,
)
# "between 13 and 19 May", and a range of days named by their weekdays: "from Friday, 1 to
# Thursday, 7 June" (the first day's month said only after the last).
# A clock time written with a dot, told as one by the time of day after it: "Since 14.40 this
# afternoon", "at 09.15 on Tuesday", "until 23.00hrs", "at 14.15.27" with its seconds (not
# "rose to 14.40 per cent"), or by nothing after it but the sentence's end: "will chair
# COBRA at 13.00." (a clock word before it is required too, see is_date_or_time).
_DOTTED_CLOCK_AT = re.compile(
    r"(?:[01]?\d|2[0-3])\.[0-5]\d(?:\.[0-5]\d(?![\d.])|\.(?!\S)|\s?(?:hrs|hours|GMT|BST)\b|"
    r"\s+(?:this|yesterday|last)\s+"
    r"(?:morning|afternoon|evening|night)\b|\s+(?:today|tonight|yesterday)\b"
    r"|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
_CLOCK_WORDS_BEFORE = frozenset("at since from until till by before after around".split())
_DAY_RANGE_AT = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# A dateline in another language, on a copy of a wire story: "LONDON mer 29 giugno 2022".
_FOREIGN_DATE_AT = re.compile(
    r"\d{1,2}\s+(?:janvier|février|avril|juin|juillet|août|septembre|octobre|décembre"
    r"|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre"
    r"|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    r"|januar|februar|märz|juni|juli|oktober|dezember|mars|mai|novembre)\s+(?:19|20)\d\d\b",
    re.I,
)
_ISO_DATE_BEFORE = re.compile(r"(?:19|20)\d\d-[01]\d-$")
# A quarter's short year or span of years: both ends of "a fall in Q4 21-22".
_QUARTER_BEFORE = re.compile(r"\bQ[1-4]\s+(?:\d\d[-–/])?$")
_RANGE_DASH = re.compile(r"[-–]")
# A span of years with its last year cut to its final digits: the "5" of "in 2004-5".
_YEAR_SPAN_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[-–]$")
# A clock time told in words around digits: "10 past 10", and the hour of "half past 10".
_CLOCK_PAST_AT = re.compile(r"\d{1,2}\s+past\s+\d{1,2}(?![\d,.]\d)")
_CLOCK_PAST_BEFORE = re.compile(r"\b(?:half|quarter)\s+past\s+$", re.I)
# A date's year with a footnote marker glued after its full stop: "from 1 September 2024.1"
_YEAR_NOTED = re.compile(r"(?:19|20)\d\d\.\d{1,2}")
_MONTH_DAY_BEFORE = re.compile(
    rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|and|-|–|until)\s*$"
)
# "10 Downing Street", "221B Baker Street": a house number, not a count; so are both of
# "29 and 30 Canonbury Park North", two houses of one street (a "Park" is a street only
# where nothing follows it but its quarter: "12 Finsbury Park residents" are people).
# A range of house numbers is one too: "230-232 Putney Bridge Road"; so is a unit's number on
# an estate: "Unit 9 Mellish Industrial Estate".
_ADDRESS_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+\d{1,4}[A-Z]?|[-–]\d{1,4}[A-Z]?)?"
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Avenue|Lane|Square|Place|Way|Close|Gardens|"
    r"Court|Drive|Terrace|Crescent|Row|Walk|Hill|Grove|Parade|Mews|Estate"
    r"|Park(?=\s*[,.;)]|\s+(?:North|South|East|West)\b))\b"
)
# A line of nothing but a range of house numbers and a name, a letterhead's address line:
# "8 - 10 Broadway" (both numbers are the address's).
_ADDRESS_LINE_AT = re.compile(
    r"\d{1,4}[A-Z]?\s*[-–]\s*\d{1,4}[A-Z]?(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]*(?=\n|$)"
)
# The last group takes five digits too: press offices mistype ("020 7983 57693"); the area
# code may be bracketed ("(020) 3054 5440").
_PHONE_AT = re.compile(r"(?:0\d{2,4}\)?|\d{2}\s?\d{2,4})[ -]?\d{3,4}[ -]?\d{3,5}(?!\d)")
# A date of birth as the Met writes it after a name: "Dellan Charles, 22 (08.10.01)".
_DOTTED_DATE_AT = re.compile(r"(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})(?![\d.])")
# North American numbers in contact lines: "519-661-5670", "1-800-222-TIPS (8477)".
_NA_PHONE_AT = re.compile(
    r"(?:1[-.\s])?\(?\d{3}\)?[-.]\d{3}[-.][\dA-Z]{4}(?![\dA-Za-z])(?:\s*\(\d{3,5}\))?"
)
# Not before a hyphen ("5m-long"), but for a rate: "£50million-a-year trade"; a scale
# in the plural as some copy writes it is one too: "£17 millions have been given"; and
# "million" misspelt, doubling or dropping its "l" or "i", is still one ("£5.4miliion").
SCALE_AFTER = re.compile(
    r"^\s?(bn|mn|m|k|b|hundred|thousand|mil+i*on|billion|trillion)(?:(?<=ion)s)?\b(?!-(?!(?:a|per)-[a-z]))",
    re.I,
)
# Spans of time, a sport's seasons among them ("over the last 7 seasons").
DURATION_AFTER = re.compile(
    r"^[\s-]?(?:working\s+|calendar\s+|financial\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|"
    r"seconds?|decades?|seasons?|yrs|mins?|hrs)\b(?!-old)",
    re.I,
)
# Hours by the thousand are no span of time but a total of time worked: "1,200 hours of
# extra patrols", "up to 15,000 hours of overtime".
_HOURS_AFTER = re.compile(r"^[\s-]?(?:hours?|hrs)\b", re.I)
_WORKED_HOURS_FLOOR = 1000
# ... but four digits with no thousands comma that read as a 24-hour clock, after a word of
# time, are an hour of the day: "from 1130 hours", "moving off at 1300 hours", "between 0630
# hours and 1400 hours".
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_HOUR_OF_DAY_BEFORE = _CLOCK_WORDS_BEFORE | {"between", "and"}
# The first end of a range of durations: the "12" of "12-18 months", "3 to 5 years".
_DURATION_RANGE_AFTER = re.compile(
    r"^\s?(?:[-‑–]|to\s|or\s|and\s)\s?\d{1,4}(?:\.\d{1,2})?[\s-]?(?:working\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b(?!-old)",
    re.I,
)
# A count hyphenated to what it counts, big enough to be no age or size: "a 20,000-officer
# recruitment drive", "a 1,200-place scheme", "the 500-bed hospital".
_COUNTED_HYPHEN = re.compile(
    r"^[-‑](?:officer|police|person|people|member|staff|recruit|place|bed|home|job|seat|"
    r"pupil|student|school|station|camera)\b(?!-)"
)
_COUNTED_HYPHEN_FLOOR = 100
# Context that makes a number something other than a statistic.
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
_IDENTIFIER_WORDS = frozenset(
    "phase tranche part stage step tier level category chapter section article schedule option "
    "version route room floor no no. op operation grade band class line platform junction "
    "paragraph clause rule item table annex appendix wave series episode season round zone "
    "panel session module workshop recommendation page channel question objective "
    "top per covid year week day act number footnote endnote volume vol vol. terminal photo "
    "image gate order action priority pillar strand workstream radio regulation".split()
)
# A scale's numbered steps: "pay point 0", "spine point 12" ("at one point 300" counts).
_SCALE_WORDS = frozenset("pay spine salary scale".split())
_AGE_AFTER = re.compile(r"^(?:s\b|[\s-]*(?:years?|yrs)\b|[\s-]*year[\s-]olds?\b)", re.I)
_AGE_OPEN_AFTER = re.compile(
    r"^\s*(?:$|[,;:.)\]]|(?:and|or|in|down|up|fell|rose|who|with|were|was|is|are)\b)", re.I
)
_AGE_WORDS = frozenset(("aged", "age", "ages"))
_PERIOD_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?)\b", re.I)
# An age stated as what a clause's subject is: "the average age of a victim ... was 70",
# "and the oldest victim was 110" (not "the number of victims in the oldest group was 70").
_AGE_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:.!?]\s*)(?:(?:and|but|while|whilst)\s+)?(?:the|their|its)\s+"
    r"(?:(?:(?:average|mean|median|typical)\s+)?age(?!-)|oldest|youngest)\b[^,;:.!?]{0,100}?"
    r"\s(?:was|is|were|are)\s+$",
    re.I,
)
_AGE_SUBJECT_REACH = 140
# ... or of a person named by a pronoun, a relative "who" among them, the clause closing on
# it or on the time the age was had: "He was 48 and a husband", "I'm 48, I don't want", "the
# murder of a boy who was just 21, a group", "who was 16 at the time of the stabbing" (not
# "he was 1 of 40 officers").
_PRONOUN_AGE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:I['’]m|I\s+(?:am|was)|(?:he|she|who)(?:['’]s|\s+(?:is|was)))"
    r"(?:\s+(?:just|only))?\s+$",
    re.I,
)
_PRONOUN_AGE_END = re.compile(r"^\s*(?:$|[.,;:!?)\]]|and\b|at\s+the\s+time\b)")
# "aged approximately 27": a witness appeal's guess at an age.
_ROUGHLY = frozenset("approximately approx approx. about around roughly circa".split())
# Ages listed after "aged", each perhaps tagged with a letter or number the way police
# releases key suspects: "aged 24 [A], 27 [B] and 21 [D]", "aged 18 (1), 19 (2)"; or age
# bounds a question lists under its letters: "children aged a) under 12 b) under 15 and c)
# under 18". The list may run past the five words looked at, so it is read back over a
# bounded window.
_AGE_ITEM = r"\d{1,3}(?:\s?[\[(][A-Za-z\d]{1,2}[\])])?(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
_AGE_KEY = r"[a-z]{1,3}\)\s+"
_AGE_BOUND_ITEM = rf"(?:{_AGE_KEY})?(?:under|over)\s+\d{{1,3}}(?:\s+(?:and|or))?\s+"
_AGED_LIST_BEFORE = re.compile(
    rf"\baged\s+(?:(?:{_AGE_ITEM})+|{_AGE_KEY}(?:{_AGE_BOUND_ITEM})*(?:{_AGE_KEY})?(?:(?:under|over)\s+)?)$",
    re.I,
)
# ... and a digit keying one of them is no count either: the "1" of "aged 40 (1)".
_AGED_KEY_BEFORE = re.compile(rf"\baged\s+(?:{_AGE_ITEM})*\d{{1,3}}\s?[\[(]$", re.I)
_LISTED_REACH = 80
# The start of an age range: "aged from 18-60", "aged between 25 and 43".
_RANGE_OPENERS = ("between", "from")
# People bounded by an age: "people under 25", "children under 16", "those over 65".
_PEOPLE = frozenset(
    "people persons children adults those anyone men women boys girls youths teenagers "
    "victims londoners residents".split()
)
# ... unless what follows is what is counted: "people under 25 per cent", "over 65 officers".
# "the buyer is over 18.": a bound said of someone, ending its clause, is an age.
_BE_WORDS = frozenset("is are was were be being".split())
_AGE_BOUND = 21
_CLAUSE_END = re.compile(r"^\s*(?:$|[.,;:!?)\]])")
_COUNTED_AFTER = re.compile(r"^\s*(?:%|per\s*cent|percent|[a-z]{3,}s\b(?<!years))", re.I)
# A clock striking the hour: "as Big Ben struck 12", "when the clock strikes twelve".
_STRIKE_WORDS = frozenset(("struck", "strikes", "strike"))
# Not "called": "officers were called on 101 occasions" counts call-outs.
_PHONE_WORDS = frozenset(
    "call calling dial dialling dialled ring rang phone phoned text report contact".split()
)
_DIAL_WORDS = frozenset("call calling dial dialling ring phone text texting tel telephone".split())
# A keyword texted to a short code, quoted or in capitals: 'text "CAB" to 60835' (not
# "text alerts to 2,000 residents").
_TEXT_WORDS = frozenset(("text", "texting", "sms"))
# A short code written as bare digits, texted to at a clause's end ("text the police what,
# where and when to 61016.") or named as the text line ("BTP's 61016 text-to-report
# number"); not "text alerts to 2,000 residents".
_SHORT_CODE = re.compile(r"\d{5,6}")
_TEXTED_TO_BEFORE = re.compile(r"\b(?:text|texting|sms)\b[^.!?]{0,80}\bto\s+$", re.I)
_TEXTED_TO_REACH = 100
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:)]|$)")
_TEXT_LINE_AFTER = re.compile(r"\s+text(?:[- ]to[- ]report)?\s+(?:number|line|service)\b", re.I)
_OPENING_QUOTES = "“\"‘'"
# The police and NHS lines, and the textphone relay's emergency number and prefix.
_EMERGENCY = frozenset((999, 101, 111, 112, 105, 18000, 18001))
_EMERGENCY_WORDS = frozenset(("999", "101", "111", "112", "105", "18000", "18001"))
_URGENT_WORDS = frozenset(("urgent", "emergency", "emergencies"))
# The service named, not a count: "999 calls", "a 999 emergency call", "999 and 101", "the
# 101 telephone number", "the 101 police non-emergency line", "or 101 in a non-emergency",
# "101 waiting times", "999 responses", "101 or Crimestoppers" (the charity's line beside
# the police's), its quote mark closed first ("the ‘101’ number").
_EMERGENCY_AFTER = re.compile(
    r"^[’'\"”]?\s*(?:(?:and|or|/)\s*(?:999|101|111|112|105|Crimestoppers)\b|in\s+an?\s+(?:non-)?emergency\b|"
    r"waiting\s+times?\b|(?:police\s+)?(?:(?:non-)?emergency\s+)?"
    r"(?:(?:tele)?phone\s+(?:numbers?|lines?|services?)|calls?|systems?|"
    r"services?|numbers?|lines?|operators?|call-handl\w*|responses?)\b)",
    re.I,
)
_RUNG_BY_WORDS = frozenset(("on", "via", "through"))
# The service used, not a count: "increased use of 101", "misuse of 999".
_SERVICE_USE_WORDS = frozenset(("use", "misuse", "usage"))
# Where a number rung "on" ends: "report it on 999 or the hotline", "call us on 101."
_NUMBER_RUNG_END = re.compile(r"^\s*(?:$|[.,;:)!]|(?:or|and|if|to|quoting)\b)")
# "between 17 and 25 years old", and a range with its first hyphen left hanging: "black
# 15- to 24-year-olds", "10- and 11-year-olds", "15-24 year olds".
_AGE_RANGE_AFTER = re.compile(
    r"^[-‑–]?\s*(?:and|to|or|-|–)\s*\d{1,3}[\s-]*(?:years?[\s-]+olds?|year-olds?)\b", re.I
)
# The age of the people counted, its hyphen spaced off: "open to 13-18 year-olds", "18
# year-olds" (glued, "18-year-olds" is told by its hyphen).
_SPACED_YEAR_OLDS_AFTER = re.compile(r"^\s+year-olds?\b", re.I)
# A day named before its date in brackets, the local papers' way: "on Tuesday (20)",
# "last night (24)", "today (25)".
_DAY_PAREN_BEFORE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|to|yester)day|tonight|tomorrow"
    r"|(?:last|this|tomorrow)\s+(?:night|morning|afternoon|evening))\s*\($",
    re.I,
)
# ... or before its date and a comma, the month cut off or carried by the date after:
# "until 3pm on Saturday, 19.", "from Friday, 1 to Thursday, 7 June" (not "On Saturday, 19
# people were arrested").
_WEEKDAYS = frozenset(f"{d}day" for d in "mon tues wednes thurs fri satur sun".split())
_DAY_DATE_END = re.compile(r"^\s*(?:$|[.,;:!?)\]]|(?:to|and)\b|[-–])")
# A phone number's area code, the number going on after it: "please call 020 7".
_AREA_CODE = re.compile(r"0\d{2,4}")
# ... or a whole number written unspaced, another line to ring: "via 02082477948 or 101".
_DIALLED = re.compile(r"0\d{2,4}(?:\d{6,7})?")
# An age in apposition to a full name, the way police releases give it ("Kevin Smith , 37"),
# or to a name marked as a pseudonym ("Rosie (not her real name), 19,").
_NAME_COMMA_BEFORE = re.compile(
    r"(?:\b(?:[A-Z][a-z'’-]+|[A-Z]{2,4})\s+[A-Z][A-Za-z'’-]+"
    r"|\b[A-Z][a-z'’-]+\s+\((?:not\s+(?:her|his|their)\s+real\s+name|name\s+changed)\))\s*,\s*$"
)
# ... or before the next name given its age: "Emma Wynn, 48 and Ian Kent, 51, were jailed".
_AGE_AFTER_NAME = re.compile(
    r"^\s*(?:\(|,|of\b|from\b|who\b|was\b|has\b|is\b"
    r"|and\s+[A-Z][a-z'’-]+\s+[A-Z][A-Za-z'’-]+\s*,\s*\d{1,3}\b)"
)
# An age in apposition to one person, named by a noun or a surname alone ("a man, 20, of
# Islington", "Daniels, 19, was given", "Smith and Jones, both 26,"): a surname alone may be
# a sentence's opening word ("Meanwhile, 25 of them"), so it needs the closing comma.
_PERSON_COMMA_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|teenager|suspect|victim|pensioner|walker|driver|rider|cyclist|"
    r"pedestrian|passenger|mother|father|son|daughter|wife|husband|brother|sister|"
    r"accomplice|defendant),\s*$|,\s*both\s+$",
    re.I,
)
_SURNAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+,\s*$")
_AGE_CLOSED_AFTER = re.compile(r"^\s*(?:,|\(|who\b)")
# A temperature: "20°C", "-0.8 C" alone at the end of a weather widget's line, "5 degrees
# Celsius".
_TEMPERATURE_AFTER = re.compile(
    r"^\s?(?:[°º]|degrees?\s+(?:C|F|Celsius|centigrade|Fahrenheit)\b|[CF][ \t]*(?:\n|$))"
)
# A document named by its kind and number, the kind capitalised as a name is: "Mayoral
# Direction 1516", "Form 696", "Report 8 of the meeting" (a headline's "Report 8 Arrests"
# counts, what it counts after the number).
_DOCUMENT_KINDS = frozenset("Direction Decision Form Report Bill Motion Notice Circular".split())
# Numbered parts named in the plural, every number of the list a name's: "Sections 12 and
# 14 of the Act", "paragraphs 3, 4 and 7".
_LISTED_IDENTIFIER_WORDS = frozenset(
    "sections paragraphs clauses articles schedules chapters phases tranches stages parts pages "
    "annexes appendices tiers recommendations questions objectives regulations".split()
)
_LIST_JOINS = frozenset(("and", "or", "to", "&"))
# Numbers listed with no space after a comma read as one word: the "3,4" of "sections 3,4,
# 5 and 6".
_JOINED_NUMBERS = re.compile(r"\d{1,3}(?:,\d{1,3})*")
# A product's model in a brand's camel case: "an iPhone 6", "the iPad 2".
_CAMEL_BRAND = re.compile(r"[a-z][A-Z][a-z]+")
# A multiplier, not a count: "20 times more theft incidents", "three times the average".
_MULTIPLIER_AFTER = re.compile(
    r"^\s+times\s+(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|likelier|as|"
    r"the)\b",
    re.I,
)
# A year before the years that look like one: "began in 1837", "founded in 1829 and",
# "since 1829" (not "in 1500 cases", where what is counted follows).
_OLD_YEAR_BEFORE = frozenset("in since until till circa".split())
_OLD_YEAR_AFTER = re.compile(r"^\s*(?:$|[,;:.!?)\]–—-]|(?:and|to|or|when|which|with|as)\b)")
# Or an Act's name after it: "the 1824 Vagrancy Act" is the year the Act was passed.
_ACT_NAME_AFTER = re.compile(r"^\s+(?:[A-Z][\w’'-]*\s+(?:(?:and|of|the|for)\s+)?){1,6}Act\b")
# Where an excerpt stops mid-sentence, a number after a word that wants more ("resulting in
# 2", the page going on "2,000 ..."): the number is cut, not a count.
_CUT_AFTER_WORDS = frozenset(
    "in of to by than with for at and from about around over on into across throughout "
    "during within until since".split()
)
_CUT_TAIL = 4
_OPERATION_WORDS = frozenset("operation op project exercise campaign".split())
_NAMED_UNIT_BEFORE = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+\s+$")
# A bus named by its route, the noun singular after a number: "on the 48 bus", "a 344 night
# bus", "on 267 route", "the 267 bus route" (not "48 buses", "78 bus routes", nor "400 bus
# drivers", where the bus names what is counted).
_ROUTE_BUS_AFTER = re.compile(
    r"^\s+(?:route\b(?!-)|(?:night\s+)?bus\b(?!-|\s+(?:stops?|routes|lanes?|drivers?|services?|"
    r"stations?|garages?|depots?|passengers?|shelters?|journeys?|fares?|users?|operators?|"
    r"companies|network)\b))",
    re.I,
)
# Routes listed after their plural name: "bus routes including the 38, 48, 279 and 253".
_ROUTE_ITEM = r"\d{1,3}[A-Z]?(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
_ROUTE_LIST_BEFORE = re.compile(
    rf"routes\s+(?:(?:including|such\s+as|like)\s+)?(?:the\s+)?(?:{_ROUTE_ITEM})*$", re.I
)
# ... unless a share follows: "routes 25% less crowded".
_SHARE_AFTER = re.compile(r"^\s?(?:%|per\s*cent|percent)", re.I)
# The end of a note's number: "Note 1:", "see note 3)" (not "we note 40 officers").
_NOTE_NUMBER_END = re.compile(r"^\s*(?:$|[:.;,)\]])")
_FOOTNOTE_END = re.compile(r"^[\s\"”’')\]]*$")
# A match's score, both its numbers: "the club's 3-1 win", "drew 2-2", "beat Spurs 4-0",
# "the game, which ended 0-0".
_SCORE = re.compile(
    r"\b(?:won|lost|drew|ended|finished|beat\s+\w+)\s+\d{1,2}[-–]\d{1,2}\b"
    r"|\b\d{1,2}[-–]\d{1,2}\s+(?:(?:home|away)\s+)?(?:win|victory|defeat|draw|loss)\b",
    re.I,
)
_SCORE_REACH = 20  # "beat Tottenham Hotspur " at most before the score


def _is_score(masked: str, start: int, end: int) -> bool:
    score = _SCORE.search(masked, max(0, start - _SCORE_REACH), end + _SCORE_REACH)
    return score is not None and score.start() <= start < score.end()


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


def is_date_or_time(masked: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """20th May, 11 November 2022, March 20, 07:42, 10 am, 11/26/2024, 24/7, 020 7983 4000."""
    if masked[end : end + 1] in ("/", ":") and masked[end + 1 : end + 2].isdigit():
        return True
    if masked[end : end + 1] == "." or "." in masked[start:end]:
        dotted = _DOTTED_DATE_AT.match(masked, start)
        if dotted and int(dotted.group(1)) <= 31 and 1 <= int(dotted.group(2)) <= 12:
            taken.append(dotted.span())
            return True
        if masked[start:end].count(".") == 1 and _DOTTED_CLOCK_AT.match(masked, start):
            said_before = masked[max(0, start - 8) : start].split()
            if said_before and said_before[-1].lstrip("“‘\"'(").lower() in _CLOCK_WORDS_BEFORE:
                return True
    # The end of a year range: the "28" of "2025-28", "2019–20"; and the day of a date
    # written year first: the "22" of "2013-05-22"
    if end - start == 2 and masked[start - 1 : start] in ("-", "–") and start >= 5:
        if _YEARISH.match(masked[start - 5 : start - 1]) or _ISO_DATE_BEFORE.match(
            masked, max(0, start - 8), start
        ):
            return True
    if end - start == 2 and _QUARTER_BEFORE.search(masked, max(0, start - 7), start):
        return True
    after = masked[end : end + 6]
    if (after[:1] in (":", ".") or "m" in after.lower() or "o" in after[:3]) and _TIME_AT.match(
        masked, start
    ):
        return True
    word = after.lstrip()
    if (word[:1].isupper() or word[:2] in ("st", "nd", "rd", "th", "of")) and _DAY_MONTH_AT.match(
        masked, start
    ):
        return True
    if word[:1].isalpha() and _FOREIGN_DATE_AT.match(masked, start):
        return True
    if word[:3] in ("and", "to ", "-", "–") or word[:1] in ("-", "–"):
        if _DAY_RANGE_AT.match(masked, start):  # "between 13 and 19 May"
            return True
    if (
        word[:1] in ("-", "–")
        and masked[start - 1 : start] in ("\n", "")
        and (address := _ADDRESS_LINE_AT.match(masked, start))
    ):
        taken.append(address.span())
        return True
    if (word[:1].isupper() or word[:1] in ("a", "&", "-", "–")) and _ADDRESS_AFTER.match(
        masked, end
    ):
        return True
    phone = _NA_PHONE_AT.match(masked, start)
    if phone:
        taken.append(phone.span())
        return True
    if masked[start] == "0" or masked[start - 1 : start] == "+":
        phone = _PHONE_AT.match(masked, start)
        if phone:
            taken.append(phone.span())
            return True
    if masked.startswith(" past ", end) or (start >= 5 and masked.startswith("past ", start - 5)):
        clock = _CLOCK_PAST_AT.match(masked, start)
        if clock:
            taken.append(clock.span())
            return True
        if _CLOCK_PAST_BEFORE.search(masked, max(0, start - 14), start):
            return True
    before = masked[max(0, start - 12) : start].split()
    if (
        before
        and before[-1].strip(",").lower() in _MONTH_NAMES
        and _YEAR_NOTED.fullmatch(masked, start, end)
    ):
        return True
    if end - start <= 2 and before and before[-1].endswith(("to", "and", "-", "–", "until")):
        # the end of a month-first day range: the "15" of "from November 9 to 15"
        return _MONTH_DAY_BEFORE.search(masked, max(0, start - 30), start) is not None
    # "on Monday (January 30)": the month may open a bracket; a range of months with their
    # years glues the month to the range's first end: the "13" of "Jan 12-Mar 13"
    return (
        bool(before)
        and _RANGE_DASH.split(before[-1].strip(",("))[-1].lower() in _MONTH_NAMES
        and end - start <= 2
    )


# A character lost to a bad encoding glued before a number: in a British release, the "£".
_LOST_POUND = re.compile("\ufffd(?=\\d)")


def mask(text: str) -> str:
    """``text`` with URLs, keypad codes, footnote markers and list numbering blanked out,
    and a pound sign a bad encoding lost put back."""
    for possible, pattern in _MASKS:
        if possible(text):
            text = pattern.sub(_blank, text)
    return _LOST_POUND.sub("£", text) if "\ufffd" in text else text


def is_year(digits: str, decimals: str | None, unit: str) -> bool:
    return unit == "count" and not decimals and bool(_YEARISH.match(digits))


def last_words(masked: str, start: int, n: int = 5) -> list[tuple[str, int]]:
    """The last ``n`` words before ``start``, lowercased and unquoted, with their offsets."""
    window_start = max(0, start - 48)
    window = masked[window_start:start]
    parts = window.split()
    if window_start and window and not window[0].isspace():
        parts = parts[1:]  # cut in the middle of a word
    found = []
    pos = len(window)
    for part in reversed(parts[-n:]):
        pos = window.rfind(part, 0, pos)
        found.append((part.lower().strip("(“\"‘'’”,"), window_start + pos))
    found.reverse()
    return found


# An age group named by its bounds: "the 30 and over age-group", "the 18-24 age band",
# "the 16 to 24 age range".
_AGE_GROUP_AFTER = re.compile(
    r"\s*(?:(?:and|or)\s+(?:over|under|older|above|younger|below)\s*|\+\s*|"
    r"(?:-|–|to)\s*\d{1,3}\s*)?age[\s-]?(?:groups?|bands?|brackets?|range)\b",
    re.I,
)
# A decade of life after "their", marked as one: "in their 20s", "aged between their 20′
# and 50’s" (not "their 20 officers").
_DECADE_AFTER = re.compile(r"(?:['’′]?s|['’′])(?!\w)")


def _is_age(words: list[str], after: str, before: str, value: float) -> bool:
    if value > 120:
        return False
    if _AGE_GROUP_AFTER.match(after):
        return True
    if not words:
        return False
    if (
        words[-1] == "their"
        and value % 10 == 0
        and 10 <= value <= 90
        and _DECADE_AFTER.match(after)
    ):
        return True
    listed = [w for w in words if w not in ("and", "or")]
    if len(listed) > 1 and listed[-1].rstrip(",").isdigit() and "aged" in words:
        # "three men aged 18, 19 and 21": the ages listed after "aged"
        at = len(words) - 1 - words[::-1].index("aged")
        if all(w in ("and", "or") or w.rstrip(",").isdigit() for w in words[at + 1 :]):
            return True
    if (
        words[-1] in ("aged", "age", "ages")
        or (len(words) >= 2 and words[-2] == "aged" and words[-1] in _ROUGHLY)
        or (len(words) >= 3 and words[-3] == "aged" and words[-1] in ("to", "-", "and"))
    ):
        return True
    # "aged between 25 and 43", "between the ages of 18 and 24"
    if words[-1] in _RANGE_OPENERS and len(words) >= 2 and words[-2] in _AGE_WORDS:
        return True
    if words[-2:] == ["ages", "of"] or (words[-1] == "of" and words[-2:-1] == ["age"]):
        return True
    if (
        len(words) >= 4
        and words[-1] in ("to", "-", "and")
        and (
            (words[-3] in _RANGE_OPENERS and words[-4] in _AGE_WORDS)
            or words[-4:-2] == ["ages", "of"]
        )
    ):
        return True
    if (
        words[-1] in ("under", "over")
        and len(words) >= 2
        and words[-2] in _PEOPLE
        and value <= 100
        and not _COUNTED_AFTER.match(after)
    ):
        return True  # "people under 25 admitted to hospital", "women over 65"
    if words[-3:] in (["as", "young", "as"], ["as", "old", "as"]) and not _COUNTED_AFTER.match(
        after
    ):
        return True  # "children as young as 12": the youngest age, not a count of twelve
    if words[-1] in _BE_WORDS and _CLAUSE_END.match(after) and _AGE_SUBJECT_BEFORE.search(before):
        return True
    if _PRONOUN_AGE_END.match(after) and _PRONOUN_AGE_BEFORE.search(before):
        return True
    if words[-1] in ("under", "over") and len(words) >= 2:
        if words[-2] in _AGE_WORDS:
            return True  # "victims aged under 25 than in ...": no count of 25 can follow
        if words[-2] in _BE_WORDS and value <= _AGE_BOUND and _CLAUSE_END.match(after):
            return True  # "without verifying the buyer is over 18."
    if words[-1] in ("under", "over"):
        if (
            len(words) >= 2
            and words[-2].replace(",", "").isdigit()
            and 10 <= value < 30
            and not _PERIOD_AFTER.match(after)
        ):
            return True  # "3,005 under 18 detentions": the bound qualifies what is counted
        if _AGE_AFTER.match(after):
            return True  # under 25 years, over 65s
        # "knife crime ... under 25 down 22%": an age bound, not a count of 25 of something
        return value <= 30 and words[-1] == "under" and bool(_AGE_OPEN_AFTER.match(after))
    return False


def _in_list_after(masked: str, start: int, name: str, before: re.Pattern) -> bool:
    """``before`` matches from the last ``name`` ("aged", "routes") to the number: one try
    per number."""
    window_start = max(0, start - _LISTED_REACH)
    named = masked[window_start:start].lower().rfind(name)
    return named >= 0 and before.match(masked, window_start + named, start) is not None


# A table's header of bands, each range starting one above where the one before it ends:
# "10-11 12-14 15-17 Total" heads columns of ages or sizes and counts nothing.
_BAND = r"(\d{1,3})[-–](\d{1,3})"
_BAND_AT = re.compile(rf"(?<!\d){_BAND}(?!\d)")
_BAND_NEXT = re.compile(rf"\s+{_BAND}(?!\d)")
_BAND_LAST = re.compile(rf"(?<!\d){_BAND}\s+$")
_BAND_LOW_BEFORE = re.compile(r"(?<!\d)\d{1,3}[-–]$")


def _in_band_run(masked: str, start: int, end: int) -> bool:
    """The number is an end of a range that runs on from the range before it or into the
    one after it."""
    if masked[end : end + 1] in "-–":
        band = _BAND_AT.match(masked, start)
    elif low := _BAND_LOW_BEFORE.search(masked, max(0, start - 4), start):
        band = _BAND_AT.match(masked, low.start())
    else:
        return False
    if not band or int(band.group(1)) >= int(band.group(2)):
        return False
    after = _BAND_NEXT.match(masked, band.end())
    if after and int(band.group(2)) + 1 == int(after.group(1)) < int(after.group(2)):
        return True
    before = _BAND_LAST.search(masked, max(0, band.start() - 10), band.start())
    return before is not None and (
        int(before.group(1)) < int(before.group(2)) + 1 == int(band.group(1))
    )


def _bare_word(word: str) -> str:
    """A word without the spaces, quote marks or brackets opening a name around it."""
    return word.strip().strip("‘“\"'([")


def _is_acronym(word: str) -> bool:
    """An acronym, or acronyms joined by slashes as a joint standard's bodies ("ISO/IEC")."""
    return all(len(part) >= 2 and part.isalpha() and part.isupper() for part in word.split("/"))


def _listed_identifier(words: list[str]) -> bool:
    """The number follows a plural part's name, or the numbers listed after it: not
    "questions and 10 officers", where no number follows the name."""
    later = ""  # the word after the one looked at
    for word in reversed(words):
        if word in _LISTED_IDENTIFIER_WORDS:
            return not later or _JOINED_NUMBERS.fullmatch(later) is not None
        if word not in _LIST_JOINS and not _JOINED_NUMBERS.fullmatch(word):
            return False
        later = word
    return False


# "Last year 14 officers were injured": a time said before a count names no numbered
# year or week; nor does a word a comma parts from the count ("As a first step, 3,000 new
# officers"), but a number's name still names the number after it ("the non-emergency
# number, 101").
_TIME_NAMES = frozenset("year week day".split())
_TIME_DETERMINERS = frozenset("last this next that each every same previous past".split())
_NUMBER_NAMES = frozenset(("number", "no", "no."))


def _word_names_no_number(words: list[str], raw: str) -> bool:
    if raw.endswith(","):
        return words[-1] not in _NUMBER_NAMES
    return words[-1] in _TIME_NAMES and len(words) >= 2 and words[-2] in _TIME_DETERMINERS


_SPEED_AFTER = re.compile(r"\s(?:mph|kph|km/h)\b", re.I)
# A page's counter of comments or shares, bracketed after its name at the start of a line or
# of a link in a row of them: "Read whole briefing | Comments (0)".
_PAGE_COUNTER_BEFORE = re.compile(
    r"(?:^|[|•·]\s*)(?:comments?|replies|responses?|likes?|shares?|views?)\s*\($", re.I | re.M
)
_PAGE_COUNTER_REACH = 24
# A blog's counter of a post's views, bracketed under it: "(Visited 4 times, 1 visits today)".
_VIEW_COUNTER_BEFORE = re.compile(r"\(visited\s+(?:\d+\s+times?,\s+)?$", re.I)
_VIEW_COUNTER_REACH = 30


# A reference code of letters and digits with a part after a dash: the "22365" of
# "MOPAC27112015-22365", the "133" of "DMPCD 2014-133" (numbered within its year).
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[A-Z\d/]*\d| \d{4})-$")
_CODE_REACH = 30
# An index laid out in a line, each entry opened by a code of one series and closed by
# a number ("ALC03 Convenience Stores 90 ALC04 Clapham resident 94"): a number between
# two codes of the series is the entry's page or cell, no count.
_SERIES_CODE_AFTER = re.compile(r"\s+([A-Z]{2,5})\d{1,3}\b")
_SERIES_REACH = 120


def is_not_a_statistic(
    masked: str, start: int, end: int, value: float, last: list[tuple[str, int]]
) -> bool:
    after = masked[end : end + 40]
    prev = masked[start - 1] if start else " "
    if prev == "-" and start >= 2 and masked[start - 2].isalpha():
        return True  # Covid-19, under-25s
    if (after[:1] == "+" and after[1:2].isdigit()) or (
        prev == "+" and start >= 2 and masked[start - 2].isdigit()
    ):
        return True  # a term's parts summed: "two optional 12 month (1+1) extensions"
    if prev == "^":
        return True  # a tweet signed with its officer's number ("^3021"), or a power
    if prev == "-" and _CODE_BEFORE.search(masked, max(0, start - _CODE_REACH), start):
        return True  # the part after the dash of a reference code
    if (series := _SERIES_CODE_AFTER.match(after)) and re.search(
        rf"\b{series.group(1)}\d", masked[max(0, start - _SERIES_REACH) : start]
    ):
        return True
    if prev in "-–" and start >= 2 and masked[start - 2].isdigit() and value <= 120:
        if end - start <= 2 and _YEAR_SPAN_BEFORE.search(masked, max(0, start - 5), start):
            return True  # "recording began in 2004-5": a span of years
        if len(last) >= 2 and last[-2][0] in _AGE_WORDS:
            return True  # the top of an age range: "young people aged 14-24"
        if len(last) >= 3 and last[-2][0] in _RANGE_OPENERS and last[-3][0] in _AGE_WORDS:
            return True  # "arrested 46 people, aged from 18-60"
    if (after[:1] in "-–" or prev in "-–") and _in_band_run(masked, start, end):
        return True
    if (
        after[:1] in "-‑"
        and after[1:2].isalpha()
        and not after.startswith(("-fold", "-strong"))
        and not (value >= _COUNTED_HYPHEN_FLOOR and _COUNTED_HYPHEN.match(after))
    ):
        return True  # 15-digit, 25-year-old, 12-month
    if after[:1].isalpha() and not SCALE_AFTER.match(after):
        return True  # 4G, 1990s and other glued tokens
    if after[:1] == " " and _SPEED_AFTER.match(after):
        return True  # "20 mph speed limits": a speed, as glued "20mph" is
    if (
        prev == "("
        and after[:1] == ")"
        and _PAGE_COUNTER_BEFORE.search(masked, max(0, start - _PAGE_COUNTER_REACH), start)
    ):
        return True  # "| Comments (0)": the page's counter counts nothing reported
    if after[:1] in "'’" and after[1:2] == "s" and not after[2:3].isalnum():
        return True  # "BBC Radio 4's Today programme": a name's number, possessive, no count
    if value < 100 and (after[:1] in "-–" or prev in "-–") and _is_score(masked, start, end):
        return True
    words = [w for w, _ in last]
    if (
        words
        and words[-1] in ("visited", "times")
        and _VIEW_COUNTER_BEFORE.search(masked, max(0, start - _VIEW_COUNTER_REACH), start)
    ):
        return True  # "(Visited 4 times, 1 visits today)": counts the page's readers
    if (
        len(words) >= 2
        and words[-2] == "the"
        and prev.isspace()
        and _NAMED_UNIT_BEFORE.search(masked, max(0, start - 30), start)
    ):
        return True  # "the Team 5 officers", "the Route 38 bus": part of a name
    if prev.isspace() and _ROUTE_BUS_AFTER.match(after):
        return True
    if not _SHARE_AFTER.match(after) and _in_list_after(
        masked, start, "routes", _ROUTE_LIST_BEFORE
    ):
        return True  # the route names listed after "bus routes including the"
    if (
        value < 100
        and len(words) >= 2
        and words[-2] in _OPERATION_WORDS
        and prev.isspace()
        and masked[last[-1][1] : last[-1][1] + 1].isupper()
    ):
        return True  # "Operation Sceptre 2", "Project Adder 3": the number is the name's
    if words and prev.isspace():
        raw = _bare_word(masked[last[-1][1] : start])
        if (
            words[-1] in _IDENTIFIER_WORDS and not _word_names_no_number(words, raw)
        ) or _is_acronym(raw):
            return True  # Phase 2, top 10, per 1,000, MOPAC 7, "(PCD 1196 refers)"
        if raw in _DOCUMENT_KINDS and not _COUNTED_AFTER.match(after):
            return True
        if words[-1] == "point" and len(words) >= 2 and words[-2] in _SCALE_WORDS:
            return True  # "pay point 3 of the pay scale": a step on a scale, not a count
        if (
            len(last) >= 2
            and _YEARISH.match(raw)
            and _is_acronym(_bare_word(masked[last[-2][1] : last[-1][1]]))
        ):
            return True  # a code numbered within its year: "DMPCD 2014 110", "“DMPCD 2015 115"
        if _CAMEL_BRAND.fullmatch(raw):
            return True  # "an iPhone 6": the model, not a count
    if _listed_identifier(words):
        return True
    if (
        prev == "("
        and after[:1] == ")"
        and start >= 2
        and (
            masked[start - 2].isalnum()
            or masked[start - 2] == ")"
            # spaced off its numbered part: "section 327 (1)"
            or (len(words) >= 3 and words[-2].isdigit() and words[-3] in _IDENTIFIER_WORDS)
        )
    ):
        return True  # a subsection: "section 5(1)(b)"
    if masked[start] == "0" and end - start > 1 and masked[start + 1].isdigit():
        return True  # a phone number's area code, its number cut off: "contact Ben on 020"
    if (
        len(masked) - end < _CUT_TAIL
        and not after.strip()
        and words
        and words[-1] in _CUT_AFTER_WORDS
        and ". " in masked[max(0, start - 400) : start]
    ):
        return True
    if _TEMPERATURE_AFTER.match(after):
        return True
    if after[:7].lstrip().startswith("times") and _MULTIPLIER_AFTER.match(after):
        return True  # "20 times more theft incidents": how many times, not a count
    if (
        end - start == 4
        and 1000 <= value < 1900
        and (
            (words and words[-1] in _OLD_YEAR_BEFORE and _OLD_YEAR_AFTER.match(after))
            or _ACT_NAME_AFTER.match(after)
        )
    ):
        return True  # the year of an event before 1900
    if words[-3:] == ["times", "out", "of"]:
        return True  # "nine times out of 10": a ratio, not a count of ten
    if _is_age(words, after, masked[max(0, start - _AGE_SUBJECT_REACH) : start], value):
        return True
    if value <= 120 and _in_list_after(masked, start, "aged", _AGED_LIST_BEFORE):
        return True  # "four men, aged 24 [A], 27 [B], 28 [C] and 21 [D]"
    if after[:1] in ")]" and _in_list_after(masked, start, "aged", _AGED_KEY_BEFORE):
        return True
    if DURATION_AFTER.match(after) and not (
        value >= _WORKED_HOURS_FLOOR
        and _HOURS_AFTER.match(after)
        and not (words and words[-1] in _HOUR_OF_DAY_BEFORE and _HHMM.fullmatch(masked, start, end))
    ):
        return True  # 12 months, 5 working days, "at 1300 hours"
    if _DURATION_RANGE_AFTER.match(after):
        return True  # "12-18 months", "3 to 5 years": both ends are durations
    if value <= 12 and words and words[-1] in _STRIKE_WORDS and _CLAUSE_END.match(after):
        return True  # "as Big Ben struck 12,": the hour a clock strikes
    if words[-2:] in (["term", "of"], ["tariff", "of"]) and _CLAUSE_END.match(after):
        return True  # "a minimum term of 3", the excerpt cut before "years": a prison term
    if value in _EMERGENCY and "," not in masked[start:end] and "." not in masked[start:end]:
        if any(w.rstrip(":") in _PHONE_WORDS for w in words) or _EMERGENCY_AFTER.match(after):
            return True  # "999 and 101 call response times", "abandoned 999 calls"
        if words[-2:] in (["calls", "to"], ["call", "to"]):
            return True  # "calls to 101 will be handled": the line called
        if words and words[-1] in _URGENT_WORDS:
            return True  # "or if it's urgent 999", "in an emergency 999": the number to ring
        if any(w in _URGENT_WORDS for w in words) and _NUMBER_RUNG_END.match(after):
            return True  # "or in an emergency it's 18000.": the number to ring
        if words and words[-1] in _EMERGENCY_WORDS:
            return True  # the line after its relay prefix: "18001 101"
        if words and words[-1] in _RUNG_BY_WORDS and _NUMBER_RUNG_END.match(after):
            return True  # "reported to the police on 999 or ...", "via 101 or": the number rung
        if (words and words[-1] == "via") or any(_DIALLED.fullmatch(w) for w in words):
            return True  # "call police on 0208 597 4874 or 101", "via 101 as a matter of urgency"
        if len(words) >= 2 and words[-1] == "of" and words[-2] in _SERVICE_USE_WORDS:
            return True
        if (
            words
            and words[-1] in ("and", "or")
            and len(words) >= 2
            and words[-2] in _EMERGENCY_WORDS
        ):
            return True  # the "101" of "both 999 and 101?"
    if value <= 120 and (_AGE_RANGE_AFTER.match(after) or _SPACED_YEAR_OLDS_AFTER.match(after)):
        return True  # "Five men between 17 and 25 years old", "13-18 year-olds"
    if value <= 120 and _AGE_AFTER_NAME.match(after):
        before = max(0, start - 40)
        if _NAME_COMMA_BEFORE.search(masked, before, start) or _PERSON_COMMA_BEFORE.search(
            masked, before, start
        ):
            return True  # "Dellan Charles, 22 (08.10.01) of no fixed address", "a man, 20,"
        if _SURNAME_COMMA_BEFORE.search(masked, before, start) and _AGE_CLOSED_AFTER.match(after):
            return True  # "Ghani, 28, downloaded"
    if words and words[-1].rstrip(":") in _DIAL_WORDS:
        return True  # "text 61016", "tel: 0300 ..."
    if len(words) >= 3 and words[-1] == "to" and words[-3] in _TEXT_WORDS:
        keyword = masked[last[-2][1] : last[-1][1]].strip()
        if keyword[:1] in _OPENING_QUOTES or _is_acronym(keyword):
            return True  # 'text "CAB" to 60835', "text STOP to 88020": a short code
    if _SHORT_CODE.fullmatch(masked, start, end) and (
        _TEXT_LINE_AFTER.match(after)
        or (
            words
            and words[-1] == "to"
            and _CLAUSE_END_AFTER.match(after)
            and _TEXTED_TO_BEFORE.search(masked, max(0, start - _TEXTED_TO_REACH), start)
        )
    ):
        return True
    if words and words[-1][:1] == "0" and prev.isspace() and _AREA_CODE.fullmatch(words[-1]):
        return True  # the rest of a phone number after its area code: "call 020 7"
    if (
        prev == "("
        and after[:1] == ")"
        and value <= 31
        and _DAY_PAREN_BEFORE.search(masked, max(0, start - 20), start)
    ):
        return True  # "on Tuesday (20)", "last night (24)": a day of the month
    if (
        value <= 31
        and words
        and words[-1] in _WEEKDAYS
        and masked[last[-1][1] : start].rstrip().endswith(",")
        and _DAY_DATE_END.match(after)
    ):
        return True  # "on Saturday, 19.": a day of the month
    if words and words[-1] in ("note", "notes") and _NOTE_NUMBER_END.match(after):
        return True  # "Note 1: I raised ...", "(see note 3)": a note's number, not a count
    # A footnote digit: glued to a full stop, or alone at the end after one (". 3").
    if value < 100 and "." not in masked[start:end] and "," not in masked[start:end]:
        if prev in '.;:!?”’"' or (
            re.search(r"[.!?][”’\"]?\s+$", masked[max(0, start - 6) : start])
            and _FOOTNOTE_END.match(masked[end:])
        ):
            return True
    return False
