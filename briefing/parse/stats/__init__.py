"""Every figure in a release, with what it measures (pure functions, no I/O).

``extract_stats(blocks, quote_blocks)`` walks the blocks of one parsed release.
Which numbers are figures and what they are worth is ``numbers`` (with
``filters``); what they measure is ``labels`` (label) and
``context`` (period, place). This module adds what
only the whole release shows: lists. Releases give figures as short items under
a lead-in ("Crimes which have fallen over the Mayoralty (twelve-month period to
May 2016 compared to ...):"), and the lead-in's period, direction and place hold
for every item under it unless the item says otherwise. Lists are found from
the shape of the text (a run of short blocks after a lead-in), not from bullet
markers, which the parser may or may not have kept.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from briefing.model import NOTES, Block, ExtractedStat
from briefing.parse.stats.context import find_period, find_scope, strip_scope
from briefing.parse.stats.labels import (
    coordinated_subjects,
    item_label,
    number_change,
    prose_label,
)
from briefing.parse.stats.numbers import CURRENCIES, Figure, find_figures
from briefing.parse.stats.phrases import clause_before, noun_phrase, subject_of

QUOTE = "quote"
SHORT_ITEM_WORDS = 14  # "Knife crime with injury under 25 years Non-DA (down 21%)" is 10
BULLET_ITEM_WORDS = 30  # a marked bullet may run longer and still be one item of a list
# The longest sentence in 250 real releases is 811 characters. A longer "sentence" is
# run-on text (no capital after its full stops): cut, so the work done per figure over
# its sentence stays bounded and a 100 KB paragraph parses in linear time.
MAX_SENTENCE = 1200
# An operation's name with its number: "Operation Blunt 2", "Project Adder 3".
_NAMED_OPERATION = re.compile(
    r"\b(?i:operation|op|project|exercise|campaign)\s+([A-Z][a-z]+)\s+(\d{1,2})(?![\d,.])"
)
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_NAME_REACH = 30
_RUN_ON_BREAK = re.compile(r"[.!?;][\"”’)\]]*\s")

# A list item's marker, its number maybe bracketed ("(2) what estimate she has made").
# A word processor's second-level bullet (a hollow circle) comes out of its text as a
# letter "o" before the item's capital or sum: "o The use of £1m ...".
_MARKER = re.compile(
    r"^\s*(?:[-•·*▪‣◦–]|o(?=\s+[A-Z£$€])|\d{1,2}(?:\.\d{1,2}){0,2}[.)]|\(\d{1,2}\))\s+"
)
# A numbered note: "1 The figures are from the ONS" under the notes heading, or a
# footnote's own line anywhere ("3 Source: ONS, year ending March 2024").
_NOTE_NUMBER = re.compile(r"^\s*\d{1,2}\s+(?=[A-Z])")
# A ranked list's own numbering: "1 Man charged after ...", "2 Council approves ..." (a
# "most read" box). Each item opens on a bare number and a capital; the numbers of
# neighbouring items run on by one from 1. A run that short is no list of ranks.
_RANK_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=['\"‘“]?[A-Z])")
_RANK_RUN = 3
_SOURCE_NOTE = re.compile(r"^\s*\d{1,2}\s+(?:Source|Sources|See|Note|Data|Figures)\b")
# A numbered section's heading: "2.1 Overview", "3.4.1 Offences recorded by the police".
# Its number has two or three parts, no stop after it, and the heading no figure or stop.
_SECTION_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\s+(?=[A-Z][^\d.!?]*$)")
# A numbered paragraph's opening: "1.2 Rationalisation of ...", "1.3 However, London ..."
# (a unit or scale after a decimal is a figure's: "1.5 million people").
_PARAGRAPH_NUMBER = re.compile(
    r"^\s*(\d{1,2})\.(\d{1,2})\s+(?!(?i:thousand|million|billion|trillion|per|percent)\b)"
    r"(?=[A-Z][a-z’']*(?:\s+[a-z]|,\s))"
)
# A table of contents: its heading, the page number ending each entry, and how many
# entries a run must hold (a site's "Contents" menu label is followed by prose).
_CONTENTS_HEADING = re.compile(r"\s*(?i:table\s+of\s+)?(?i:contents)\s*")
_PAGE_AFTER = re.compile(r"\s+(\d{1,3})\s*$")
# A contents entry's dot leader and page, with the next entry's section number if the
# entries run on: "Foreword ...... 4", "in London ...... 19 4. Resources", or the number
# alone closing the line when its heading opens the next ("Summary ...... 5 1."). Four
# dots or two ellipses are a leader, not an ellipsis, wherever the contents heading went.
_LEADER_PAGE = re.compile(
    r"\s*(?:\.{4,}|…{2,})\s*\d{1,3}(?:\s*$|\s+\d{1,2}\.(?=\s+[A-Z]|\s*$)|(?=\s+[A-Z]))"
)
_CONTENTS_RUN = 2
# A PDF's contents page run together on one line: "CONTENTS INTRODUCTION 4 About MOPAC 7
# 1. THE YEAR IN SUMMARY 8 Budget 11". The heading is capitalised, each entry a heading
# (after its section number, if any) and its page, which the next entry's capital follows
# (a count is followed by what it counts: "made 300 arrests"). One line is weaker evidence
# than a run of lines, so it must hold more entries. A heading may hold numbers joined by
# a colon, slash or dash ("the 20:20:20 challenges", "Annual Report 2014/15"), never a
# number standing alone, which would be a page.
_CONTENTS_INLINE = re.compile(r"(?<!\S)(?:(?:Table|TABLE)\s+(?:of|OF)\s+)?(?:Contents|CONTENTS)\s+")
_CONTENTS_ENTRY = re.compile(
    r"(?:\d{1,2}\.\s+)?([A-Z](?:[^\d.!?]|\d+(?:[:/–-]\d+)+)*?)\s+(\d{1,3})"
    r"(?=\s+(?:\d{1,2}\.\s+)?[A-Z]|\s*$)\s*"
)
_CONTENTS_INLINE_RUN = 3
# ... or a page's contents of numbered sections with no pages: "Contents 1. Introduction 2.
# Football banning orders 3. Arrests". The numbers run on by one from 1, each before a
# capital, with no digit or stop in the heading between.
_CONTENTS_NUMBERED = re.compile(r"(\d{1,2})\.\s+([A-Z][^\d.!?]*)")
# A page's running head with its page number: "2 APPENDIX 1", "Police and Crime Committee 7".
_RUNNING_HEAD = re.compile(
    r"\s*(?:(?P<page>\d{1,3})\s+(?P<head>[A-Z][^.!?]*?)|(?P<foot>[A-Z][^.!?]*?)\s+(?P<last>\d{1,3}))\s*"
)
_RUNNING_HEAD_CHARS = 80
# A Question Time page's question heading, or its answer's, the number, bracketed or bare,
# telling apart questions that share a title: "Wildlife Crime Unit (1)", "Answer for Wildlife
# Crime Unit (1)", "Dog attacks 2".
_QUESTION_HEADING = re.compile(
    r"\s*(?P<answer>Answer\s+for\s+)?(?P<title>[^\n]+?)\s+(?:\(\d{1,2}\)|\d{1,2})\s*"
)
_QUESTION_FILED = re.compile(r"\s*(?:[•·*-]\s*)?(?:Reference\s*:|Question\s+by\b)")
# A block of bare numbers and nothing else counts nothing: a page's share, comment or
# download tallies, bare or named as such on a line of their own ("0 comments", "12 Shares",
# "113 downloads 5032 Views 609KB Size"), perhaps with the page's reading time ("1 views 6
# minutes read"), its date after a bullet ("272 views • Jan 18, 2023") or the title of the
# post commented on ('1 Comment to “Shared Estates”'). A forum's votes count nothing either
# ("174 Upvotes", "43 comments sorted by"), nor does a live page's link to its updates
# ("View all 10 updates ›").
_PAGE_TALLY = (
    r"\d[\d,]*\s+(?:comments?|responses?|replies|reply|shares?|likes?|views?|downloads?|"
    r"(?:up|down)votes?)"
)
_NUMBERS_ONLY = re.compile(
    r"\s*View\s+all\s+\d[\d,]*\s+(?:updates|posts|comments)\s*›?\s*|"
    rf"[\d,.\s]+|\s*{_PAGE_TALLY}(?:\s+{_PAGE_TALLY})*(?:\s+sorted\s+by)?"
    r"(?:\s+\d[\d.]*\s?[KM]B\s+size)?"
    r"(?:\s+\d{1,3}\s+min(?:ute)?s?\s+read)?"
    r"(?:\s*[•·|]\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\s+(?:to|on)\s+[“\"][^”\"]*[”\"])?\s*",
    re.I,
)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?:\d{1,2}(?=\s))?\s+(?=[\"“‘(\[]?[A-Z£0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no cllr prof rev gen col capt supt insp sgt det ch co ltd inc vs etc "
    "e.g i.e approx dept govt".split()
)
# Between two figures of one sentence, the second without a verb of its own: "and",
# or a new subject and "by" ("..., business robbery by 47 per cent").
# "fallen by £700 million, or nearly 40 per cent": the same change told twice.
_GAPPED = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+(?:(?:nearly|almost|about|around|roughly|some|over|"
    r"more\s+than|just\s+over|just\s+under)\s+)?)?|and\s+|or\s+)(?:(?:[A-Za-z’'-]+\s+){1,4}by\s+)?$"
)
# Counts listed after one verb, each with its own noun: "cutting 12 fire stations, 18 fire
# engines and 560 fire-fighters" (the noun between holds no preposition: no new clause).
_LISTED_OBJECT = re.compile(
    r"\s+(?:(?!(?:in|on|at|of|for|to|by|from|with|since|than|were|are|was|is|have|had)\s)"
    r"[A-Za-z’'&-]+\s+){0,3}[A-Za-z’'&-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$"
)
_LIST_GAP = 60
# A change restated as what it comes to: "declined by three per cent last year -
# equivalent to 25,000 offences".
_RESTATED = re.compile(
    r"(?:\s+(?:last|this|next)\s+year|\s+in\s+(?:19|20)\d\d(?:[/-]\d\d)?)?\s*(?:[,–—]|\s-)?\s*"
    r"(?:(?:which|that)\s+(?:is|was)\s+)?(?:equivalent\s+to|the\s+equivalent\s+of|equating\s+to|"
    r"equal\s+to)\s+$",
    re.I,
)
# A figure compared with the one after it, in brackets or after a dash: "75 per cent of all
# Londoners ... by 2016 (up from 62 per cent today)", "down nine per cent to 104 killings
# (from 114 the previous year)", "29 domestic homicides – up from nine"; after a comma only
# with the change's word ("12,419 such offences, down from 19,455"): a bare ", from" may
# name a source ("700 officers, from 12 forces"). The change may be a noun: "64% of reports
# were withdrawn – an increase from 18% in 2019".
_CHANGE_WORD = (
    "up|higher|rising|risen|rose|increasing|increase|rise|"
    "down|lower|falling|fallen|fell|decreasing|decrease|fall|drop|reduction|decline"
)
_COMPARED_FROM = re.compile(
    rf"[^.;!?]{{0,120}}?(?:[(–—]|\s-|,(?=\s*(?:an?\s+)?(?:{_CHANGE_WORD})\s))\s*"
    rf"(?:(?:an?\s+)?({_CHANGE_WORD})\s+)?from\s+$",
    re.I,
)
# A share in brackets after a changed count restates the change in proportion: "has lost
# 455 police officers (28%)", "rose by 1,200 (15%)". The count's noun may sit between.
_BRACKETED_SHARE = re.compile(r"(?:\s+[A-Za-z’'-]+){0,3}\s*\(\s*")
_UP_WORDS = frozenset("up higher rising risen rose increasing increase rise".split())
_TIME_ONLY = re.compile(
    r"^(?:(?:in|by|for|during)\s+)?(?:(?:19|20)\d\d(?:[/-]\d\d)?|(?:next|last|this)\s+year)$",
    re.I,
)
_IN_YEAR_AFTER = re.compile(r"\s+in\s+(?:19|20)\d\d(?:[/-]\d\d)?\b")
# A figure that starts a clause of its own: "and 40% of victims said ...".
_OWN_CLAUSE = re.compile(
    r"\s*(?:of|in|said|say|says|felt|feel|think|thought|were|are|was|is|have|had|will)\b", re.I
)
# "from its current 150 officers to 272", "by 30%, from £11.7 billion to £15.1 billion".
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[a-z’'-]+\s+){0,3}$")
_TO_GAP = 60  # "officers to ": three words and "to" at most
# "from 63,376 in 2000 to 26,475 in 2010", "from 137 deaths in 2004/05 to 62": the first
# figure's noun and year may sit between, a comma after them ("from 42 last year, to 101"),
# the year said as a statistical one ("from 16% in the year ending September 2015 to 11%").
_TO_BETWEEN = re.compile(
    r"\s*(?:[A-Za-z’'-]+\s+){0,2}?(?:(?:in|at|by)\s+"
    r"(?:the\s+(?:year|12\s+months|twelve\s+months)\s+(?:ending|to)\s+(?:[A-Z][a-z]+\s+)?)?"
    r"(?:19|20)\d\d(?:[/-]\d\d)?,?\s+)?"
    r"(?:[A-Za-z’'-]+\s+){0,3}?(?:[A-Za-z’'-]+,\s+)?to\s+"
)


def _from_to(text: str, old: Figure, new: Figure) -> str | None:
    """The direction of the second figure of "from X to Y", told by the two values."""
    if (
        old.value == new.value
        or new.start - old.end > _TO_GAP
        or not _TO_BETWEEN.fullmatch(text, old.end, new.start)
    ):
        return None
    if not _FROM_BEFORE.search(text, max(0, old.start - 40), old.start):
        return None
    return "up" if new.value > old.value else "down"


# The same measure's level now, after an earlier one in the sentence: "there were 217 ...
# in custody and as of 21st January 2013 that figure is now 561".
_NOW_LEVEL = re.compile(
    r"\b(?:that|this|the)\s+(?:figure|number|total)\s+(?:now\s+)?(?:is|was|has\s+been|stands|stood)\s+"
    r"(?:now\s+)?(?:at\s+)?$",
    re.I,
)
_NOW_GAP = 200


def _now_level(text: str, old: Figure, new: Figure) -> str | None:
    """The direction of a level restated as "that figure is now Y", told by the two values."""
    if old.value == new.value or new.start - old.end > _NOW_GAP:
        return None
    if not _NOW_LEVEL.search(text, max(old.end, new.start - 40), new.start):
        return None
    return "up" if new.value > old.value else "down"


_RATE_LABEL = re.compile(r"\brate\b|\bper\s+[\d,]+\b", re.I)
_LEAD_DIRECTION = re.compile(
    r"\b(?:(fallen|fell|falling|fall|reduced|reductions?|decreased?|decreases|dropped|down|"
    r"lower|cut|lost|lose|losing|loss)|(risen|rose|rising|increased?|increases|higher|grown|grew|up))\b",
    re.I,
)


@dataclass(frozen=True)
class _Context:
    """What a list's lead-in says about every item under it."""

    period: str | None = None
    direction: str | None = None
    scope: str | None = None

    def under(self, outer: _Context) -> _Context:
        return _Context(
            self.period or outer.period,
            self.direction or outer.direction,
            self.scope or outer.scope,
        )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a block as (start, end) offsets; abbreviations and decimals don't split."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        # The word before the stop (its last 40 characters: no abbreviation is longer).
        words = text[max(start, match.start() - 40) : match.start()].split()
        last = words[-1].lower().rstrip(".") if words else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        spans.extend(_bounded(text, start, end))
        start = match.end()
    if start < len(text):
        spans.extend(_bounded(text, start, len(text)))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut into pieces of at most ``MAX_SENTENCE`` characters: after the last
    stop or semicolon of each piece, else at its last space."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        breaks = list(_RUN_ON_BREAK.finditer(text, start, limit))
        cut = breaks[-1].end() if breaks else text.rfind(" ", start + 1, limit) + 1
        if cut <= start:
            cut = limit  # one unbroken word
        pieces.append((start, len(text[start:cut].rstrip()) + start))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


def _words(text: str) -> int:
    if "http" in text or "www." in text:  # what a URL starts with: most blocks have none
        text = _URL.sub("", text)
    return len(text.split())


def _lead_context(text: str) -> _Context:
    spans = sentence_spans(text) or [(0, len(text))]
    start, end = spans[-1]
    sentence = text[start:end]
    period = find_period(sentence, len(sentence), len(sentence))
    directions = {("down" if m.group(1) else "up") for m in _LEAD_DIRECTION.finditer(text)}
    direction = directions.pop() if len(directions) == 1 else None
    return _Context(period, direction, find_scope(sentence, len(sentence), len(sentence)))


def _list_contexts(
    texts: list[str], blocks: Sequence[Block], figures: list[list[Figure]]
) -> dict[int, _Context]:
    """Position of each list item -> the context its lead-in (or lead-ins) give it."""
    sizes = [_words(text) for text in texts]
    items = [
        size <= SHORT_ITEM_WORDS or (getattr(block, "bullet", False) and size <= BULLET_ITEM_WORDS)
        for size, block in zip(sizes, blocks, strict=True)
    ]
    contexts: dict[int, _Context] = {}
    p = 0
    while p < len(blocks):
        q = p + 1
        while q < len(blocks) and blocks[q].section == blocks[p].section and items[q]:
            # Items written as fragments end where a full sentence follows them.
            if (
                q > p + 1
                and texts[q].rstrip().endswith(".")
                and not texts[p + 1].rstrip().endswith(".")
            ):
                break
            q += 1
        colon = texts[p].rstrip().endswith(":")
        with_figures = sum(1 for k in range(p + 1, q) if figures[k])
        if q > p + 1 and (colon or with_figures >= 2):
            outer = _lead_context(texts[p])
            current = outer
            for k in range(p + 1, q):
                contexts[k] = current
                # A sub-list's own lead-in: "In the West End specifically the Met has
                # reduced:", or an item without figures heading the items that follow.
                follows = k + 1 < q and bool(figures[k + 1])
                if texts[k].rstrip().endswith(":") or (follows and not figures[k]):
                    current = _lead_context(texts[k]).under(outer)
            p = q
        else:
            p += 1
    return contexts


# The most figures 598 real releases hold is 28; a statistical bulletin may hold a few
# hundred. A file of thousands (a data table saved as a page, a hostile file) keeps its
# first this many, in reading order: its text is still stored and searched whole, and
# what reads one release's figures ("stats --release", "compare") stays bounded (a file
# of 100,000 figures gave 112 MB of "compare --json").
MAX_FIGURES_PER_RELEASE = 1000

# A figure keeps its sentence for context; a run-on "sentence" is kept as the part
# around the figure, so what a file stores stays in proportion to the file.
SENTENCE_KEPT = 1000


def _sentence_around(text: str, span: tuple[int, int], fig: Figure) -> str:
    start, end = span
    if end - start > SENTENCE_KEPT:
        half = SENTENCE_KEPT // 2
        start = max(start, fig.start - half)
        end = min(end, start + SENTENCE_KEPT)
    return text[start:end].strip()


def _record(
    fig: Figure,
    text: str,
    span: tuple[int, int],
    label: str,
    period: str | None,
    scope: str | None,
    direction: str | None,
    section: str,
    block: Block,
) -> ExtractedStat:
    label = strip_scope(label, scope)
    return ExtractedStat(
        value=fig.value,
        unit=fig.unit,
        text=text[fig.start : fig.end].strip(),
        qualifier=fig.qualifier,
        rounded=fig.rounded,
        direction=direction,
        label=label or None,
        period=period,
        scope=scope,
        sentence=_sentence_around(text, span, fig),
        section=section,
        block=block.index,
        extra=dict(fig.extra),
    )


def _label(
    fig: Figure, sentence: str, start: int, end: int, short_item: bool, previous: str | None
) -> str:
    """A list item's change is labelled by the item's words ("Gun crime (down 19%)");
    everything else by the sentence around it."""
    label = ""
    if fig.unit == "fraction" and sentence[start:end].lower().startswith("halv"):
        return noun_phrase(sentence[end:])  # "to halve knife crime": what is halved follows
    if short_item and fig.unit in ("percent", "fraction"):
        label = item_label(sentence, start, end)
    if not label:
        num_end = fig.num_end - (fig.start - start)
        label, money = prose_label(
            sentence, start, num_end, end, fig.unit, fig.more_after, previous
        )
        if money and fig.unit == "count" and fig.value >= 1_000_000:
            fig.unit = "gbp"  # "generating more than a billion": a sum, currency unsaid
    if short_item and not label:
        label = item_label(sentence, start, end)
    if label and (label[-1].isdigit() or label.endswith("year")) and _TIME_ONLY.match(label):
        # "will increase by more than £1.1billion in 2020/21": a year says when, not what;
        # "£14.8m in 2019/20, and £5.0m in 2020/21": a bare sum after another measures the
        # same thing
        if previous and _IN_YEAR_AFTER.match(sentence, end):
            label = previous
        label = subject_of(clause_before(sentence, start)) or label
    if fig.unit == "gbp" and fig.value < 1 and (per := fig.extra.get("per")):
        # "an extra 26p a week": a charge in pence says nothing without its rate
        label = f"{label} per {per}".strip()
    return label


def _span_at(
    spans: list[tuple[int, int]], starts: list[int], position: int, length: int
) -> tuple[int, int]:
    """The sentence span holding ``position`` (the whole text where none does)."""
    i = bisect.bisect_right(starts, position) - 1
    if i >= 0 and spans[i][0] <= position < spans[i][1]:
        return spans[i]
    return (0, length)


def _block_stats(
    block: Block,
    text: str,
    figures: list[Figure],
    context: _Context | None,
    section: str,
    last_period: str | None,
) -> tuple[list[ExtractedStat], str | None]:
    if not figures:
        return [], last_period
    found = []
    short_item = context is not None and _words(text) <= SHORT_ITEM_WORDS
    spans = sentence_spans(text)
    previous_labels: dict[int, str] = {}  # sentence start -> label of its last figure
    first_periods: dict[int, str] = {}  # sentence start -> the first period stated in it
    current = -1
    starts = [s[0] for s in spans]
    span_of = {id(fig): _span_at(spans, starts, fig.num_start, len(text)) for fig in figures}
    # A figure's "others" are the figures of its own sentence: looked up per sentence,
    # not per figure, so a block of thousands of figures stays linear.
    in_sentence: dict[tuple[int, int], list[Figure]] = {}
    for fig in figures:
        in_sentence.setdefault(span_of[id(fig)], []).append(fig)
    place_of = {id(f): i for mine in in_sentence.values() for i, f in enumerate(mine)}
    record_of: dict[int, ExtractedStat] = {}
    for fig in figures:
        span = span_of[id(fig)]
        if span[0] != current:  # a new sentence: "the same period" is the last one's first
            last_period = first_periods.get(current, last_period)
            current = span[0]
        sentence = text[span[0] : span[1]]
        start, end = fig.start - span[0], fig.end - span[0]
        label = _label(fig, sentence, start, end, short_item, previous_labels.get(span[0]))
        others = tuple(f.num_start - span[0] for f in in_sentence[span] if f is not fig)
        period = find_period(sentence, start, end, last_period, others)
        scope = find_scope(sentence, start, end)
        direction = fig.direction
        mine, place = in_sentence[span], place_of[id(fig)]
        before = mine[place - 1] if place else None
        if direction is None and before is not None and record_of[id(before)].direction:
            gapped = _GAPPED.match(text, before.end, fig.start)
            if (
                (
                    gapped
                    or (
                        before.unit == fig.unit == "count"
                        and fig.start - before.end < _LIST_GAP
                        and _LISTED_OBJECT.match(text, before.end, fig.start)
                    )
                )
                and (
                    # ", or nearly 40 per cent in real terms", "by 5.1 per cent or £14.20 a
                    # year in cash terms": the same change restated
                    not _OWN_CLAUSE.match(text, fig.end) or (gapped and " or " in gapped.group())
                )
                or (
                    fig.start - before.end < _LIST_GAP
                    and _RESTATED.fullmatch(text, before.end, fig.start)
                )
            ):
                # "fallen by 26 per cent, business robbery by 47 per cent", "cutting 12
                # fire stations, 18 fire engines and 560 fire-fighters": the verb is said
                # once for all
                direction = record_of[id(before)].direction
        if (
            direction is None
            and before is not None
            and (restated := record_of[id(before)]).direction
            and before.unit == "count"
            and fig.unit == "percent"
            and text.startswith(")", fig.end)
            and _BRACKETED_SHARE.fullmatch(text, before.end, fig.start)
        ):
            # "has lost 455 police officers (28%)": the same change, of the same thing
            direction, label = restated.direction, restated.label or label
        if (
            direction is None
            and place
            and text.endswith("as well as ", max(0, fig.start - 40), fig.start)
            and (alike := next((f for f in mine[place - 1 :: -1] if f.unit == fig.unit), None))
        ):
            # "the loss of a third of police staff posts, which are down from 14,330 to
            # 9,985, as well as two-thirds of PCSO posts": the change said once for both
            direction = record_of[id(alike)].direction
        if direction is None and before is not None and before.unit == fig.unit:
            direction = _from_to(text, before, fig) or _now_level(text, before, fig)
        if (
            direction is None
            and fig.unit == "count"
            and "number" in sentence
            and (changed := number_change(sentence[max(0, start - 160) : start]))
        ):
            direction = changed[1]  # "reduce the number of front counters from 37 to 19"
        if context is not None:
            period = period or context.period
            scope = scope or context.scope
            direction = direction or context.direction
        if fig.unit == "count" and _RATE_LABEL.search(label):
            fig.unit = "rate"  # "rate of violence per 1,000 of the population ... (26.97)"
        found.append(_record(fig, text, span, label, period, scope, direction, section, block))
        record_of[id(fig)] = found[-1]
        previous_labels[span[0]] = found[-1].label or ""
        if period and span[0] not in first_periods:
            first_periods[span[0]] = period
    for mine in in_sentence.values():
        for fig, later in zip(mine, mine[1:], strict=False):
            if (
                record_of[id(fig)].direction is None
                and fig.unit == later.unit
                and fig.value != later.value
                and text.endswith("from ", fig.end, later.start)
                and (compared := _COMPARED_FROM.fullmatch(text, fig.end, later.start))
            ):
                word = (compared.group(1) or "").lower()
                up = word in _UP_WORDS if word else fig.value > later.value
                record_of[id(fig)].direction = "up" if up else "down"
    for span, mine in in_sentence.items():
        if len(mine) > 1 and "respectively" in text[span[0] : span[1]]:
            # "Burglary and robbery fell by 10% and 12% respectively"
            subjects = coordinated_subjects(text[span[0] : mine[0].start], len(mine))
            for fig, subject in zip(mine, subjects or (), strict=False):
                record_of[id(fig)].label = subject
    return found, first_periods.get(current, last_period)


def _without_rank_numbers(texts: list[str]) -> list[str]:
    """Texts with a ranked list's numbering taken off its items.

    Neighbouring blocks opening "1 Headline", "2 Headline", "3 Headline" are a ranked
    list: each opening number is the item's place in it, not a count.
    """
    ranks = [int(m.group(1)) if (m := _RANK_NUMBER.match(text)) else 0 for text in texts]
    out = list(texts)
    start = 0
    while start < len(ranks):
        end = start + 1
        if ranks[start] == 1:
            while end < len(ranks) and ranks[end] == end - start + 1:
                end += 1
            if end - start >= _RANK_RUN:
                for i in range(start, end):
                    out[i] = _RANK_NUMBER.sub("", texts[i], count=1)
        start = end
    return out


def _without_paragraph_numbers(texts: list[str]) -> list[str]:
    """Texts with a numbered paragraph's number taken off.

    A paragraph opening "1.2" and a capitalised word ("1.2 Rationalisation of the estate
    is ...") is numbered when another opens on the number before or after it ("1.1",
    "1.3"): a figure opening a paragraph does not run on by one in the next.
    """
    numbers = [m.group(1, 2) if (m := _PARAGRAPH_NUMBER.match(text)) else None for text in texts]
    opened = {(major, int(minor)) for major, minor in filter(None, numbers)}
    return [
        _PARAGRAPH_NUMBER.sub("", text, count=1)
        if number
        and ((number[0], int(number[1]) - 1) in opened or (number[0], int(number[1]) + 1) in opened)
        else text
        for text, number in zip(texts, numbers, strict=True)
    ]


def _without_running_heads(texts: list[str]) -> list[str]:
    """Texts with a printed page's number taken off its running head.

    A short line repeated but for the number before or after it ("2 APPENDIX 1", "3
    APPENDIX 1"; "Police and Crime Committee 7") is a page's head or foot: its number
    is the page's.
    """
    heads = [
        (m.group("head") or m.group("foot"), m.group("page") or m.group("last"))
        if len(text) <= _RUNNING_HEAD_CHARS and (m := _RUNNING_HEAD.fullmatch(text))
        else None
        for text in texts
    ]
    pages: dict[str, set[str]] = {}
    for head in filter(None, heads):
        pages.setdefault(head[0], set()).add(head[1])
    return [
        head[0] if head and len(pages[head[0]]) > 1 else text
        for text, head in zip(texts, heads, strict=True)
    ]


def _without_question_numbers(texts: list[str]) -> list[str]:
    """Texts with a question's number taken off its heading and its answer's heading.

    A heading "X (1)" whose title an "Answer for X (1)" heading repeats numbers a question
    (a list of counts, "Robbery (1)", is answered by no such heading), and so does one
    followed by the question's reference or asker.
    """
    headings = [
        _QUESTION_HEADING.fullmatch(text)
        if len(text) <= _RUNNING_HEAD_CHARS and text.rstrip()[-1:] in ")0123456789"
        else None
        for text in texts
    ]
    # the number is a question's too where the page files the question under its heading:
    # "Violent incidents on the Underground (2)", then "• Reference: 2024/0476" or
    # "Question by Jane Smith"
    answered = {
        m.group("title")
        for k, m in enumerate(headings)
        if m and (m.group("answer") or (k + 1 < len(texts) and _QUESTION_FILED.match(texts[k + 1])))
    }
    return [
        (m.group("answer") or "") + m.group("title") if m and m.group("title") in answered else text
        for text, m in zip(texts, headings, strict=True)
    ]


def _without_contents_pages(texts: list[str]) -> list[str]:
    """Texts with a table of contents' page numbers taken off its entries.

    Under a "Contents" heading, the run of short lines each ending in a number that never
    falls ("Foreword 4", "Introduction 8", "Orders and translations 48") is a contents
    page: each number is the page its heading starts on. A block that runs such a page
    together on one line after the heading is cut back the same way, and so is any entry
    whose dots lead to its page, heading or not.
    """
    out = [
        _without_inline_contents(
            _LEADER_PAGE.sub("", text) if ("...." in text or "……" in text) else text
        )
        for text in texts
    ]
    for heading, text in enumerate(texts):
        if not _CONTENTS_HEADING.fullmatch(text):
            continue
        entries, last = [], 0
        for k in range(heading + 1, len(texts)):
            page = _PAGE_AFTER.search(texts[k])
            head = texts[k][: page.start()] if page else ""
            if (
                not page
                or int(page.group(1)) < last
                or not any(c.isalpha() for c in head)
                or any(c in head for c in ".!?")
                or _words(head) > SHORT_ITEM_WORDS
            ):
                break
            entries.append((k, head))
            last = int(page.group(1))
        if len(entries) >= _CONTENTS_RUN:
            for k, head in entries:
                out[k] = head
    return out


def _without_inline_contents(text: str) -> str:
    """A block with a contents page run together on one line cut back to its headings."""
    if not (heading := _CONTENTS_INLINE.search(text)):
        return text
    heads: list[str] = []
    end, last = heading.end(), 0
    while entry := _CONTENTS_ENTRY.match(text, end):
        if _words(entry.group(1)) > SHORT_ITEM_WORDS:
            break
        if int(entry.group(2)) < last:
            # a page number falling after the run is the contents page's own, in its
            # running head or foot: "… performance 33 Annual Report 2014/15 3"
            if len(heads) >= _CONTENTS_INLINE_RUN:
                heads.append(entry.group(1))
                end = entry.end()
            break
        heads.append(entry.group(1))
        end, last = entry.end(), int(entry.group(2))
    if len(heads) < _CONTENTS_INLINE_RUN:
        heads, end = _numbered_contents(text, heading.end())
        if len(heads) < _CONTENTS_INLINE_RUN:
            return text
    return f"{text[: heading.end()]}{' '.join(heads)} {text[end:]}"


def _numbered_contents(text: str, start: int) -> tuple[list[str], int]:
    """The headings of numbered sections listed from ``start``, and where they end."""
    heads: list[str] = []
    end = start
    while (entry := _CONTENTS_NUMBERED.match(text, end)) and int(entry.group(1)) == len(heads) + 1:
        heads.append(entry.group(2).strip())
        end = entry.end()
    return heads, end


def _without_operation_numbers(
    texts: Sequence[str], figures: list[list[Figure]]
) -> list[list[Figure]]:
    """Drop the number of an operation named once in full and later by its name alone.

    "Operation Blunt 2 began in May" names it; "under Blunt 2 knife crime fell" uses its
    short name, whose number is no count either.
    """
    names = {m.group(1, 2) for text in texts for m in _NAMED_OPERATION.finditer(text)}
    if not names:
        return figures
    return [
        [
            fig
            for fig in found
            if not (
                (name := _NAME_BEFORE.search(text, max(0, fig.num_start - _NAME_REACH), fig.start))
                and (name.group(1), text[fig.num_start : fig.num_end]) in names
            )
        ]
        for text, found in zip(texts, figures, strict=True)
    ]


# List items run together where a page lost its line breaks: "resulted in: 290 arrests163
# people charged110 people safeguarded". Each item's last word, in lower case, is glued to
# the number (or sum) opening the next item, which is followed by what it counts. A name
# with digits ("Catch22", "SCO19") is capitalised; a web address glues after "/" or ".".
_GLUED_ITEM = re.compile(r"(?<!\S)[a-z]{3,}(?=[£$€]?\d[\d,]*(?:\.\d+)?[a-z%]{0,3}\s+[A-Za-z])")
# One glue may be a typing slip; two or more in a block are items run together. A list
# runs to a few dozen items: a block glued more often than that is left whole, so that
# hostile text is not cut into a block per number (each read at full cost).
_GLUED_ITEMS = 2
_GLUED_MAX = 60


def _unglued(blocks: Sequence[Block]) -> list[Block]:
    """Blocks whose list items ran together, cut back into one block per item."""
    out: list[Block] = []
    for block in blocks:
        glues = [
            m.end() for m in itertools.islice(_GLUED_ITEM.finditer(block.text), _GLUED_MAX + 1)
        ]
        if not _GLUED_ITEMS <= len(glues) <= _GLUED_MAX:
            out.append(block)
            continue
        for start, end in zip([0, *glues], [*glues, len(block.text)], strict=True):
            if piece := block.text[start:end].strip():
                out.append(Block(block.section, block.index, piece, bullet=True))
    return out


# A table's row laid out as a line: its name, then one cell per column ("Premier League
# 1,689,906 1,223,778 234,207", "Fulham 121,305 n/a 0"). The name is words, with no stop
# or clause in it; a cell is a number, "n/a" or a dash.
_ROW_CELL = r"(?:[£$€]?\d(?:[\d,]*\d)?(?:\.\d+)?%?|n/a|-|–)"
_TABLE_ROW = re.compile(rf"([A-Z][A-Za-z’'&() -]*?)((?:\s+{_ROW_CELL}){{2,}})\s*")
_CELL = re.compile(_ROW_CELL)
_ROW_CHARS = 200  # a row is a short line; a longer block is never tried, so no backtracking
# A header line of currency signs alone ("£ £ £", or one "£" per column on lines of its
# own) says every cell below it is a sum. Header lines are short and hold no sentence.
_CURRENCY_HEADER = re.compile(r"[£$€](?:\s+[£$€])*")
_HEADER_LINES = 8
_HEADER_WORDS = 6


@dataclass(frozen=True)
class _Row:
    """A table row: what names it, where its cells start and what currency they are in."""

    name: str
    cells_start: int
    unit: str | None


def _table_rows(texts: Sequence[str]) -> dict[int, _Row]:
    """Position of each table row -> its row.

    A run of two or more lines each a name and the same number of cells is a table; a
    name may end in a number of its own ("League 1 63,759 2,116 0" beside rows of three
    cells), so each row's cells are the last as many as most rows of its table hold.
    """
    matches = [_TABLE_ROW.fullmatch(text) if len(text) <= _ROW_CHARS else None for text in texts]
    after_name = [m.start(2) if m else 0 for m in matches]
    cells = [len(_CELL.findall(m.group(2))) if m else 0 for m in matches]
    rows: dict[int, _Row] = {}
    p = 0
    while p < len(texts):
        q = p
        while q < len(texts) and cells[q]:
            q += 1
        if q - p < 2:
            p = q + 1
            continue
        columns = Counter(cells[p:q]).most_common(1)[0][0]
        unit = None
        for line in reversed(texts[max(0, p - _HEADER_LINES) : p]):
            if _words(line) > _HEADER_WORDS or line.rstrip().endswith("."):
                break
            if _CURRENCY_HEADER.fullmatch(line.strip()):
                unit = CURRENCIES[line.strip()[0]]
                break
        for k in range(p, q):
            text = texts[k]
            starts = [m.start() for m in _CELL.finditer(text, after_name[k])]
            cells_start = starts[max(0, len(starts) - columns)]
            rows[k] = _Row(text[:cells_start].strip(), cells_start, unit)
        p = q
    return rows


# A table laid out one cell to a line: its column heads, then row after row opened by a
# year ("2011-12", "2019") with one line per further column ("8,667", "-9%", "N/A[1]").
_YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?\s*")
_LINE_CELL = re.compile(rf"\s*[-–]?{_ROW_CELL}(?:\[\d{{1,2}}\])?\s*", re.I)


def _column_cells(texts: Sequence[str]) -> dict[int, _Row]:
    """Position of each cell of a table laid out one cell to a line -> its column's head.

    Two rows or more, each a year and the same number of cells after it, under as many
    lines of words as the rows have cells: each line of words heads its column.
    """
    cells: dict[int, _Row] = {}
    p = 0
    while p < len(texts):
        if not _YEAR_CELL.fullmatch(texts[p]):
            p += 1
            continue
        width = 1
        while (
            p + width < len(texts)
            and _LINE_CELL.fullmatch(texts[p + width])
            and not _YEAR_CELL.fullmatch(texts[p + width])
        ):
            width += 1
        rows = 1
        while all(
            p + rows * width + k < len(texts)
            and (_LINE_CELL if k else _YEAR_CELL).fullmatch(texts[p + rows * width + k])
            for k in range(width)
        ):
            rows += 1
        heads = texts[p - width : p] if p >= width else []
        if (
            width > 1
            and rows > 1
            and all(any(c.isalpha() for c in head) for head in heads)
            and heads
        ):
            for k in range(p, p + rows * width):
                if (k - p) % width:
                    cells[k] = _Row(heads[(k - p) % width].strip(), 0, None)
        p += rows * width
    return cells


def _row_stats(
    block: Block, text: str, figures: list[Figure], row: _Row, section: str
) -> list[ExtractedStat]:
    """A table row's cells, each labelled by the row's name. A number inside the name is
    part of it, and a zero cell is an empty one, no figure."""
    found = []
    for fig in figures:
        if fig.num_start < row.cells_start or not fig.value:
            continue
        if row.unit and fig.unit == "count":
            fig.unit = row.unit
        span = (fig.start, fig.end)
        found.append(_record(fig, text, span, row.name, None, None, None, section, block))
    return found


def _unnumbered(text: str) -> str:
    """A short heading without its section number; any other text as it is."""
    if text[:1].isdigit() or text[:1].isspace():
        if _words(text) <= SHORT_ITEM_WORDS:
            return _SECTION_HEADING.sub("", text, count=1)
    return text


def extract_stats(
    blocks: Sequence[Block], quote_blocks: Collection[int] = ()
) -> list[ExtractedStat]:
    """Every statistic in a release's blocks, in reading order.

    ``quote_blocks`` holds the indices of blocks inside direct quotes: their
    figures get the section "quote".
    """
    blocks = _unglued(blocks)
    texts = [
        _NOTE_NUMBER.sub("", text, count=1)
        if b.section == NOTES or _SOURCE_NOTE.match(text)
        else text
        for b, text in zip(
            blocks,
            (
                _MARKER.sub("", _unnumbered(text), count=1)
                for text in _without_paragraph_numbers([b.text for b in blocks])
            ),
            strict=True,
        )
    ]
    texts = _without_question_numbers(
        _without_running_heads(_without_contents_pages(_without_rank_numbers(texts)))
    )
    cells = _column_cells(texts)
    figures = _without_operation_numbers(
        texts,
        [
            [] if _NUMBERS_ONLY.fullmatch(text) and k not in cells else find_figures(text)
            for k, text in enumerate(texts)
        ],
    )
    contexts = _list_contexts(texts, blocks, figures) if any(figures) else {}
    rows = (_table_rows(texts) | cells) if any(figures) else {}
    stats: list[ExtractedStat] = []
    last_period: str | None = None
    for position, block in enumerate(blocks):
        section = QUOTE if block.index in quote_blocks else block.section
        if row := rows.get(position):
            found = _row_stats(block, texts[position], figures[position], row, section)
        else:
            found, last_period = _block_stats(
                block,
                texts[position],
                figures[position],
                contexts.get(position),
                section,
                last_period,
            )
        stats.extend(found)
        if len(stats) >= MAX_FIGURES_PER_RELEASE:
            return stats[:MAX_FIGURES_PER_RELEASE]
        if not found:
            last_period = None  # "in the same period" reaches back one paragraph at most
    return stats
