"""Which numbers in a line of release text are figures, and what each one is worth.

Pure functions, no I/O. ``find_figures`` returns the figures of one block with
their value, unit, qualifier, direction and where they sit; what they measure
is worked out in ``labels`` (label) and ``context`` (period, place).

Numbers that are not statistics are dropped by ``filters``. Numbers
spelled as words are figures only with a unit, a scale or as a share (``five per
cent``, ``one million``, ``a fifth``, ``six of 10``): "three suspects" or "four
mobile police stations" are narrative.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field

from briefing.parse.stats.filters import (
    DURATION_AFTER,
    SCALE_AFTER,
    is_date_or_time,
    is_not_a_statistic,
    is_year,
    last_words,
    mask,
)

WORD_VALUES = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_WORDS = "|".join(w for w in WORD_VALUES if w not in ("a", "an"))
_SCALES = {"hundred": 1e2, "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
           "b": 1e9, "billion": 1e9, "trillion": 1e12}  # fmt: skip
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
CURRENCIES = {"£": "gbp", "$": "usd", "€": "eur"}
# A thousands group cut short: "more than 2,50" at the end of an excerpt, "2,5 officers".
_CUT_NUMBER = re.compile(r",\d{1,2}(?![\d,])")
# A currency's code glued to the sum, as news agencies write it: "GBP1.1billion".
_CURRENCY_CODES = {"GBP": "gbp", "USD": "usd", "EUR": "eur"}
_DIGIT = re.compile(r"\d")
# A number: "34,542", "15.3", "1000". Its start is checked in code (not glued to a word).
# (\d{1,3}(?:,\d{3})+(?!\d)|\d+) with the first digit outside the alternatives: a pattern
# that opens with a character class is searched by skipping to that class, not by
# trying both alternatives at every character.
# Thousands grouped by commas, or by spaces after a currency sign ("£170 000").
_NUMBER = re.compile(
    r"(\d(?:\d{0,2}(?:,\d{3})+(?!\d)|(?<=[£$€]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d*))(\.\d+)?"
)
# "five million", "a billion", or a fraction of one: "half a million", "a quarter of a billion"
_WORD_SCALE = re.compile(
    r"\b(?:(?P<fraction>half|(?:a|one|three)\s+quarters?\s+of)\s+(?=an?\s))?"
    rf"(a|an|{_WORDS})\s+(thousand|million|billion)\b(?!s)",
    re.I,
)
_WORD_SCALE_REACH = 4  # words back from "million" to where "a quarter of a million" opens
_WORD_PERCENT = re.compile(
    rf"\b({_WORDS})(?:[\s-]+({_WORDS}))?\s+(?:per[\s-]?cent|percent)\b", re.I
)
_FRACTION = re.compile(
    r"\b(?:(a|an|one|two|three|four|nine)[\s-]+)?(half|halves|thirds?|quarters?|fifths?|tenths?)\b",
    re.I,
)
_NOT_A_SHARE_BEFORE = frozenset(("first", "second", "the", "this", "that", "last", "next", "other"))
# "an hour and a half", "two years and a quarter": the fraction ends a length of time or
# distance, not a share of anything.
_MEASURE_UNITS = frozenset(
    """hour hours day days week weeks month months year years minute minutes decade decades
    mile miles""".split()
)
# "by a two thirds majority": a fraction naming a vote's threshold is a rule, not a share.
_MAJORITY_AFTER = re.compile(r"[\s-]+majority\b", re.I)
# "six of 10 boroughs", "seven of the boroughs": a count out of a whole. "one of the"
# is an idiom (one of the safest), not a share.
_SHARE = re.compile(
    rf"\b(?!one\b)({_WORDS}|\d{{1,3}}(?:,\d{{3}})*)\s+(?:out\s+)?of\s+(?:(?:its|it[’']s|their)\s+)?"
    rf"(?:(\d[\d,]*|{_WORDS})\b|the\s+(?=[a-z]+s\b))"
    rf"|\b({_WORDS}|\d{{1,3}})\s+in\s+(?!(?:19|20)\d\d\b)(\d[\d,]*|{_WORDS})\b"
    r"(?!\s*(?:%|per\s?cent|million|billion))",
    re.I,
)

# "seven forces", "nine areas", "two staff": a small count in words before its plural
# noun (lower case: "Seven Kings" is a place). Spans of time and manner are not counts,
# nor are the few people an incident is about.
# Capitalised, the word opens a paragraph or a list item ("Eighteen forces", "Nine knife
# arch deployments"), where a noun may take up to two modifiers before it. A name may
# stand between count and noun ("two London Resettlement Consortia projects"), and an
# opening in capitals names its noun in them too ("THREE POLICE forces").
_COUNT_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
# A count from 21 to 99 is written with a hyphen, or a space where the hyphen is left out:
# "fifty-seven arrests", "Twenty-one forces", "Thirty five people".
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_COMPOUND = rf"(?:{_TENS})[- ](?:{_UNITS})"
_COMPOUND_OPENING = (
    rf"(?:{_TENS.title()})[- ](?:{_UNITS}|{_UNITS.title()})"
    rf"|(?:{_TENS.upper()})[- ](?:{_UNITS.upper()})"
)
_NAME_WORDS = r"(?:[A-Z][\w’'&-]*\s+){0,4}"
# Up to two adjectives that sort what is counted may stand between count and noun: "four
# existing programmes", "four major bills", "three lead local authorities" (not words that
# name kinds, "seven key categories", nor ones that make a count a description, "two
# different definitions").
_SORTING_WORDS = r"(?:(?:new|existing|major|local|lead|specialist|dedicated|senior)\s+){0,2}"
# Every count word starts with one of "tfsen": most positions fail that one test first.
_WORD_COUNT = re.compile(
    rf"(?=[tfsen])(?<![\w’'-])({_COMPOUND}|{_COUNT_WORDS})\s+{_SORTING_WORDS}{_NAME_WORDS}([a-z]+)\b(?![’'-])"
)
# Looked for only where a paragraph or list item opens: a second scan of every block
# for the capitalised words would cost more than all the rest of the counts in words.
_OPENING_COUNT = re.compile(
    rf"\s*({_COMPOUND_OPENING}|{_COUNT_WORDS.title()}|{_COUNT_WORDS.upper()})\s+(?:[A-Z][\w’'&-]*\s+){{0,3}}([a-z]+)\b(?![’'-])"
)
# Where a sentence inside a paragraph opens on a capital a count word may start with.
_SENTENCE_OPENING = re.compile(r"[.!?][\"”’)]*\s+(?=[TFSEN])")
# Counts in a list that share the noun after its last item: "six civil and four
# magistrates’ courtrooms", "two Met, three City and one BTP officers" (read from a
# count in words whose own next word is no plural noun). Seven items at most: each count
# reads on only that far, so a long list costs no more than a short one per count.
_COUNT_LIST = re.compile(
    rf"(?:{_COUNT_WORDS})\s+[A-Za-z]+[’']?(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:\d{{1,3}}|one|{_COUNT_WORDS})"
    rf"\s+[A-Za-z]+(?:s[’']|[’']s)?){{1,6}}\s+([a-z]+)\b(?![’'-])"
)
_LISTED_COUNT = re.compile(rf"(?<![\w’'-])({_COUNT_WORDS})(?=\s)")
# A pledge to halve something: "to halve knife crime" is a half, down.
_HALVING = re.compile(
    r"\b(?:halve|halving)\s+(?!(?:it|them|this|that|by|in|over|within|from|the\s+time)\b)(?=[a-z])",
    re.I,
)
# What a figure was before its change, in words: "29 domestic homicides – up from nine
# the previous year".
_FROM_WORD = re.compile(
    rf" from\s+({_COUNT_WORDS})\b"
    # "grow from eight to 11 boroughs" (but not "from two to three", a range in words)
    r"(?!\s+(?:per|percent|million|billion|thousand|of|in|to(?!\s+\d))\b)",
    re.I,
)
_CHANGES_FROM = frozenset(
    "up down rise rising rose fall falling fell increase increased decrease decreased drop "
    "dropped risen grow grew grown growing expand expanded expanding".split()
)
_RANKS = ("Constables", "Officers", "Sergeants", "Inspectors", "Detectives", "PCSOs", "Wardens")
_MONEY_UNITS = frozenset(CURRENCIES.values())
_TAKEN_AWAY = frozenset(
    "remove removes removed removing withdraw withdraws withdrew withdrawn strip strips "
    "stripped".split()
)
_CUTTING = _TAKEN_AWAY | frozenset("cut cuts cutting slash slashes slashed slashing".split())
# Ranks are often capitalised after a count in words: "three Special Constables".
_RANK_COUNT = re.compile(
    r"(?<![\w’'-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+"
    rf"(?:[A-Z][a-z]+\s+){{0,3}}(?:{'|'.join(_RANKS)})\b"
)
# Hundreds in words before what they count: "one hundred experienced officers", and
# before the group they are taken from: "Five hundred of these officers will form ...".
_HUNDREDS = re.compile(
    r"(?<![\w’'-])((?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred)\s+"
    r"(?:of\s+(?:these|those|the|our|its|their)\s+)?([a-z]+)\b(?![’'-])(?:\s+([a-z]+)\b(?![’'-]))?",
    re.I,
)
_OPENING_MODIFIERS = 2
# Adjectives of a kind or place, told by their ending: "regional", "national", "specialist".
_ADJECTIVE_ENDINGS = ("al", "ist", "ic", "ary", "ive")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b(?![’'-])")
_PLACED_AFTER = re.compile(r"\s+(?:across|within|in|on|around|throughout)\s")
# A count's neighbour in a tally of like things: "four rifles, two antique pistols, 9
# knives and five replica guns". A count of one modifier and a plural
# noun stands there as an item of the tally, told by its neighbours counted the same way.
_TALLY_NEXT = re.compile(rf"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:\d|(?:{_COUNT_WORDS})\s)")
_TALLY_PREVIOUS = re.compile(
    rf"(?<![\w’'-])(?:\d[\d,]*|{_COUNT_WORDS})\s+(?:[a-z]+\s+)?[a-z]+s(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
)
_TALLY_REACH = 40
_ADDED_MODIFIERS = frozenset("additional extra new further dedicated specialist".split())
# Words in -ing that open a phrase of their own: "four involving children" is a part of a
# tally, told by what it involves, not a count of children.
_ING_PREPOSITIONS = frozenset(
    "including involving excluding concerning regarding following during affecting "
    "targeting carrying".split()
)
_FUNCTION_WORDS = frozenset("of the a an and or in to for with from by at on were are was".split())


# A sentence opening on the group a part is of: "Of that,", "Of the 34 people arrested so far,".
OF_GROUP_BEFORE = re.compile(
    r"(?:^|[.!?:]\s+)Of\s+(?:that|this|these|those|them|which|whom|the\s+[^,.;:]{1,80}),\s*$"
)
# A part of the group just counted, in a relative clause: "57 arrests were made, of whom
# fifty have been charged".
_OF_WHOM_BEFORE = re.compile(r",\s+of\s+(?:whom|which)\s+$")
# A part of the group just counted, said after it: "42 per cent of whom were injured",
# "(five of which were fatal)".
OF_WHICH_AFTER = re.compile(
    r"\s+of\s+(?:which|whom|these|those|them)\s+(?:were|was|are|is|have\s+been|had\s+been)\s+",
    re.I,
)
_PART_VERBS = frozenset(("were", "have", "had", "are"))
_AUXILIARIES = _PART_VERBS | frozenset("was is been be being will would could can may".split())
# What was done to people counted with no noun: "two arrested on suspicion of ...".
_ARRESTED = frozenset("arrested charged convicted cautioned detained jailed sentenced".split())
_PART_BEFORE = re.compile(r"\b(?:including|included|includes|another)\s+$")
# The next item of a tally of counts by what they were for, after an item of the same
# form: "18 for assault; three for carrying offensive weapons", "four for theft, three for
# burglary and ...".
_TALLY_SEPARATOR_BEFORE = re.compile(r"(?:[,;]\s*(?:and\s+)?|\sand\s+)$")
_TALLY_ITEM = re.compile(rf"(?:\d|\b(?:{_COUNT_WORDS}))\s+(?:(?:were|was|each)\s+)?for\s")
_TALLY_REACH = 150
# A count standing as its clause's subject after an earlier count of the same sentence: "19
# officers were fired, ten received a reprimand, eight resigned and five were cleared", "six
# convictions, while six were cleared". What the verb says of them is what they count. A
# list's comma stands between them: "arrested 23 people and seven were released" may say
# what became of the same people.
_SUBJECT_SEPARATOR_BEFORE = re.compile(r"(?:,\s*(?:and\s+|while\s+)?|\s(?:and|while)\s+)$")
_EARLIER_COUNT = re.compile(rf"(?<![\w’'-])(?:\d[\d,]*|{_COUNT_WORDS})\s[^.;:!?]*,\s[^.;:!?]*$")
_EARLIER_COUNT_REACH = 80


def _tally_subject(masked: str, match: re.Match) -> bool:
    """Whether the count in words ``match`` is a subject of its own clause in a tally: its
    verb straight after it (an auxiliary, or a past tense with no plural noun after it, not
    the "armed" of "two armed officers"), an earlier count of the sentence before it."""
    verb = match.group(2)
    nxt = _NEXT_WORD.match(masked, match.end(2))
    return (
        match.end(1) + 1 == match.start(2)
        and (
            verb in _PART_VERBS
            or (verb.endswith("ed") and len(verb) > 4 and not (nxt and _is_plural(nxt.group(1))))
        )
        and bool(
            _SUBJECT_SEPARATOR_BEFORE.search(masked, max(0, match.start(1) - 8), match.start(1))
        )
        and bool(
            _EARLIER_COUNT.search(
                masked, max(0, match.start(1) - _EARLIER_COUNT_REACH), match.start(1)
            )
        )
    )


def after_tally_item(text: str, at: int) -> bool:
    """Whether ``at`` opens the next item of a tally whose earlier item is "N for ..."."""
    return bool(
        _TALLY_SEPARATOR_BEFORE.search(text, max(0, at - 8), at)
        and _TALLY_ITEM.search(text, max(0, at - _TALLY_REACH), at)
    )


_ACT_PREPOSITION = re.compile(r"\s+(?:on|for|in|after|over|with|at|by|under)\b")
# An abbreviation's plural straight after the count: "PCCs", "PCSOs", "VRUs", and a
# make's model with its number: "MP5s", "AK-47s".
_ACRONYM_PLURAL = re.compile(r"\s+([A-Z]{2,6}(?:-?\d{1,3})?s)\b")
# ... which may end its clause, no lower-case word after it: "and three AK-47s."
_ACRONYM_COUNT = re.compile(
    rf"(?=[tfsen])(?<![\w’'-])({_COUNT_WORDS})\s+[A-Z]{{2,6}}(?:-?\d{{1,3}})?s(?=\s*(?:[.,;:)]|$))"
)


def _may_describe(word: str) -> bool:
    """Whether a word after a count may describe the noun after it ("two antique
    pistols"), being no counted noun, function word or auxiliary itself."""
    return not _is_counted(word) and word not in _FUNCTION_WORDS and word not in _AUXILIARIES


def _plural_ahead(masked: str, at: int, names: bool) -> str | None:
    """The plural noun counted within a few modifiers after ``at`` ("unused police
    stations"; with ``names`` one of them may be a name: "trained Met police officers"),
    or None where a word that is no modifier comes first."""
    for word in masked[at : at + 40].split()[: _OPENING_MODIFIERS + names]:
        word = word.rstrip(",;:.")
        if not (word.isalpha() and (word.islower() or names)) or word in _FUNCTION_WORDS:
            return None
        if word.islower() and _is_plural(word):
            return word
    return None


def _counted_noun(masked: str, match: re.Match) -> str | None:
    """The plural noun a count in words is of, or None (see _WORD_COUNT)."""
    if acronym := _ACRONYM_PLURAL.match(masked, match.end(1)):
        return acronym.group(1)  # "Eighteen PCCs have been awarded", "two PCSOs"
    if not match.group(1)[0].isupper():
        noun = match.group(2)
        participle = noun.endswith("ed") and len(noun) > 4 and noun not in WORD_VALUES
        if noun in _ADDED_MODIFIERS or participle:
            # "two additional homicide teams", "three new front counters": what is added;
            # a participle before what is counted: "four unused police stations" (not the
            # "hundred" of "two hundred extra patrols")
            return _plural_ahead(masked, match.end(2), names=False) or noun
        elif (
            noun.endswith(_ADJECTIVE_ENDINGS)
            and (nxt := _NEXT_WORD.match(masked, match.end(2)))
            and _is_plural(nxt.group(1))
        ):
            # "across four regional hubs", "two national units": an adjective of a kind
            # before the plural noun counted
            return nxt.group(1)
        elif (nxt := _NEXT_WORD.match(masked, match.end(2))) and (
            (noun == "other" and _is_counted(nxt.group(1)))
            or (
                noun.endswith("ing")
                and noun not in _ING_PREPOSITIONS
                and nxt.group(1) in _NAMED_PEOPLE
            )
            # members are named by their group: "seven gang members" (an adjective before
            # people, "four young men were stabbed", tells an incident's victims)
            or (nxt.group(1) == "members" and _may_describe(noun))
        ):
            # "three other men", "seven serving officers": "other", or a participle saying
            # which of them, before the people counted
            return nxt.group(1)
        elif (
            _may_describe(noun)
            and (nxt := _NEXT_WORD.match(masked, match.end(2)))
            and _is_plural(nxt.group(1))
            and _PLACED_AFTER.match(masked, nxt.end())
        ):
            # "three drone sites across London", "three job roles within the MPS": things
            # named by a noun before them, counted where they are (not "three lock knives,",
            # nor "ran for three years expires on": a plural names nothing after it)
            return nxt.group(1)
        elif (
            _may_describe(noun)
            and (nxt := _NEXT_WORD.match(masked, match.end(2)))
            and _is_plural(nxt.group(1))
            and (
                _TALLY_NEXT.match(masked, nxt.end())
                or _TALLY_PREVIOUS.search(
                    masked, max(0, match.start(1) - _TALLY_REACH), match.start(1)
                )
            )
        ):
            # "four rifles, two antique pistols, 9 knives": an item of a tally
            return nxt.group(1)
        elif (
            _may_describe(noun)
            and (nxt := _NEXT_WORD.match(masked, match.end(2)))
            and nxt.group(1).endswith("ed")
            and len(nxt.group(1)) > 4
            and (counted := _plural_ahead(masked, nxt.end(), names=True))
        ):
            # "seven knife related arrests", "five drug linked deaths": a noun and a
            # participle, unhyphenated, make one modifier of the plural noun counted, and
            # so do an adverb and one: "five specially trained Met police officers"
            return counted
        return noun
    words = masked[match.start(2) : match.start(2) + 60].split()[: _OPENING_MODIFIERS + 1]
    for word in (w.rstrip(",;:.") for w in words):
        if not (word.isalpha() and word.islower()) or word in _FUNCTION_WORDS:
            return None  # "Four of the officers" is a share of a group, said elsewhere
        if _is_plural(word) or word in _PEOPLE_PLURALS:
            return word
    return None


def count_value(word: str) -> int:
    """The value of a count in words, its parts joined or not: "seven" 7, "Fifty-Seven" 57,
    "thirty five" 35."""
    return sum(WORD_VALUES[part] for part in word.lower().replace(" ", "-").split("-"))


def _says_value(word: str, value: float) -> bool:
    parts = word.lower().split("-")
    return all(part in WORD_VALUES for part in parts) and count_value(word) == value


def _is_plural(noun: str) -> bool:
    return len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _is_counted(noun: str) -> bool:
    # an abbreviation's plural is one however short: "two PCs and three PCSOs"
    abbreviation = len(noun) > 2 and noun[-1] == "s" and noun[:-1].isupper()
    return _is_plural(noun) or abbreviation or noun in _PLURAL_NOUNS or noun in _PEOPLE_PLURALS


_PLURAL_NOUNS = frozenset("staff police personnel".split())
# People in plurals without an "s". Three or more of them are a tally ("Another four men
# were arrested", "killed eight people"); two are the pair an incident is about ("detained
# two men"), as are people in apposition ("The occupants, three men and one woman,") or
# described by their ages ("Five men between 17 and 25 years old"). So are the words police
# use for the people arrested: "arrested three teenagers", "charged eight males".
_PEOPLE_PLURALS = frozenset("men women people children males females teenagers youths".split())
_PEOPLE_TALLY = 3
# What hundreds in words may count with no "s": "four hundred people", "one hundred staff".
_UNMARKED_PLURALS = _PLURAL_NOUNS | _PEOPLE_PLURALS
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_APPOSED_BEFORE = re.compile(r"\b[Tt]he\s+[a-z]+,\s*$")
_AGES_AFTER = re.compile(r"\s*,?\s*(?:aged\b|between\s+\d|in\s+their\s)")


def _people_tally(masked: str, match: re.Match, noun: str) -> bool:
    """Whether a count in words of men, women, people or children is a tally (see above)."""
    if count_value(match.group(1)) < _PEOPLE_TALLY:
        return False
    if _APPOSED_BEFORE.search(masked, max(0, match.start(1) - 30), match.start(1)):
        return False
    after = masked.find(noun, match.start(2))
    return not _AGES_AFTER.match(masked, after + len(noun))


_NOT_COUNTED = frozenset(
    """years months weeks days hours minutes seconds decades centuries nights weekends
    terms times ways sides things counts occasions quarters thirds halves fifths tenths
    sets pairs others ones parts stages phases rounds steps points""".split()
) | frozenset(  # the people in an incident ("two men", "four suspects"), not a statistic
    """suspects boys girls persons individuals victims
    campaigners protesters passengers pedestrians witnesses""".split()
)
# The people an incident is about, named by their force or office ("Five Metropolitan
# Police officers", "two Met staff"): a count in words of them with a name between is not
# a statistic.
_NAMED_PEOPLE = frozenset("officers people men women staff members constables children".split())
# "A c.10% decrease": circa, abbreviated and glued to the number.
_CIRCA_BEFORE = re.compile(r"(?<![\w.])c\.$")
# "... need help, and a fifth have a learning disability": a share standing as a subject.
_SHARE_END = re.compile(
    r"\s+of\b|\s*(?:[,.;)]|$)|\s+(?:have|are|were|had)\s+(?=a\s|an\s|[a-z]+s\b)"
)
# "per" straight before "of" is a share whose "cent" was dropped ("36.6 per of calls"): no
# rate reads "per of".
_UNIT_AFTER = re.compile(r"^\s?(%|per\s?cent\b|percent\b|pc\b|per(?=\s+of\b))", re.I)
_POUNDS_AFTER = re.compile(r"^\s+(?:pounds|sterling)\b", re.I)
# "London's 17.5 billion pound budget": a scaled sum with "pound" as its modifier.
_POUND_AFTER_SCALE = re.compile(r"^\s+pound(?=\s+[a-z])", re.I)
# "27p per week" (not "3pm"), "less than 20 pence per week": a sum in pence either way
_PENCE_AFTER = re.compile(r"^(?:p(?![\w'’-])|\s?pence\b)")
_ROUNDED_AFTER = re.compile(r"^\s?\((\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\)")
# A count in words restated in digits: "six (6) counts of", the figure read as one from the
# word to the bracket's close, so what follows says what it counts.
_IN_WORDS_BEFORE = re.compile(r"\b([A-Za-z]+(?:-[A-Za-z]+)?)\s?\($")
_RANGE_AFTER = re.compile(
    r"^\s?(?:and|to|-|–)\s?[£$€]?\d[\d,.]*\s?(%|per\s?cent|percent|bn|m|million|billion)\b", re.I
)
_YEAR = re.compile(r"(?:19|20)\d\d$")
# A rate after a figure: "a year", "per hour", and a budget's "pa" (per annum).
_PER_AFTER = re.compile(
    r"^(?:\s*|-)(?:(?:a|per|each|every)[\s-]+(year|month|week|day|annum|hour)\b|(?-i:p\.?a)\b)",
    re.I,
)
_DIRECTIONS = {
    "down": "down", "fell": "down", "fall": "down", "falls": "down", "fallen": "down",
    "falling": "down", "reduction": "down", "reductions": "down", "reduced": "down",
    "reduce": "down", "reducing": "down", "decrease": "down", "decreased": "down",
    "decreases": "down", "lower": "down", "drop": "down", "dropped": "down", "drops": "down",
    "cut": "down", "cuts": "down", "decline": "down", "declined": "down", "fewer": "down",
    "less": "down", "shrinking": "down", "shrunk": "down", "shrank": "down", "shrink": "down",
    "up": "up", "rise": "up", "rises": "up", "rose": "up", "risen": "up", "rising": "up",
    "increase": "up", "increased": "up", "increases": "up", "increasing": "up", "more": "up",
    "higher": "up", "grew": "up", "grow": "up", "grown": "up", "growing": "up", "growth": "up",
    "jump": "up", "jumped": "up", "uplift": "up", "slashed": "down", "slash": "down",
    "cutting": "down", "slashing": "down", "axing": "down",
    "soaring": "up", "soared": "up", "soar": "up", "doubled": "up", "halved": "down",
    "plummeted": "down", "plunged": "down",
    # a loss, and a fall told by its speed: "the loss of 1,500 staff", "losing up to 1,700",
    # "has lost 1,956 officers", "robbery plummeting 43 per cent"
    "loss": "down", "losses": "down", "lose": "down", "loses": "down", "losing": "down",
    "lost": "down", "plummeting": "down", "plummet": "down", "plummets": "down",
    "plunging": "down", "plunge": "down", "plunges": "down", "slumped": "down",
    "slumping": "down", "tumbled": "down", "tumbling": "down", "dwindled": "down",
    "dwindling": "down",
    # a rise told by its speed: "a 20 per cent surge last year", "thefts surged by 40%"
    "surge": "up", "surges": "up", "surged": "up", "surging": "up",
    # a rise told as a boost: "will be boosted by up to 420", "funding boosted by £1 million"
    "boosted": "up",
}  # fmt: skip
# After a share only: "still 19% below what it was" (before one, "below 5%" is a bound).
_AFTER_ONLY = {"below": "down", "above": "up"}
# What is counted, then its loss in the passive: "PCSOs are likely to be cut", "up to
# 8,000 police officers may be lost", "891 Police Community Support Officers will be lost".
_CUT_AFTER = re.compile(
    r"^\s+(?:[A-Za-z’'-]+\s+){1,5}?(?:are|is|were|was|(?:will|would|may|might|could|can|"
    r"should|must)\s+be|to\s+be|"
    r"have\s+been|has\s+been|had\s+been)\s+(?:(?:likely|set|due|expected)\s+to\s+be\s+)?"
    r"(?:cut|lost|axed|scrapped)\b"
    # or a bare participle ending the clause: "as over 3,000 police officers lost", "with
    # 300 posts axed since 2010" (not "300 people lost their lives")
    r"|^\s+(?:[A-Za-z’'-]+\s+){1,3}?(?:cut|lost|axed|scrapped)(?=\s*(?:$|[.,;:!?)–—]|"
    r"(?:since|under|over|in|across|from)\b))",
    re.I,
)
_CUT_VERBS = ("cut", "lost", "axed", "scrapped")
# A change to a level, the verb a few words before "to": "reduce the backlog ... to 53,000".
_TARGET_VERBS = {
    "reduce": "down", "reducing": "down", "cut": "down", "cutting": "down", "lower": "down",
    "lowering": "down", "bring down": "down", "increase": "up", "increasing": "up",
    "raise": "up", "raising": "up", "boost": "up", "boosting": "up",
    # "set to push the number of officers ... to 31,955", "extending MyEnds to 30
    # neighbourhoods", "is likely to fall by April 2013 to 31,913"
    "push": "up", "pushing": "up", "extend": "up", "extending": "up", "expand": "up",
    "expanding": "up", "rise": "up", "rising": "up", "grow": "up", "growing": "up",
    "fall": "down", "falling": "down", "drop": "down", "dropping": "down",
    # "will be expanded to cover more than 300 locations": the passive, before a reach
    "expanded": "up", "extended": "up",
    # a change done, to where it landed: "jumped by 17% to 7,026", "had fallen to 3.3"
    "rose": "up", "risen": "up", "increased": "up", "jumped": "up", "grew": "up",
    "grown": "up", "climbed": "up", "fell": "down", "fallen": "down", "dropped": "down",
    "reduced": "down", "decreased": "down", "doubled": "up", "trebled": "up", "tripled": "up",
    "halved": "down", "declined": "down", "declining": "down",
    # a change going on, to where it lands: "with incidents almost doubling to 547"
    "doubling": "up",
}  # fmt: skip
_CHANGED_TO = re.compile(
    r"\b(reduce|reducing|cut|cutting|lower|lowering|bring\s+down|increase|increasing|raise|"
    r"raising|boost|boosting|push|pushing|extend|extending|expand|expanding|rise|rising|grow|"
    r"growing|fall|falling|drop|dropping|expanded|extended|rose|risen|increased|jumped|grew|"
    r"grown|climbed|fell|fallen|dropped|reduced|decreased|declined|declining|doubled|doubling|"
    r"trebled|tripled|halved)\s+(?:the\s+|its\s+|their\s+)?"
    # "increased 70% last year, to 24,000": a comma may close the change before its level
    r"(?:(?:\d{1,3}(?:,\d{3})+|[^\s.,;:!?]+)\s+){0,7}?(?:[^\s.,;:!?]+,\s+)?to\s*$",
    re.I,
)
# What a change to a level is said to reach: "expanded to cover more than 300 locations".
_REACH_VERBS = frozenset(("cover", "include", "reach"))
_REACH_TARGET = re.compile(
    r"\b(?:reach|reaching|meet|meeting|hit|hitting|achieve|achieving)\s+"
    r"(?:a|an|its|the|their|our)\s+(?:new\s+)?target\s+of\s+$",
    re.I,
)
_SUM_THAN = re.compile(r"^\s*(less|more)\s+than\b", re.I)
# "down 19%", "fallen by almost", "reduce crimes by", "shrinking overall by"
# "78% higher than at the end of 2019", "than in the year ending March 2011": against an
# earlier time, a change (not "higher than the national average"); "£45.5 million in
# cuts", "£22 million in funding cuts", "£850m of cuts": the sum is a cut. "almost 1,500 down from their 2010 high", "300 up on last
# year": the change against an earlier level, or against an earlier number ("11 per cent
# fewer than the 109 in 2024").
_DIR_AFTER = re.compile(
    r"^\s*(?:(?:in\s+(?:[a-z]+\s+)?|of\s+)(?=cuts\b|reductions\b))?(reductions?|falls?|decreases?|drops?|cuts?|"
    r"declines?|fewer|less|lower|increases?|rises?|more|higher|growth|jump|uplift|surges?|below|"
    r"above|(?:down|up)(?=\s+(?:from|on)\s))"
    r"\b(?!\s+than\b(?!\s+(?:at\s+the\s+(?:end|start)|in\s+(?:19|20)\d\d|last\s+year|"
    r"the\s+previous|the\s+year\s+before|a\s+year\s+ago|before|"
    r"(?:in\s+)?the\s+(?:financial\s+)?year\s+(?:ending|to))\b|\s+the\s+[£$€]?\d))",
    re.I,
)
_CHANGE_IN_OF = re.compile(
    r"\b(decline|fall|drop|reduction|decrease|rise|increase|growth|cut|jump)\s+in\s+"
    r"(?:[\w’'-]+\s+){1,5}?of$",
    re.I,
)
# A change, then where it happened or who made it, then its size: "is down in England
# and Wales by", "has been cut by the Coalition Government by".
_DIRECTION_PLACE_BY = re.compile(
    r"\b([a-z]+)\s+(?:in|across|by)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}"
    r"\s+$"
)
# A change's verb, the group its direction: "reducing", "cut" down; "raising", "boosted" up.
_ACT_VERB = (
    r"\b(?:(?P<down>reduce|reduces|reducing|reduced|cut|cuts|cutting)|(?P<up>increase|increases|"
    r"increasing|increased|raise|raises|raising|raised|boost|boosts|boosting|boosted))\s+"
)
# An act on what it names, then its size: "increase spending on counter-terrorism by",
# "reduce the Met's annual budget by", "cut frontline policing in London by".
_ACT_BY = re.compile(
    _ACT_VERB + r"(?:[\w’'/-]+\s+){1,8}?by\s*$",
    re.I,
)
# A change by a bound said in words, its size in brackets after: "raise council tax by the
# maximum he can without a referendum (1.99 per cent)", "cut the budget by the most it can".
_BY_THE_MOST = re.compile(
    _ACT_VERB
    + r"(?:[\w’'-]+\s+){0,6}?by\s+(?:the\s+)?(?:maximum|most|minimum|least|limit|full\s+amount)\b"
    r"[^().;]{0,80}\($",
    re.I,
)
# The bound between "by" and a changed figure: "by an average of", "by a maximum of", "by a
# total of", "by another", "by a further" (each word's list: the words before it, in order).
# Words praising a change's size between "by a" and the figure: "fallen by a massive 46.5
# per cent".
CHANGE_INTENSIFIERS = (
    "massive huge whopping staggering remarkable dramatic significant substantial impressive "
    "considerable"
).split()
_BY_BOUNDS = {"of": ("by", "a an", "average maximum minimum total"), "another": ("by",),
              "further": ("by", "a"), **{word: ("by", "a") for word in CHANGE_INTENSIFIERS}}  # fmt: skip


def _bound_after_by(last: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """The words up to "by" when a bound in words sits between it and the figure."""
    before = _BY_BOUNDS[last[-1][0]]
    if len(last) <= len(before):
        return None
    cut = len(last) - 1 - len(before)
    for (word, _), allowed in zip(last[cut:-1], before, strict=True):
        if word not in allowed.split():
            return None
    return last[: cut + 1]


_PHRASAL_UP = frozenset(
    "make makes made making add adds added adding set sets setting take takes took taking "
    "sum sums summed step stepped scale scaled ramp ramped end ended ending back backed "
    "sign signed signing pick picked roll rolled rolling".split()
)
_QUALIFIERS = {
    "nearly": "nearly", "almost": "almost", "over": "over", "more than": "more than",
    "up to": "up to", "around": "around", "about": "around", "approximately": "around",
    "roughly": "around", "some": "around", "circa": "around", "an estimated": "around",
    "estimated": "around", "at least": "at least", "just over": "over", "just under": "under",
    "less than": "less than", "fewer than": "less than", "under": "under", "below": "under",
    "in excess of": "more than", "close to": "nearly", "a record": "record", "record": "record",
    "a record high of": "record", "a record low of": "record", "at most": "up to",
    "a near": "nearly",  # "a near 30 per cent rise": the adverb, as in "a near-record"
    "as much as": "up to", "as many as": "up to",  # "fallen by as much as 25%": a bound
    "as high as": "up to",  # "the gap could be as high as £240 million": so is the height
}  # fmt: skip


@dataclass
class Figure:
    """A number in a block that is a statistic, with what its own words say."""

    start: int  # where the figure's text starts (qualifier/direction included)
    end: int  # where it ends (unit, rounded form and a following direction included)
    num_start: int  # the number itself
    num_end: int  # after the number and its unit
    value: float | int
    unit: str
    qualifier: str | None = None
    rounded: float | int | None = None
    direction: str | None = None
    extra: dict = field(default_factory=dict)
    more_after: bool = False  # "1,300 more officers": the count's "more" belongs to the label


# No real sentence holds more figures than this; a run-on "sentence" of thousands
# (a table flattened into one line, a hostile file) would otherwise cost time and
# store size in the square of its length. Past the cap a sentence's numbers are skipped.
MAX_FIGURES_PER_SENTENCE = 40
# A count of this many digits with no thousands separator is an identifier: a reference
# ("Request Reference No: 2011060000256"), an account or a case number; and so is a shorter
# one alone in brackets, the way a question's number is given after it ("... the
# Metropolitan police. (135577)").
_IDENTIFIER_DIGITS = 9
_BRACKETED_IDENTIFIER_DIGITS = 5
# More digits than any statistic has: "cannot convert float infinity" and the like.
_MAX_DIGITS = 15
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+|\n")


def _number(digits: str, decimals: str | None) -> float:
    return float(re.sub(r"[,\s]", "", digits) + (decimals or ""))


class _SentenceCap:
    """Counts figures per sentence of a block, to stop at MAX_FIGURES_PER_SENTENCE.

    Until the block holds that many figures no sentence can be full, so its sentences
    are only found then (almost no block gets there).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._ends: list[int] | None = None
        self._counted: list[int] = []  # positions counted before the sentences are found
        self._counts: dict[int, int] = {}

    def full(self, position: int) -> bool:
        if self._ends is None:
            return False
        sentence = bisect.bisect_right(self._ends, position)
        return self._counts.get(sentence, 0) >= MAX_FIGURES_PER_SENTENCE

    def count(self, position: int) -> None:
        if self._ends is None:
            self._counted.append(position)
            if len(self._counted) < MAX_FIGURES_PER_SENTENCE:
                return
            self._ends = [m.end() for m in _SENTENCE_BREAK.finditer(self._text)]
            positions = self._counted
        else:
            positions = [position]
        for counted in positions:
            sentence = bisect.bisect_right(self._ends, counted)
            self._counts[sentence] = self._counts.get(sentence, 0) + 1


class _Covered:
    """Whether a position lies in a span already taken, for positions read left to right.

    The spans taken before the digits are read (figures in words, shares) are sorted once
    and looked up by bisection; those taken while reading them (a phone number, a share's
    whole) start at or after the number being read, and are dropped once passed. A block
    of thousands of figures in words and digits stays linear (a scan of every span for
    every number would not).
    """

    def __init__(self, taken: list[tuple[int, int]]) -> None:
        self._taken = taken
        self._seen = -1  # most blocks take no span: the spans are sorted on first need
        self._starts: list[int] = []
        self._reach: list[int] = []
        self._recent: list[tuple[int, int]] = []

    def holds(self, position: int) -> bool:
        if self._seen < 0:
            spans = sorted(self._taken)
            self._starts = [a for a, _ in spans]
            self._reach = list(itertools.accumulate((b for _, b in spans), max))
            self._seen = len(self._taken)
        elif len(self._taken) > self._seen:
            self._recent.extend(self._taken[self._seen :])
            self._seen = len(self._taken)
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and self._reach[i] > position:
            return True
        if self._recent:
            self._recent = [span for span in self._recent if span[1] > position]
            return any(a <= position < b for a, b in self._recent)
        return False


def tidy(value: float) -> float | int:
    """Ints where integral (151000000, not 151000000.0); floats keep their digits."""
    if value == int(value) and abs(value) < 1e15:
        return int(value)
    return round(value, 4)


def _qualifier(last: list[tuple[str, int]]) -> tuple[str | None, int]:
    """ "nearly", "a record", "up to" ... right before a number: (qualifier, words it takes)."""
    article = 1 if last and last[-1][0] in ("a", "an") else 0
    words = last[: len(last) - article]
    for size in (4, 3, 2, 1):
        if len(words) >= size:
            phrase = " ".join(w for w, _ in words[-size:])
            if phrase in _QUALIFIERS:
                return _QUALIFIERS[phrase], size + article
    return None, 0


def _direction_before(masked: str, last: list[tuple[str, int]]) -> tuple[str | None, int | None]:
    """ "down 19%", "(down 19%)", "down by 5", "fallen by almost", "reduce crimes by"."""
    if last and not last[-1][0] and len(last) > 1:
        # a bracket alone: "has almost halved (49 per cent)"; the figure stays in brackets
        direction = _direction_before(masked, last[:-1])[0]
        if direction is None and masked[last[-1][1] : last[-1][1] + 1] == "(":
            # "raise council tax by the maximum he can without a referendum (1.99 per
            # cent)": the bracket gives the size of a change bounded in words
            bounded = _BY_THE_MOST.search(masked, max(0, last[-1][1] - 120), last[-1][1] + 1)
            if bounded:
                direction = "down" if bounded["down"] else "up"
        return direction, None
    if not last:
        return None, None
    if last[-1][0] in _BY_BOUNDS and (before_bound := _bound_after_by(last)):
        # "increase his share by an average of 27p", "by a maximum of £12", "reduce budgets
        # by another 25 per cent": the bound between "by" and the figure says no direction
        last = before_bound
    elif last[-1][0] in ("further", "another"):
        # "cuts of a further £440m", "a fall of another 5%": the change's noun is before "of";
        # "could lose a further 13 engines": the change's verb is straight before
        k = len(last) - 2 - (len(last) >= 2 and last[-2][0] == "a")
        if (k >= 1 and last[k][0] == "of") or (k >= 0 and last[k][0] in _DIRECTIONS):
            last = last[: k + 1]
    candidates = [len(last) - 1]
    if last[-1][0] == "by":
        candidates = [k for k in (len(last) - 2, len(last) - 3, len(last) - 4) if k >= 0]
    elif last[-1][0] == "to" and len(last) >= 4 and last[-3][0] == "from":
        candidates = [len(last) - 4]  # "rose from 2,606 to 7,740": the second is the change
    elif last[-1][0] == "of" and len(last) >= 2:
        candidates = [len(last) - 2]  # "a fall of 11.2 per cent", "an increase of 300"
    elif last[-1][0] == "between" and len(last) >= 2:
        # "stood to lose between £174 million and £700 million", "cuts of between £3m"
        candidates = [len(last) - 2] if last[-2][0] != "of" else [len(last) - 3]
    elif (
        last[-1][0] == "as"
        and len(last) >= 4
        and last[-3][0] == "as"
        and last[-2][0] in ("low", "high")
    ):
        candidates = [len(last) - 4]  # "officer numbers could plummet as low as 26,900"
    for k in candidates:
        word = last[k][0]
        if word in _DIRECTIONS:
            if word == "up" and k and last[k - 1][0] in _PHRASAL_UP:
                return None, None  # "making up nearly one third": not a rise
            return _DIRECTIONS[word], last[k][1] + (1 if masked[last[k][1]] == "(" else 0)
    if last[-1][0] == "of":  # "a decline in police officer numbers of 1,316"
        changed = _CHANGE_IN_OF.search(masked, max(0, last[-1][1] - 80), last[-1][1] + 2)
        if changed:
            return _DIRECTIONS[changed.group(1).lower()], None
    if last[-1][0] == "by":  # "down in England and Wales by eight per cent"
        placed = _DIRECTION_PLACE_BY.search(masked, max(0, last[-1][1] - 80), last[-1][1])
        if placed and placed.group(1).lower() in _DIRECTIONS:
            return _DIRECTIONS[placed.group(1).lower()], None
        acted = _ACT_BY.search(masked, max(0, last[-1][1] - 80), last[-1][1] + 2)
        if acted:
            return "down" if acted["down"] else "up", None
    return None, None


# A change named by the noun a sized figure qualifies: "a 5.1 per cent council tax
# increase" (up to three words of what changed between them, in lower case, a compound
# whole: "a 9 per cent year-on-year drop").
_NOUN_CHANGES = {
    "increase": "up", "rise": "up", "hike": "up", "uplift": "up", "boost": "up",
    "cut": "down", "reduction": "down", "decrease": "down", "drop": "down", "fall": "down",
}  # fmt: skip
_NOUN_CHANGE_AFTER = re.compile(
    r"^[ \t]+(?:(?!(?:of|a|an|the|in|to|and|or|for|on|at|by|with|from)\b)[a-z]+(?:-[a-z]+)*[ \t-]+)"
    r"{0,3}?"
    r"(increase|rise|hike|uplift|boost|cut|reduction|decrease|drop|fall)"
    r"\b"
)


def _finish(masked: str, fig: Figure, last: list[tuple[str, int]] | None = None) -> Figure:
    """Qualifier, direction and rate around a figure whose number and unit are known."""
    if last is None:
        last = last_words(masked, fig.num_start)
    fig.qualifier, taken_words = _qualifier(last)
    head = last[-taken_words][1] if taken_words else fig.num_start
    direction, dir_start = _direction_before(masked, last[: len(last) - taken_words])
    after = masked[fig.end : fig.end + 60]
    post = _DIR_AFTER.match(after)
    if post:
        word = post.group(1).lower()
        direction = direction or _DIRECTIONS.get(word) or _AFTER_ONLY[word]
        if fig.unit in ("count", "gbp") and word in ("more", "fewer", "less"):
            fig.more_after = True  # "1,300 more officers": the word belongs to what is counted
        elif after.lstrip()[:3].lower() not in ("in ", "of ") and word not in ("down", "up"):
            # "in cuts" names the sum; "down on 2021" leaves what it is measured against
            # to the label, as the batches' golds do
            fig.end += post.end()
    if (
        direction is None
        and fig.unit == "count"
        and any(verb in after for verb in _CUT_VERBS)
        and _CUT_AFTER.match(after)
    ):
        direction = "down"  # "891 PCSOs are likely to be cut", "300 posts will be axed"
    if (
        direction is None
        and (fig.unit == "percent" or fig.unit in _MONEY_UNITS)
        and (
            len(last) == taken_words
            or last[len(last) - taken_words - 1][0] in ("a", "an")
            # the qualifier opens on the article: "a near 30 per cent overall rise"
            or (taken_words and last[-taken_words][0] in ("a", "an"))
        )
        and (change := _NOUN_CHANGE_AFTER.match(after))
    ):
        # "a 5.1 per cent council tax increase", "a two per cent police pay rise", "a £5m
        # funding cut", a headline's "1% pay increase for police officers": the change
        # the figure sizes names its direction
        direction = _NOUN_CHANGES[change.group(1).lower()]
    if direction is None and fig.unit in _MONEY_UNITS and (than := _SUM_THAN.match(after)):
        # "received over £100m less than it should": a shortfall is down, an excess up
        direction = "up" if than.group(1).lower() == "more" else "down"
    if (
        direction is None
        and fig.unit in _MONEY_UNITS
        and last
        and last[-1][0] in ("including", "as")
        and after.startswith(" from ")
        and any(word in _CUTTING for word, _ in last[:-1])
    ):
        # "cut vital services including £22m from London’s youth services": a part of a cut
        direction = "down"
    if direction is None and fig.unit in _MONEY_UNITS and last and last[-1][0] in _TAKEN_AWAY:
        # "Removes £38million from the budget": a sum taken away is a cut (not "removed
        # 300 knives", which counts what was taken)
        direction, dir_start = "down", last[-1][1]
    if (
        direction is None
        and len(last) > taken_words
        and last[len(last) - taken_words - 1][0] == "to"
        and (target := _CHANGED_TO.search(masked, max(0, head - 90), head))
    ):
        # "to reduce the Crown Court backlog of 67,573 cases to 53,000": where the change
        # of "reduce ... to" lands is down (up for "raise ... to"), a qualifier between
        # them or not ("have now increased to over 1,000")
        direction = _TARGET_VERBS[target.group(1).lower()]
    if (
        direction is None
        and len(last) - taken_words >= 3
        and last[len(last) - taken_words - 1][0] in _REACH_VERBS
        and last[len(last) - taken_words - 2][0] == "to"
    ):
        # "will be expanded to cover more than 300 priority locations", "extended to
        # include 50 wards": a change whose reach the figure gives
        to = last[len(last) - taken_words - 2][1]
        if reach := _CHANGED_TO.search(masked, max(0, to - 90), to + 2):
            direction = _TARGET_VERBS[reach.group(1).lower()]
    if (
        direction is None
        and masked.endswith("of ", max(0, head - 4), head)
        and _REACH_TARGET.search(masked, max(0, head - 60), head)
    ):
        # "in order to reach a target of 3,200 by 2021": a level the number is to grow to
        direction = "up"
    fig.direction = direction or fig.direction  # a verb's own: "halve" is down
    fig.start = dir_start if dir_start is not None and dir_start < head else head
    per = _PER_AFTER.match(masked[fig.end : fig.end + 30])
    if per:
        rate = (per.group(1) or "annum").lower()
        fig.extra["per"] = "year" if rate == "annum" else rate
    return fig


def _model_number(masked: str, end: int, last: list[tuple[str, int]]) -> bool:
    """A decimal after "a"/"an" (and a word at most), before a capitalised name: a model
    ("a live 2.2 Berringer hand pistol", "an old 1.6 Ford"), no count."""
    article = any(word in ("a", "an") for word, _ in last[-2:])
    return article and bool(_NAME_AFTER.match(masked, end))


_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+\b")


def _currency_code(masked: str, start: int) -> str | None:
    """The currency of a code glued before a number ("GBP1.1billion"), not in a word."""
    if masked[start - 1 : start] == " ":  # "GBP 15m"
        start -= 1
    code = _CURRENCY_CODES.get(masked[max(0, start - 3) : start])
    return code if code and (start < 4 or not masked[start - 4].isalnum()) else None


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _counted_after_scale(after: str, at: int) -> bool:
    """Whether a scale letter is followed by what it counts: "4.3m incidents", "1.6m people"
    are millions, where "1.5m tall" or "64m aerial ladders" (a whole number) are metres."""
    word = _WORD_AFTER.match(after, at)
    return word is not None and _is_counted(word.group(1))


def _unit(masked: str, start: int, end: int) -> tuple[str, float, int, int]:
    """(unit, scale, where the number starts with its currency sign, where its unit ends)."""
    before = masked[max(0, start - 2) : start].rstrip()
    currency = CURRENCIES.get(before[-1:]) if before else None
    num_start = start - (start - max(0, start - 2)) + len(before) - 1 if currency else start
    if (
        currency is None
        and before[-1:] in ("P", "D", "R")
        and (code := _currency_code(masked, start))
    ):
        currency, num_start = code, masked.rindex(before[-1:], 0, start) - 2
    after = masked[end : end + 60]
    percent = _UNIT_AFTER.match(after)
    if percent:
        return "percent", 1.0, num_start, end + percent.end()
    unit, scale = currency or "count", 1.0
    scaled = SCALE_AFTER.match(after)
    if (
        scaled
        and (
            currency
            or len(scaled.group(1)) > 2  # "£5m", "200 million"; not "5m" alone
            or ("." in masked[start:end] and _counted_after_scale(after, scaled.end()))
        )
    ):
        word = scaled.group(1).lower()
        scale = _SCALES["million" if word.startswith("mil") else word]  # however misspelt
        end += scaled.end()
    pounds = None if currency else _POUNDS_AFTER.match(masked[end : end + 20])
    if not (currency or pounds) and scaled and scale > 1:
        pounds = _POUND_AFTER_SCALE.match(masked[end : end + 20])
    pence = None if currency or scaled else _PENCE_AFTER.match(after)
    if pounds:
        unit, end = "gbp", end + pounds.end()
    elif pence:
        unit, scale, end = "gbp", 0.01, end + pence.end()
    elif not currency and not scaled and not _YEAR.match(masked, start, end):
        # "between 10 and 20 per cent"; but not the year of "19 per cent in 1990 and 18
        # per cent in 1991"
        ranged = _RANGE_AFTER.match(after)
        if ranged:  # "between 10 and 20 per cent": the first number takes the second's unit
            tail = ranged.group(1).lower()
            if tail in _SCALES:
                scale = _SCALES[tail]
            else:
                unit = "percent"
    return unit, scale, num_start, end


# A whole share before a word of manner or attitude is a promise or a stance, not a
# statistic: "remain 100% anonymous", "we are 100 per cent committed".
_WHOLLY_AFTER = re.compile(
    r"\s+(?:anonymous(?:ly)?|confidential(?:ly)?|sure|certain|confident|committed|behind|"
    r"focused|dedicated|determined)\b",
    re.I,
)
# A sterling sum, then a bracket of what it is in other currencies, up to another one.
_CONVERTED_FROM_POUNDS = re.compile(
    r"£\s?\d[\d,.]*\s*(?:(?:m|bn|k|million|billion)\b\s*)?\((?:[^()£]{1,40}?[,/;]\s*)?"
    r"(?:(?:about|around|approximately|some|roughly)\s+)?(?:US|U\.S\.\s?)?$",
    re.I,
)
_CONVERSION_REACH = 80


def _digit_figures(
    masked: str, taken: list[tuple[int, int]], cap: _SentenceCap | None = None
) -> list[Figure]:
    found = []
    cap = cap or _SentenceCap(masked)
    covered = _Covered(taken)
    for match in _NUMBER.finditer(masked):
        start, end = match.span()
        if cap.full(start):
            continue
        if len(match.group(1).replace(",", "")) > _MAX_DIGITS:
            continue  # a 309-digit number is no statistic: skip it, keep the rest of the file
        if masked[end : end + 1] == "," and _CUT_NUMBER.match(masked, end):
            continue  # "more than 2,50" where an excerpt stops: the number is cut, not 2
        if start and (masked[start - 1].isalnum() or masked[start - 1] in "_.,:/+"):
            circa = _CIRCA_BEFORE.search(masked, max(0, start - 3), start) is not None
            circa = circa or (
                masked[start - 1] in "PDR" and _currency_code(masked, start) is not None
            )
            if not circa:
                continue  # glued to a word or another number: "programme4", "V100", "pandemic.1"
        else:
            circa = False
        if (taken and covered.holds(start)) or is_date_or_time(masked, start, end, taken):
            continue
        digits, decimals = match.group(1), match.group(2)
        value = _number(digits, decimals)
        if not math.isfinite(value):
            continue
        unit, scale, num_start, end = _unit(masked, start, end)
        last = last_words(masked, num_start)
        if decimals and unit == "count" and scale == 1.0:
            if _model_number(masked, end, last):
                continue  # "A live 2.2 Berringer hand pistol": a make's model, not a count
            if decimals == ".0" and len(digits) == 1:
                continue  # "Stronger Futures 2.0", "RSS 2.0", "3.0 Financial Comments": a
                # version or a section's number; nobody writes a bare count with ".0"
        if (
            unit == "count"
            and scale == 1.0
            and (
                is_year(digits, decimals, unit)
                or _is_identifier(masked, start, end, digits, decimals)
                or is_not_a_statistic(masked, start, end, value, last)
            )
        ):
            continue
        if (
            unit != "count"
            and start >= 2
            and masked[start - 1] == "-"
            and masked[start - 2].isalpha()
        ):
            continue
        if unit == "percent" and value == 100 and _WHOLLY_AFTER.match(masked, end):
            continue
        if unit in ("usd", "eur") and _CONVERTED_FROM_POUNDS.search(
            masked, max(0, num_start - _CONVERSION_REACH), num_start
        ):
            continue  # "£600 million ($967 million/€686 million)": the same sum, converted
        fig = Figure(num_start, end, num_start, end, tidy(value * scale), unit)
        rounded = _ROUNDED_AFTER.match(masked[end : end + 30])
        if rounded:
            exact = _number(rounded.group(1), rounded.group(2)) * scale
            if exact and abs(exact - value * scale) <= 0.2 * abs(exact):
                # "nearly 500 (497)": the exact figure is the value, the rounded one kept
                fig.rounded, fig.value = fig.value, tidy(exact)
                fig.end += rounded.end()
                taken.append((end, fig.end))
        if unit == "count" and masked[end : end + 1] == ")":
            in_words = _IN_WORDS_BEFORE.search(masked, max(0, start - 20), start)
            if in_words and _says_value(in_words.group(1), value):
                fig.start = fig.num_start = in_words.start()
                fig.end = fig.num_end = end + 1
        share = _SHARE.match(masked, start) if unit == "count" else None
        whole = share and (share.group(2) or share.group(4))
        if whole:  # "6 of 10", "1 in 10": the 10 is the whole, not a figure
            fig.extra["of"] = _word_or_number(whole)
            taken.append((start, share.end()))
        if not math.isfinite(fig.value):
            continue  # a scale word on a huge number: "999...9 billion"
        cap.count(start)
        found.append(_finish(masked, fig, last))
        if whole and share:
            _rate_of_share(masked, fig, share)
        if circa:  # "c.10%": the figure starts at its "c." and is about that much
            fig.qualifier, fig.start = fig.qualifier or "around", min(fig.start, start - 2)
    return found


def _word_or_number(token: str) -> int | float:
    return tidy(_number(token, None)) if token[0].isdigit() else WORD_VALUES[token.lower()]


def _anchored(masked: str, low: str, words: tuple[str, ...], pattern: re.Pattern, back: int):
    """Matches of ``pattern`` starting up to ``back`` words before each occurrence of ``words``.

    Spelled-out figures are rare, so rather than scanning every word of a block for
    "one million" or "five per cent", look back from "million" or "per cent".
    """
    seen = set()
    for word in words:
        at = low.find(word)
        while at != -1:
            starts = [low.rfind(" ", 0, at) + 1]  # the anchor's own word, then those before it
            for _ in range(back):
                starts.append(low.rfind(" ", 0, max(0, starts[-1] - 1)) + 1)
            for begin in sorted(set(starts)):
                match = pattern.match(masked, begin)
                if match and match.start() not in seen and match.end() >= at:
                    seen.add(match.start())
                    yield match
                    break
            at = low.find(word, at + len(word))


def _word_figures(masked: str, taken: list[tuple[int, int]]) -> list[Figure]:
    found: list[Figure] = []
    low = masked.lower()
    scales = ("million", "billion", "thousand")
    for match in _anchored(masked, low, scales, _WORD_SCALE, _WORD_SCALE_REACH):
        value = WORD_VALUES[match.group(2).lower()] * _SCALES[match.group(3).lower()]
        if fraction := match.group("fraction"):
            first = fraction.split()[0].lower()  # "half", or the quarters' numerator
            value *= 0.5 if first == "half" else WORD_VALUES.get(first, 1) / 4
        pounds = "£" in masked[max(0, match.start() - 3) : match.start()] or _POUNDS_AFTER.match(
            masked[match.end() : match.end() + 20]
        )
        found.append(
            Figure(*match.span(), *match.span(), tidy(value), "gbp" if pounds else "count")
        )
        taken.append(match.span())  # "Five thousand officers": not "Five" again
    for match in _anchored(masked, low, ("per cent", "percent", "per-cent"), _WORD_PERCENT, 2):
        first, second = (WORD_VALUES.get((w or "").lower(), 0) for w in match.group(1, 2))
        # "twenty-five per cent" adds its words, "one hundred per cent" multiplies them
        value = first * second if second == 100 else first + second
        if value == 100 and _WHOLLY_AFTER.match(masked, match.end()):
            continue  # "a hundred per cent sure"
        found.append(Figure(*match.span(), *match.span(), value, "percent"))
    fractions = ("half", "halves", "third", "quarter", "fifth", "tenth")
    for match in _anchored(masked, low, fractions, _FRACTION, 1):
        if any(a <= match.start() < b for a, b in taken):
            continue  # "half a million": a sum, counted above
        last = last_words(masked, match.start())
        numerator = (match.group(1) or "").lower()
        if not numerator and (
            match.group(2).lower() != "half" or (last and last[-1][0] in _NOT_A_SHARE_BEFORE)
        ):
            continue  # "half of victims", but not "third" alone or "the first half of"
        if (len(last) > 1 and last[-1][0] == "and" and last[-2][0] in _MEASURE_UNITS) or (
            _MAJORITY_AFTER.match(masked, match.end())
        ):
            continue
        # "a third" is a share only where the words say so ("a third of", "by almost a
        # fifth"); "two thirds" can be nothing else.
        plural = match.group(2).lower().endswith("s") and numerator not in ("a", "an", "one")
        said_so = _SHARE_END.match(masked, match.end()) or _qualifier(last)[0]
        if not (plural or said_so or (last and last[-1][0] == "by")):
            continue
        share = WORD_VALUES.get(numerator, 1) / _FRACTIONS[match.group(2).lower()]
        found.append(Figure(*match.span(), *match.span(), round(share, 4), "fraction"))
    if "halv" in low:
        for match in _HALVING.finditer(masked):
            word_end = match.start() + len(match.group().rstrip())
            fig = Figure(match.start(), word_end, match.start(), word_end, 0.5, "fraction")
            fig.direction = "down"
            found.append(fig)
    shares = []
    for match in _shares(masked, low):
        part, whole = match.group(1) or match.group(3), match.group(2) or match.group(4)
        end = match.start() + len(part)
        fig = Figure(match.start(), end, match.start(), end, WORD_VALUES[part.lower()], "count")
        if whole:
            fig.extra["of"] = _word_or_number(whole)
            taken.append(match.span())
            shares.append((fig, match))
        found.append(fig)
    at = low.find(" from ")
    while at != -1:  # "29 homicides – up from nine": looked for from each " from " back
        match = _FROM_WORD.match(masked, at)
        before = low[max(0, at - 12) : at].split()
        if match and before and before[-1] in _CHANGES_FROM:
            if not any(a <= match.start(1) < b for a, b in taken):
                value = WORD_VALUES[match.group(1).lower()]
                found.append(Figure(*match.span(1), *match.span(1), value, "count"))
        at = low.find(" from ", at + 6)
    if any(rank in masked for rank in _RANKS):
        for match in _RANK_COUNT.finditer(masked):
            if not any(a <= match.start() < b for a, b in taken):
                value = WORD_VALUES[match.group(1)]
                found.append(Figure(*match.span(1), *match.span(1), value, "count"))
                taken.append(match.span(1))
    if "hundred" in low:  # "allocating one hundred experienced officers"
        for match in _HUNDREDS.finditer(masked):
            # the noun comes first ("officers will") or after one modifier ("experienced
            # officers")
            noun = match.group(2).lower()
            if not (_is_plural(noun) or noun in _UNMARKED_PLURALS) and match.group(3):
                noun = match.group(3).lower()
            start, end = match.span(1)
            if (
                (_is_plural(noun) or noun in _UNMARKED_PLURALS)
                and noun not in _NOT_COUNTED
                and not any(a <= start < b for a, b in taken)
            ):
                value = WORD_VALUES[match.group(1).split()[0].lower()] * 100
                found.append(Figure(start, end, start, end, value, "count"))
                taken.append((start, end))  # "Four hundred people": not "Four" again
    opening = _OPENING_COUNT.match(masked)
    if opening and _caption(masked, opening):
        opening = None
    # a sentence inside the paragraph may open on a count too: "... Nine stores were served"
    openings = [opening] if opening else []
    for stop in _SENTENCE_OPENING.finditer(masked):
        if inner := _OPENING_COUNT.match(masked, stop.end()):
            openings.append(inner)
    for match in itertools.chain(openings, _WORD_COUNT.finditer(masked)):
        noun = _counted_noun(masked, match)
        if (
            noun in _NAMED_PEOPLE
            and (between := masked[match.end(1) : match.start(2)].strip())
            and not between.islower()  # "two dedicated neighbourhood officers" counts
        ):
            continue  # "Five Metropolitan Police officers have been arrested": an incident's
        if (
            match.re is not _OPENING_COUNT
            and (noun is None or not _is_counted(noun))
            and (listed := _COUNT_LIST.match(masked, match.start(1)))
            and _is_plural(listed.group(1))
            and listed.group(1) not in _NOT_COUNTED
        ):
            # "8 Crown, six civil and four magistrates’ courtrooms": counts of one noun
            for item in _LISTED_COUNT.finditer(masked, listed.start(), listed.start(1)):
                start, end = item.span(1)
                if not any(a <= start < b for a, b in taken):
                    value = WORD_VALUES[item.group(1)]
                    found.append(Figure(start, end, start, end, value, "count"))
                    taken.append((start, end))
            continue
        if (
            noun in _PART_VERBS
            and match.end(1) + 1 == match.start(2)
            and (
                OF_GROUP_BEFORE.search(masked, max(0, match.start(1) - 100), match.start(1))
                or _OF_WHOM_BEFORE.search(masked, max(0, match.start(1) - 20), match.start(1))
            )
        ):
            # "Of the 34 people arrested so far, three have pleaded guilty", "Of that, six
            # were gun-related": a part of a group counted, standing as the subject
            noun = "than"
        elif noun == "of" and OF_WHICH_AFTER.match(masked, match.end(1)):
            noun = "than"  # "(five of which were fatal)": a part of the group before it
        elif noun in ("fewer", "more") and masked.startswith(" than ", match.end(2)):
            # "125 homicides – seven fewer than the previous year": a difference counted
            noun = "than"
        elif (
            noun in _ARRESTED
            and match.end(1) + 1 == match.start(2)
            and _ACT_PREPOSITION.match(masked, match.end(2))
        ):
            # "= two arrested on suspicion of ...": people, counted by what was done to them
            noun = "than"
        elif (
            noun == "for"
            and match.end(1) + 1 == match.start(2)
            and (
                _PART_BEFORE.search(masked, max(0, match.start(1) - 16), match.start(1))
                or after_tally_item(masked, match.start(1))
            )
        ):
            # "orders included 52 for public order offences, including eight for tragedy
            # chanting": a part of a tally, counted by what it was for
            noun = "than"
        elif match.re is _WORD_COUNT and _tally_subject(masked, match):
            noun = "than"  # "..., eight resigned and five received a written warning"
        if noun in _PEOPLE_PLURALS and not _people_tally(masked, match, noun):
            continue
        if match.group(1) == "two" and _THE_BEFORE.search(
            masked, max(0, match.start() - 5), match.start()
        ):
            continue  # "the two authorities": the pair just named, said again
        if noun == "than" or (noun and _is_counted(noun) and noun not in _NOT_COUNTED):
            start, end = match.span(1)
            if not any(a <= start < b for a, b in taken):
                value = count_value(match.group(1))
                found.append(Figure(start, end, start, end, value, "count"))
                taken.append((start, end))  # "Thirty five people": not "five" again
    starts = {fig.num_start for fig in found}
    for match in _ACRONYM_COUNT.finditer(masked):
        start, end = match.span(1)
        if match.group(1) == "two" and _THE_BEFORE.search(masked, max(0, start - 5), start):
            continue  # "the two ARVs": the pair just named, said again
        if start not in starts and not any(a <= start < b for a, b in taken):
            found.append(Figure(start, end, start, end, count_value(match.group(1)), "count"))
    for fig in found:
        taken.append((fig.num_start, fig.num_end))
        _finish(masked, fig)
    for fig, match in shares:
        _rate_of_share(masked, fig, match)
    return found


# "one in eight of all recorded crime": a rate "N in M" of a whole named after it.
_OF_AFTER = re.compile(r"\s+of\s")
# The wholes a rate is told out of: "6 in 10 money mules" is a rate as "six in ten" is.
_RATE_BASES = frozenset((10, 100, 1000))
_OUT_OF = re.compile(r"\sout\s+of\s", re.I)


def _rate_of_share(masked: str, fig: Figure, share: re.Match) -> None:
    """An "N in M" share told as a rate is the fraction N/M: "fewer than one in 10
    respondents" (a bound on one of ten is no count of one), "one in eight of all recorded
    crime", a part of one ("one in five women", "1 in 10 robberies": one of a group is
    never what is counted), and a part above one in words ("Four in ten victims think": no
    four are counted; "3 in 24 hours" may count three, and no span of time is a whole) or
    out of a round whole ("6 in 10 money mules").
    "six of 10 boroughs" and "5 out of 19" stay counts of the part, but a part above one
    out of a whole, both in words, is told as the rate it is: "Four out of five
    investigations"."""
    if share.group(4) is None:
        part, whole = share.group(1), share.group(2)
        if not (
            fig.value > 1
            and whole is not None
            and part.isalpha()
            and whole.isalpha()
            and _OUT_OF.search(share.group())
        ):
            return
    elif DURATION_AFTER.match(masked[share.end() : share.end() + 20]) or not (
        fig.qualifier
        or fig.value == 1
        or (fig.value > 1 and (share.group(3).isalpha() or fig.extra.get("of") in _RATE_BASES))
        or _OF_AFTER.match(masked, share.end())
    ):
        return
    size = fig.extra.pop("of")
    if not size or size <= fig.value:
        fig.extra["of"] = size
        return
    fig.value, fig.unit = round(fig.value / size, 4), "fraction"
    fig.num_end = fig.end = max(fig.end, share.end())


# A picture's caption: a few people doing something now, in a short line with no full stop
# ("Two police officers walk side by side", "Three PCSOs patrol Oxford Street").
_SCENE_VERB = re.compile(
    r"(?:[a-z]+\s+){0,2}?(?:walk|patrol|stand|speak|talk|chat|meet|pose|visit|arrive|look|watch|wait|greet|"
    r"ride|sit|listen)(?:ing)?\b"
)
_CAPTION_WORDS = 12


def _caption(masked: str, opening: re.Match) -> bool:
    noun = _counted_noun(masked, opening)
    if noun is None or (noun not in _NAMED_PEOPLE and not noun[:-1].isupper()):
        return False
    line = masked.rstrip()
    return (
        len(line.split()) <= _CAPTION_WORDS
        and not line.endswith((".", ":"))
        and _SCENE_VERB.match(masked, opening.start(2)) is not None
    )


def _shares(masked: str, low: str):
    """ "six of 10", "seven of the", "one in five": found from each " of "/" in " back."""
    for anchor in (" of ", " in "):
        at = low.find(anchor)
        while at != -1:
            back = low.rfind(" ", 0, at) + 1
            word = low[back:at]
            if word == "out":
                back = low.rfind(" ", 0, back - 1) + 1
                word = low[back : at - 4]
            if (
                word in WORD_VALUES
                and word not in ("a", "an")
                and (word != "one" or anchor == " in ")
            ):
                match = _SHARE.match(masked, back)
                if match:
                    yield match
            at = low.find(anchor, at + 4)


# A job advert's pay, alone on its line in a news site's jobs box: "Up to £14,567.00 per
# annum", "£25,000 - £28,000 pa", "£12.50 per hour". A release states pay in a sentence.
_PAY_LINE = re.compile(
    r"\s*(?:(?:up\s+to|from|starting\s+at|circa)\s+)?£[\d,]+(?:\.\d\d)?k?"
    r"(?:\s*(?:-|–|to)\s*£[\d,]+(?:\.\d\d)?k?)?"
    r"\s*(?:per\s+annum|p\.a\.|pa|per\s+hour|pro\s+rata)\b[^\n]{0,40}",
    re.I,
)
# A site's name led by a digit, alone on its line ("1 London"), or a menu of such names
# sharing the digit ("1 News - 1 eMovies - 1 Search"): names, not counts. A count alone on
# its line says what it counts in the plural ("5 Arrests").
_NAME_LINE = re.compile(
    r"\s*(?:\d{1,3}\s+[A-Z][a-z]+(?<!s)"
    r"|(\d{1,3})\s+[A-Za-z]+(?:\s+[-|•·]\s+\1\s+[A-Za-z]+)+)\s*"
)


def _is_identifier(masked: str, start: int, end: int, digits: str, decimals: str | None) -> bool:
    if "," in digits or decimals or len(digits) < _BRACKETED_IDENTIFIER_DIGITS:
        return False
    bracketed = masked[start - 1 : start] == "(" and masked[end : end + 1] == ")"
    return bracketed or len(digits) >= _IDENTIFIER_DIGITS


def find_figures(text: str) -> list[Figure]:
    """Every statistic in one block of text, in reading order."""
    if _PAY_LINE.fullmatch(text) or _NAME_LINE.fullmatch(text):
        return []
    digits = _DIGIT.search(text) is not None
    masked = mask(text) if digits else text
    taken: list[tuple[int, int]] = []
    cap = _SentenceCap(masked)
    figures = []
    for fig in _word_figures(masked, taken):
        if not cap.full(fig.num_start):  # counts in words are capped as digits are
            cap.count(fig.num_start)
            figures.append(fig)
    if digits:
        figures += _digit_figures(masked, taken, cap)
    figures.sort(key=lambda f: f.num_start)
    return figures
