"""What a figure measures: its label, a short noun phrase read from the words around it.

Pure functions, no I/O (period and place are ``context``). There is no
parser here, only the few shapes press releases use again and again, tried in order:

* a list item: the item's own words before the figure ("Gun crime (down 19%)");
* a change: "a 22 per cent reduction in homicides", "Personal robbery in London is
  down by 5 per cent", "its policing team grow by over 50 per cent";
* a count or sum and the noun phrase after it: "34,200 officers", "£32 million of
  additional funding from City Hall", "5,768 individuals were charged ...";
* a sum and the verb before it: "has invested £2.5m to improve ..." -> investment;
* a figure in brackets and the phrase it stands for: "police officer numbers to
  their highest levels in history (34,542)";
* an ellipsis: "500,000 positive opportunities ..., including 350,000 through the
  VRU", "rose from 30,000 to 34,000", "..., a fall of 11.2 per cent" take the
  label of the figure before them;
* a share: "40 per cent of the grants", "62% felt safe", "one in five Londoners".
"""

from __future__ import annotations

import re

from briefing.parse.stats.context import CLAUSE_BREAK
from briefing.parse.stats.filters import MONTHS
from briefing.parse.stats.numbers import (
    OF_GROUP_BEFORE,
    OF_WHICH_AFTER,
    WORD_VALUES,
    after_tally_item,
)
from briefing.parse.stats.phrases import (
    AUX,
    GENERIC_PEOPLE,
    PEOPLE_NOUNS,
    PERIOD_PHRASE,
    PREDICTED_TO_BE,
    REPORTING,
    clause_before,
    clean_phrase,
    is_adverb,
    is_plural_noun,
    noun_phrase,
    subject_of,
)

_NUMBER_WORDS = "|".join(w for w in WORD_VALUES if len(w) > 2)
_OF_A_FIGURE = re.compile(
    r"\s+(?:of|at|worth)\s+(?:around\s+|about\s+|over\s+|nearly\s+)?[£$€]?\d[\d,.]*\s*"
    r"(?:%|per\s?cent|bn|m|k|million|billion)?$",
    re.I,
)
_CHANGED_FROM = re.compile(r"\b(?:up|down|rise|rising|rose|fall|falling|fell)\s+from\s*$", re.I)
# A change in something, then a comma before its levels: "a fall in the proportion of ...,".
_CHANGE_IN_BEFORE = re.compile(
    r"\b(?:rise|increase|fall|drop|decrease|reduction|decline|growth|jump)\s+in\s+"
    r"([^,.;:]{1,120}),\s*$",
    re.I,
)
_TO_AHEAD = re.compile(r"[^,.;:]{0,60}?\sto\s+[£$€]?\d")  # "16% in the year ending 2015 to 11%"
# The last change verb before an elliptical "and by": "has fallen by 30 per cent ... and by".
_SHARED_CHANGE_BY = re.compile(
    r"\s(?:(?:has|have|had)\s+)?(?:rose|risen|fell|fallen|grew|grown|dropped|increased|"
    r"decreased|declined|reduced|cut)\s+by\s",
    re.I,
)
_ROSE_FROM = re.compile(r"\s(?:rose|fell|grew|risen|fallen|grown)\s+from\s*$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_WHEN_AFTER = re.compile(r"\s*(?:last|this|next|each|every|per|a)\s", re.I)  # "to 19 last year"
# A range's second end, its scale word whole ("and £102.7 million." is no "£102.7" and a
# label "million"): the longer scale words are tried first, and a stop may end the range.
_SCALE = r"(?:million|billion|thousand|bn|m|k)"
_SECOND_END = re.compile(
    rf"\s*(?:and|to)\s+[£$€]?\d[\d,]*(?:\.\d+)?(?:\s?{_SCALE})?(?=\s|[.,;:!?)]|$)",
    re.I,
)
# "rose from 30,000 to", "between nine and": a range's first end is a figure, not "from others
# and"; the first end's scale word and date may follow it ("fallen from 31,601 in May 2016
# to", "risen from £1.35 million in 2008/09 to").
_FROM_TO = re.compile(
    rf"\b(?:from|between)\s+(?:\S*\d\S*(?:\s+{_SCALE})?|{_NUMBER_WORDS})"
    r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?:/\d\d)?)?\s+(?:to|and)\s*$",
    re.I,
)
# Verbs before a sum, and the noun a sum spent that way is called.
_MONEY_VERBS = {
    "invest": "investment", "invested": "investment", "investing": "investment",
    "invests": "investment", "commit": "funding", "committed": "funding",
    "committing": "funding", "offer": "funding", "offered": "funding", "offering": "funding",
    "provide": "funding", "provided": "funding",
    "providing": "funding", "fund": "funding", "funded": "funding", "funding": "funding",
    "allocated": "funding", "allocate": "funding", "awarded": "funding", "receive": "funding",
    "received": "funding", "spend": "spending", "spends": "spending", "spent": "spending",
    "spending": "spending", "save": "savings", "saved": "savings", "saving": "savings",
    "cost": "cost", "costs": "cost", "costing": "cost", "lose": "losses", "lost": "losses",
    "losing": "losses", "cut": "cuts", "pay": "payment", "paying": "payment", "underfunded": "amount underfunded", "underfunds": "amount underfunded",
    "raised": "money raised", "raise": "money raised", "generating": "money generated",
    "generated": "money generated", "generate": "money generated",
    "fined": "fined",  # "was fined £2000": the penalty, named as golds name it
}  # fmt: skip
_MONEY_LABELS = frozenset(_MONEY_VERBS.values())
# "spend" as a noun, named by the word before it: "a total spend of £873,925", "capital
# spend of £1.1m", a list item opened "Kennelling spend £1.3m". "of" rules out the verb;
# with no "of", only a capitalised word opening the clause that is no plural subject or
# pronoun ("Councils spend £2m", "We spend £2m" keep the verb's reading).
_SPEND_NOUN_BEFORE = re.compile(r"(?:^\W*|(?<=\s))([A-Za-z][\w-]*)\s+spend\s+(of\s+)?$")
_SPEAKING_PRONOUNS = frozenset(("i", "we", "you", "they"))
_MONEY_VERB_BEFORE = re.compile(
    r"\b("
    + "|".join(_MONEY_VERBS)
    + r")\s+(?:by\s+(?:the\s+)?[A-Z][\w’']*\s+)?(?:[\w’']+\s+){0,2}?"
    r"(?:by\s+|between\s+)?$",
    re.I,
)
_MONEY_VERB_AFTER = re.compile(
    r"^\s*(?:(?:must|will|would|could|should|is|are|was|were|has|have|had|to|already|also|"
    r"now|still)\s+)*(?:be\s+|been\s+|being\s+)?(" + "|".join(_MONEY_VERBS) + r")\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:reduction|fall|decrease|drop|cut|decline|increase|rise|growth|jump)\s+of\s*$",
    re.I,
)
# What qualifies a change named by the figure's own words, opening its clause or joined on
# to the figure before: the "cash" of "and a cash increase of 6%", the "real terms" of
# "representing a real terms increase of".
_CHANGE_QUALIFIER = re.compile(
    r"(?:^|\b(?:and|representing|marking|reflecting|meaning|showing)\s+)(?:a|an)\s+"
    r"([\w’'-]+(?:\s+[\w’'-]+){0,2})$",
    re.I,
)
_VERB_AFTER = re.compile(
    r"^\s*(?:of\s+\w+\s+)?((?:said|say|says|felt|feel|feels|think|thought|believe|believed|"
    r"agree|agreed|reported|report|reporting|want|wanted|would|were|are|have|had)\b)",
    re.I,
)
_OPINION_AFTER = re.compile(
    r"^\s*(?:of\s+(?:those\s+)?(\w+\s+)|who\s+)((?:said|say|says|saying|felt|feel|feels|feeling|"
    r"think|thinks|thought|thinking|believe|believes|believed|believing|agree|agrees|agreed)\b)",
    re.I,
)
# A conjunction opening a figure's own clause, perhaps with a word of addition: "and 12",
# "and a further 319 were cancelled", "while another 40"; "with" and a word of addition
# too, opening a clause with no verb of its own: "with a further 90 being surrendered"; and
# a relative clause's: "projects in which a further 50,000 will participate".
_MORE_OF_IT = r"(?:a\s+)?further\s+|another\s+|an\s+additional\s+"
_COORDINATED_END = re.compile(
    rf"\s(?:(?:and|but|while|whilst|whereas)\s+(?:{_MORE_OF_IT})?|(?:with|which)\s+(?:{_MORE_OF_IT}))$"
)
_COORDINATED_REACH = 24
# Past acts of the people a share counts that do not end in "-ed".
_IRREGULAR_ACTS = "withdrew|chose|left|went|knew|took|gave|made|saw|came"
# A coordinated share with a verb of its own opens its own clause: "reduced their risk of
# harm from others and 73 per cent felt safer" (not a gapped "and 3% either Arabic").
_NEXT_FIGURE = re.compile(
    r"\s(?:and|or|while|whilst)\s+(?=\d[\d.,]*\s?(?:%|per\s?cent)\s+(?:[a-z]+ed|felt|said|"
    rf"were|was|are|had|have|{_IRREGULAR_ACTS})\b)"
)
_PAST_ACT_AFTER = re.compile(rf"^\s+((?!compared\b)[a-z]{{2,}}ed|{_IRREGULAR_ACTS})\b")
_DIRECTION_START = re.compile(r"(?:down|up)\b", re.I)
_LINK_VERBS = frozenset(
    "continues continue continued remains remain remained keeps kept fell rose falls rises "
    "is are was were has have had".split()
)


# A list of changes after a verb of including: "The biggest falls included gun crime, down
# 26 per cent": the change is of the thing included, not of the falls.
_INCLUDED = re.compile(r"\b(?:included|includes|include|including|such\s+as)\s+(?=\S)", re.I)
# A change said in a relative clause after its noun: "and robbery, which was 17.6per cent
# lower", "burglary, which fell by 5 per cent".
_RELATIVE_CHANGE = re.compile(
    r"^\s*(?:which|that|who)\s+(?:(?:is|are|was|were|has|have|had|been|now|also)\s+)*"
    r"(?:(?:fell|rose|dropped|grew|fallen|risen|dropped|grown|increased|decreased|declined|"
    r"down|up)\s+)?(?:by\s+)?(?:(?:almost|nearly|around|about|over|more\s+than)\s+)?$",
    re.I,
)
_LEADING_AND = re.compile(r"^\s*(?:and|or|but)\s+", re.I)


def _relative_antecedent(sentence: str, start: int, clause: str) -> str:
    before = sentence[: start - len(clause)].rstrip()
    if not before.endswith(","):
        return ""
    if "(" in before:  # "officer (PSCO) posts, which are down": the noun runs past it
        before = _ABBREVIATION_BRACKETS.sub("", before)
    noun = clause_before(before, len(before) - 1)
    return noun_phrase(_LEADING_AND.sub("", noun)) if len(noun.split()) <= _ANTECEDENT_WORDS else ""


_ANTECEDENT_WORDS = 6
_ABBREVIATION_BRACKETS = re.compile(r"\s*\([A-Z]{2,6}s?\)")


def _apposed_change_subject(sentence: str, start: int) -> str:
    before = sentence[:start].rstrip()
    if not before.endswith(","):
        return ""
    clause = clause_before(before, len(before) - 1).strip(" ‘’“”\"'")
    matches = list(_INCLUDED.finditer(clause)) if "includ" in clause or "such" in clause else []
    included = matches[-1] if matches else None
    if included and (thing := noun_phrase(clause[included.end() :])):
        return thing
    # "Figures from the Mayor's office show 17,000 offences were reported, up 56 per cent":
    # the change is of what is reported, not of its source
    clause_words = clause.split()
    reported = [k for k, word in enumerate(clause_words) if word.lower() in REPORTING]
    if reported and reported[-1] < len(clause_words) - 1:
        clause = " ".join(clause_words[reported[-1] + 1 :])
    words = noun_phrase(clause).split()
    for k, word in enumerate(words):
        if k and (word.lower() in _LINK_VERBS or AUX.match(word)):
            return clean_phrase(" ".join(words[:k]))
    # "Burglary was stable, up 2%": the noun phrase stops at the clause's verb
    return clean_phrase(" ".join(words)) if len(words) < len(clause.split()) else ""


_CHANGE_NOUN_OF = re.compile(
    r"(?:reduction|fall|decrease|drop|cut|decline|increase|rise|growth|jump|surge)s?\s+of\s", re.I
)
_CHANGE_NOUN_END = re.compile(
    r"\s(?:reduction|fall|decrease|drop|cut|decline|increase|rise|growth|jump|surge)s?$", re.I
)
# What may stand before a change in apposition: "– a fall of", "– representing a 73% increase",
# ": that’s an 86 per cent increase", ", with a 20 per cent surge last year"; a relative
# clause or "equating to" says the same of the clause before: ", which was a 25% fall".
_APPOSED_LEAD = re.compile(
    r"^(?:(?:representing|marking|reflecting|meaning|showing|with|(?:that|this)(?:[’']s|\s+is)|"
    r"(?:which|that)\s+(?:was|is|represents|represented|marks|marked)|"
    r"(?:equating|equates|amounting|amounts)\s+to)\s+)?"
    r"(?:an?)?$",
    re.I,
)
_NAMED_CHANGE_IN = re.compile(
    r"^(?:reduction|fall|decrease|drop|cut|decline|increase|rise|growth|jump)\s+in\s+", re.I
)
_CHANGE_COMPLEMENT = re.compile(r"\s*(?:in|of|among|amongst)\s", re.I)
_CLAUSE_JOIN = re.compile(
    r"\b(?:and|but|while|whilst|that|show|shows|showed|showing|says?|said)\s", re.I
)


_ASIDE_WORDS = 40


# An aside between commas that a subject can carry before its verb: ", which includes
# street muggings,", ", as measured by the crime survey,", ", where phones are grabbed,".
_COMMA_ASIDE = re.compile(
    r",\s+(?:which|who|where|as|including|excluding|particularly|especially|mainly|mostly)\s[^,]*,$"
)
# A change whose own words open on its verb: "fell by 6%", "increased by 10 per cent".
_CHANGE_OPENING = re.compile(
    r"(?:fell|fallen|rose|risen|increased|decreased|declined|dropped|grew|grown|jumped|"
    r"soared|plummeted|plunged)\s",
    re.I,
)


def _past_aside(sentence: str, start: int, clause: str) -> str:
    """A clause that opens with its verb after an aside between dashes or commas takes the
    words before the aside: "Neighbourhood crime – including thefts and burglaries – is
    down", "The number of robberies, which includes street muggings, fell by 6%"."""
    words = clause.split()
    if words and not (words[0].lower() in _LINK_VERBS or AUX.match(words[0])):
        return clause
    if not words and not _CHANGE_OPENING.match(sentence, start):
        return clause
    before = sentence[: start - len(clause)].rstrip()
    if before.endswith(","):
        aside = _COMMA_ASIDE.search(before, max(0, len(before) - 300))
        opening = aside.start() if aside else -1
    elif before.endswith(("–", "—")):
        opening = max(before.rfind("–", 0, len(before) - 1), before.rfind("—", 0, len(before) - 1))
    else:
        return clause
    if opening <= 0 or len(before[opening:].split()) > _ASIDE_WORDS:
        return clause
    joined = f"{before[:opening].rstrip()} {clause.lstrip()}"
    return clause_before(joined, len(joined))


def _last_clause_subject(text: str) -> str:
    """The subject of the last clause that has one: "figures show violent crime is falling
    and the murder rate is the lowest ..." -> "murder rate"."""
    for part in reversed(_CLAUSE_JOIN.split(text)):
        words = part.split()
        for k, word in enumerate(words):
            if k and (word.lower() in _LINK_VERBS or AUX.match(word)):
                subject = clean_phrase(" ".join(words[:k]))
                if subject and subject.lower() not in ("it", "they", "this", "that", "there"):
                    return subject
                break
    return ""


# A change a subject has seen or shows, its size inside the change's words: "Pickpocketing
# has seen an 11 per cent rise", "Robbery saw a fall of 12%"; what it is in may follow: "has
# seen a reduction of 22 per cent in drug-related offences".
_SEEN_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:also\s+|now\s+)?(?:seen|experienced|witnessed|suffered)|"
    r"saw|sees|see|experienced|experiences|witnessed|suffered|"
    # figures that show a change: "with police crime figures showing a 4% fall" (not one
    # recorded: "Police recorded a 12% rise" is no rise in the police)
    r"(?P<shown>show|shows|showed|showing|reveal|reveals|revealed|revealing))"
    r"\s+an?\s+$",
    re.I,
)
_CHANGE_IN_AFTER = re.compile(r"^\s*(?:in|among|amongst)\s+", re.I)
# A clause that only equates the change it opens with what was just said: "; this represents
# a decrease of 4%", "This is an increase of £1,118,248.", "This is equivalent to a 4.1%
# increase". The demonstrative names nothing, nor does the word that equates.
_EQUATING_LEAD = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:this|that|it|which)(?:[’']s|\s+(?:is|was|represents|"
    r"represented|marks|marked|means|meant|equates\s+to|amounts\s+to))"
    r"(?:\s+(?:equivalent|equal)\s+to|\s+the\s+equivalent\s+of)?\s+an?\s*",
    re.I,
)


def _seen_change_label(sentence: str, clause: str, start: int, end: int, share: bool) -> str:
    """What a change the figure's own words name is in: for a share the thing changed, for
    a sum or a count (the size of the change) the change and the thing ("reduction in the
    overspend position"); the change alone when a demonstrative is all that precedes it."""
    change = _CHANGE_NOUN_OF.match(sentence, start) or _CHANGE_NOUN_END.search(sentence, start, end)
    if not change:
        return ""
    noun = change.group().split()[0].lower()
    if in_what := _CHANGE_IN_AFTER.match(sentence[end : end + 12]):
        what = noun_phrase(sentence[end + in_what.end() : end + 240])
        return what if share or not what else f"{noun} {in_what.group().strip()} {what}"
    if _EQUATING_LEAD.fullmatch(clause):
        return noun
    return _subject_seeing(clause) if share else ""


def _subject_seeing(clause: str, shown: bool = True) -> str:
    """The subject of a clause ending in a verb of seeing a change: "Knife crime has seen a";
    ``shown`` takes a verb of showing too ("figures showing a")."""
    seen = _SEEN_BEFORE.search(clause[-60:])
    if not seen or (seen.group("shown") and not shown):
        return ""
    return subject_of(clause[: len(clause) - len(clause[-60:]) + seen.start()])


# "a 1% increase to base pay": what a share's change is to, not the level it reaches ("to
# 5,000"); a sum's "boost to tackle violence" is its purpose, read elsewhere.
_CHANGE_OF = re.compile(
    r"^\s*(?:(?:overall|annual|yearly|year-on-year|net)\s+)?"  # "a near 30 per cent overall rise"
    r"(?P<noun>reductions?|falls?|decreases?|drops?|cuts?|declines?|increases?|rises?|growth|"
    r"jump|uplift|boost)\s+(?P<prep>in|of|to(?!\s+[\d£$€]))\s+",
    re.I,
)
# A case's outcome, which a detection or conviction rate measures: said after the share's
# whole ("2.6% of moped crimes were solved", "3% of allegations result in convictions",
# "97% of offenders escaped justice") or as the act before the share ("officers solved
# just 2.6% of"), or the state the cases are left in, a negated participle ("80% of these
# offences go unreported", "90% of crime has been left unsolved", "90% of them had not
# reported it", "81% of people who experienced it did not report it").
# A participle is an outcome only after its auxiliary: "the officers charged with the
# inquiry" were given a task.
_OUTCOME_DONE = r"solved|detected|charged|prosecuted|convicted"
_OUTCOME_AFTER = re.compile(
    rf"(?:(?:this|that)\s+)?([^,;:.()]{{1,60}}?)\s+(?:(?:were|was|are|is|have\s+been|has\s+been|"
    rf"had\s+been)\s+({_OUTCOME_DONE})|((?:result(?:ed|s)?|end(?:ed|s)?)\s+in\s+(?:an?\s+)?"
    r"(?:charges?|convictions?|prosecutions?|cautions?|court\s+summons)|escaped\s+justice|"
    r"(?:go|goes|went|gone|remain(?:s|ed)?|(?:(?:have|has|had)\s+been|are|were|is|was)\s+left)"
    r"\s+un[a-z]{3,}ed|(?:have|has|had|are|were|is|was)\s+not\s+[a-z]{3,}ed|"
    r"(?:did|do|does)\s+not\s+[a-z]{3,}))\b",
    re.I,
)
_OUTCOME_BEFORE = re.compile(rf"\b({_OUTCOME_DONE})\s+(?:(?:just|only|about|around)\s+)?$", re.I)
_SHARE_VERB_BEFORE = re.compile(
    r"^(.*?)\s+(?:making up|make up|makes up|made up|accounting for|account for|accounts for|"
    r"representing|represent|represents)\s+(?:just\s+|only\s+)?$",
    re.I,
)
# What opens the clause whose subject is the part: "with women making up", "despite
# Londoners from ethnic minority backgrounds making up".
_WITH_PART = re.compile(r"\b(?:with|despite|while|whilst)\s+")
# A share said as a rate: "one in 10", "four in ten", "four out of five".
_RATE_IN = re.compile(r"\s(?:in|out\s+of)\s+[\w,]+$")
_TARGET_BEFORE = re.compile(
    r"\b(target|ambition|goal|aim|pledge|commitment|cap|limit|average|maximum|minimum)\s+of\s+$",
    re.I,
)
_PAREN_OBJECT = re.compile(
    r"\b(?:elevate|elevated|raise|raised|increase|increased|boost|boosted|bring|brought|"
    r"take|taken|took|cut|reduce|reduced|push|pushed|grow|grew)\s+(.+?)\s+(?:to|by)\b",
    re.I,
)
# A ranking in words before a bracketed figure: the figure measures the category ranked,
# not the measure: "the most common offence types were public disorder (36%)", "most
# referrals were for males (", "The Police made the highest number of referrals (".
_RANKED_COMPLEMENT = re.compile(
    r"\b(?:most|majority|half)(?:\s+(?!(?:who|which|that)\b)[\w'’-]+){0,4}?"
    r"\s+(?:was|were|is|are)\s+(?:for\s+)?",
    re.I,
)
_RANKED_SUBJECT = re.compile(
    r"\s(?:made|had|recorded|received|accounted\s+for)\s+the\s+(?:highest|largest|greatest|"
    r"most|lowest|smallest|fewest)\b",
    re.I,
)
_PAREN_SUBJECT = re.compile(
    r"^\s*(.+?)\s+(?:is|are|was|were|has|have|stands?|stood|remains?|reached)\b", re.I
)
# A bracketed breakdown's part named by a word or two, then the next part: "(3,199
# emergency, 2,669 non-emergency)", "(40 men and 12 women)" (not "(49 in total)").
_BRACKETED_PART = re.compile(
    r"\s+(?!(?:in|of|on|at|for|to|from|by|with|last|this|next|a|an|the|and|or|per|each|"
    r"every|over|under|up|down)\b)[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s*(?:,|;|\s+and)\s+\d"
)
_PAREN_VERB = re.compile(r"\s(?:is|are|was|were|has|have|stands?|stood|remains?|reached)\b", re.I)
# Where the words a bracketed change belongs to begin: after a verb, a clause break or
# a preposition other than "of" ("falls this quarter in recorded incidents of burglary").
_PAREN_TAIL = re.compile(
    r"[,;:]|\b(?:and|or|in|on|at|for|with|across|by|is|are|was|were|has|have|been|there)\s",
    re.I,
)
_PAREN_TAIL_WORDS = 5
_LIST_DASH = re.compile(r"\s[–—-]\s|:\s")
_OF = re.compile(r"^(?:\d{1,2}(?=\s))?\s*(?:out\s+)?of\s+")  # "six per cent2 of": a footnote
# filler, not the thing: "all of the", "of those Londoners questioned", "of all those
# arrested" (the participle then names the group)
_ALL = re.compile(
    r"^(?:(?:all|every|each)\s+(?:of\s+)?(?:the\s+|(?:those|these)\s+(?=[a-zA-Z]))?"
    r"|(?:those|these)\s+(?=[a-zA-Z]))",
    re.I,
)
# "of 10 boroughs", "of the boroughs", "in 10 robberies": the whole a share is out of; a
# possessive only before the whole's count ("of our 32 boroughs", not "of its least used")
_OF_WHOLE = re.compile(
    rf"^\s*(?:(?:out\s+)?of\s+(?:(?:our|its|their)\s+(?:[\d,]+|{_NUMBER_WORDS})\s+"
    rf"|(?:the\s+|these\s+|those\s+)?(?:[\d,]+\s+|(?:{_NUMBER_WORDS})\s+)?)"
    rf"|in\s+(?:[\d,]+|{_NUMBER_WORDS})\s+)",
    re.I,
)
# What the part of a whole is: "officers to be from under-represented groups", "staff who
# are from black and minority ethnic backgrounds".
_PART_IS = re.compile(
    r"^((?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:to\s+be|who\s+are|who\s+were|being)\s+(from)\s+(.+)",
    re.S,
)
# A part of a named group, then the state it is in: "of the ‘top 2000’ are subject to
# judicial restrictions", "of the suspects are on bail", "of the officers are under ...",
# or whom it concerned: "of the recorded incidents were against men".
# A part of a group, then the kind of people or things that part is: "of those arrested
# are foreign nationals", "of those residents are now thought to be foreign nationals".
_PART_ARE = re.compile(
    r"^((?:[\w’'-]+\s+){0,7}?[\w’'-]+)\s+(?:are|were)\s+(?:(?:now|still|also)\s+)?"
    r"(?:(?:thought|believed|estimated|said|known)\s+to\s+be\s+)?"
    r"([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)(?=\s*(?:$|[,.;:)]))",
)
_GROUP_STATE = re.compile(
    r"^\s*of\s+the\s+(?P<group>(?:(?!(?:where|which|who|that|whom)\b)[^\s,.;:]+\s+){1,4}?)"
    r"(?:are|were|is|was)\s+(?:now\s+|still\s+)?"
    r"(?P<state>(?:subject\s+to|in|on|under|awaiting|serving|against)\s+[^,.;:]+)",
    re.I,
)
_PARTY_AFTER = re.compile(r"\s+(involved|(?:were|was)\s+against)\s+")
_OWNED_WHOLE = re.compile(r"^(?:its|their|our|his|her)\s+(?=[a-z])", re.I)
_GIVING = "provided|funded|paid|met|given|covered|raised|spent|received|awarded|allocated|granted"
_GIVEN_BY = re.compile(
    r"^(?:that|this|it|these|those)\s+(?:is|are|was|were|will\s+be|has\s+been)\s+"
    rf"((?:{_GIVING})(?:\s+for)?)\s+by\s+",
    re.I,
)
# A sum, then who gave it, named: "£7 million awarded by the Home Office for 2019/20".
_SUM_GIVEN_BY = re.compile(rf"^\s+({_GIVING})\s+by\s+(the\s+)?(?=[A-Z])")
# A copula just before a share, perhaps with a time or limiting adverb: "Recruits were
# 40% BME", "The ranks are currently 15 per cent BAME", "is still 12 per cent female".
_COPULA_END = re.compile(r"\b(?:were|are|was|is)\s+(?:(?:now|still|only|just|[a-z]{3,}ly)\s+)?$")
_ONE_WORD_AFTER = re.compile(r"^\s+([A-Za-z][\w-]*)(?=\s*(?:$|[,.;:)–—]|\s-\s|\s(?:and|or|but)\b))")
# Words after a share that say no part of a whole: a comparison, or a conjunction ("is 64
# per cent and and 46.15 per cent": a doubled word)
_STOP_AFTER_SHARE = frozenset(
    "higher lower more less up down above below overall and or but".split()
)
_EXACT_AFTER = re.compile(r"^\s*\([^()]{1,20}\)(?=\s*(?:out\s+)?of\s)")
_FOOTNOTE = re.compile(r"^\s*(?:\{\d{1,3}\}|\[\d{1,3}\])")
# A rate of time or of a head after a figure, before the noun it sizes: "£50 per night
# allowance", "a £2 per head levy", "£350 a year payment", "£15m annually for the taskforce",
# "£4.7m pa from 2020/21" (per annum).
_RATE_AFTER = re.compile(
    r"^\s*(?:(?:a|per|each|every)\s+"
    r"(?:year|month|fortnight|week|day|night|hour|shift|annum|head|person)|annually|p\.?a)\b\.?"
)
# What a change acts on, inside the figure's words ("reduce crimes by"), never a place
# ("is down in London by 11.5%" is the subject's change there).
_INSIDE = re.compile(
    r"^\w+[”’\"']?\s+(?!(?:in|across|at|within|among|amongst|throughout)\s)"
    r"((?:[\w’'/-]+\s+){1,2}?)by\s"
)


def _outcome_label(cases: str, outcome: str) -> str:
    """The cases and their outcome ("moped crimes solved"); the outcome alone where the
    cases are only a participle ("those arrested" were charged, not "young people
    arrested")."""
    outcome = " ".join(outcome.split())
    bare_participle = cases.endswith("ed") and " " not in cases
    return clean_phrase(f"{cases} {outcome}" if cases and not bare_participle else outcome)


def _manner(words: str) -> bool:
    """How a change went, not what changed: "rose sharply by", "will rise as expected by",
    "fallen hugely - by" (a dash sets off the size)."""
    first, *rest = words.strip(" –—-").split()
    return first == "as" or (not rest and is_adverb(first))


_TAKEN_FROM = re.compile(
    r"^\s*from\s+((?:[\w’'-]+\s+){0,5}?(?:budgets?|funding|funds?|grants?|reserves|spending))\b",
    re.I,
)
# A cut named before a sum given as one of its parts: "cut vital services including £22m
# from London’s youth services".
_CUT_INCLUDING = re.compile(
    r"\b(?:cut|cuts|cutting|slash\w*|remov\w*|withdr\w*|strip\w*)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:including|such\s+as)\s*$",
    re.I,
)
# A verb taking a sum away, before it or opening the figure's own words ("cut £38million").
_TAKE_VERB = re.compile(
    r"\b(?:cut|cuts|cutting|remove|removes|removed|removing|take|takes|took|taking|slash|"
    r"slashes|slashed|withdraw|withdraws|withdrew|strip|strips|stripped)\s*(?:$|(?=[£$€]))",
    re.I,
)
# A sum from, through, under, for, in, to or of a named fund, programme, unit or charter:
# the fund is what it measures ("£160m this year through the Government’s National and
# International Capital Cities (NICC) grant", "£3 million through the Young Londoners Fund",
# "investing £25 million in the Safer Streets Fund", "£43m of funding for a Violence
# Reduction Unit", "£3 million in 2018 in a three-year Rescue and Response programme",
# "£10,000 of their Night Time Enterprise Zone grant", "£324,000 in the Women’s Night Safety
# Charter").
_NAMED_FUND = re.compile(
    r"^\s*(?:(?:(?:this|last|next|each|every|a)\s+(?:year|month|week)|in\s+(?:19|20)\d\d)\s+)?"
    # "£4m of new funding from", "£54 million investment into": the sum's own noun first
    r"(?:(?:of\s+)?(?:(?:new|additional|extra)\s+)?(?:funding|investment)\s+)?"
    r"(?:from|through|via|under|for|in|into|to|of)\s+(?:(?:the|its|our|his|her|their|a|an)\s+)?"
    # an owner ("the Government’s"), not the name's own "Women’s" or "Children’s"
    r"(?:(?!(?:Women|Children|Men|People)[’'])[A-Z][\w-]*[’']s\s+)?"
    r"(?:(?:new|(?:19|20)\d\d/\d\d|[a-z]+-year)\s+)?"
    r"((?:(?:[A-Z][\w’'-]*|\([A-Z]{2,}\))\s+(?:(?:and|of|for|&)\s+)?){1,7}"
    r"(?:[Ff]unds?|[Pp]rogram(?:me)?s?|[Ss]chemes?|[Gg]rants?|[Ii]nitiatives?|Units?|Charters?)"
    r"(?:\s+[Ff]unding)?)\b"  # "in Special Grant Funding"
)
# A named fund or grant just before its sum: "the award of a Crime Reduction Grant for
# £40,000" (not "totalling", which sums the funding named before the fund's name).
_NAMED_FUND_BEFORE = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|&)\s+)?){1,7}"
    r"(?:Funds?|Program(?:me)?s?|Schemes?|Grants?))\s+(?:for|of|worth)\s+$"
)
# A fund named before, referred back to: "through this grant", "from the fund".
_THIS_FUND = re.compile(
    r"^\s*(?:from|through|via|under)\s+(?:this|that|the|its)\s+(grant|fund|scheme)\b", re.I
)
# "less than it should", "more than they expected": what a sum falls short of or exceeds.
_SHORT_OF = re.compile(
    r"^\s*(?:less|more)\s+than\s+(?:it|they|we|he|she)\s+(?:should|would|could|needed|"
    r"expected|planned)(?:\s+have)?(?:\s+(?:got|had|received|been\s+given))?",
    re.I,
)
_POUNDS_WORD = re.compile(r"^\s*(?:pounds|sterling)\b", re.I)
_EXTRA_AFTER = re.compile(
    r"^\s*(?:extra|additional|more)\s+(?=(?:will|would|is|are|was|were|has|have|had|to)\b)",
    re.I,
)
_AUX_AFTER = re.compile(r"^\s+(?:will|would|is|are|was|were|has|have|had|can|could|must)\b")
_MORE_AFTER = re.compile(r"^\s*(more|fewer|less)\s+", re.I)
_EXTRA_BEFORE = re.compile(r"\b(extra|additional|further|new)\s+$", re.I)
_ELLIPSIS_PREP = re.compile(r"^\s*(?:through|via|from|in|across|for|of|at)\b")
# The words naming a part whose noun was said once before, not a time: "63,201 in England",
# "2,532 for drug driving", "1,600 against women", "18 from Howick Place" (not "120 in
# March", "300 in 2019", "40 in the last year"); a
# total split over the days of an event names each part by its day: "313 arrests ... with
# 122 on Sunday and 191 on Monday"; a count of acts on people names its part by whom they
# were on: "172,093 strip searches ..., with 9,088 on children".
_ELLIPSIS_PART = re.compile(
    rf"^\s*(?:(in|for|at|against|from)\s+(?!\d|(?:{MONTHS})\b|(?:the\s+)?(?:first|last|past|same|next|this|"
    r"that|previous|preceding|following|prior|current|year|week|month|quarter|day|period|total)\b)"
    r"|(on)\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    rf"|(?:[a-z]+\s+)?(?:{'|'.join(sorted(GENERIC_PEOPLE | PEOPLE_NOUNS))})\b))",
    re.I,
)
_ELLIPSIS_END = re.compile(r"^\s*(?:[.,;)]|and\b|$)")
# A change verb ending the clause before a level: "officer numbers dropping to below".
_OWN_CHANGE_END = re.compile(
    r"\s(?:falling|rising|dropping|declining|fell|rose|dropped|fallen|risen)\s+(?:to\s+)?"
    r"(?:(?:below|under|above|over)\s+)?$"
)
_OWN_COPULA_END = re.compile(r"\s(?:will|would|shall)\s+be\s+$")
_FIRST_WORD = re.compile(r"^\w+\s+")
_IN_BUDGET = re.compile(r"^in\s+(?:this\s+year[’']s\s+)?")
_OPENING_QUOTES = frozenset("“‘\"'")
_SCARE_QUOTED = re.compile(r"\s*[“‘\"']([\w-]+(?:\s[\w-]+)?)[”’\"']\s+(?=[a-z])")
_MORE_FEWER_END = re.compile(r"\s(?:more|fewer|less)$", re.I)
# A sum's year, and other sums' years after it, before what the sums are for: "£169,707
# in 2019/20 and £191,542 in 2020/21 for ...", "£25,000 in 2019/20 ... to deliver ...",
# "£1.8m in 2019/20 and £0.6m in 2020/21 of direct grants".
# The year may be a financial year, named or numbered: "for this financial year (2022/23)",
# "for the 2023/24 financial year", "in the new financial year".
_YEAR_NUMBER = r"(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?"
_YEAR_SPAN = (
    r"(?:in|for)\s+(?:(?:the|this|next|new|current|coming)\s+)*"
    rf"(?:financial\s+year\s+{_YEAR_NUMBER}|{_YEAR_NUMBER}(?:\s+financial\s+year)?"
    rf"|financial\s+year)(?:\s*\({_YEAR_NUMBER}\))?"
)
_SUMS_BY_YEAR = re.compile(
    rf"^\s*{_YEAR_SPAN}(?:,?\s+and\s+[£$€][\d,.]+\s*(?:(?:m|bn|k|million|billion)\s+)?"
    rf"{_YEAR_SPAN})*"
    r"(?=,?\s+(?:for|to|towards|of(?!\s+which\b))\s)",
    re.I,
)
# When a sum is for and where it comes from, said between the sum and whom it is for:
# "funding of £98,609 in 2020/21 from the Modern Slavery Transformation Programme for the
# ...", "funding of £5,000 received from the Home Office in 2019/20 for the ...".
_WHEN_WHENCE = re.compile(
    rf"^\s*(?:received\s+)?(?:(?:{_YEAR_SPAN}|from\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|and|for|&)){0,7}?),?\s+)+(?=(?:for|to|towards)\s)"
)
_COMPLEMENT = re.compile(r"^\s*((?:in|into|for|to|on|towards)\s+.*)", re.S)
_COMPLEMENT_DET = re.compile(
    r"^(?:the|this|that|his|her|its|their|our)\s+(?:(?:year|month|week)[’']s\s+)?", re.I
)
# What a sum is for, right after it: "£39m distributed between all 32 London boroughs",
# "£51 million was announced for the forces",
# "£20.1m will be allocated to cover the cost of ...", "£4m will support a '...' fund".
_PURPOSE_AFTER = re.compile(
    # "is also to be used to prioritise", "is available for": the verb may come after "to
    # be" or an adverb of addition or focus ("specifically focused on"), or be the state of
    # being available
    r"^\s*"
    # "£170m that we have made available for ...": a relative clause whose subject gives it
    r"(?:(?:that|which)\s+(?:we|I|they|it|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
    r"\s+(?=(?:has|have|had)\s))?"
    r"(?:(?:will|would|could|should|must|is|are|was|were|has|have|had|be|been|being|"
    r"to\s+be|also|now|specifically|mainly|largely|primarily)\s+)*"
    # "is proposed to be used to support", "is expected to be spent on"
    r"(?:(?:proposed|planned|expected|set|due|intended)\s+to\s+be\s+)?"
    r"(?P<verb>used|distributed|allocated|awarded|given|granted|paid|(?:made\s+)?available|"
    r"set\s+aside|"
    r"spent|invested|deployed|focused|focussed|targeted|dedicated|"
    r"earmarked|ring-?fenced|shared|split|directed|channelled|support|supports|supported|"
    r"announced|pledged|promised|confirmed|secured|"
    # what police do to criminal money: "£7 million being frozen in accounts in London"
    r"frozen|seized|confiscated|forfeited|recovered|restrained|laundered|stolen|"
    # (who did it, "seized by officers", is no purpose)
    r"go(?:es)?\s+(?:to|towards)|went\s+(?:to|towards)|pay\s+for|pays\s+for)\s+"
    r"(?P<rest>(?!by\s)\S.*)",
    re.I | re.S,
)
_PURPOSE_WORDS = 16
# A time said between a sum and what it is for: "so far", "every year", "a year", "over the
# last five years" (in "investing a record £1bn over the last five years in policing").
_SO_FAR = re.compile(
    r"\s*(?:so\s+far|to\s+date|already|this\s+year|last\s+year|each\s+year|every\s+year|"
    r"a\s+year|per\s+year|annually|over\s+the\s+(?:last|past|next)\s+(?:[\w-]+\s+)?years?)"
    r"(?=\s+(?:in|into|for|to|on|towards)\s)",
    re.I,
)
_TO_WHOM = re.compile(r"^to\s+(?=(?:the|a|an|all|each|every|local|[A-Z]|\d)\b)")
_AMONG = re.compile(r"^(?:between|among|amongst|across|to\s+fund|for)\s+", re.I)
# A sum a named body gets: "Police forces areas where ... will receive £3.75m".
# A change made by someone named, then its size: "Funding to the Met has been cut by the
# Coalition Government by".
_PASSIVE_AGENT_BY = re.compile(
    r"(?P<what>[^,;:]{3,120}?)\s+(?:has|have|had|is|are|was|were|will)\s+(?:been\s+|be\s+)?"
    r"(?:cut|reduced|increased|raised|boosted|slashed)\s+by\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3}\s+by\s*$"
)
# An act on what it names, then its size: "increase spending on counter-terrorism by",
# "helped drive down anti-social behaviour by" ... or a change named by its noun: "resulted
# in a drop in catalytic converter thefts by".
_ACT_ON_BY = re.compile(
    r"\b(?:(?:drop|fall|rise|increase|reduction|decrease|decline)s?\s+in\s+|(?:reduce|reduces|"
    r"reducing|reduced|cut|cuts|cutting|increase|increases|increasing|increased|"
    r"raise|raises|raising|raised|boost|boosts|boosting|boosted|"
    r"(?:drive|drives|drove|driving|bring|brings|brought|bringing)\s+down)\s+"
    # an object, not where, when or how much an intransitive change was ("increased in
    # London by", "increased last year by", "increased sharply by")
    r"(?!(?:in|across|at|within|among|amongst|over|during|since|from|to|for|last|this|"
    r"[a-z]+ly)\s))"
    r"((?:[\w’'/-]+\s+){1,8}?)by\s*$",
    re.I,
)
# A bound in words between "by" and a changed figure: "increase his share of council tax by
# an average of", "by a maximum of", "reduce budgets by another", "by a further".
_BY_BOUND = re.compile(
    r"\bby\s+(?:an?\s+(?:average|maximum|minimum|total)\s+of|another|a\s+further)\s+$", re.I
)
_IN_ADDITION_TO = re.compile(r"\b(?:in\s+addition\s+to|on\s+top\s+of)\s+(?:the\s+)?$", re.I)
_ANNOUNCED_FOR = re.compile(
    r"\s+(?:already\s+)?(?:announced|committed|allocated|provided|pledged|promised|"
    r"invested|agreed|awarded|given)\s+(?:this\s+year\s+|in\s+\w+\s+)?"
    r"(?:for|to\s+support|to\s+fund|to|towards)\s+(.{3,160})",
    re.I,
)
# A sum whose own words open on the change it is: "losses of up to £493 million".
_RISES = frozenset(("increase", "rise", "uplift"))
_SUM_NAMED_OF = re.compile(
    r"\b((?:(?!(?:a|an|the|of|and|or)\s)[a-z-]+\s+){0,2}"
    r"(?:(?:payment|grant|bonus|fine|award|donation|allocation|compensation)s?|costs))\s+of\s+"
    r"(?:between\s+)?$",
    re.I,
)
# A thing with a value, the value's kind perhaps said: "cocaine and heroin with a value
# of", "two cars with a combined value of". The thing is the words before "with" back to a
# verb of finding ("found", "seized"), a preposition, a number or a clause break.
_VALUE_WITH = re.compile(
    r"(?<![\w’'-])((?!and\s)(?:(?!(?:[a-z]+ed|found|of|in|on|at|by|from|to|a|an|the)\s)"
    r"[A-Za-z][\w’'-]*\s+){1,4}?)"
    r"with\s+an?\s+((?:estimated|total|combined|street|market|approximate)\s+)?value\s+of\s+$"
)
# Where a sum goes, perhaps after where it comes from ("£250,000 from the Home Office Surge
# to British Transport Police"), or to each of the grants counted ("each to the ...").
_SUM_GOES = re.compile(
    r"\s*(?:each\s+|from\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5}\s+)?(to|for)\s+(?=\S)"
)
# A sum given as the value of the grant named before it, with whom it goes to if said: "a
# grant to the Jill Dando Institute (JDI) to the value of", "3 grants to the value of".
_SUM_VALUE_OF = re.compile(
    r"\b((?:payment|grant|award|donation|allocation|contract)s?)(?:\s+(to|for)\s+([^,;:]{1,80}?))?"
    r"\s+(?:up\s+)?to\s+(?:the|a)\s+(?:total\s+|maximum\s+)?value\s+of\s+$",
    re.I,
)
_SUM_NOUN_OF = re.compile(r"(losses|cuts|savings|reductions|increase|rise|uplift)\s+of\b", re.I)
# "an increase of £176 million for both the Metropolitan and City of London Police forces"
_CHANGE_TO = re.compile(r"\s*(to|in|from|for)\s+(?:both\s+)?(?=\S)")
# A sum that is a change, named by the noun the figure ends in: "the £148million cuts".
_SUM_CHANGE_NOUN = re.compile(r"\s*(cuts|savings|reductions|increases)\s*$", re.I)
_AMOUNTING = re.compile(
    r"\s*(?:amounting|amounts|amounted|totalling|totaling|totalled|coming)\s+(?:to\s+)?"
    r"(?:a\s+total\s+of\s+|in\s+total\s+)?",
    re.I,
)
# A finite verb of summing ending the clause before a figure (not "totalling" or
# "amounting", which are participles of a noun or an aside).
_TOTALS_BEFORE = re.compile(
    r"(?:^|\s)(?:totals|totalled|totaled|total|amounts\s+to|amounted\s+to|amount\s+to)"
    r"(?:\s+(?:a\s+total\s+of|in\s+total))?\s+$",
    re.I,
)
_OF_ITS_WHOLE = re.compile(r"\s+of\s+(?:its|it[’']s|their)\s+[\w,]+\s*(?:[;,.)]|and\b|$)", re.I)
_RECEIVE_BEFORE = re.compile(
    r"\b(?:will\s+|has\s+|have\s+|had\s+|to\s+)?(?:receive[sd]?|get|gets|got|"
    r"(?:be|been)\s+(?:given|awarded|allocated))\s*$",
    re.I,
)
# Where a sum comes from: "£8.7million will come from Government grants".
_COMES_FROM = re.compile(
    r"^\s*(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?(?:come|comes|came|coming)\s+from\s+"
    r"(?:the\s+)?"
)
# The giver after a sum received, past a rate: "£3m annually from City Hall".
_FROM_GIVER = re.compile(
    r"^\s*(?:(?:annually|a\s+year|each\s+year|every\s+year|per\s+year|per\s+annum|"
    r"this\s+year|next\s+year)\s+)?from\s+(?:the\s+)?(?=[A-Z])"
)
_SUM_SIGN = re.compile(r"[£$€]")
# Everything up to the last figure before a sum and the comma or conjunction after it.
_AFTER_LAST_FIGURE = re.compile(
    rf".*\d(?:\s?{_SCALE}\b)?(?:,\s+(?:(?:and|while|whilst|but|whereas)\s+)?"
    r"|\s+(?:and|while|whilst|but|whereas)\s+)",
    re.S | re.I,
)
_SUBJECT_END = re.compile(r"\s+(?:where|which|who|that|whose)\s+|\s[–—-]\s|,|;")
# A thing a sum sets up or pays for, named before a relative clause: "a violence reduction
# unit which will be set up with £500,000", "the new hub, which is funded by £2m".
_PARTICIPLE = re.compile(r"^[a-z]{2,}ing$")
_FOUNDED_WITH = re.compile(
    r"\b(?:a|an|the|new|its|their)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+),?\s+(?:which|that)\s+"
    r"(?:will\s+be|would\s+be|is|was|are|were|has\s+been|have\s+been)\s+"
    r"(?:set\s+up|funded|backed|supported|launched|created|established|paid\s+for)\s+"
    r"(?:with|by|through|from)\s+$",
    re.I,
)
# "a new comprehensive investment package of almost £50m": the package is what it measures;
# so are a sum's own "savings", "funding" or "cost" ("required savings of £100 million", "at
# a total cost of £75,000"), with a capitalised word before it ("the LCPF budget of £17.9m",
# "Net savings of £2.9m").
_NOUN_OF_BEFORE = re.compile(
    # (a decision's own verb, "Approve funding of", is no kind of funding)
    r"\b((?:(?!(?i:make|makes|made|making|find|finds|found|deliver|delivers|delivered|"
    r"achieve|achieves|achieved|approve|approves|approved|note|notes|noted)\s)[A-Za-z][\w’'-]*\s+){0,2}(?:package|pot|fund|budget|grant|settlement|"
    r"boost|injection|programme|deficit|shortfall|gap|bill|underspend|overspend|allocation|"
    r"savings|funding|cost))\s+of\s*"
    r"(?:(?:more\s+than|over|almost|nearly|around|about|up\s+to|some)\s+)?$"
)
# "a decline in police officer numbers of 1,316": what changed sits between "in" and "of".
_CHANGE_IN_OF = re.compile(
    r"\b(?:decline|fall|drop|reduction|decrease|rise|increase|growth|cut|jump)\s+in\s+"
    r"((?:[\w’'-]+\s+){1,5}?)of\s*(?:(?:more\s+than|over|almost|nearly|around|about|some)\s+)?$",
    re.I,
)
_YEAR = r"(?:FY\s*)?\d{4}[/–-]\d{2,4}"
_YEAR_PART_BEFORE = re.compile(
    rf"\(\s*[£$€][\d,.]+(?:m|bn|k|\s+million|\s+billion)?\s+in\s+{_YEAR}\s+and\s+$"
)
_YEAR_PART_AFTER = re.compile(rf"\s*in\s+{_YEAR}\s*\)")
_IN_STATE_AFTER = re.compile(
    r"\s*(?:(?:currently|now|still)\s+)?((?:in|on)\s+(?:force|place|custody|bail|operation))\b",
    re.I,
)
# A participle straight after a bare count, what was done to the things counted: "taken".
_BARE_DONE = re.compile(r"\s+[a-z]{3,}(?:ed|en)\b")
_DIGIT = re.compile(r"\d")
_NUMBER_OF_SUBJECT = re.compile(r"\bnumbers?\s+of\s+(.+)", re.I)
_NUMBER_OF_CHANGED = re.compile(
    r"\bnumbers?\s+of\s+((?:[\w’'-]+\s+){1,6}?)(?:has\s+|have\s+)?(?:rose|risen|fell|fallen|"
    r"increased|decreased|grew|grown|dropped|jumped|climbed|declined|went\s+up|went\s+down|"
    # the change as a participle: "led to the number of reports doubling to"
    r"rising|falling|increasing|decreasing|growing|dropping|climbing|declining|doubled|"
    r"doubling)\s+"
    r"(?:by\s+|from\s+|to\s+)?(?:[\d,.]+\s+to\s+)?$",
    re.I,
)
# "reduce the number of police station front counters across London from 37 to 19", "cut
# the number open 24 hours a day to 8", "double the number of officers by": an act on a
# number, what is numbered after it, the new level after "to" (the old after "from").
_ACT_ON_NUMBER = re.compile(
    r"\b(?:(?P<down>reduc(?:e|es|ed|ing)|cut(?:s|ting)?|halv(?:e|es|ed|ing))|"
    r"(?P<up>increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|"
    r"push(?:es|ed|ing)?))"
    # "push the number of officers ... to 31,955", "raise the total number of officers to"
    r"\s+the\s+(?:total\s+)?number\b",
    re.I,
)
_NUMBERED = re.compile(
    r"\s+(?:of\s+)?(?P<what>[^,;:()]{1,80}?)\s+(?:(?P<old>from)|(?:from\s+\S+\s+)?(?:to|by))\s*$",
    re.S,
)


def number_change(clause: str) -> tuple[str, str | None] | None:
    """(what is numbered, the change's direction) for a figure an act on a number leads
    to; the figure after "from" is the old level, with no direction."""
    if "number" not in clause:
        return None
    acts = list(_ACT_ON_NUMBER.finditer(clause[-160:]))
    if not acts:
        return None
    act = acts[-1]  # "reduce the number of ... from 37 to 19 and cut the number open ... to"
    numbered = _NUMBERED.match(clause[-160:], act.end())
    if not numbered or not (what := clean_phrase(numbered["what"])):
        return None
    # "the number of officers" is what changes, said so ("total number" kept whole)
    of = " of " if numbered.group().lstrip().startswith("of ") else " "
    what = clean_phrase(act.group().split(None, 1)[1] + of + what)
    if numbered["old"]:
        return what, None
    return what, "down" if act["down"] else "up"


# An act on a thing, then its old level: "increasing the upper limit on fines for littering
# and graffitiing from", "cut the precept from", "raising the age limit from".
# A change verb in the passive before the level it changes from: "are being increased from".
_PASSIVE_FROM = re.compile(
    r"(?:^|\s)(?:is|are|was|were|be|been|being)\s+(?:(?:further|also|now|then)\s+)?"
    r"(?:increased|raised|reduced|cut|lowered|lifted|boosted|expanded|doubled|halved)\s+from\s+$",
    re.I,
)
_ACT_ON_FROM = re.compile(
    r"\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|"
    r"lower(?:s|ed|ing)?|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|tak(?:e|es|en|ing)|took|"
    r"bring(?:s|ing)?|brought)\s+"
    r"((?:[\w’'-]+\s+){0,11}?[\w’'-]+)\s+from\s+$",
    re.I,
)
# "a record number of officers—149,572—across England and Wales"
_NUMBER_OF_DASH = re.compile(
    r"\b(?:number|total)\s+of\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s*[—–:]\s*$"
)
# A part of a tally told by its reason in its own clause: "162 – were for possession of drugs".
_WERE_FOR = re.compile(r"^\s*(?:[—–-]\s*)?(?:were|was)\s+for\s+")


def _reason_after(after: str) -> str:
    return noun_phrase(after[was.end() :]) if (was := _WERE_FOR.match(after)) else ""


_MORE_THAN_AFTER = re.compile(r"^\s*(more|fewer|higher|lower|above|below)\s+than\s+", re.I)
_WORTH_BEFORE = re.compile(
    r"\s(?:is|are|was|were|be|been)\s+(worth)\s+(?:between\s+|about\s+|around\s+)?$"
    r"|\s(?:can|could|will|would|may|might)?\s*(sell)s?\s+for\s+(?:between\s+|about\s+|around\s+)?$"
    r"|\s(cost)s?\s+(?:the\s+\w+\s+|us\s+|them\s+|it\s+)?(?:between\s+|about\s+|around\s+)?$"
    r"|\s(?:is|are|was|were|be|been)\s+(equivalent)\s+to\s+$"
    # "the final figure could range between £120 million and": what the range is of
    r"|\s(?:can|could|will|would|may|might)?\s*(range)s?\s+(?:between|from)\s+$"
    # "This surge activity was funded by £5 million", "will be also backed with £39 million":
    # the passive's subject is what the sum pays for
    r"|\s(?:is|are|was|were|be|been)\s+(?:(?:also|now|partly|largely|jointly|fully)\s+)?"
    r"(funded|financed|backed|underwritten)\s+(?:by|with)\s+"
    r"(?:an?\s+)?(?:(?:extra|additional|further|new)\s+)?$"
    # "The night-time economy contributes £26.3bn to our city": the subject is what is worth
    # it (not a decision's "Note the disposal will contribute £4.8m to the target")
    r"|\s(contribut)(?:es|ed)\s+(?:an\s+estimated\s+|(?:around|about|over|nearly|almost)\s+)?$",
    re.I,
)
# "this will take total funding up to £19.5 billion": what the sum is a level of; so is
# what is raised to it ("increasing funding for policing to more than £15 billion").
_TAKE_TO = re.compile(
    r"\b(?:take|takes|taking|took|bring|brings|bringing|brought|push|pushes|pushing|pushed)\s+"
    r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:\s+(?:for|in)\s+(?:19|20)\d\d(?:[/-]\d\d)?)?)"
    r"\s+(?:up\s+)?(?:to\s+)?$"
    r"|\b(?:increas|rais|boost|lift)(?:e|es|ed|ing|s)?\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+to\s+$",
    re.I,
)
# "bringing the total number of dedicated officers working across London's 629 wards -
# smaller sections of parliamentary constituencies - to 1258": the number brought to the
# figure, read past asides and other figures (its "to" the only one before the figure's).
_BRINGS_NUMBER_OF = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed)\s+"
    r"(?:the|its|their)\s+(?:total\s+)?number\s+of\s+",
    re.I,
)
_BROUGHT_REACH = 240


def _words_before(sentence: str, start: int, reach: int) -> str:
    """Up to ``reach`` characters before ``start``, opening on a whole word: a window cut
    inside "increased" would read its subject as "creased"."""
    opening = max(0, start - reach)
    if opening and sentence[opening - 1].isalnum():
        opening = sentence.find(" ", opening, start) + 1 or start
    return sentence[opening:start]


def _brought_number(sentence: str, start: int) -> str:
    window = _words_before(sentence, start, _BROUGHT_REACH)
    act = _BRINGS_NUMBER_OF.search(window)
    if act is None or " to " in window[act.end() : -3]:
        return ""
    return noun_phrase(window[act.end() :])


# A figure just before, then a comma and the change: "£15 billion in 2021-22, up by".
_CHANGE_OF_FIGURE = re.compile(r"\d[\w.,%-]*(?:\s+in\s+[\w/-]+)?\s*,\s*$")
# What was done to the people a count is of, said before it: "charged or cautioned nearly
# 300 individuals", "The Met have now charged more than 1,000 people".
_PEOPLE_ACTS = (
    r"(?:arrested|charged|cautioned|convicted|prosecuted|sentenced|jailed|stopped|searched|"
    r"detained|identified|interviewed|summonsed|bailed|released|referred|supported|helped|"
    r"injured|wounded|killed|murdered|rescued)"
)
_ACTED_ON = re.compile(rf"\b({_PEOPLE_ACTS}(?:\s+(?:or|and)\s+{_PEOPLE_ACTS})?)\s*$", re.I)
# What a part of a group was ("were charged") or did ("resulted in a charge"): the verb
# "be" or "have" is dropped, a verb in the past tense is kept.
_PART_VERB_AFTER = re.compile(
    r"^\s*(?:(?:were|are|have|had)\s+(?:been\s+)?(?=[a-z])|(?=[a-z]{3,}ed\s+[a-z]))"
)
# A group counted in its own words, then its part with no comma: "Of the 186 arrests 57".
_OF_COUNTED_GROUP = re.compile(
    r"Of\s+(?:the|these|those)\s+\d[\d,]*\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
)
_PART_WORDS = 6
_OF_GROUP_OPENING = re.compile(r"\s*Of\s+(?:that|this|these|those|them|the\s+[^,.;:]{1,80}),")
# A bare count standing as a clause's subject, then its state: "183 are currently
# suspended", "275 are currently waiting for a gross misconduct hearing", "52 have since
# been charged" (a participle after the verb, an adverb of time at most between), "another
# 49 have convictions for dishonesty" (what they have, a plural noun), "250 voluntarily
# agreed to be swabbed" (a past verb taking an infinitive, perhaps after an adverb of manner),
# "ten received a formal reprimand" (or a past verb with its object, one thing each).
_LEADING_ASIDE = re.compile(r" [\[(][^\])]{1,80}[\])]")
# A count adding to or summing what was said before stands bare as a subject too: "a
# further 11 were arrested", "an additional 40 have been charged", "a total of 12 were seized".
_BARE_SUBJECT_LEADS = frozenset(
    ("", "while", "whilst", "and", "but", "whereas", "another")
    + ("a further", "further", "an additional", "a total of", "in total", "in all")
)
_BARE_COUNT_STATE = re.compile(
    r" (?:are|were|have|had|remain|remained|being)\s+(?:(?:currently|now|still|since|already|also)\s+)?"
    r"(?:been\s+)?([a-z]+(?:ed|ing))\b"
    r"| (?:have|had)\s+(?:(?:now|still|also|already)\s+)?([a-z]{3,}s)\s+(?:for|of)\s"
    r"| ((?:[a-z]{3,}ly\s+)?[a-z]{3,}ed)\s+(?:to|an?)\s+[a-z]"
    # "while 71 will remain open", "a further 50,000 will participate": what they will do
    r"| (?:will|would|could|may|might|should)\s+((?:not\s+)?[a-z]{3,})\b"
)
_PENDING_AFTER = re.compile(
    r"^\s+(?:(?:is|are|was|were|remains?|remained)\s+)?((?:still|yet)\s+to\s+be\s+[a-z]{4,})\b"
)
_OF_WHICH = re.compile(r"\bof\s+(?:which|whom|these|those|them)\s*$", re.I)
_PARTICIPLE_STATE = re.compile(r"^(?:(?:also|later|subsequently|since|then)\s+)?([a-z]{3,}ed)\b")
_OF_BEING_DONE = re.compile(r"\s+of\s+being\s+[a-z]{3,}ed\b")


def _part_state(state: str) -> str:
    """What a part of a group was: a noun ("knives"), a participle with its phrase
    ("injured", "charged with assault"), or a noun of what was done to it ("the result of
    being attacked")."""
    if done := _PARTICIPLE_STATE.match(state):
        words = _VERB_PHRASE_END.split(state[done.start(1) :])[0].split(" and ")[0].split()
        return clean_phrase(" ".join(words[:_PART_WORDS]))
    noun = noun_phrase(state)
    at = state.find(noun) if noun else -1
    if at >= 0 and (done_to := _OF_BEING_DONE.match(state, at + len(noun))):
        return clean_phrase(noun + done_to.group())
    return noun


# A one-word count's aside on part of it, between dashes or commas, then a passive.
_ASIDE_BEFORE_PASSIVE = re.compile(
    r"^(\s*[a-z]+)(?:\s[-–—]\s[^-–—]{1,80}?\s[-–—]|,\s(?:including|among\s+them)\s[^,]{1,80},)"
    r"(?=\s(?:were|have\s+been|had\s+been)\s+[a-z]{3,}ed\b)"
)
_BE_AFTER = re.compile(r"^\s*(?:were|was|are|is|have\s+been|had\s+been)\s+", re.I)
# "a 1,000-strong civilian pool", "a 20,000-officer recruitment drive"; an adjective set
# off by commas between a count and its noun: "2,229, mainly older, people".
# An age bound between a count and its noun qualifies the noun: "483 under 18 detentions"
# counts under-18 detentions.
_AGE_BOUND_MODIFIER = re.compile(
    r"^\s*(under|over)\s+([12]\d)\s+(?=[a-z])(?!(?:days?|weeks?|months?|years?|hours?)\b)"
)
_STRONG = re.compile(
    r"^(?:-(?:strong\s+|(?=[a-z]+\s))|,\s+(?:mainly|mostly|largely|often|many)\s+[a-z]+,\s+"
    r"(?=[a-z]+\b))"
)
_ARTICLE = re.compile(r"^an?\s+", re.I)
# The items of a ranked list, each figure in brackets after its name: "followed by Islington
# (", then each next item alone after the last bracket, ", Hackney (", "and Camden (" (not
# "the average across England and Wales (", nor "rose in London (12%) and Kent ("); a
# name may end on its common noun: "followed by the Education sector (".
_NAME = (
    r"(?:the\s+)?((?:[A-Z][\w'’&-]*\s+(?:of\s+)?){0,2}[A-Z][\w'’&-]*"
    r"(?:\s+(?!(?:and|or|of|in|on|at|for|to|with|by|from)\b)[a-z][\w'’-]*)?)\s*"
)
_FOLLOWED_BY_NAME = re.compile(rf"\bfollowed\s+by\s+{_NAME}$")
_NEXT_LISTED_NAME = re.compile(rf"\s*,?\s*(?:and\s+|or\s+)?{_NAME}")
_LISTED_NAME_REACH = 60
# The next item of a list after a bracketed count: a joiner, then a name of a few words.
_NEXT_BRACKETED_ITEM = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*"
)
# A figure alone in brackets: a count, a share or a price ("knuckle duster (£2)").
_COUNT_BRACKET = re.compile(r"\(\s*[£$€]?[\d,.]+(?:%|m|bn|k)?\s*\)$")
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_QUOTED = re.compile(r"[‘“\"'][^‘’“”\"]{1,80}[’”\"']")
# Not inside a number: "to recruit 6,000 officers", "to fund 2.5 posts"; a bracket ends the
# phrase: "to Lewisham (£272,664.00 in ...)" is to Lewisham; so does "and" before the next
# figure: "against men and 2,100 against women".
# A comma inside a list closed by "and" or "or" a word later ("to tackle knife, gun and
# gang crime") ends no phrase.
_LIST_GOES_ON = r"\s*[\w’'-]+\s+(?:and|or)\s"
_VERB_PHRASE_END = re.compile(
    rf",(?!\d|{_LIST_GOES_ON})|\.(?!\d)|[;:]|\s[–—-]\s|\s\(|\s(?:when|which|who|while|and\s+(?:a|an|the)\s)|\sand\s+\d"
)


_GLOSS = re.compile(r"\s*\([a-z][^()\d]{0,29}\)")


def _parenthesised_label(sentence: str, start: int, previous: str | None) -> str:
    before = sentence[:start].rstrip()
    if not before.endswith("("):
        return ""
    # "death star (shuriken) (£5)": a lowercase gloss in brackets before the figure's is no
    # boundary between an item and its figure
    before = _GLOSS.sub("", before[:-1]) if ")" in before else before[:-1]
    cut = max(before.rfind(")"), before.rfind(";"), before.rfind(":"))
    segment = before[cut + 1 :]
    if "followed by" in before and (
        (listed := _FOLLOWED_BY_NAME.search(segment[-_LISTED_NAME_REACH:]))
        or (len(segment) < _LISTED_NAME_REACH and (listed := _NEXT_LISTED_NAME.fullmatch(segment)))
    ):
        # "followed by Islington (1,565), Hackney (1,518) and Camden (1,451)": each
        # bracketed figure of a ranked list is its own name's
        return listed.group(1)
    if (
        before[cut : cut + 1] == ")"
        and (item := _NEXT_BRACKETED_ITEM.fullmatch(segment))
        and _COUNT_BRACKET.search(before, max(0, cut - 20), cut + 1)
        and not any(AUX.match(word) for word in item.group(1).split())
        and previous
        and before[:cut].rpartition("(")[0].rstrip().endswith(previous)
    ):
        # "Albanians (947) and Vietnamese (702)", "burglary (12), robbery (8)", "flick knife
        # (£20), swordstick (£12)": each item of a list followed by its own figure in
        # brackets is that figure's name, when the
        # item before was its count's name too (not "crime rose in London (12%) and Kent")
        return clean_phrase(item.group(1))
    obj = _PAREN_OBJECT.search(segment)
    if obj:
        return clean_phrase(obj.group(1))
    if _DIRECTION_START.match(sentence, start):
        # "incidents of burglary (down 8 per cent) and personal robbery (down 9 per
        # cent)": a change in brackets is the change of the words right before it
        tail = _PAREN_TAIL.split(segment)[-1]
        if words := clean_phrase(tail).split()[-_PAREN_TAIL_WORDS:]:
            return " ".join(words)
    if (ranked := _RANKED_COMPLEMENT.search(segment)) and (
        category := clean_phrase(segment[ranked.end() :])
    ):
        return category
    if (ranked := _RANKED_SUBJECT.search(segment)) and (
        category := subject_of(segment[: ranked.start()])
    ):
        return category
    verbs = list(_PAREN_VERB.finditer(segment))
    if verbs and (last_subject := subject_of(segment[: verbs[-1].start()])):
        # "youth violence has fallen by 26 per cent, ... and gun crime has almost halved
        # (49 per cent)": the subject of the last verb
        return last_subject
    subject = _PAREN_SUBJECT.match(segment)
    if subject:
        return clean_phrase(subject.group(1))
    return previous or _bracketed_tail(segment)


_TAIL_WORDS = 4
_HEAD_WORDS = 2  # "Criminal damage to a vehicle (4)": the head noun and its adjective
_PREPOSITION = re.compile(r"^(?:of|on|for|against|with|in|at|to|from|by)$", re.I)
_NOT_A_HEAD = re.compile(r"^(?:and|or|but|the|a|an|of|on|for|in|at|to|from|by|with|[a-z]+ed)$")


def _bracketed_tail(segment: str) -> str:
    """The last few words before a bracketed count; where a preposition opens them, the
    noun before it (and its adjective) heads them: "Assault on a police officer (10)",
    "Criminal damage to a vehicle (4)" (not a verb: "arrested men on suspicion of ...")."""
    words = segment.split()
    start = max(0, len(words) - _TAIL_WORDS)
    opening = range(start, min(start + _HEAD_WORDS, len(words) - 1))
    preposition = next((i for i in opening if _PREPOSITION.match(words[i])), None)
    if preposition is not None:
        start = preposition
        while start > preposition - _HEAD_WORDS and start > 0:
            head = words[start - 1]
            if not head.isalpha() or _NOT_A_HEAD.match(head) or AUX.match(head):
                break
            start -= 1
    return clean_phrase(" ".join(words[start:]))


def item_label(item: str, start: int, end: int) -> str:
    """The label of a figure in a short list item: the item's words before it, else after it."""
    if seen := _seen_change_label(item, item[:start], start, end, share=True):
        return seen  # "Assaults on staff have seen a nine per cent reduction"
    before = item[:start]
    before = _LIST_DASH.split(before)[0].rstrip().removesuffix("(").rstrip()
    label = subject_of(before) if before.strip() else ""
    if not label:
        label = noun_phrase(_OF.sub("", item[end:]))
    return label


def prose_label(
    sentence: str,
    start: int,
    num_end: int,
    end: int,
    unit: str,
    more_after: bool,
    previous: str | None,
) -> tuple[str, bool]:
    """The label of a figure in running text (see the module docstring for the shapes).

    Also says whether a verb of spending or saving named it: then a bare "more than
    a billion" is a sum of money.
    """
    label = _prose_label(sentence, start, num_end, end, unit, more_after, previous)
    if not label and (change := _CHANGE_NOUN_END.search(sentence, num_end, end)):
        label = change.group().strip().lower()  # "This is a 72% drop from ...": the change
    # "The 2023/24 budget of £120m is 5% higher": another figure is not part of the label
    label = _OF_A_FIGURE.sub("", label)
    return _whole_name(sentence, start, label), label in _MONEY_LABELS


# Capitalised words mid-sentence just before a label that opens with a capitalised word:
# the rest of the name the label cut ("acceptance of Home Office grant funding of").
_NAME_BEFORE = re.compile(r"(?<=[a-z,;:(]\s)((?:[A-Z][\w’'&-]*\s+)+)$")


def _whole_name(sentence: str, start: int, label: str) -> str:
    """The label with the first words of a name it opens in, when it cut them off."""
    if not label[:1].isupper():
        return label
    at = sentence.rfind(label, 0, start)
    name = _NAME_BEFORE.search(sentence, 0, at) if at > 0 else None
    return f"{name.group(1)}{label}" if name else label


# A value named before its colon, after the pair before it: "labour costs: £137,941.30,
# non-labour costs: £206,621.25".
_PAIRED_NAME_BEFORE = re.compile(r"[\d%],\s+([A-Za-z][\w’'/-]*(?:\s+[\w’'/-]+){0,4}):\s*$")


_CONVERSION = re.compile(
    r"^\s*\((?:(?:about|around|approximately|some|roughly)\s+)?(?:US)?[$€][^()£]{0,40}\)"
)
# An aside on how a sum was given or counted, between it and what it is for: "up to
# £5,000,000 (as awarded in the last decision) for the extension of current services".
_SUM_ASIDE = re.compile(
    r"^\s*\((?:as|excluding|including|exclusive|inclusive|plus)\s[^()]{1,80}\)", re.I
)
# A level a change is measured from, with nothing counted after it: "a 40 per cent drop
# from its peak of 3,811 in August 2017" is the peak of the thing the change is in.
_EXTREME_OF = re.compile(r"\b(?:a|its|their|the)\s+(?:record\s+)?(peak|high|low)\s+of\s+$", re.I)
_NOTHING_COUNTED = re.compile(r"\s*(?:[.,;)]|(?:in|and|to)\s|$)")


def _prose_label(
    sentence: str,
    start: int,
    num_end: int,
    end: int,
    unit: str,
    more_after: bool,
    previous: str | None,
) -> str:
    if ":" in sentence[start - 3 : start] and (
        paired := _PAIRED_NAME_BEFORE.search(sentence, max(0, start - 60), start)
    ):
        return clean_phrase(paired.group(1))
    if (
        previous
        and unit == "count"
        and (extreme := _EXTREME_OF.search(sentence, max(0, start - 30), start))
        and _NOTHING_COUNTED.match(sentence, end)
    ):
        return f"{_NAMED_CHANGE_IN.sub('', previous)} at its {extreme.group(1).lower()}"
    if previous and (
        _CHANGE_NOUN_OF.match(sentence, start) or _CHANGE_NOUN_END.search(sentence, start, end)
    ):
        # after "a 30.8 per cent drop in offences", "a 0.3 per cent increase" is one in the
        # offences: a change of its own is of the thing the figure before measured
        previous = _NAMED_CHANGE_IN.sub("", previous)
    after = sentence[end : end + 240]
    if "{" in after[:3] or "[" in after[:3]:
        after = _FOOTNOTE.sub("", after, count=1)  # "£443 million {4} of savings"
    if unit == "gbp" and after[:2].lstrip().startswith("("):
        # "a £600 million ($967 million) budget": the sum converted is no part of the label
        after = _CONVERSION.sub("", after, count=1)
    if unit in ("gbp", "usd", "eur") and after[:2].lstrip().startswith("("):
        after = _SUM_ASIDE.sub("", after, count=1)
    if (second := _SECOND_END.match(after)) and (
        _BETWEEN_BEFORE.search(sentence, max(0, start - 12), start)
        or (
            unit == "count"
            and _FROM_BEFORE.search(sentence, max(0, start - 12), start)
            and not _WHEN_AFTER.match(after, second.end())
            and noun_phrase(after[second.end() :])
        )
    ):
        # "between 3,000 and 5,000 hours of patrols", "leaping from 305 to 452 offences":
        # the range's first end counts what its second end does, named after the second
        after = after[second.end() :]
    after_np = _RATE_AFTER.sub("", after)
    clause = _past_aside(sentence, start, clause_before(sentence, start))
    share_unit = unit in ("percent", "fraction")
    if share_unit and "(" in after[:2] and (exact := _EXACT_AFTER.match(after)):
        # "almost two-thirds (64%) of those Londoners": the exact share in brackets is no
        # part of the words the share is of
        after = after[exact.end() :]
    if unit == "count" and sentence.startswith(" of ", end) and _OF_ITS_WHOLE.match(sentence, end):
        # "Croydon losing five of it’s six;": a part of its own whole, the clause's subject's
        words = clause.split()
        while words and words[-1].islower() and words[-1].endswith(("ing", "ed")):
            words.pop()
        if words and (subject := subject_of(" ".join(words))):
            return subject

    if share_unit and sentence[:start].rstrip().endswith("(") and _OF.match(after):
        # "(15 per cent of the population of England and Wales)": the share names its whole
        if whole := noun_phrase(_ALL.sub("", _OF.sub("", after))):
            return whole
    if (
        sentence[:start].rstrip().endswith("(")
        and (part_of := OF_WHICH_AFTER.match(after))
        and (part := _part_state(after[part_of.end() :].split(")")[0]))
    ):
        # "217 were due to drink driving (10 of which were fatal)": the bracket's own
        # clause says what its part is
        return part
    if (
        previous
        and _YEAR_PART_BEFORE.search(sentence, max(0, start - 60), start)
        and _YEAR_PART_AFTER.match(after)
    ):
        # "(£272,664.00 in FY 2023/24 and £230,328 in FY 2024/25)": a sum split by year in
        # brackets; the later year's part is the same sum's as the first
        return previous
    if (
        unit == "count"
        and (change := _CHANGE_NOUN_OF.match(sentence, start))
        and (own_noun := noun_phrase(after))
        and own_noun[:1].isalpha()
    ):
        # "(fall of 10,595 crimes)", "an increase of 12,000 crimes": a change counted in its
        # own noun is a change in that noun, not in the thing the figure before measured
        return f"{change.group().split()[0].lower()} in {own_noun}"
    # "5,868 calls (3,199 emergency, 2,669 non-emergency)": the first part of a breakdown
    # in brackets names itself, as the parts after it do
    paren = (
        ""
        if _BRACKETED_PART.match(sentence, end)
        else _parenthesised_label(sentence, start, previous)
    )
    if paren:
        return paren
    if unit in ("gbp", "usd", "eur") and (own := _SUM_NOUN_OF.match(sentence, start)):
        # "losses of up to £493 million over the next two years", "cuts of £184 million":
        # the change the figure's own words name is what it measures (and what it is to)
        noun = own.group(1).lower()
        to = _CHANGE_TO.match(after)
        if noun not in _RISES:
            if to:
                return clean_phrase(
                    f"{noun} {to.group(1)} {noun_phrase(after[to.end() :])}".strip()
                )
            return noun
        if to and to.group(1) == "for" and (whom := noun_phrase(after[to.end() :])):
            # "a total increase of £176 million for both the Metropolitan and City of
            # London Police forces": a rise is labelled by whom it is for, said so
            return clean_phrase(f"{noun} for {whom}")
    if (
        unit in ("gbp", "usd", "eur")
        and clause.endswith("value of ")
        and (valued := _SUM_VALUE_OF.search(clause[-160:]))
        and (valued.group(2) is None or (whom := noun_phrase(valued.group(3))))
    ):
        # "3 grants to the value of £30,000 each to the Safer Business Network": the grant's
        # value, labelled as the grant is, with its recipient
        noun = valued.group(1).lower()
        if valued.group(2):
            return clean_phrase(f"{noun} {valued.group(2)} {whom}")
        if to := _SUM_GOES.match(after):
            return clean_phrase(f"{noun} {to.group(1)} {noun_phrase(after[to.end() :])}")
        return noun
    if (
        unit in ("gbp", "usd", "eur")
        and clause.endswith("value of ")
        and (valued := _VALUE_WITH.search(clause[-120:]))
        and (thing := clean_phrase(valued.group(1)))
    ):
        # "seized cash and drugs with a total value of over £3 million": the sum is the
        # value of the thing that has it, not of what the clause counted before
        return clean_phrase(f"{valued.group(2) or ''} value of {thing}")
    if (
        unit in ("gbp", "usd", "eur")
        and clause.endswith(("of ", "between "))
        and (named := _SUM_NAMED_OF.search(clause[-48:]))
    ):
        # "a one-off, lump sum payment of £350 to the majority of police officers", "a
        # fine of £500", "revenue support costs of between £2.6m and": the sum is what its
        # own noun names, to whom it goes if said
        noun = clean_phrase(named.group(1))
        if to := _SUM_GOES.match(after):
            return clean_phrase(f"{noun} {to.group(1)} {noun_phrase(after[to.end() :])}")
        return noun
    change = _CHANGE_NOUN_OF.match(sentence, start) or _CHANGE_NOUN_END.search(sentence, start, end)
    if (
        change
        and _APPOSED_LEAD.match(clause.strip(" ,–—-"))
        and not _CHANGE_COMPLEMENT.match(sentence, end)  # "a 20 per cent fall in knife crime"
    ):
        # "the murder rate is the lowest for a decade – a fall of 14 per cent last year":
        # a change in apposition is the change of the clause before it
        before = sentence[: start - len(clause)].rstrip(" ,–—-")
        if subject := previous or _last_clause_subject(clause_before(before, len(before))):
            # "invest £11.9billion in our police system, an increase of more than
            # £475million", "London had 940, a 27% increase from 2014": a figure that is a
            # change is that change of the thing, said so
            # ("fewer victims" says its change already)
            if _MORE_AFTER.match(subject):
                return subject
            noun = change.group().split()[0 if change.re is _CHANGE_NOUN_OF else -1]
            return clean_phrase(f"{noun.lower()} in {subject}")
    if ("which" in clause or "that" in clause or "who" in clause) and _RELATIVE_CHANGE.match(
        clause
    ):
        if antecedent := _relative_antecedent(sentence, start, clause):
            return antecedent
    if not clause.strip() and _DIRECTION_START.match(sentence, start):
        # "increasing funding for policing to more than £15 billion in 2021-22, up by £636
        # million": the change of the figure just before it in the sentence
        if previous and _CHANGE_OF_FIGURE.search(sentence, max(0, start - 60), start):
            return previous
        # "Crime continues to fall under this government, down eight per cent": the
        # change is the previous clause's subject's.
        if subject := _apposed_change_subject(sentence, start):
            return subject
    tail = clause[-160:]
    if tail.endswith(("of ", "another ", "further ")) and (bound := _BY_BOUND.search(tail)):
        tail = tail[: bound.start() + 3]  # "by an average of 27p", "by another 25 per cent"
    if tail.endswith(("by ", "by")):
        # "has been cut by the Coalition Government by 20 per cent": the passive's subject
        if (passive := _PASSIVE_AGENT_BY.search(tail)) and (subject := subject_of(passive["what"])):
            return subject
        # "increase spending on counter-terrorism by 30%", "reduce the Met's annual budget by"
        if (acted := _ACT_ON_BY.search(tail)) and (acted_on := clean_phrase(acted.group(1))):
            return acted_on
    if ("addition" in tail or "top" in tail) and _IN_ADDITION_TO.search(tail):
        # "in addition to the £24 million already announced for the forces ...": the sum's
        # purpose after it, not "addition"
        if (purpose := _ANNOUNCED_FOR.match(sentence, end)) and (
            what := noun_phrase(purpose.group(1))
        ):
            return what
    # "reduce crimes by at least 20 per cent": what is reduced sits inside the figure's words
    inside = _INSIDE.match(sentence[start:num_end])
    if inside and not AUX.match(inside.group(1).split()[0]) and not _manner(inside.group(1)):
        return clean_phrase(inside.group(1))
    change = _CHANGE_OF.match(sentence[num_end : num_end + 40])
    if change and (share_unit or change["prep"] != "to"):
        # "a 22 per cent reduction in homicides", "a 1% boost to their pay", "a 32% fall
        # in these crimes"
        noun = change["noun"].lower()
        if PERIOD_PHRASE.match(sentence, num_end + change.start("prep")):
            # "a 45 per cent fall in the first five months": no thing named, unless by the
            # subject that saw it ("the bus network experienced a 28.6% increase in 2024/25");
            # what showed it may be the figures only
            return (share_unit and _subject_seeing(clause, shown=False)) or noun
        changed_words = sentence[num_end + change.end() : num_end + 240]
        what_changed = noun_phrase(_OWNED_WHOLE.sub("", _ALL.sub("", changed_words)))
        if share_unit or not what_changed:
            return what_changed
        # a sum or a count is the size of the change, not a level of the thing changed
        return f"{noun} {change['prep'].lower()} {what_changed}"
    if (share_unit or _EQUATING_LEAD.fullmatch(clause)) and (
        seen := _seen_change_label(sentence, clause, start, end, share_unit)
    ):
        return seen
    if unit in ("gbp", "usd", "eur") and (cuts := _SUM_CHANGE_NOUN.match(sentence, num_end, end)):
        return cuts.group(1).lower()  # "condemning the £148million cuts that have been forced"
    if ("amount" in clause or "total" in clause or "coming" in clause) and _AMOUNTING.fullmatch(
        clause
    ):
        # "Cash seizures, amounting to a total of £5,700": what amounts to it is the clause before
        before = sentence[: start - len(clause)].rstrip(" ,–—-")
        if subject := subject_of(clause_before(before, len(before))):
            return subject
    if ("tot" in clause or "amount" in clause) and (total := _TOTALS_BEFORE.search(clause[-40:])):
        # "The new fund totals £45m", "confiscation orders have also totalled £28 million":
        # a finite verb of summing, so the figure is the size of the clause's subject
        at = len(clause) - len(clause[-40:]) + total.start()
        if (subject := subject_of(clause[:at])) and subject[:1].isalpha():
            return subject
    if (
        clause.lstrip()[:5].lower() == "from "
        and (clause.endswith("to ") or _TO_AHEAD.match(after))
        and (
            change_in := _CHANGE_IN_BEFORE.search(
                sentence, max(0, start - len(clause) - 160), start - len(clause)
            )
        )
    ):
        # "There was a fall in the proportion of those arrested who were female, from 16% ...
        # to 11%": both ends of the range are levels of what the change before them is in
        return clean_phrase(change_in.group(1))
    if changed := number_change(clause):  # "reduce the number of front counters from 37 to"
        return changed[0]
    if clause.endswith("from ") and (passive := _PASSIVE_FROM.search(clause[-60:])):
        # "CCTV cameras are being increased from 12,000 to": what is changed is the subject
        at = len(clause) - len(clause[-60:]) + passive.start()
        if (subject := subject_of(clause[:at])) and subject[:1].isalpha():
            return subject
    if (
        clause.endswith("from ")
        and (acted := _ACT_ON_FROM.search(clause[-120:]))
        and (acted_on := clean_phrase(acted.group(1)))  # not "taking it from"
    ):
        # "increasing the upper limit on fines for littering and graffitiing from £150 to
        # £500": what the act changes is what both levels measure
        return acted_on
    if (
        unit == "count"
        and clause.endswith("to ")
        and (taken := _TAKE_TO.search(clause[-60:]))
        and taken.group(2)
        and not taken.group(2).lower().startswith("from ")  # "raised from 300 to 420"
        and not noun_phrase(after_np)
    ):
        # "to boost its numbers to 272 for an initial three months": what is raised
        return clean_phrase(taken.group(2))
    if (
        unit == "count"
        and clause.endswith("to ")
        and (numbered := _brought_number(sentence, start))
    ):
        return numbered
    counted = _NUMBER_OF_CHANGED.search(clause[-120:]) or _NUMBER_OF_DASH.search(
        _words_before(sentence, start, 80)  # the dash ends the clause: read past it
    )
    if counted:  # "the number of abandoned 999 calls to the Met rose from 2,606 to"
        noun = clean_phrase(counted.group(1))
        # "The greatest number of arrests – 162 – were for possession of drugs"
        return f"{noun} for {reason}" if (reason := _reason_after(after)) else noun
    if (
        _ROSE_FROM.search(clause[-24:])
        and (subject := subject_of(clause))
        and subject[:1].isalpha()
    ):
        # "and arrests for domestic terrorism fell from 27 to 19": an intransitive change
        # with its own subject is that subject's, not the figure's before it
        return subject
    if (
        clause.strip().lower() in ("and by", "but by")
        and (
            verbs := list(
                _SHARED_CHANGE_BY.finditer(sentence, max(0, start - 240), start - len(clause))
            )
        )
        and (subject := subject_of(clause_before(sentence, verbs[-1].start())))
    ):
        # "crime has fallen by 30 per cent on the buses (fall of 10,595 crimes) and by 20 per
        # cent on the Tube": a second size of the same change is its subject's, not the
        # label of the figure just before
        return subject
    if previous and (_FROM_TO.search(clause[-60:]) or _CHANGED_FROM.search(clause[-20:])):
        return previous  # "rose from 30,000 to 34,000", "29 homicides – up from nine"
    if change_in := _CHANGE_IN_OF.search(clause[-80:]):  # "a decline in officer numbers of 1,316"
        return clean_phrase(change_in.group(1))
    if _CHANGE_BEFORE.search(clause[-30:]):  # "..., a fall of 11.2 per cent"
        return previous or subject_of(_CHANGE_BEFORE.sub("", clause))
    target = _TARGET_BEFORE.search(clause[-30:])
    share = _SHARE_VERB_BEFORE.match(clause)
    if share and share_unit:  # "women officers making up nearly one third of all officers"
        whole = noun_phrase(_ALL.sub("", _OF.sub("", after)))
        # "with domestic abuse accounting for one in eight of all recorded crime": the
        # part is what "with" introduces, not the sentence's subject
        part = subject_of(_WITH_PART.split(share.group(1))[-1])
        return clean_phrase(f"{part} as a share of {whole}") if whole else part
    if (part_of := OF_WHICH_AFTER.match(after)) and (part := _part_state(after[part_of.end() :])):
        # "6,668 officers were attacked, 42 per cent of whom were injured": the part is
        # what it was or what was done to it
        return part
    if share_unit:
        if end - num_end > 4 and _MORE_FEWER_END.search(sentence[num_end:end]):
            # "There were 35 per cent more dismissals", "20% fewer burglaries": the share
            # sizes a difference in the noun after it
            np = noun_phrase(after)
            if np[:1].isalpha() and not np.split()[0].endswith("ed"):  # not "less satisfied"
                return np
        if _RATE_IN.search(sentence, start, num_end) and not _OF.match(after):
            # "fewer than one in 10 respondents believing ...": a rate of the noun after it
            if np := noun_phrase(after):
                return np
        if _A_BEFORE.search(clause[-6:]) and not _OF.match(after):
            # "a two per cent police pay increase": the share qualifies the noun after it
            np = noun_phrase(after)
            if np and np[:1].isalpha():
                return np
        if opinion := _OPINION_AFTER.match(after):
            # "45% of Londoners believe the police do a good job", "11% who believe they
            # have become more considerate": a share of people, named with the view they hold
            group = opinion.group(1) or ""
            return _said(group + after[opinion.start(2) :]) or previous or ""
        if _OF.match(after):  # "40 per cent of the grants", "15 per cent of all recorded offences"
            # "32 per cent of a black and minority ethnic background": the article says nothing
            whole = _ARTICLE.sub("", _ALL.sub("", _OF.sub("", after)))
            if owner := _OWNED_WHOLE.match(whole):
                # "targets for 21 per cent of its officers to be from under-represented
                # groups": the share is of the owner's whole, what the part is follows it
                whole = whole[owner.end() :]
            if (part_is := _PART_IS.match(whole)) and (where := noun_phrase(part_is.group(3))):
                # "of its officers to be from under-represented groups"
                return clean_phrase(f"{part_is.group(1)} {part_is.group(2)} {where}")
            if (
                (part_are := _PART_ARE.match(whole))
                and is_plural_noun(part_are.group(2).split()[-1])
                and (group := noun_phrase(part_are.group(1)))
            ):
                # "27 per cent of those arrested are foreign nationals": the share measures
                # what the part is, among the group named
                return clean_phrase(f"{part_are.group(2)} among {group}")
            if whole[:2].lower() in ("th", "it") and (given := _GIVEN_BY.match(whole)):
                # "70 per cent of that is provided by the Home Office": a share of what was
                # just said, named by who gives it
                if agent := noun_phrase(whole[given.end() :]):
                    return clean_phrase(f"{given.group(1).lower()} by {agent}")
            if outcome := _OUTCOME_AFTER.match(whole):
                # "2.6% of moped crimes were solved": a rate of the cases' outcome; "of them"
                # are the cases just counted
                cases = previous if outcome.group(1).lower() == "them" else outcome.group(1)
                return _outcome_label(noun_phrase(cases or ""), outcome.group(2) or outcome[3])
            if act := _OUTCOME_BEFORE.search(clause[-30:]):
                return _outcome_label(noun_phrase(whole), act.group(1))
            whole_np = noun_phrase(whole)
            if (
                whole_np
                and (party := _PARTY_AFTER.search(whole))
                and noun_phrase(whole[: party.start()]) == whole_np
            ):
                # "39% of total incidents involved black people": the part is told by whom
                # it concerned, the whole by name
                if group := noun_phrase(whole[party.end() :]):
                    return clean_phrase(f"{whole_np} {party.group(1)} {group}")
            return whole_np or previous or subject_of(clause)
        if (
            _COPULA_END.search(clause[-30:])
            and (word := _ONE_WORD_AFTER.match(after))
            and word.group(1).lower() not in _STOP_AFTER_SHARE
        ):
            # "In London, were 80% male", "Recruits were 40% BME": what the share of the
            # subject is, said in one word
            return word.group(1)
        verb = _VERB_AFTER.match(after)
        if not verb and (
            clause.strip().lower() in _BARE_SUBJECT_LEADS
            or _COORDINATED_END.search(clause[-_COORDINATED_REACH:])
        ):
            # "38% withdrew reports within 7 days", "and 28% related to domestic abuse":
            # a share opening its clause is the subject of any act in the past after it
            verb = _PAST_ACT_AFTER.match(after)
        if verb:  # "62% felt safe in their local area", "two thirds said they wanted ..."
            return _said(after[verb.start(1) :]) or previous or ""
        if (qualifier := _CHANGE_QUALIFIER.search(clause.strip())) and (
            change := _CHANGE_NOUN_OF.match(sentence, start)
        ):
            # "and a cash increase of 6%": a change with only its qualifier before it has no
            # subject; the change with its qualifier is what the share sizes, not "cash"
            return clean_phrase(f"{qualifier.group(1)} {change.group().split()[0]}")
        return subject_of(clause) or previous or ""
    return _count_label(
        sentence, clause, after, after_np, start, num_end, end, unit, more_after, previous, target
    )


def _spend_noun(tail: str) -> str:
    """ "capital spend" for a sum after "capital spend of", else ""."""
    if not (m := _SPEND_NOUN_BEFORE.search(tail)):
        return ""
    word = m.group(1)
    if m.group(2):
        label = clean_phrase(f"{word} spend")
        return label if label != "spend" else ""  # "the spend of": the default noun
    if (
        m.start() == 0
        and word[0].isupper()
        and not is_plural_noun(word)
        and word.lower() not in _SPEAKING_PRONOUNS
        and not _MONEY_VERB_BEFORE.search(word)
    ):
        return f"{word} spend"
    return ""


def _said(words: str) -> str:
    """What a share of people said, felt or did, from its verb to the clause's end."""
    said = CLAUSE_BREAK.split(words, maxsplit=1)[0]
    return clean_phrase(_NEXT_FIGURE.split(said.split(".")[0], maxsplit=1)[0])


_WHOLE_SUM = re.compile(
    r"(?:[\w’'-]+[’']s\s+)?[£$€]\d[\d,.]*\s*(?:(?:m|bn|k|million|billion)\b\s*)?(?=[A-Za-z])"
)
_PART_FOR_BEFORE = re.compile(r"\b(?:including|included|includes|another)\s+$")
# A measure named with its determiner, the figure then followed by a time, a place or a
# clause: "compared to the daily average of 38 for the year so far", "the typical daily
# number of 44 prior to June 24", "the mayor's investment of £1.16bn announced earlier".
_NAMED_MEASURE_OF = re.compile(
    r"\b(?:(?:the|its|their|his|her|our)\s+|(?=[A-Za-z]+[’']s\s))((?:[\w’']+\s+){0,2}?"
    r"(?:average|number|investment|total|level|figure|sum|budget|payment))\s+of\s+$",
    re.I,
)
_MEASURE_TOLD = re.compile(
    r"^\s*(?:$|[,.;:)–—]|(?:for|in|on|at|prior|before|after|since|during|announced|agreed|"
    r"per|each|this|last|compared|across|over|which|that)\b)",
    re.I,
)


# A count, a times sign, then what was counted: "37 x assault on an emergency worker".
_TIMES_TALLY = re.compile(r"\s*[x×]\s+([A-Za-z][^,.;:()\n]{0,120})")
_TALLY_WORDS = 8


def _count_label(
    sentence: str,
    clause: str,
    after: str,
    after_np: str,
    start: int,
    num_end: int,
    end: int,
    unit: str,
    more_after: bool,
    previous: str | None,
    target: re.Match | None,
) -> str:
    """Counts and sums: what is counted follows the number, or a verb names the sum."""
    if unit == "count" and (times := _TIMES_TALLY.match(after)):
        # "49 x possession of an offensive weapon": a tally's "x" counts instances of the
        # whole offence that follows, its "of" phrase and all
        return clean_phrase(" ".join(times.group(1).split()[:_TALLY_WORDS]))
    if (
        unit == "count"
        and after.startswith(" for ")
        and (_PART_FOR_BEFORE.search(clause[-16:]) or after_tally_item(sentence, start))
        and (reason := noun_phrase(after[5:]))
    ):
        # "orders included 52 for public order offences", "...; 18 for assault": a part of
        # a tally, by its reason
        return reason
    if pending := _PENDING_AFTER.match(after):
        # "a further £21million still to be identified", "five are yet to be sentenced":
        # a bare figure is of what is still to be done
        return pending.group(1)
    if (
        clause.endswith("of ")
        and _MEASURE_TOLD.match(after)
        and (measure := _NAMED_MEASURE_OF.search(clause[-60:]))
    ):
        return clean_phrase(measure.group(1))
    # "157 [46% of the total arrested] were linked to Syria": the aside is no state
    stated = after[aside.end() :] if (aside := _LEADING_ASIDE.match(after)) else after
    if (
        "Of " in sentence
        and (part := _PART_VERB_AFTER.match(stated))
        and (
            (not clause.strip() and OF_GROUP_BEFORE.search(sentence, max(0, start - 100), start))
            # "Of the 300 calls, 120 were about noise, whilst 52 were about parking": the
            # next part of the same group, a bare subject of its own clause
            or (clause.strip().lower() in _BARE_SUBJECT_LEADS and _OF_GROUP_OPENING.match(sentence))
            or _OF_COUNTED_GROUP.fullmatch(clause.strip())
        )
    ):
        # "Of that, six were gun-related", "three have pleaded guilty to assault": what
        # the part did or is (not the part of it in brackets after: "(10 of which ...)")
        state = _VERB_PHRASE_END.split(stated[part.end() :])[0]
        words = state.split(" and ")[0].split()
        if words := words[:_PART_WORDS]:
            return clean_phrase(" ".join(words))
    if (
        unit == "count"
        # "12 were arrested and 3 were charged": a coordinated clause's bare subject too
        and (
            clause.strip().lower() in _BARE_SUBJECT_LEADS
            or _COORDINATED_END.search(clause[-_COORDINATED_REACH:])
        )
        and stated[:1] == " "
        and (state := _BARE_COUNT_STATE.match(stated))
    ):
        # "In addition to those dismissed, 183 are currently suspended, ... while 275 are
        # currently waiting for a hearing": a bare count as subject, labelled by its state
        state_at = next(state.start(k) for k in (1, 2, 3, 4) if state.group(k))
        words = _VERB_PHRASE_END.split(stated[state_at:])[0].split(" and ")[0].split()
        return clean_phrase(" ".join(words[:_PART_WORDS]))
    if (
        unit == "count"
        and previous
        and clause.strip().lower() in _BARE_SUBJECT_LEADS
        and (reason := _reason_after(after))
    ):
        # "..., and 37 were for assaults on police officers": a part of the tally before,
        # of its noun, by its own reason
        return f"{previous.split(' for ')[0]} for {reason}"
    if _OF_WHICH.search(clause[-16:]) and (be := _BE_AFTER.match(after)):
        # "282 weapons were recovered – of which 186 were knives": what the part is
        if what := noun_phrase(after[be.end() :]):
            return what
    lead = ""
    than = _MORE_THAN_AFTER.match(after)
    if than and previous and (np := noun_phrase(after[than.end() :])):
        # "149,572 ..., 3,542 more than the previous peak": the same thing, compared
        return clean_phrase(f"{previous} {than.group(1).lower()} than {np}")
    after_np = _STRONG.sub("", after_np)  # "a 1,000-strong civilian pool"
    if after_np[:7].lstrip().startswith(("under ", "over ")):
        after_np = _AGE_BOUND_MODIFIER.sub(r" \1-\2 ", after_np, count=1)
    if after_np[:3].strip()[:1] in _OPENING_QUOTES and (scare := _SCARE_QUOTED.match(after_np)):
        # "676 “live” terrorism investigations": scare quotes on a word of what is counted
        after_np = f" {scare.group(1)} {after_np[scare.end() :]}"
    if more_after:  # "1,300 more police officers": counted are "more police officers"
        word = _MORE_AFTER.match(after_np)
        if word:
            lead, after_np = word.group(1).lower(), after_np[word.end() :]
    extra = _EXTRA_BEFORE.search(clause[-24:])
    lead = lead or (extra.group(1).lower() if extra else "")
    if unit in ("gbp", "usd", "eur") and (named := _NAMED_FUND.match(after_np)):
        return clean_phrase(named.group(1))  # "£3 million through the Young Londoners Fund"
    if unit in ("gbp", "usd", "eur") and (named := _NAMED_FUND_BEFORE.search(clause[-90:])):
        return clean_phrase(named.group(1))
    if unit in ("gbp", "usd", "eur") and (fund := _THIS_FUND.match(_SHORT_OF.sub("", after_np))):
        return fund.group(1).lower()  # "£100m less than it should through this grant"
    if unit in ("gbp", "usd", "eur") and (pounds := _POUNDS_WORD.match(after_np)):
        after_np = after_np[pounds.end() :]  # "over a billion pounds into policing"
    if (
        unit in ("gbp", "usd", "eur")
        and after_np.lstrip().startswith("from ")
        and _CUT_INCLUDING.search(clause[-80:])
        and (cut_from := noun_phrase(after_np.lstrip()[5:]))
    ):
        # "continues to cut vital services including £22m from London’s youth services"
        return cut_from
    if unit in ("gbp", "usd", "eur") and (taken := _TAKEN_FROM.match(after_np)):
        if _TAKE_VERB.search(clause[-30:]) or _TAKE_VERB.match(sentence, start):
            # "cut £38million from the Met's recruitment budget": the budget is what it measures
            return clean_phrase(taken.group(1))
    if extra_after := _EXTRA_AFTER.match(after_np):
        # "£130 million extra will be provided for priorities": what it is for follows
        after_np = after_np[extra_after.end() :]
    if (
        unit in ("gbp", "usd", "eur")
        and after_np[:5].lstrip().startswith(("in", "for"))
        and (yearly := _SUMS_BY_YEAR.match(after_np))
    ):
        # "£169,707 in 2019/20 and £191,542 in 2020/21 for the uplift of advocacy
        # services": the sums' years say when; what they are for follows them
        after_np = after_np[yearly.end() :]
    whole = _OF_WHOLE.match(after_np)
    if whole and unit == "count" and (state := _GROUP_STATE.match(after_np)):
        # "123 of the ‘top 2000’ are subject to judicial restrictions": the part is told
        # by the state it is in, the group by name
        words = _VERB_PHRASE_END.split(state.group("state"))[0].split()[:_PART_WORDS]
        group = state.group("group").strip(" ‘’“”'\"")
        return clean_phrase(f"{group} {' '.join(words)}")
    if whole:
        # "£32 million of additional funding", "six of 10 boroughs", "1 in 10 robberies";
        # a part of a sum is of what the whole sum is ("the remaining £3.3 million of the
        # £22 million Early Intervention Youth Fund", "£5bn of the mayor’s £21bn budget")
        whole_end = whole.end()
        if unit in ("gbp", "usd", "eur") and (whole_sum := _WHOLE_SUM.match(after_np, whole_end)):
            whole_end = whole_sum.end()
        np = noun_phrase(after_np[whole_end:], allow_participle=True)
    else:
        np = noun_phrase(after_np, allow_participle=True)
        if np and (aside := _ASIDE_BEFORE_PASSIVE.match(after_np)):
            # "Nine people - including two insiders - were arrested": what was done to the
            # people counted is told past the aside on some of them
            np = noun_phrase(aside.group(1) + after_np[aside.end() :], allow_participle=True)
    money = unit in ("gbp", "usd", "eur")
    if money and _LEADING_AND.match(after_np):
        np = ""  # "is £15m and the total contract value is": a sum counts no next clause
    if money and (purpose := _money_purpose(sentence, clause, start, after)):
        return purpose
    if money and (valued := _valued_subject(sentence, clause, start)):
        return valued
    if (
        money
        and (given := _SUM_GIVEN_BY.match(after_np))
        and (giver := noun_phrase(after_np[given.end() :]))
    ):
        # the giver names the sum, as "from the Home Office" does a sum received; its
        # article kept, as the text says it
        return f"{given.group(1)} by {given.group(2) or ''}{giver}"
    if money or not np:
        if money and (adverbial := _SO_FAR.match(after_np)):
            # "raised £661million so far for reinvestment in ...": the time is no complement
            after_np = after_np[adverbial.end() :]
        verb = _MONEY_VERB_BEFORE.search(clause[-40:]) or _MONEY_VERB_AFTER.match(after_np)
        complement = _complement(after_np) if not np else ""
        if verb and verb.re is _MONEY_VERB_AFTER and not complement:
            complement = _complement(after_np[verb.end() :])  # "will be provided for ..."
        tail = clause[-40:]
        if (
            verb
            and not np
            and verb.re is _MONEY_VERB_BEFORE
            and _AUX_AFTER.match(tail[verb.end(1) :])
        ):
            # "Counter terrorism police funding will also increase by", "The Safer Streets
            # Fund will give": the word is the subject's noun, the subject what is measured
            if subject := subject_of(clause[: len(clause) - len(tail) + verb.end(1)]):
                return subject
        if verb and not np and (spend := _spend_noun(tail)):
            return spend
        if verb and not np:
            noun = _MONEY_VERBS[verb.group(1).lower()]
            if (
                noun == "cost"
                and verb.re is _MONEY_VERB_BEFORE
                and not complement  # "costs London £2.2bn in justice costs": what it costs in
                and (bearer := _COST_BEARER.fullmatch(tail[verb.end(1) :].strip()))
            ):
                return clean_phrase(f"cost to {bearer.group()}")  # "cost Barnet residents"
            if (
                verb.re is _MONEY_VERB_BEFORE
                and not complement
                and verb.group(1).lower() in _EARNED
                and (source := _source_of(clause[: len(clause) - len(tail) + verb.start(1)]))
            ):
                return clean_phrase(f"{noun} from {source}")  # "The sale of 32 buildings raised"
            if complement and noun.split()[-1].rstrip("s") in complement.lower():
                return clean_phrase(_FIRST_WORD.sub("", complement))  # "in justice costs"
            return clean_phrase(f"{noun} {complement}") if complement else noun
        if money and complement.lower().startswith("in "):  # "£151 million in this year's budget"
            return clean_phrase(_IN_BUDGET.sub("", complement))
        if money and complement:  # "£30.5m for youth services"
            return clean_phrase(f"funding {complement}")
    # every act in _PEOPLE_ACTS ends in "ed": the search runs only where the clause does
    if np and clause.rstrip().endswith("ed") and (acted := _ACTED_ON.search(clause[-60:])):
        words = np.split()
        # "charged or cautioned nearly 300 individuals", "and injured 59 others": "others"
        # says no more than "people" does; nor does a named kind of people heading its
        # phrase alone ("officers stopped eight men who ...", not "arrested 12 police
        # officers" or "five men and one woman")
        head, rest = words[0].lower(), words[1].lower() if len(words) > 1 else ""
        if (
            head in GENERIC_PEOPLE
            or head == "others"
            or (head in PEOPLE_NOUNS and rest not in ("and", "or") and not is_plural_noun(rest))
        ):
            np = clean_phrase(" ".join([words[0], " ".join(acted.group(1).split()), *words[1:]]))
    if (
        np
        and unit == "count"
        and (" will " in after_np[:60] or " to " in after_np[:60])
        and (joins := _JOINS.match(after_np))
        and (group := noun_phrase(_OWNER.sub("", _ARTICLE.sub("", joins.group("rest")))))
    ):
        # "150 officers will join London’s dedicated ward officers", "Five hundred of these
        # officers will form town centre teams": the group the counted people make
        return clean_phrase(f"{np} to {' '.join(joins.group('verb').split())} {group}")
    if (
        np
        and (occasions := np.split()[0].lower()) in _OCCASIONS
        and (act := _ACT_BEFORE_TIMES.search(clause[-80:]))
    ):
        # "were stopped and searched in London more than 20,000 times": times of the act
        return clean_phrase(f"{occasions} {' '.join(act.group(1).split())}")
    if (
        np
        and unit == "count"
        and clause.rstrip().endswith(("has", "have", "had"))
        and (numbered := _NUMBER_OF_SUBJECT.search(subject_of(clause)))
        and numbered.group(1).split()[-1].lower() == np.split()[0].lower()
    ):
        # "the number of police officers has fallen by 941 officers": the count's noun
        # repeats the head of the number its clause changes, which names it in full
        return numbered.group(1)
    if (
        unit == "count"
        and clause.strip().lower() == "with"
        and (done := _BARE_DONE.match(after))
        and np == done.group().strip()  # "with 76 recorded crimes" counts its own noun
        and not _DIGIT.search(before := sentence[: start - len(clause)])
        and (holder := _last_clause_subject(before.rstrip(" ,")))
    ):
        # "Chihuahuas were the second most popular choice for thieves, with 27 taken": a
        # bare count of what was done after "with" counts the subject of the clause before
        return holder
    if np:
        np = f"{lead} {np}" if lead else np
        return f"{target.group(1).lower()} for {np}" if target else np
    if target:
        # a bare participle before ("fined £100 ... up to a maximum of") names no thing
        bare_participle = previous and " " not in previous and previous.endswith("ed")
        bound = target.group(1).lower()
        return f"{bound} for {previous}" if previous and not bare_participle else bound
    if (
        previous
        and (part := _ELLIPSIS_PART.match(after_np))
        and (of := noun_phrase(after_np[part.end() :]))
    ):
        # "68,952 fines, including 63,201 in England", "6,392 arrests for drink driving and
        # 2,532 for drug driving": the noun said once, the part named by its own words
        prep = (part.group(1) or part.group(2)).lower()
        return clean_phrase(f"{previous.split(f' {prep} ')[0]} {prep} {of}")
    if (
        previous
        and (_ELLIPSIS_PREP.match(after_np) or _ELLIPSIS_END.match(after))
        # "resulting in officer numbers dropping to below 30,000", "with the sum collected
        # forecast to be £1.6bn": a change or forecast of its own names its figure by its
        # own subject (below)
        and not _OWN_CHANGE_END.search(clause)
        and not PREDICTED_TO_BE.search(clause)
        # "£455,631 and the second tranche in 2024/25 will be £534,692": a clause of its own
        # with its subject and copula names its own figure (below)
        and not (_OWN_COPULA_END.search(clause[-30:]) and subject_of(clause)[:1].isalpha())
    ):
        return previous  # "..., including 350,000 through the VRU"
    if unit == "count" and (state := _IN_STATE_AFTER.match(after_np)):
        # "there were 1,359 in force": a bare count is of what is in that state; after
        # "with" it is the clause before's ("The number of stalking protection orders has
        # doubled, with around 270 currently in force")
        before = sentence[: start - len(clause)].rstrip(" ,")
        holder = ""
        if clause.strip().lower() == "with":
            holder = _last_clause_subject(clause_before(before, len(before)))
            if counted := _NUMBER_OF_SUBJECT.search(holder):
                holder = counted.group(1)
        return clean_phrase(f"{holder} {state.group(1).lower()}")
    if previous and _IN_ADDITION_TO.search(clause[-30:]):
        # "a further £400 million in cuts ..., on top of the £600 million so far": more of
        # what the figure before it measures
        return previous
    return subject_of(clause) or previous or ""


# Counted people who will join or form a group: "officers will join London’s dedicated
# ward officers", "of these officers will form town centre teams".
_JOINS = re.compile(
    r"^\s*(?:of\s+(?:these|those|the|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+"
    r"(?:will|would|are\s+to|are\s+set\s+to|are\s+due\s+to)\s+"
    r"(?P<verb>join|form|become|make\s+up)\s+(?P<rest>\S.*)",
    re.S,
)
_OWNER = re.compile(r"^[A-Z][\w-]*[’']s\s+(?=[a-z])")  # "London’s dedicated ward officers"
# A count of occasions is of the act before it: "were stopped and searched in London more
# than 20,000 times", "officers used force 12,000 times".
_OCCASIONS = frozenset(("times", "occasions"))
_ACT_BEFORE_TIMES = re.compile(
    r"\b((?:[a-z]+ed|used|made|drawn|fired|run|seen|taken)"
    r"(?:\s+(?:and|or)\s+[a-z]+ed)?(?:\s+[\w’'-]+){0,4}?)\s*$"
)


# Who bears a cost, between "cost" and the sum: "cost Barnet residents over £6 million",
# "cost taxpayers", "cost the Met" (not "cost just £5").
_COST_BEARER = re.compile(
    r"(?:(?:the|its|their|our)\s+)?(?:[A-Z][\w’'-]*\s+)?[a-z][\w’'-]*[a-rt-z’']s"
    r"|(?:the\s+)?[A-Z][\w’'-]*"
)
# Sums a thing brought in, its subject the source: "The sale of 32 buildings ... raised".
_EARNED = frozenset(("raised", "generated", "saved", "raise", "generate"))
_RELATIVE = re.compile(r"\s(?:that|which|who|where)\s", re.I)
_SOURCE_WORDS = 8


def _source_of(before: str) -> str:
    """The subject of a verb of earning, its relative clause left out."""
    words = _RELATIVE.split(before, maxsplit=1)[0].split()
    while words and (AUX.match(words[-1]) or words[-1].lower() == "to"):
        words.pop()  # "business rates income to raise": the source before the infinitive
    if not words or len(words) > _SOURCE_WORDS or not words[0][:1].isalpha():
        return ""
    return clean_phrase(" ".join(words))


_WITH_BEFORE = re.compile(r"(?:^|\s)with\s*$")
_TRAILING_NOUN = re.compile(r"\b((?:[a-z’'-]+\s+){0,2}[a-z’'-]+)$")
# Words a purpose's label can do without: "the cost of a two per cent police pay increase".
_PURPOSE_FILLER = re.compile(
    r"\bthe\s+cost\s+of\s+|\b(?:[\d.,]+|[a-z]+(?:[\s-][a-z]+)?)\s*(?:per\s*cent|%)\s+", re.I
)


def _cut_phrase(text: str, words: int = _PURPOSE_WORDS) -> str:
    """A verb phrase up to its clause's end; commas inside a quoted name, a number ("to
    recruit 6,000 officers") or a list closed by "and" or "or" a word later ("to tackle
    knife, gun and gang crime") don't end it."""
    text = _QUOTED.sub(lambda m: m.group().replace(",", "\x00"), text[:240])
    text = _PURPOSE_FILLER.sub("", text)
    text = re.split(
        rf"\s[–—-]\s|[.;:]|,(?!\d{{3}}\b|{_LIST_GOES_ON})|\s(?:when|which|who|while)\s"
        r"|\s+and\s+(?:another\s+|a\s+further\s+)?(?=[£$€\d])",
        text,
        maxsplit=1,
    )[0]
    return " ".join(text.replace("\x00", ",").split()[:words])


_YEAR_COMPLEMENT = re.compile(r"^\w+\s+\d")
_YEAR_BEFORE_PURPOSE = re.compile(rf"^{_YEAR_SPAN},?\s+(?=(?:to|for|on|towards)\s)", re.I)


def _money_purpose(sentence: str, clause: str, start: int, after: str) -> str:
    """What a sum is for when the release says so around it (see _PURPOSE_AFTER,
    _RECEIVE_BEFORE, _NOUN_OF_BEFORE)."""
    if " from " in after[:30] and (comes := _COMES_FROM.match(after)):
        # "of which £8.7million will come from Government grants": the source names it
        if named := noun_phrase(after[comes.end() :]):
            return named
    purpose = _PURPOSE_AFTER.match(after)
    if purpose:
        # "awarded in 2023/24 to support ...": the year says when, not what for
        rest = _cut_phrase(_YEAR_BEFORE_PURPOSE.sub("", purpose.group("rest")))
        verb = " ".join(purpose.group("verb").lower().split())
        if rest and (_TO_WHOM.match(rest) or _AMONG.match(rest)):
            # "to the Commissioner to invest ...", "between all 32 London boroughs"
            lead = (_TO_WHOM.match(rest) or _AMONG.match(rest)).end()  # type: ignore[union-attr]
            rest = rest[lead:]
            # "is available to each group": the text's own word for it is kept
            funding = "funding available" if verb.endswith("available") else "funding"
            return clean_phrase(f"{funding} for {rest}") if rest else ""
        if rest.startswith("to ") or (verb == "used" and rest.startswith(("for ", "on "))):
            # "to cover the cost of ...", "will be used for youth work": the purpose itself
            return clean_phrase(f"funding {rest}")
        if rest and verb.split()[0] in (
            "support",
            "supports",
            "supported",
            "pay",
            "pays",
            "go",
            "goes",
            "went",
        ):
            return clean_phrase("funding for " + _COMPLEMENT_DET.sub("", _ARTICLE.sub("", rest)))
        if rest and verb in ("spent", "invested") and _WITH_BEFORE.search(clause[-8:]):
            # "estate investment, with £105 million spent during 2021 to 2022": the sum is
            # the noun's the "with" hangs on
            whole = sentence[: start - len(clause)].rstrip()
            if whole.endswith(",") and (noun := _TRAILING_NOUN.search(whole[:-1])):
                return clean_phrase(f"{noun.group(1)} {verb} {rest}")
        if rest:
            return clean_phrase(f"{verb} {rest}")
    if _RECEIVE_BEFORE.search(clause[-40:]):
        before = _RECEIVE_BEFORE.sub("", sentence[:start].rstrip())
        if _DIGIT.search(before) and (listed := _AFTER_LAST_FIGURE.match(before)):
            # "Lewisham will receive £248,529, Hackney will get £211,351 and Tower Hamlets
            # will be given": in a list of sums received, each one's own receiver names it,
            # not the clause of the sum before
            before = before[listed.end() :]
        subject = clean_phrase(" ".join(_SUBJECT_END.split(before, maxsplit=1)[0].split()[:12]))
        if _SUM_SIGN.search(subject):
            # "A further £3.3m will be granted ..., while areas such as Sussex will get":
            # another sum's words are no receiver, the sum received is still funding
            return "funding"
        if subject and subject[:1].isalpha():
            # "is to receive £3m annually from City Hall": who gives it, when the text says
            giver = _FROM_GIVER.match(after)
            source = noun_phrase(after[giver.end() :]) if giver else ""
            return f"funding for {subject} from {source}" if source else f"funding for {subject}"
    noun = _NOUN_OF_BEFORE.search(clause[-80:])
    if noun:
        # "savings of £12.5m in running costs", "funding of £100 million to kickstart ...":
        # what the sum is in or for, when said, completes its noun ("in 2020/21" says when)
        after = _RATE_AFTER.sub("", after)
        if when_whence := _WHEN_WHENCE.match(after):
            after = after[when_whence.end() :]
        complement = _complement(after)
        if _YEAR_COMPLEMENT.match(complement):
            complement = ""
        return clean_phrase(f"{noun.group(1)} {complement}")
    window = _words_before(sentence, start, 160)
    if ("which" in window or "that" in window) and (founded := _FOUNDED_WITH.search(window)):
        # "plans for a violence reduction unit which will be set up with £500,000"
        return clean_phrase(founded.group(1))
    return ""


_APPOSED_WORTH = frozenset(("worth", "worth up to", "worth about", "worth around", "worth over"))
# "drugs worth", "penalty notices to the value of" (not a cap: "will be up to the value of")
_THING_WORTH = re.compile(
    r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)(?<!\bup)\s+(?:worth|to\s+the\s+value\s+of)\s+$"
)
_ARTICLE_OR_ACT = re.compile(r"^(?:the|a|an|[a-z]+ed)$")
_ARTICLES = frozenset(("the", "a", "an"))


def _valued_subject(sentence: str, clause: str, start: int) -> str:
    """What a sum is the value of, named before it: "Wildlife crime is worth up to £17
    billion", "Adult tarantulas can sell for between £50", "These national duties cost
    the force £345m", "this will take total funding up to £19.5 billion", "this total
    funding – around £17.4 billion –"."""
    worth = _WORTH_BEFORE.search(clause[-60:])
    if worth and worth.group(4):
        # "making cuts to policing in London that in real terms were equivalent to": the
        # thing the relative clause is about
        words = _source_of(clause[: len(clause) - len(clause[-60:]) + worth.start()]).split()
        if words and _PARTICIPLE.match(words[0]):  # "making cuts to policing"
            words = words[1:]
        if words:
            return clean_phrase(" ".join(words))
    elif worth:
        subject = subject_of(clause[: len(clause) - len(clause[-60:]) + worth.start()])
        if subject and subject[:1].isalpha():
            verb = next(g for g in worth.groups() if g).lower()
            return clean_phrase(f"cost of {subject}" if verb == "cost" else subject)
    if clause.strip().lower() in _APPOSED_WORTH and (
        aside := sentence[: start - len(clause)].rstrip()
    ).endswith(","):
        # "The four-year contract, worth up to £3,084,000,": the aside values the noun
        # phrase before its comma, as if "worth" followed it
        clause = f"{aside[-60:-1]} worth "
    if clause.endswith(("worth ", "value of ")) and (thing := _THING_WORTH.search(clause[-60:])):
        # "a new security package worth £31 million", "seized drugs worth £50,000", "phones
        # in Ilford worth", "penalty notices to the value of": the noun phrase "worth"
        # follows is what the sum values (the verb and article before it left out)
        words = thing.group(1).split()
        modified = False
        for k in range(len(words) - 1, -1, -1):
            # after an article a participle is the noun's modifier ("a motorised heist
            # worth"), not the act ("seized drugs worth")
            modified = k > 0 and words[k - 1].lower() in _ARTICLES and words[k].endswith("ed")
            if modified or _ARTICLE_OR_ACT.match(words[k]) or AUX.match(words[k]):
                words = words[k:] if modified else words[k + 1 :]
                break
        while words and not modified and _NOT_A_HEAD.match(words[0]):
            words.pop(0)
        if words:
            return clean_phrase(" ".join([*words, "worth"]))
    taken = _TAKE_TO.search(clause[-60:])
    if taken:
        return clean_phrase(taken.group(1) or taken.group(2))
    before = _words_before(sentence, start, 80).rstrip()
    if before.endswith(("–", "—")):
        subject = subject_of(clause_before(before[:-1], len(before) - 1))
        if subject and subject[:1].isalpha():
            return clean_phrase(subject)
    return ""


def _complement(after: str) -> str:
    """A prepositional or "to" phrase right after a sum: "in London's youth sector"."""
    after = after[:240]
    if part_of := _AS_PART_OF.match(after):  # "as part of his commitment to tackle ..."
        after = after[part_of.end() :]
    match = _COMPLEMENT.match(after)
    if not match:
        return ""
    words = match.group(1).split()
    tail = _COMPLEMENT_DET.sub("", " ".join(words[1:]))
    head, rest = words[0], noun_phrase(tail, allow_participle=False, allow_to=False)
    if head == "to" and not rest:
        return ""
    if head == "to":  # "to tackle violence in crime hotspots": a verb phrase, keep it whole
        rest = _SPLIT_INFINITIVE.sub("", " ".join(words[1:]))
        rest = _VERB_PHRASE_END.split(rest)[0]
    elif tail.startswith(rest) and (purpose := _PURPOSE_OF_NOUN.match(tail, len(rest))):
        # "in measures to raise standards": a vague noun's purpose says what it is
        words = _VERB_PHRASE_END.split(purpose.group(1))[0].split()[:_PURPOSE_OF_NOUN_WORDS]
        rest = clean_phrase(f"{rest} {' '.join(words)}")
    return clean_phrase(f"{head} {rest}") if rest else ""


_AS_PART_OF = re.compile(
    r"\s*as\s+part\s+of\s+(?:(?:his|her|its|their|our|the|a|an)\s+)?(?:[\w’'-]+\s+){0,4}?(?=to\s)",
    re.I,
)
# "to further support", "to help tackle": the adverb or helper before the verb says nothing.
_SPLIT_INFINITIVE = re.compile(r"^(?:further|also|then|now|help(?:\s+to)?)\s+(?=[a-z])", re.I)
_PURPOSE_OF_NOUN_WORDS = 4  # "to raise standards", not the whole plan
_PURPOSE_OF_NOUN = re.compile(r"\s+(to\s+[a-z]+\s+[^,.;:]+)")


_COORDINATION = re.compile(r",\s*(?:and|or)\s+|\s+(?:and|or)\s+|,\s+")


def coordinated_subjects(before: str, count: int) -> list[str] | None:
    """The subjects "respectively" pairs with a sentence's figures, in order: "Burglary
    and robbery fell by" -> ["Burglary", "robbery"]; None unless there are as many."""
    parts = _COORDINATION.split(before.strip())
    if len(parts) < count:
        return None
    subjects = [subject_of(part) for part in parts[-count:]]
    last = parts[-1]
    if _HAS_VERB.search(last) and (np := noun_phrase(last)) and len(np) < len(last.strip()):
        # "robbery from a person and burglary have seen the biggest fall – down 23% and
        # 44% respectively": the last subject ends at its verb
        subjects[-1] = np
    return subjects if all(subjects) else None


_HAS_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|saw|see|sees|seen)\s")
