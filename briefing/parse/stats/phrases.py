"""Noun phrases and subjects cut out of release sentences, for figure labels.

Pure functions, no I/O, no parser: word lists and a few rules about where a
phrase ends (a verb, a clause break, a time frame, another figure).
"""

from __future__ import annotations

import re

from briefing.parse.stats.context import CLAUSE_BREAK
from briefing.parse.stats.filters import MONTHS

MAX_LABEL_WORDS = 10
# Nouns listed as modifiers before the plural noun they qualify: ", scooter and
# motorcycle thefts" after "moped" (not "120 arrests, 40 charges" nor "officers, staff
# and volunteers", whose first noun is itself counted); the names of groups too, the last
# perhaps of two words: "Black, Asian and Minority Ethnic officers".
_PLURAL_WITHOUT_S = frozenset("people police staff children men women personnel".split())
_PLURALS_WITHOUT_S = "|".join(sorted(_PLURAL_WITHOUT_S))
_MODIFIER = re.compile(r"[A-Za-z][a-z]{2,}(?<!s)")
_MODIFIER_LIST = re.compile(
    r",((?:\s+[A-Za-z][a-z]{2,},)*\s+[A-Za-z][a-z]{2,},?\s+(?:and|or))\s+"
    r"(?=(?:[A-Z][a-z]{2,}\s+)?[A-Za-z][a-z]{2,}\s+"
    rf"(?:[a-z]{{3,}}s|{_PLURALS_WITHOUT_S})\b)"
)
# Words that end a noun phrase after a number.
_STOP = frozenset(
    "were was is are be been being has have had will would can could should shall may might "
    "must which who whom whose that when where while whilst as than since because so but if "
    "although though after before until during between including compared over per each every "
    "a an this these those there here it its they them their he she we our you your by across "
    "throughout within into alongside thanks according also already now still just only not "
    "almost nearly more than said says such very every both alone did does".split()
)
# Words that qualify the figure after them: ending the words before a figure ("with a
# further", "at least"), they name nothing it measures.
_NUMBER_QUALIFIERS = frozenset(("further", "least"))
_PREPS = frozenset(
    "of for in from on to at with against among towards about via through under below above "
    "within without behind beyond despite after before around along across into onto upon".split()
)
# Past tenses without -ed: a noun phrase ends before them ("1,012 young Londoners found ...").
_IRREGULAR_PAST = frozenset(
    "found said made took saw gave felt went came got told thought became began kept left met "
    "paid put ran sent spent stood won brought bought caught held led lost meant sold taught "
    "built heard rose fell grew".split()
)
# Participles without -ed that are nouns as often ("the forecast position"): verbs only
# where they open the clause after its verb ("was set up in 2018", "is forecast to be").
_NOUN_LIKE_PARTICIPLES = frozenset(("set", "forecast"))
# A prepositional phrase that is a time frame, not part of what is counted.
PERIOD_PHRASE = re.compile(
    r"(?:in|to|over|during|for|by|from|until|since|on)\s+(?:the\s+)?"
    r"(?:(?:last|past|previous|next|first|same|year|two|three|four|five|six|nine|twelve|\d+)"
    r"[\s-]+){0,2}"
    r"(?:years?|months?|weeks?|days?|quarters?|period|(?:19|20)\d\d)\b|since\b",
    re.I,
)
_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|all|some|"
    r"any|every|each|both|also)\s+)+",
    re.I,
)
# "such as", "such a": not "such" before the noun it points back to.
_SUCH_NOT_DETERMINER = frozenset(("as", "a", "an"))
_TIMES_COUNTED = re.compile(r"^(?:the\s+)?number\s+of\s+(?:times|occasions)\s+\S", re.I)
_THE_NUMBER = re.compile(r"^the\s+(?:total\s+)?number\s+of\s+\w", re.I)
_RECORD_NUMBER = re.compile(r"^(?:a\s+)?(?:record\s+)?(?:number|level|total)s?\s+of\s+", re.I)
_ING_NOUNS = frozenset(
    "funding policing offending reoffending wellbeing training housing spending building "
    "meeting shoplifting sentencing stalking mugging joyriding dealing trafficking being "
    "spending sporting".split()
)
# Participles that define what is counted as a preposition would: "offences involving a
# knife", "complaints concerning noise".
_DEFINING_PARTICIPLES = frozenset(("involving", "concerning", "regarding"))
# A state left undone defines it too: "crimes going unsolved", "calls going unanswered".
_UNDONE = re.compile(r"un[a-z]{3,}ed")
# Nouns whose spelling ends as a past form does: "moped crime" is no act.
_ED_NOUNS = frozenset("moped hundred bed shed seed speed need deed creed feed breed greed".split())
GENERIC_PEOPLE = frozenset("people individuals persons adults children suspects offenders".split())
# What was done to people counted, said right after them: "230 people arrested", "17 men
# charged" (the label names the act: "people" alone says nothing); staff leaving or
# disciplined too: "19 officers were fired", "seven employees resigned"; and deaths: "140
# Londoners have died in violence".
_DONE_TO_PEOPLE = frozenset(
    "arrested charged convicted cautioned detained jailed sentenced remanded stopped searched "
    "injured killed stabbed shot rescued safeguarded referred disciplined dismissed sacked "
    "fired suspended resigned died assaulted attacked wounded murdered deported removed".split()
)
# Adverbs of time between the people counted and what they did or had done to them.
_WHEN_DONE = frozenset("already now currently since subsequently later also still".split())
# Named kinds of people a count may be of, told what was done to them: "1,126 drivers were
# arrested", "14 officers were injured", "more than 70 police were injured" ("police" as a
# plural), "100 criminals arrested".
PEOPLE_NOUNS = frozenset(
    "men women boys girls teenagers youths males females drivers motorists riders cyclists "
    "pedestrians officers passengers victims prisoners pupils students residents londoners "
    "staff employees constables police criminals protesters demonstrators".split()
)
# What police do to anything else counted, said right after it with no object after it:
# "264 premises searched", "39 weapons seized", "four puppies found dead", "50 dogs rescued"
# (only right after: in "two dogs have charged a man" a verb after "have" may be the things'
# own act; people may act: "1,012 Londoners found 62% felt safe").
_DONE_TO_THINGS = frozenset(
    "searched seized recovered confiscated found removed deported rescued stolen".split()
)
_PEOPLE = GENERIC_PEOPLE | frozenset("men women boys girls teenagers youths males females".split())
_AGE_TAIL = re.compile(
    r"\s*(?:(?:for|among|amongst|where|in)\s+)?"
    r"(?:(?:those|victims|people|children|young people)\s+)?"
    r"(?:(?:were|are|who\s+are|who\s+were)\s+)?"
    r"(?:(?:aged\s+)?(?:under|over)[\s-]?\d{1,2}s?"
    r"|(?:aged\s+|(?<=aged\s))(?:between|from)\s+\d{1,2}\s+(?:and|to)\s+\d{1,2})"
    r"(?:[\s-]?(?:years?|yrs)(?:[\s-]?olds?)?|[\s-]year[\s-]olds?)?",
    re.I,
)
_AGE_BEFORE_NOUN = re.compile(r"\s*(?:under|over)-\d{1,2}\s+(?!(?:years?|yrs)\b)[a-z]", re.I)
_OUT_OF_FIGURE = re.compile(r"out\s+of\s+(?:the\s+)?\d")
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Za-z0-9£%](?:[\w£%’'&-]|\.(?=\w))*|[^\w\s]")
# "2,500 residents" -> "residents", but "999 calls" and "101 calls" name the service.
_LEADING_NUMBER = re.compile(
    r"^(?:(?!(?:999|101|111)\s+(?:(?:non-)?emergency\s+)?calls?\b)[\d,.]+\s+|(?:a|an)\s+"
    r"(?:record\s+)?)(?=\w)"
)
# Counts in words: "officers and three Special Constables" is another figure's phrase.
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split()
)
_PRONOUNS = frozenset("it they this these that those he she we there".split())
_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d)$")  # "it’s", "they're": the pronoun's verb
_RELATIVE_TIME = frozenset(("last", "this", "next"))
_TIME_WORDS = frozenset(("year", "month", "week", "quarter", "summer", "winter", "spring"))
AUX = re.compile(
    r"^(?:is|are|was|were|has|have|had|been|be|will|would|can|could|should|shall|may|might|"
    r"must|see|seen|saw|sees|already|now|also|still|overall|just|only|so|far|all|both)$",
    re.I,
)
_TRAILING_DIRECTION = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|been|will|would|could|may|might|likely|set|"
    r"expected|to|already|now|also|still|overall|specifically))*\s+(?:down|up|fell|fallen|"
    r"falling|rose|risen|rising|reduced|increased|dropping|"
    r"decreased|declined|declining|dropped|grew|grown|grow|shrinking|shrunk|cut|lower|higher|increase|rise|fall|"
    r"drop|decrease|reach|reached|reaches|total|totalled|totals|exceed|exceeded|exceeds|"
    r"plummet|plummeted|plunge|plunged|jump|jumps|jumped|climb|climbs|climbed|soar|soared|"
    r"gone\s+down|gone\s+up|come\s+down|gone\s+up"
    # "Crimes on the Tube have gone down by": the figure's words open on "down"
    r"|gone|come)"
    # "have gone down under Mr Johnson from a peak of": who it happened under, and the
    # level it started from, are no part of the subject
    r"(?:\s+under\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
    r"(?:\s+from\s+(?:a|the|its|their)\s+(?:record\s+)?(?:peak|high|low|level)\s+of\s*$)?"
    # "is likely to fall by April 2013 to": when, between the verb and its level
    r"(?:\s+(?:by|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?(?:19|20)\d\d)?"
    # "could plummet as low as"
    r"(?:\s+as\s+(?:low|high|much|many)\s+as\s*$)?"
    r"(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?"
    # "will increase by more than £1.1billion": a bound on the change is no subject; "could
    # reach £15.2billion": nor is the verb of the amount
    r"(?:\s+(?:by|to|from)(?:\s+(?:more|less)\s+than|\s+(?:almost|nearly|around|about|"
    r"over|up\s+to))?)?\s*$|\s+(?:by|to)\s*$"
    # "numbers are now at", "a record number of constables now at": the level it is at
    r"|(?:\s+(?:is|are|was|were|now|currently|still))+\s+at\s*$"
    # "detection rates are at 92%", "the arrest rate stood at"
    r"|\s+(?:is|are|was|were|stands?|stood|remains?|remained)\s+at\s*$",
    re.I,
)
# How and over what time a change happened, between its verb and "from"/"by".
_CHANGE_ASIDE = re.compile(
    r"(?:\s+[a-z]+ly)?(?:\s+(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+"
    r"(?:[a-z]+\s+)?(?:years?|months?|decades?|weeks?))?\s+(?:from|by|to)$"
)
_ASIDE_CHARS = 90  # the aside is read from the clause's end: a long clause costs no more
# A forecast level without its auxiliary, ending a clause of its own: "with the overall sum
# collected forecast to be". The participle is the clause's verb, not part of its subject.
PREDICTED_TO_BE = re.compile(
    r"\s(?:expected|forecast|projected|estimated|predicted|set|likely|due)\s+to\s+be\s*$"
)
_SPACES = re.compile(r"\s+")
_LEAD_PREPOSITION = re.compile(r"^(?:with|of|for|in|on|at|from|to|by)\s+", re.I)
_EXAMPLES_ASIDE = re.compile(
    r"(?<=\w)\s+(?:including|such\s+as)\s+[^,;]{1,80}?(?=\s+(?:has|have|had|is|are|was|were)\b)"
)
# The participle of an unhyphenated compound: "moped enabled crime", "drug related deaths".
# Words of addition, and adverbs of degree, are no head a participle could follow as a
# verb: "529 new dedicated ward officers", "200 additional trained officers", "50 extra
# armed officers", "the 65 least used front counters", "the ten most wanted suspects".
_MODIFIERS_OF_PARTICIPLES = frozenset("new additional extra further more most least".split())
_COMPOUND_PARTICIPLES = frozenset(
    "enabled related linked based fuelled motivated flagged affected".split()
)
_CLAUSE_OPENERS = frozenset("and that which but while whilst where whereas when".split())
_RELATIVES = frozenset(("which", "who", "that"))
_COORDINATORS = frozenset("and but while whilst whereas".split())
# A report's verb before what it reports: "the latest figures saying detection rates are
# at 92%", "Police projections also revealed the number of officers is likely to fall".
REPORTING = frozenset(
    "saying says said show shows showed showing reveal reveals revealed revealing found "
    "finds suggest suggests suggested warned warns confirmed confirms".split()
)


_FINITE = frozenset(
    "is are was were has have had been be will would can could should shall may might must".split()
)


def is_plural_noun(word: str) -> bool:
    return word in _PLURAL_WITHOUT_S or (
        len(word) > 3 and word.isalpha() and word.endswith("s") and word not in _STOP
    )


def _is_verb(word: str) -> bool:
    return word.lower() in _FINITE or _is_form(word, "ed") or word in _IRREGULAR_PAST


def _coordinated_start(words: list[str]) -> int | None:
    """Where the noun phrase opens that the words before an "and" share with it: after the
    last report's verb ("said", "show") or clause opener ("that"), with no verb or figure
    between; None if there is one."""
    for at in range(len(words) - 1, -1, -1):
        low = words[at].lower()
        if low in REPORTING or low in _CLAUSE_OPENERS:
            return at + 1
        if (
            any(c.isdigit() for c in words[at]) and not _NUMBERED_MODIFIER.match(words[at])
        ) or _is_verb(words[at]):
            return None
    return 0


# A number joined to a word is a modifier of the noun, not a figure: "under-25 hospital
# admissions", "24-hour patrols".
_NUMBERED_MODIFIER = re.compile(r"^(?:[A-Za-z]+-\d+[\w-]*|\d+-[A-Za-z][\w-]*)$")


_NOT_ADVERBS = frozenset(("family", "supply", "italy", "ally", "only", "early", "july"))


def clean_phrase(phrase: str, lead_preposition: bool = False) -> str:
    """Trim a phrase to what a label needs: no determiners, no trailing small words.

    ``lead_preposition`` also drops a leading preposition ("with a record number of
    women officers" -> "women officers"), for phrases cut out of the middle of a clause.
    """
    phrase = _SPACES.sub(" ", phrase).strip(" ,.;:-–—(\"“”'‘’")
    # "the number of officers is likely to fall": what changes is the number, said so; "a
    # record number of officers" is the officers
    counted = _THE_NUMBER.match(phrase) is not None
    while True:
        trimmed = _DETERMINERS.sub("", phrase)
        if not counted:
            trimmed = _RECORD_NUMBER.sub("", trimmed)
        if lead_preposition:
            trimmed = _LEAD_PREPOSITION.sub("", trimmed)
        if trimmed == phrase:
            break
        phrase = trimmed
    phrase = _LEADING_NUMBER.sub("", phrase)
    words = phrase.split()[:MAX_LABEL_WORDS]
    while words:
        # a phrase cut at a word count or a small word can end on its clause's comma
        words[-1] = words[-1].rstrip(",;:")
        low = words[-1].lower()
        if low and not (
            low in _PREPS
            or low in _STOP
            or low in _NUMBER_QUALIFIERS
            or low in ("and", "or", "the")
        ):
            break
        words.pop()
    return " ".join(words)


def _is_form(word: str, ending: str) -> bool:
    """A lowercase word with this ending: "reporting", "recruited", "directly"."""
    return (
        word.endswith(ending)
        and len(word) > len(ending) + 1
        and word.isalpha()
        and word.islower()
        and not (ending == "ed" and word in _ED_NOUNS)
    )


_ABBREVIATION = re.compile(r"[A-Z]{2,6}s?")


def _abbreviation_inside(tokens: list[re.Match], i: int) -> bool:
    """An abbreviation in brackets inside a noun phrase, the phrase going on after it in
    lower case: "(PSCO) posts", "(VRU) funding"; not "(PCSOs) were". A clipped name word
    may go on in capitals, the name going on: "Metropolitan (Met) Police officers"."""
    if i + 3 >= len(tokens) or tokens[i + 2].group() != ")":
        return False
    short, after = tokens[i + 1].group(), tokens[i + 3].group()
    if after.istitle() and short.istitle() and tokens[i - 1].group().startswith(short):
        return after.isalpha()
    return (
        bool(_ABBREVIATION.fullmatch(short))
        and after.isalpha()
        and after.islower()
        and after not in _STOP
        and after not in _PREPS
    )


# Names of a grade that take a letter after them: "Class A", "Category A", "Grade A".
_GRADE_WORDS = frozenset(("Class", "Category", "Grade", "Type", "Band"))


def _people_act(counted: str, verb: str, after: str) -> bool:
    """Whether a verb form right after the people counted says what they did or had done
    to them (``after`` the word after it): any act of people named by no more than
    "people" ("2.3 million people experienced domestic abuse", "individuals causing most
    concern"; an "-ing" only with its object: "people coming into the City" says where
    they are, which is the place's), only what police and courts do to people of a named
    kind, and what police do to anything counted ("1,126 drivers arrested", "39 weapons
    seized")."""
    counted = counted.lower()
    if counted in GENERIC_PEOPLE:
        return _is_form(verb, "ed") or (
            _is_form(verb, "ing")
            and verb not in _ING_NOUNS
            and after[:1].isalpha()
            and after.lower() not in _PREPS
            and after.lower() not in _STOP
        )
    verb = verb.lower()
    if counted in PEOPLE_NOUNS:
        return verb in _DONE_TO_PEOPLE
    return (
        is_plural_noun(counted)
        and verb in _DONE_TO_THINGS
        and not after[:1].isdigit()
        and not _DETERMINERS.match(after + " ")
    )


def is_adverb(word: str) -> bool:
    """A lowercase adverb in "-ly": "seriously", "sharply" (not "family", "supply")."""
    return _is_form(word, "ly") and word not in _NOT_ADVERBS


def _coordinated_modifiers(words: list[str]) -> bool:
    """Participles joined by "and" or "or", their noun yet to come: "plain-clothed and",
    "armed or"."""
    return (
        len(words) >= 2
        and words[-1] in ("and", "or")
        and all(_is_form(word.rsplit("-", 1)[-1], "ed") for word in words[:-1])
    )


def _open_compound_modifier(words: list[str]) -> bool:
    """Two lowercase words with no plural noun among them, a compound modifier spelled open
    as "full-time" is hyphened: "70 full time warranted officers"."""
    return (
        len(words) == 2
        and all(word.isalpha() and word.islower() for word in words)
        and not any(is_plural_noun(word) for word in words)
    )


def _qualified_participle(word: str, after: str) -> bool:
    """An adverb and the participle it qualifies: "seriously injured", "later released"."""
    return is_adverb(word) and _is_form(after, "ed")


# Words that open a verb's object, ending a noun phrase anywhere but after a purpose's verb.
_OBJECT_OPENERS = frozenset(("a", "an", "into", "onto"))
_VERB_PARTICLES = frozenset(("up", "out", "in", "into", "on", "onto"))


def _after_purpose_verb(words: list[str]) -> bool:
    """The phrase so far ends on a purpose's verb, perhaps with its particle: "funding to
    create", "to set up", "to enter into"."""
    tail = words[-3:]
    if tail and tail[-1] in _VERB_PARTICLES:
        tail = tail[:-1]
    return len(tail) >= 2 and tail[-2] == "to" and tail[-1].isalpha() and tail[-1].islower()


def noun_phrase(text: str, allow_participle: bool = False, allow_to: bool = True) -> str:
    """The noun phrase at the start of ``text`` with its complements ("for young people")."""
    text = text[:160]  # a label is ten words at most
    # An age bound ends the phrase ("victims under 25"), unless it is hyphenated before the
    # noun it qualifies ("under-25 motorists arrested")
    age = None if _AGE_BEFORE_NOUN.match(text) else _AGE_TAIL.match(text)
    words: list[str] = []
    pos = 0
    tokens = list(_WORD.finditer(text))
    i = 0
    # inside "were charged or cautioned for ..." or "reporting improved mental health"
    participles = bool(tokens) and _is_form(tokens[0].group(), "ing")
    while i < len(tokens) and len(words) < MAX_LABEL_WORDS:
        tok = tokens[i].group()
        low = tok.lower()
        if (
            not words
            and low == "such"
            and i + 1 < len(tokens)
            and tokens[i + 1].group().isalpha()
            and tokens[i + 1].group().lower() not in _SUCH_NOT_DETERMINER
        ):
            i += 1  # "About 10,000 such businesses": the noun after "such" is what is counted
            continue
        if not words and (low in _PREPS or low in _STOP):
            break
        if not words and tok in ("“", '"', "‘") and i + 1 < len(tokens):
            i += 1  # "up to 250 “micro hotspots”": a name in quote marks is still the noun
            continue
        if tok == "(" and words and _abbreviation_inside(tokens, i):
            i += 3  # "police community support officer (PSCO) posts": the noun goes on
            continue
        if (
            tok in ("“", "‘")
            and words
            and i + 1 < len(tokens)
            and tokens[i + 1].group()[0].isalpha()
        ):
            i += 1  # "into tackling “complex causes of crime”": a phrase quoted inside goes on
            continue
        if (
            tok == ","
            and len(words) == 1
            and _MODIFIER.fullmatch(words[0])
            and words[0] not in _PLURAL_WITHOUT_S
            and (listed := _MODIFIER_LIST.match(text, tokens[i].start()))
        ):
            # "9,900 moped, scooter and motorcycle thefts": nouns listed as modifiers of
            # the one plural noun after the last of them, which is what is counted
            words[0] += ","
            words.extend(listed.group(1).split())
            while i < len(tokens) and tokens[i].start() < listed.end():
                i += 1
            continue
        if not tok[0].isalnum() and tok not in ("£", "%", "’", "'"):
            break
        if tok == "A" and words and words[-1] in _GRADE_WORDS:
            # "131 Class A and B drug charges", "Category A firearms": a grade, no article
            words.append(tok)
            pos = tokens[i].end()
            i += 1
            continue
        raw_next = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        nxt = raw_next.lower()
        if low == "to" and (
            not allow_to
            or "to" in (w.lower() for w in words)
            or nxt[:1].isdigit()
            or nxt[:1] in "£$€"
            or nxt in _COUNT_WORDS
        ):
            # one purpose per label: "officers to join teams", not "... to support the"; a
            # figure after "to" ends a range ("from 241 arrests to 210"), naming nothing
            break
        if low in ("and", "or", "&"):
            # "PCSOs and staff", but not "... and 120 police stations", "and a 16 per cent",
            # "and another eight", "knives and made 345 arrests" or "parks and officers
            # visited 410 schools"
            after_next = tokens[i + 2].group() if i + 2 < len(tokens) else ""
            verb_next = (
                not participles
                and (raw_next in _IRREGULAR_PAST or _is_form(raw_next, "ed"))
                and not (_coordinated_modifiers([*words, low]) and is_plural_noun(after_next))
            )
            if (participles or (len(words) == 1 and _is_form(words[0], "ed"))) and (
                _qualified_participle(raw_next, after_next)
            ):
                # "were killed or seriously injured", "482 killed or seriously injured
                # casualties": one act, its second part qualified
                participles = True
            elif (
                not nxt
                or nxt[0].isdigit()
                or nxt in _COUNT_WORDS
                or nxt in ("a", "an", "£", "another")
                or nxt in _STOP
                or verb_next
                or after_next[:1].isdigit()
                or _is_form(after_next, "ed")
                or after_next in _IRREGULAR_PAST
            ):
                if not (nxt == "the" and after_next[:1].isupper()):
                    break
        elif low in _PREPS and words and PERIOD_PHRASE.match(text, tokens[i].start()):
            break  # "offences in the 12 months to March 2024": the period is not the label
        elif low == "out" and words and _OUT_OF_FIGURE.match(text, tokens[i].start()):
            break  # "280 motorists arrested out of the 3,891 tests": the whole is another figure
        elif (
            low in _WHEN_DONE
            and words
            and _people_act(
                words[-1], raw_next, tokens[i + 2].group() if i + 2 < len(tokens) else ""
            )
        ):
            i += 1  # "350 people already arrested": the adverb says when, the act goes on
            continue
        elif (
            tok in _IRREGULAR_PAST  # lowercase only: "the Met" is no verb
            and words
            and (participles or not _people_act(words[-1], tok, raw_next))
        ):
            break
        elif words and low in _RELATIVE_TIME and nxt in _TIME_WORDS:
            break  # "visitors to the West End last year": the period is not the label
        elif low == "per" and words and nxt.isalpha() and nxt != "cent":
            # a rate keeps what it is per, "0.17 officers per school" (a rate per "1,000" is
            # told by its unit); a range's end may follow ("6,000 referrals per year to 7,300")
            allow_to = False
        elif low in _OBJECT_OPENERS and _after_purpose_verb(words):
            pass  # "funding to enter into a regional agreement": the purpose's object goes on
        elif low in _STOP and low not in ("their",):
            if (
                low in ("were", "was", "have", "had", "are", "being")
                and allow_participle
                and words
                and (
                    low == "being"
                    or (counted := words[-1].lower()) in GENERIC_PEOPLE
                    or counted in PEOPLE_NOUNS
                )
            ):
                # "5,768 individuals were charged or cautioned for ...", "1,126 drivers were
                # arrested", "45 people being arrested": keep what was done to them (to a
                # named kind of people, only what police and courts do to people). After
                # "being" what anything counted had done to it: "159 cameras being stolen",
                # "351 cameras being deliberately damaged".
                j = i + 1
                # "have already been charged", "were also arrested": the adverb says when
                while j < len(tokens) and tokens[j].group().lower() in _WHEN_DONE:
                    j += 1
                if j < len(tokens) and tokens[j].group().lower() == "been":
                    j += 1
                done = tokens[j].group() if j < len(tokens) else ""
                if low == "being":
                    after_done = tokens[j + 1].group() if j + 1 < len(tokens) else ""
                    acted = (
                        _is_form(done, "ed")
                        or _is_form(done, "en")  # stolen, taken, broken
                        or _qualified_participle(done, after_done)
                    )
                else:
                    acted = _is_form(done, "ed") and (
                        counted in GENERIC_PEOPLE or done in _DONE_TO_PEOPLE
                    )
                if acted:
                    i, participles = j, True
                    continue
            break
        elif is_adverb(tok):
            if (not words or participles) and _is_form(raw_next, "ed"):
                # "44 fully warranted police officers": the adverb is part of the phrase
                words.append(tok)
                i += 1
                participles = True
                continue
            break  # "officers directly funded by City Hall"
        elif words and (
            (low in _DEFINING_PARTICIPLES and nxt in ("a", "an"))
            or (low == "going" and _UNDONE.fullmatch(nxt))
        ):
            # "offences involving a knife", "crimes going unsolved": the participle and the
            # word after it (which alone would end the phrase) define what is counted
            words += [tok, raw_next]
            pos = tokens[i + 1].end()
            i += 2
            continue
        elif words and not participles and _people_act(words[-1], tok, raw_next):
            participles = True  # "people experienced domestic abuse", "drivers arrested and"
        elif (
            words
            and _is_form(tok, "ed")
            and not participles
            and words[-1].lower() not in _MODIFIERS_OF_PARTICIPLES
            # a preposition's object opens with no verb: "worth of suspected stolen tools"
            and words[-1].lower() not in _PREPS
            and not (
                low in _COMPOUND_PARTICIPLES
                and nxt.isalpha()
                and nxt not in _STOP
                and nxt not in _PREPS
                and not words[-1].lower().endswith("s")
            )
            # after a hyphened or open compound modifier or participles joined by "and",
            # before a plural noun, the participle is one too: "403 full-time warranted
            # officers", "70 full time warranted officers", "120 plain-clothed and uniformed
            # officers"
            and not (
                (
                    "-" in words[-1]
                    and words[-1].islower()
                    or _coordinated_modifiers(words)
                    or _open_compound_modifier(words)
                )
                and is_plural_noun(nxt)
            )
        ):
            break  # "officers recruited as well as ...", but "moped enabled crime" is one noun
        elif (
            words
            and _is_form(tok, "ing")
            and low not in _ING_NOUNS
            and low not in _DEFINING_PARTICIPLES
            and (words[-1].lower() in GENERIC_PEOPLE or words[-1].lower().endswith("s"))
        ):
            break  # "people coming into ...", but "almost 800 reporting improved ..." keeps it
        words.append(tok)
        pos = tokens[i].end()
        i += 1
        if age and age.end() <= pos + 1 and age.end() >= pos - 1:
            break
    if len(words) >= 2 and words[-2].lower() == "to" and words[-1].islower():
        words = words[:-2]  # "schools to talk": a purpose cut short says nothing
    label = " ".join(words)
    # An age bound after the phrase is part of it ("... where victims were aged under 25").
    if label:
        tail = _AGE_TAIL.match(text, pos)  # from pos: a label ending "aged" may see it
        if tail:
            label += " " + tail.group().strip()
    return clean_phrase(label)


# An abbreviation in brackets after its name adds nothing to the phrase and ends no clause:
# "drive down anti-social behaviour (ASB) by 30 per cent". It is blanked out, keeping the
# clause's length (callers count back from the figure by it).
_ABBREVIATION_BRACKETS = re.compile(r"\([A-Z]{2,6}s?\)")


def clause_before(sentence: str, start: int) -> str:
    before = sentence[:start]
    if "(" in before:
        before = _ABBREVIATION_BRACKETS.sub(lambda m: " " * len(m.group()), before)
    breaks: list[re.Match] = []
    for match in CLAUSE_BREAK.finditer(before):
        breaks = [*breaks[-2:], match]
    if not breaks:
        return before
    clause = before[breaks[-1].end() :]
    if (
        len(breaks) > 1
        and breaks[-1].group().strip() in _DASHES
        and breaks[-2].group().strip() in _DASHES
        and (
            not clause.strip()  # the figure's own words open on the verb: "increased by 37%"
            or (
                (verb := _VERB_OPENING.match(clause)) is not None
                and (AUX.match(verb.group(1)) or verb.group(1) in _PAST_CHANGES)
            )
        )
    ):
        # "Transgender identity hate crimes – the least commonly recorded hate crime in 42
        # of 44 forces – increased by": the verb's subject is before the paired dashes
        opening = breaks[-3].end() if len(breaks) > 2 else 0
        return f"{before[opening : breaks[-2].start()].rstrip()} {clause.lstrip()}"
    return clause


_DASHES = frozenset("–—-")
_VERB_OPENING = re.compile(r"\s*([a-z]+)\s")
_PAST_CHANGES = frozenset("increased decreased rose fell grew dropped doubled halved".split())


# A span of time opening the clause before its subject: "Between March 2010 and March 2018
# the number of police officers ... fell by" (its "and" joins two times, not two clauses).
_PERIOD_SPAN_OPENING = re.compile(
    rf"^(?:between|from)\s+(?:(?:{MONTHS})\s+)?[\d/–-]*\d[\d/–-]*\s+(?:and|to)\s+"
    rf"(?:(?:{MONTHS})\s+)?[\d/–-]*\d[\d/–-]*,?\s+(?=[a-z])",
    re.I,
)
_MONTH = re.compile(MONTHS)


def _names_joined(words: list[str], k: int) -> bool:
    """The "and" at k joins two names mid-phrase ("England and Wales", "Kensington and
    Chelsea"): it opens no clause of its own."""
    return (
        1 < k < len(words) - 1
        and words[k - 1][:1].isupper()
        and words[k - 1].isalpha()
        and words[k + 1][:1].isupper()
        and words[k + 1].isalpha()
        and words[k - 2][:1].islower()
        and not _MONTH.fullmatch(words[k + 1])  # "in March and April": two times
    )


def subject_of(before: str) -> str:
    """ "Personal robbery in London is down by" -> "Personal robbery in London"."""
    before = before.rstrip()
    if before.endswith((" from", " by", " to")) and (
        aside := _CHANGE_ASIDE.search(before, max(0, len(before) - _ASIDE_CHARS))
    ):
        # "has fallen substantially over the past ten years from": the verb ends the subject
        before = before[: aside.start()]
    text, changes = _TRAILING_DIRECTION.subn("", PREDICTED_TO_BE.sub("", before))
    text = text.strip()
    if text[:1] in "BbFf":
        text = _PERIOD_SPAN_OPENING.sub("", text)
    if _TIMES_COUNTED.match(text):
        # "The number of times a gun has been discharged has dropped by": the occasions
        # are told by a clause with its own verb, all of it the subject
        return clean_phrase(text)
    if "includ" in text or "such as" in text:
        # "The seven key crimes including robbery and burglary have fallen by": the
        # examples are an aside, the subject is what they belong to
        text = _EXAMPLES_ASIDE.sub("", text)
    words = text.split()
    if (
        len(words) > 2
        and is_adverb(words[-1])
        and AUX.match(words[-2])
        and words[-3].lower() not in _PRONOUNS
    ):
        # "Robbery is actually (down 17%)": an adverb after the verb is no subject (after a
        # pronoun the caller would take the figure before's subject, not the pronoun's)
        words.pop()
    finite = bool(changes) or bool(words and AUX.match(words[-1]))  # a verb follows the words
    while words and AUX.match(words[-1]):
        words.pop()
    k = len(words)
    reported = False  # "found outstanding cases are": what is reported opens on its noun
    coordinated = False  # "and recorded crime is down": a clause of its own opens after "and"
    while k > 0:
        k -= 1
        low = words[k].lower()
        if low == "overall":  # "Since 1997 overall crime has fallen by"
            words = words[k:]
            break
        if low in ("all", "both") and k > 0 and words[k - 1].lower() in _PREPS:
            continue  # "arrests across all operations": a determiner, not "have all fallen"
        if words[k] == "May" and k + 1 < len(words) and words[k + 1][:1].isdigit():
            continue  # "crime since May 2008 has fallen by": the month, not the modal verb
        # "models used in Glasgow where homicide rates fell by": a relative clause's own subject
        if AUX.match(words[k]) or low in _CLAUSE_OPENERS or low in REPORTING:
            if (
                low in REPORTING
                and 0 < k < len(words) - 1
                and words[k + 1].lower() in _PREPS
                and words[k - 1][:1].isalpha()
            ):
                continue  # "The total funding confirmed for 2022-23 is": a participle, no report
            if low == "and" and _names_joined(words, k):
                continue  # "the number of officers in England and Wales fell by": one place
            if (
                low in ("and", "or")
                and 0 < k < len(words) - 1
                and words[0].isalpha()
                and (opens := _coordinated_start(words[:k])) is not None
                and opens < k
            ):
                # "race and religious crime fell by", "the arrest rate for all types of
                # stop and search was": one subject, two kinds of it, opening where the
                # words before it do ("revealed that knife and gun crime rose by")
                words = words[opens:]
                break
            if (
                low in _RELATIVES
                and 0 < k < len(words) - 2
                and _is_verb(words[k + 1])
                and words[k - 1][:1].isalpha()
            ):
                # "serious violent crimes which resulted an injury to the victim were down
                # by": the relative clause is whole, its antecedent is the subject
                words = words[:k]
                continue
            reported = low in REPORTING
            # (after a comma: "stopped and searched people" coordinates two verbs)
            coordinated = low in _COORDINATORS and (k == 0 or words[k - 1].endswith(","))
            words = words[k + 1 :]
            break
    participle = len(words) > 1 and _is_form(words[0], "ing")
    if participle and not reported:
        # "bringing City Hall's total investment ... to"; but "funding" alone is the subject
        words = words[1:]
    while words and (_is_form(words[-1], "ed") or words[-1] in _IRREGULAR_PAST):
        words.pop()  # "Detection rates improved (to 12.5%)"
    if words and _CONTRACTION.sub("", words[-1].lower()) in _PRONOUNS:
        # "in Lambeth it is up 3 per cent", "it’s down by": the caller knows what "it" is
        return ""
    if (
        words
        and (participle or _is_form(words[0], "ed") or words[0] in _IRREGULAR_PAST)
        and "with" in words
    ):
        # "has welcomed the fall in crime with police recorded crime down by", "sending
        # numbers to historic lows with the number of officers now falling below": the
        # change belongs to what follows "with", not to whoever welcomed it
        return clean_phrase(" ".join(words[len(words) - words[::-1].index("with") :]))
    if (
        words
        and not reported
        and not (coordinated and finite)
        and (
            _is_form(words[0], "ed")
            or words[0] in _IRREGULAR_PAST
            or words[0] in _NOUN_LIKE_PARTICIPLES
        )
    ):
        # "The Fund was set up in 2018 with": the subject is before the verb; a participle
        # with nothing before it opens the subject ("secured confiscation orders have"), as
        # it does after a report's verb ("figures show recorded knife crime rose by") and
        # after a conjunction that opens a clause with its own verb ("and recorded crime
        # in London is down")
        at = before.rstrip().rfind(" " + " ".join(words))
        if before[: max(at, 0)].strip():
            return subject_of(before.rstrip()[:at])
    return clean_phrase(" ".join(words), lead_preposition=True)
