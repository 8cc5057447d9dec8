"""Who is speaking: canonical names, aliases, roles, and fuzzy lookup by name.

A person keeps one identity across releases even when their title changes, so
the canonical name carries no honorific or rank ("Mark Rowley", never "Sir Mark
Rowley" or "Commissioner Mark Rowley"); the title and organisation go in the
role, as written for that quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, wraps
from typing import TypeVar

from rapidfuzz import fuzz

_Found = TypeVar("_Found")

# Distinct lookups of one release's text (a name, a title) that each read all of it.
# Real releases need a dozen at most; a file of thousands of distinct names would read
# its text thousands of times (1,000 surnames: 7 s, quadratic), so past this the
# lookup finds nothing. A long text allows fewer: the characters they read together are
# bounded too (a 5 MB file read 64 times took 50 s to parse; releases are under 128 KB).
LOOKUPS_PER_RELEASE = 64
LOOKUP_READ_CHARS = LOOKUPS_PER_RELEASE * 128 * 1024


def read_per_release(
    lookup: Callable[..., _Found | None],
) -> Callable[..., _Found | None]:
    """``lookup(*key, context)`` done once per release and key, and for at most
    ``LOOKUPS_PER_RELEASE`` keys of a release, fewer in a text so long that they would
    read more than ``LOOKUP_READ_CHARS`` (the later ones find nothing)."""

    @lru_cache(maxsize=4)
    def done(context: str) -> dict[tuple, _Found | None]:
        return {}

    @wraps(lookup)
    def cached(*args: object) -> _Found | None:
        *key, context = args
        text = str(context)
        found = done(text)
        if tuple(key) not in found:
            if len(found) >= min(LOOKUPS_PER_RELEASE, LOOKUP_READ_CHARS // max(len(text), 1)):
                return None
            found[tuple(key)] = lookup(*args)
        return found[tuple(key)]

    cached.done = done  # type: ignore[attr-defined]  # what a release has looked up
    return cached


KEY_SPEAKERS: tuple[str, ...] = ("Sadiq Khan", "Mark Rowley", "Louisa Rolfe")

_MAYOR = "Mayor of London"
# Lower-cased, without a leading "the": what releases call the key speakers.
ALIASES: dict[str, tuple[str, str | None]] = {
    "sadiq": ("Sadiq Khan", None),
    "khan": ("Sadiq Khan", None),
    "sadiq khan": ("Sadiq Khan", None),
    "mayor": ("Sadiq Khan", _MAYOR),
    "mayor of london": ("Sadiq Khan", _MAYOR),
    "london mayor": ("Sadiq Khan", _MAYOR),
    "mayor sadiq khan": ("Sadiq Khan", "Mayor"),
    "london mayor sadiq khan": ("Sadiq Khan", "London Mayor"),
    "rowley": ("Mark Rowley", None),
    "mark rowley": ("Mark Rowley", None),
    "sir mark rowley": ("Mark Rowley", None),
    "commissioner sir mark rowley": ("Mark Rowley", "Commissioner"),
    "rolfe": ("Louisa Rolfe", None),
    "louisa rolfe": ("Louisa Rolfe", None),
}
# "The Commissioner" is Rowley only in a release that names him: older releases
# have other Commissioners, and an Acting Commissioner may be the one quoted.
_CONTEXT_ALIASES: dict[str, tuple[str, str]] = {
    "commissioner": ("Mark Rowley", "Rowley"),
    "met commissioner": ("Mark Rowley", "Rowley"),
    "metropolitan police commissioner": ("Mark Rowley", "Rowley"),
}

_PRONOUNS = {"he", "she", "they", "him", "her"}
# Dropped from a name: they are not part of who the person is (nor is a police rank's
# abbreviation: "DCI Smith added" is the Jane Smith the release named; nor a religious
# title: "Pastor Jane Doe" is Jane Doe, and "Pastor Jane said" the Jane Doe named).
_HONORIFICS = frozenset(
    """
    sir dame lord lady baroness baron dr mr mrs ms miss mx rt hon right honourable cllr
    councillor rev revd reverend prof professor pastor imam rabbi canon
    pc ps dc ds di ci dci dsi dcs supt dsupt insp sgt det ch cdr cmdr
    """.split()
)
_FIRST_NAME_HONORIFICS = frozenset(("sir", "dame"))
# Honorifics put to a surname: "Ms Hall", "Mr Park".
_PERSONAL_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr"))
# Words before a place that say it is one: "in Westminster Hall", "the Royal Albert Hall".
_ARTICLES = frozenset(("the", "a", "an"))
_PLACE_ARTICLES = frozenset("the a an at in on to from of into outside inside near by".split())
_FULL_NAME = re.compile(r"\b(?:[A-Z][a-z][\w’'-]*\s+){1,3}[A-Z][a-z][\w’'-]*")
_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][a-z][\w’'-]*\s+)+[A-Z][a-z][\w’'-]*")
_POSTNOMINALS = frozenset(
    """
    mp mep am obe mbe cbe kbe dbe qpm kpm kc qc jp phd frs dl pcc msp mla
    """.split()
)
# Words that make a phrase a title or job, so the name is what follows them.
_TITLE_WORDS = frozenset(
    """
    commissioner commander superintendent inspector sergeant constable officer chief
    detective director general executive ceo cfo coo chair chairman chairwoman chairperson
    president vice leader mayor headteacher head headmaster headmistress principal manager
    minister secretary chancellor deputy assistant acting interim member spokesperson
    spokesman spokeswoman founder co-founder partner governor dean trustee coordinator lead
    adviser advisor representative ambassador bishop captain judge prosecutor campaigner
    volunteer owner editor researcher councillor mp candidate cadet peer
    det con pc ds di dc ci dci dsi dsupt supt sup insp sgt cmdr dac ac dcs pcso pcc
    """.split()
)
# Title words that are also forenames: after a rank or honorific ("Deputy Assistant
# Commissioner Dean Haydon", "Sergeant Dean Hunt") the word is the forename, as a rank
# is never followed by a second title.
_FORENAME_TITLES = frozenset(("dean",))
# Police ranks written in full: like "PC" or "Sgt", a form of address before a name, never
# part of it ("Sergeant Chloe from Merton", "Cadet Chloe" are "Chloe" as written).
_RANKS = frozenset(
    "chief detective constable sergeant inspector superintendent commander cadet".split()
)
# Capitalised words that are places, organisations or sentence openers, never a name
# ("It said:" is a letter or a report speaking, no one named; a police force's own
# units too: "Inspector Owens, West Area Command said:" is the
# inspector speaking, not a person called "West Area Command"; and a body's committees
# and inquiries: "Chair of the Police and Crime Committee Joanne McCartney said" names no
# "Committee Joanne McCartney"; and its operations:
# "Operation Temperer had been enforced, May announced." names no "Operation Temperer",
# nor "The strategy, Project Vigilant, forms ..." a "Project Vigilant");
# nor do the days and the months no one is named after ("Between January and September
# Camden had ...", "On Monday Sadiq Khan said"), nor a document's labels ("The Met's
# Press Release says" names no "Press Release"), nor a question word opening a
# heading's clause ("What residents told us:" over a summary names no "What Residents").
_NOT_NAME = frozenset(
    """
    release statement report bulletin
    london met metropolitan police service services city hall council borough office home
    government unit team command squad division constabulary operation project programme
    program initiative scheme partnership network
    alliance company corporation group trust committee commission panel inquiry
    foundation association society union board authority agency department ministry park
    street academy school university college centre center business crime policing safety
    community communities transport england wales scotland britain british national royal
    the a an today yesterday tonight this speaking commenting responding welcoming also
    meanwhile now here there and but then earlier later last next however mayoral assembly
    in at on for with from as of to if when while after before during following despite
    under over into through since until images it
    what which who why where how
    january february september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
# Place words that are also surnames: last in a name after a first name when a post
# follows ("Susan Hall AM"); "City Hall" or "Westminster Hall" alone stays a place.
_SURNAME_PLACES = frozenset(("hall", "park"))
# Words that open a sentence before its subject ("Today Sadiq Khan said").
_OPENERS = frozenset("today yesterday tonight also meanwhile now then earlier later".split())
# Lower-case particles inside a surname ("Nick de Bois", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    """
    de da di du van von der den le la bin ibn al el dos das
    """.split()
)
# Lower-case words allowed inside a title or role ("Head of Policing for London").
_CONNECTORS = {"of", "for", "and", "the", "at", "in", "on", "to", "&"}
_LOWER_TITLE_WORDS = 4
# Lower-case words a title's place or remit follows ("member for Barnet and Camden",
# "Minister for ... and the Courts").
_PLACE_BEFORE = frozenset(("for", "and", "of", "in", "at", "the"))
_OBJECT_BEFORE = frozenset(("of", "to", "against", "with"))
_REMIT_BEFORE = frozenset(("for", "of"))
_REMIT_OPENERS = frozenset(("for", "of", "on"))
# Parties' names, as written before a member's name ("Lib Dem", "Liberal Democrat").
_PARTY_WORDS = frozenset(
    "labour conservative tory lib dem lib-dem libdem liberal democrat green ukip".split()
)
# Parts of an attribution: "Chair of the Police and Crime Committee – Joanne McCartney AM".
_PARTS = re.compile(r"[,()]|\s[–—]\s")
_MEMBER_FOR = re.compile(r"^(.+?)\s+((?:MP|AM|MEP|MSP|MS)\s+for\s+[A-Z].*)$")
_REMIT_LIST_GOES_ON = re.compile(r"(?:[A-Z][\w’'-]*,?\s+)+and\s+[A-Z]")
_ORG_SPLIT = re.compile(r"\s+(?:from|at|of)\s+")


def _bare(word: str) -> str:
    bare = word.strip(".,;:()").lower()
    # a rank held for the time being: "T/Commander", "A/DCI" (temporary, acting)
    return bare[2:] if bare[1:2] == "/" and bare[0] in "ta" else bare


def _postnominal(word: str) -> bool:
    """ "MP", "AM", "OBE", and the same written with full stops ("M.P.", "Q.C.")."""
    return _bare(word).replace(".", "") in _POSTNOMINALS


# A long title word with one letter misspelt ("Superintendant", "Inspecter",
# "Commissionar"): still the title, never part of the name. Each long title word's shapes
# with one letter unknown are kept, so a word is looked up once per letter.
_MISSPELT_TITLE_LETTERS = 9
_MISSPELT_TITLE_SHAPES = frozenset(
    word[:i] + "?" + word[i + 1 :]
    for word in _TITLE_WORDS
    if len(word) >= _MISSPELT_TITLE_LETTERS
    for i in range(len(word))
)


def _misspelt_title(bare: str) -> bool:
    return len(bare) >= _MISSPELT_TITLE_LETTERS and any(
        bare[:i] + "?" + bare[i + 1 :] in _MISSPELT_TITLE_SHAPES for i in range(len(bare))
    )


def _is_title(word: str) -> bool:
    bare = _bare(word).replace("’", "'")
    return (
        bare in _TITLE_WORDS
        or bare.removesuffix("'s") in _TITLE_WORDS
        or (word[:1].isupper() and _misspelt_title(bare))
    )


def _is_name_token(word: str) -> bool:
    """Capitalised, mostly lower-case letters: Khan, McGregor, O’Brien, Al-Amin."""
    if not word[:1].isupper() or word.isupper() or len(word) < 2:
        return False
    if not all(ch.isalpha() or ch in "-'’" for ch in word) or word.endswith(
        ("’s", "'s", "s’", "s'")
    ):
        return False  # "Rowley’s remarks", "Jones' son": whose, not who
    if "-" in word and word.rsplit("-", 1)[1][:1].islower():
        return False  # "Indian-origin", "London-based": an adjective; names cap each part
    bare = _bare(word)
    # a title in the plural is a group, never a person ("Dedicated Ward Officers")
    plural_title = len(bare) > 4 and bare.endswith("s") and bare[:-1] in _TITLE_WORDS
    return (
        bare not in _NOT_NAME
        and not _is_title(word)
        and bare not in _HONORIFICS
        and not plural_title
    )


def _narrative(word: str) -> bool:
    """A verb form or a sentence's own words: not part of a person's description."""
    bare = _bare(word)
    return bare.endswith(("ing", "ed")) or bare in {"at", "in", "on", "by", "when", "after"}


def role_like(text: str, strict: bool = False) -> bool:
    """Reads as a title/organisation, not narrative ("Chief Executive, Boots").

    Strict (a part before the name) also needs a title word and no lower-case
    narrative words, so "Speaking at the launch" or "Welcoming the plan" is not a role.
    """
    words = text.split()
    if not words:
        return False
    first = words[0]
    if not (first[:1].isupper() or _is_title(first) or first.lower() in _CONNECTORS):
        return False
    if not strict:
        return True
    if not any(_is_title(w) for w in words):
        return False
    # A post's remit may be in lower case after its "on"/"for"/"of" ("ACPO lead on gangs
    # Deputy Assistant Commissioner"); other lower-case words are narrative.
    remit_left = 0
    for index, word in enumerate(words):
        if word[:1].isupper() or _is_title(word):
            remit_left = 0
        elif word.lower() in _CONNECTORS:
            if word in _REMIT_OPENERS and index and _is_title(words[index - 1]):
                remit_left = _REMIT_WORDS
        elif remit_left and word.replace("-", "").isalpha():
            remit_left -= 1
        else:
            return False
    return True


def post_without_name(who: str) -> str | None:
    """The post in an attribution whose name a copying site dropped, a post-nominal or
    an empty slot left where it stood ("‘New Met for London Plan’, AM, Chair of the
    London Assembly Police and Crime Committee", the words after a quoted title read
    as "AM, Chair of ..."): the post speaks, as for a speaker never named. None where a
    name stands before the slot ("Smith, AM, Chair ...")."""
    parts = [part.strip() for part in who.split(",")]
    if len(parts) < 2 or not role_like(parts[-1], strict=True):
        return None
    if not _postnominal(parts[-2]) and (parts[-2] or len(parts) < 3):
        return None
    before = parts[-3].split() if len(parts) > 2 else []
    # a title in quote marks ends on its closing mark, a name never does
    if before and _is_name_token(before[-1]) and not before[-1].endswith(("’", "'", "”", '"')):
        return None
    return clean_role(parts[-1])


# An age set off after a name ("Mr Powell, 58, said:"), as a description is: no role.
_AGE = re.compile(r"\d{1,3}")


def clean_role(role: str | None) -> str | None:
    """Tidy a role as written: no leading "the", no stray comma before "of"."""
    if not role:
        return None
    role = re.sub(r"\s+", " ", role).strip(" ,;:-–—")
    role = re.sub(r",\s+(of|for|at)\s+", r" \1 ", role)  # "Chief Executive, of the LLDC"
    role = re.sub(r"^(?:the|The|my|My|our|Our)\s+", "", role)
    return role if role and not _AGE.fullmatch(role) else None


_UNDOTTED_INITIALS = re.compile(r"[A-Z]{2}")


def _forename_after_rank(words: list[str]) -> bool:
    """The last of ``words`` is a title word used as a forename, or a forename's two
    initials written without dots ("Commander BJ Doe"; never a rank or postnominal of
    its own, "DC", "AM"), a rank before it."""
    forename = words[-1] if words else ""
    return (
        len(words) > 1
        and (
            (forename[:1].isupper() and _bare(forename) in _FORENAME_TITLES)
            or (
                _UNDOTTED_INITIALS.fullmatch(forename) is not None
                and not _is_title(forename)
                and not _postnominal(forename)
                and _bare(forename) not in _HONORIFICS
            )
        )
        and (_is_title(words[-2]) or _bare(words[-2]) in _HONORIFICS)
    )


# A capitalised run ending on one of these words is an event, programme or building
# ("Question Time", "Olympic Games", "Royal Free Hospital", "Grenfell Tower"), or a
# newspaper or site ("Jewish News", "Evening Standard"), or a party ("Green Party member
# Baroness Jones": the party describes its member): no person, wherever it stands
# ("Grenfell Tower fire: ..." opens on no subject who speaks; "told the Jewish News" names
# the one asking, never who answers).
_THING_HEADS = frozenset(
    """
    war wars time games olympics cup festival awards act hospital station prison cathedral
    abbey stadium museum gallery tower estate party
    news gazette chronicle telegraph times standard echo mirror express observer journal
    """.split()
)


def _titled_first_name(words: list[str]) -> bool:
    """Whether the two words before the last are a title and a name ("Leader Susan")."""
    return len(words) > 2 and _is_name_token(words[-2]) and _is_title(words[-3])


_REMIT_SPAN = 6


def _ends_in_remit(words: list[str]) -> bool:
    """Whether ``words`` end inside the capitalised remit a title's "for" opens ("Minister
    for Policing and Criminal", "Commissioner for Victims and Witness")."""
    for index in range(len(words) - 1, max(len(words) - _REMIT_SPAN, 0) - 1, -1):
        word = words[index]
        if word == "for":
            return index > 0 and _is_title(words[index - 1])
        if not (word[:1].isupper() or word in _CONNECTORS):
            return False
    return False


def _name_in(part: str, post: bool = False) -> tuple[str, str] | None:
    """(name, title before it) when a comma-free phrase holds a person's full name
    (``post``: a post follows it in apposition, "Susan Hall, leader of ...")."""
    words = part.split()
    postnominal = False
    while words and _postnominal(words[-1]):
        words.pop()
        postnominal = True
    run: list[str] = []
    while words and len(run) < 3:
        word = words[-1]
        if (
            _is_name_token(word)
            or (run and word.lower() in NAME_PARTICLES)
            or (
                not run
                and _bare(word) in _SURNAME_PLACES
                and len(words) > 1
                # "Conservatives Leader Susan Hall": a title over a first name and the
                # place word makes it a surname, as a postnominal or a post after does
                and (postnominal or post or _titled_first_name(words))
            )
            or (len(run) == 1 and _forename_after_rank(words))
        ):
            run.insert(0, words.pop())
        else:
            break
    while run and run[0].lower() in NAME_PARTICLES:
        words.append(run.pop(0))
    if (
        len(run) == 3
        and words
        and (words[-1] in _PLACE_BEFORE or _ends_in_remit(words) or _is_name_token(words[-1]))
    ):
        # "member for Barnet and Camden Andrew Dismore", "Minister for ... and the Courts
        # Chris Philp", "Minister for Policing and Criminal Justice Nick Herbert": after
        # "for"/"and"/"of"/"the", or inside a post's capitalised remit, the first
        # capitalised word ends the title's place or remit, not the name's start; so
        # after another such word ("MP for Brent Central Dawn Butler": four in a row).
        words.append(run.pop(0))
    if len(run) == 2 and (
        (len(words) > 1 and words[-1] in _REMIT_BEFORE and _is_title(words[-2]))
        or (words and words[-1] == "and" and _ends_in_remit(words))
    ):
        # "National Policing lead for Counter Terrorism, Neil Basu", "Minister for
        # Safeguarding, Vulnerability and Countering Extremism, Jane Doe": two capitalised
        # words right after a post's "for"/"of", or after the "and" closing its remit's
        # list, are its remit, never the person holding it
        return None
    if len(run) == 3 and _bare(run[0]) in _PARTY_WORDS:
        # "Lib-Dem Stephen Knight", "Labour Jane Doe": the party, not a first name
        words.append(run.pop(0))
    if len(run) < 2 or _bare(run[-1]) in _THING_HEADS:
        return None
    while words and _bare(words[-1]) in _HONORIFICS:
        words.pop()
    prefix = " ".join(words)
    # Anything before the name must be a title ("Met Commander", or in lower case
    # "policing minister", or a party's lower-case post), not narrative, nor the post of
    # someone speaking for the one named.
    if spokesperson_for(prefix + " ", ""):
        return None
    if words and not (
        all(_bare(word) in _PARTY_WORDS for word in words)
        or role_like(prefix, strict=True)
        or _lower_case_title(words)
        or _organisation_post(words)
        or _remit_post(words)
    ):
        rank = _rank_after_opening_phrase(words)
        if not rank:
            return None
        prefix = " ".join(rank)
    return " ".join(run), prefix


def _rank_after_opening_phrase(words: list[str]) -> list[str]:
    """The capitalised rank closing a sentence's opening participial phrase whose comma
    was left out ("Speaking at the launch event Commissioner"), else nothing."""
    if not (words[0][:1].isupper() and words[0].endswith("ing")):
        return []
    start = len(words)
    while start > 1 and words[start - 1][:1].isupper() and _is_title(words[start - 1]):
        start -= 1
    return words[start:]


_DESCRIBED_POST_WORDS = 6


def _described_post(text: str) -> bool:
    """A post described in lower case after a name, ending on its title: "the
    committee’s Conservative chair", "its deputy leader"."""
    words = text.split()
    return (
        1 < len(words) <= _DESCRIBED_POST_WORDS
        and words[0].lower() in ("the", "its", "their", "his", "her")
        and _is_title(words[-1])
    )


def _lower_case_title(words: list[str]) -> bool:
    """A short job title written in lower case before a name: "policing minister",
    "crime prevention minister", "shadow home secretary"; opening a sentence, its first
    word capitalised if a title word itself ("Acting police sergeant")."""
    return (
        len(words) <= _LOWER_TITLE_WORDS
        and _is_title(words[-1])
        and all(w.isalpha() for w in words)
        and (words[0].islower() or _is_title(words[0]))
        and all(w.islower() for w in words[1:])
    )


_ORGANISATION_WORDS = 4
_REMIT_WORDS = 3


def _remit_post(words: list[str]) -> bool:
    """A title and its remit in lower case, after the body whose post it is: "the Met’s
    commander of front-line policing", "head of counter terrorism"."""
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    named = 0
    while named < min(len(words), _ORGANISATION_WORDS) and words[named][:1].isupper():
        named += 1
    if named and not words[named - 1].endswith(("’s", "'s")):
        return False
    title, remit = words[named : named + 2], words[named + 2 :]
    return (
        len(title) == 2
        and title[0].islower()
        and _is_title(title[0])
        and title[1] in ("of", "for")
        and 0 < len(remit) <= _REMIT_WORDS
        and all(w.islower() and w.replace("-", "").isalpha() for w in remit)
    )


def _organisation_post(words: list[str]) -> bool:
    """A party's or body's name, then its post in lower case: "Labour housing
    spokesperson", "Liberal Democrat police and crime spokesperson"."""
    named = 0
    while named < len(words) and words[named][:1].isupper():
        named += 1
    return (
        0 < named <= _ORGANISATION_WORDS
        and named < len(words)
        and not any(_narrative(w) for w in words[:named])
        and _lower_case_title(words[named:])
    )


def _name_with_org(part: str, post: bool = False) -> tuple[str, str, str] | None:
    """(name, title, organisation): also "Commander Pete Stevens from the Met"."""
    # A name before "of"/"from"/"at" heads the phrase, so the capitalised unit after it
    # is where the person works, never a second name ("Inspector Jane Doe of the East
    # Area Command Drugs Desk"); a post before it ("Chair of the Transport Committee
    # Jane Doe") holds no name, and the whole phrase is read.
    pieces = _ORG_SPLIT.split(part, maxsplit=1)
    if len(pieces) == 2 and (found := _name_in(pieces[0])):
        return found[0], found[1], re.sub(r"^(?:the|The)\s+", "", pieces[1])
    found = _name_in(part, post)
    if found:
        return found[0], found[1], ""
    return None


def split_name_role(text: str) -> tuple[str, str | None] | None:
    """Full name and role from an attribution as written, or None if no full name.

    "The Mayor of London, Sadiq Khan" -> ("Sadiq Khan", "Mayor of London");
    "Ros Morgan, Chief Executive, Heart of London Business Alliance" ->
    ("Ros Morgan", "Chief Executive, Heart of London Business Alliance").
    """
    # "Jon Cruddas MP for Dagenham and Rainham": the seat is part of the role.
    member = _MEMBER_FOR.match(text)
    if member and (named := split_name_role(member[1])):
        return named[0], clean_role(", ".join(filter(None, (named[1], member[2]))))
    # "Sadiq Khan (Mayor of London)" reads like "Sadiq Khan, Mayor of London".
    parts = [p.strip() for p in _PARTS.split(text)]
    for i in range(len(parts) - 1, 0, -1):
        # "Minister for Vulnerability, Safeguarding and Countering Extremism Jane Doe": a
        # post's capitalised remit listed with commas up to its "and" is one part
        if _REMIT_LIST_GOES_ON.match(parts[i]) and _ends_in_remit(parts[i - 1].split()):
            parts[i - 1 : i + 1] = [f"{parts[i - 1]}, {parts[i]}"]
    for i, part in enumerate(parts):
        # "Susan Hall, leader of the GLA Conservatives": a post after it makes a place
        # word a surname, as "AM" does ("Susan Hall AM"); read only after such a word.
        post = (
            i + 1 < len(parts)
            and _bare(part.rsplit(None, 1)[-1] if part else "") in _SURNAME_PLACES
            and (role_like(parts[i + 1], strict=True) or _described_post(parts[i + 1]))
        )
        found = _name_with_org(part, post)
        if not found:
            continue
        name, title, org = found
        roles = []
        before = re.sub(r"^(?:the|The)\s+", "", parts[i - 1]) if i > 0 else ""
        if before and (role_like(before, strict=True) or _lower_case_title(before.split())):
            roles.append(parts[i - 1])  # "The Mayor of London, ...", "The policing minister, ..."

        roles += [title, org]
        for after in parts[i + 1 :]:
            if not after:
                continue
            if not role_like(after):
                break
            roles.append(after)
        return name, clean_role(", ".join(r for r in roles if r))
    # Then a name after a plain descriptor we cannot read as a title ("Local
    # resident Anna Smith", "Today Sadiq Khan"), but never after narrative
    # ("Speaking at Westminster Abbey" is no one).
    for i, part in enumerate(parts):
        words = part.split()
        while words and _postnominal(words[-1]):
            words.pop()  # "my colleague Joanne McCartney AM"
        run: list[str] = []
        while words and _is_name_token(words[-1]) and len(run) < 3:
            run.insert(0, words.pop())
        if len(run) == 3 and words and _is_name_token(words[-1]):
            words.append(run.pop(0))  # "Brent Central Dawn Butler": a place, then the name
        while words and _bare(words[0]) in _OPENERS:
            words.pop(0)
        if (
            len(run) < 2
            or _bare(run[-1]) in _THING_HEADS
            or len(words) > 4
            or any(_narrative(w) for w in words)
            # "the family of John Smith", "a tribute to Jane Doe": the name is the
            # object of the words before it, never the one speaking; nor is a post's
            # seat or remit ("the Labour MP for Walsall North")
            or (words and words[-1].lower() in _OBJECT_BEFORE | _REMIT_BEFORE)
            or spokesperson_for(" ".join(words) + " ", "")
        ):
            continue
        after = [p for p in parts[i + 1 :] if p and role_like(p)]
        return " ".join(run), clean_role(", ".join([" ".join(words), *after]))
    return None


# A post written in lower case before its holder's name: "justice secretary Ann Smith".
# "chairman" and "director general" as well as "chair" and "director": "Police Federation
# chairman Jane Doe", "Recycling Association director general John Roe"
LOWER_CASE_POST = (
    r"(?:(?:secretary|director)(?:[ -]general)?|minister|mayor|commissioner"
    r"|spokes(?:person|man|woman)|leader|chair(?:man|woman|person)?|chief|officer|commander)"
)
# "A spokesperson for Sadiq Khan said", "a spokesman for the Prime Minister", "a
# spokesman for mayor of London Sadiq Khan": the name after (with the office it may hold,
# in lower case) is whom the spokesperson speaks for, never the one speaking.
_SPOKESPERSON_FOR = re.compile(
    r"\b(?i:spokes(?:person|man|woman)\s+for\s+(?:the\s+)?)"
    rf"(?:(?:[a-z]+\s+)?{LOWER_CASE_POST}\s+(?:of\s+(?:the\s+)?)?)?"
    r"(?:[A-Z][\w’'-]*\s+){0,3}$"
)


_SPOKESPERSON_REACH = 60  # characters before a name that can hold "a spokesperson for"


def spokesperson_for(before: str, name: str) -> str | None:
    """The post of the spokesperson ``before`` ends on, with the ``name`` spoken for
    ("spokesperson for Sadiq Khan"), or None where ``before`` ends on no such post."""
    post = _SPOKESPERSON_FOR.search(before[-_SPOKESPERSON_REACH:])
    return post.group(0) + name if post else None


def _key(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" ,.;:").lower()
    return re.sub(r"^the ", "", text)


def _by_title(
    title: str, known: Sequence[tuple[str, str | None]], context: str
) -> tuple[str, str | None] | None:
    """A role-only reference ("the Commissioner") -> the person the release names with it."""
    # Deputy/Assistant/Vice X is a different post from X.
    lesser = r"(?<!Deputy )(?<!Assistant )(?<!Vice )(?<!deputy )(?<!assistant )(?<!vice )"
    pattern = re.compile(lesser + r"\b" + re.escape(title) + r"\b", re.IGNORECASE)
    for name, role in reversed(known):
        if role and pattern.search(role):
            return name, role
    if (hit := title_in_context(title, context)) is not None:
        return hit
    if title.lower() in _SINGLE_OFFICES:
        return _office_holder(title, known, context)
    return None


@read_per_release
def title_in_context(title: str, context: str) -> tuple[str, str] | None:
    """The person a release names with a title, read once per release and title."""
    lesser = r"(?<!Deputy )(?<!Assistant )(?<!Vice )(?<!deputy )(?<!assistant )(?<!vice )"
    # The title in any case, the name after it capitalised: "the Commissioner Cressida
    # Dick speaks" names "Cressida Dick", not "Cressida Dick speaks about"; so does the
    # name as a possessive ("Home Secretary Priti Patel’s promise"). The name stays on
    # its line: a caption line "Home Secretary Amber Rudd" over the body's "Home
    # Secretary Amber Rudd has ..." is two names, not one run on into the next title.
    named = re.compile(
        lesser
        + r"\b(?i:"
        + re.escape(title)
        + r")(,?)\s+((?:[A-Z][\w’'-]+[^\S\n]+){1,3}[A-Z][\w’'-]+)"
    )
    for match in named.finditer(context):
        found = _name_in(_POSSESSIVE.sub("", match.group(2)))
        if found and match.group(1) and found[1]:
            # "attended by the prime minister, Home Secretary Priti Patel, ...": a name
            # set off with a post of its own is the next one in a list, not the holder
            continue
        if found:
            return _canonical_name(found[0]), title
    # The name first, the title in apposition: "Theresa May, the Home Secretary"; not a
    # title that is the subject of its own verb ("after meeting Sir Mark Rowley, the
    # Prime Minister said"), the name ending the clause before it.
    apposed = re.compile(
        r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),\s+(?:the\s+)?"
        + lesser
        + r"(?i:"
        + re.escape(title)
        + r")\b(?!\s+"
        + _SUBJECT_VERB
        + ")"
    )
    for match in apposed.finditer(context):
        found = _name_in(match.group(1))
        if found:
            return _canonical_name(found[0]), title
    # The title before a surname alone ("Commissioner Doe disagreed"): the person the
    # release names in full with that surname, if it does.
    surnamed = re.compile(
        lesser + r"\b(?i:" + re.escape(title) + r")[^\S\n]+([A-Z][\w’'-]+)\b(?![^\S\n]*[A-Z])"
    )
    for match in surnamed.finditer(context):
        # (the first forename and surname pair, "Commissioner Doe" itself being none)
        in_full = re.compile(r"\b[A-Z][\w’'-]+[^\S\n]+" + re.escape(match[1]) + r"\b")
        for name in in_full.finditer(context):
            found = _name_in(name[0])
            if found and found[0].endswith(" " + match[1]):
                return _canonical_name(found[0]), title
    return None


# Offices one person holds at a time: a release about "the Prime Minister" that
# names one person doing things in full ("Gordon Brown said how ...") means them.
_SINGLE_OFFICES = frozenset(
    """prime minister|home secretary|chancellor|chancellor of the exchequer|foreign secretary|
    justice secretary|policing minister|security minister|mayor of london|mayor""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_TITLE_ABBREVIATIONS = {"pm": "Prime Minister"}


def title_in_full(title: str) -> str:
    """An office written short in full: "PM" -> "Prime Minister"."""
    return _TITLE_ABBREVIATIONS.get(title.lower(), title)


def office_speaks(role: str, context: str) -> bool:
    """Whether an office one person holds at a time ("Prime Minister", "the Home
    Secretary") stands for its holder: only where the release names no one doing
    things, so that the office is never put in place of someone it may be."""
    return _key(role) in _SINGLE_OFFICES and not _subjects(context)


# The police speaking as a body, not through a person: "the police said", "the force has
# warned that it ...", "the Met said", "Scotland Yard said". Auxiliaries and adverbs
# between the subject and its verb are left over from the clause ("the force has").
_BODY = re.compile(
    r"^(?:the\s+)?(?:(?P<police>police)|(?P<force>force)"
    r"|(?P<name>met(?:ropolitan)?(?:\s+police)?(?:\s+service)?|scotland\s+yard))"
    r"(?:\s+(?:has|have|had|also|today|yesterday|previously))*$",
    re.IGNORECASE,
)
# A body's statement speaks for the body: "A statement from Scotland Yard said:", "A
# police statement said:", "The Metropolitan Police Press Release says"; so does its statement or its policy that "is as follows:"
# ("The subsequent Metropolitan Police statement was as follows:", "Met Police policy on
# such events is as follows:"), the words after the colon the body's own.
_STATEMENT_OF = re.compile(
    r"^(?:an?\s+)?(?:statement\s+(?:from|by)\s+(?P<of>.+?)"
    r"|(?:the\s+(?-i:[a-z]+\s+)*)?(?P<whose>[^,]+?)\s+(?:statement|policy|press\s+release)(?:\s+on\s+[^,]+?)?)"
    r"(?:\s+(?:is|was|reads|read)\s+as\s+follows)?$",
    re.IGNORECASE,
)
_MET = "Metropolitan Police"
_MET_NAMED = re.compile(r"\b(?:Met|Metropolitan Police|Scotland Yard)\b")
# Another force a release names ("British Transport Police", "Essex Police", "Kent
# Constabulary"): "the force" may be that one. The name stays on its line: a byline
# "Andy Doe" over a headline opening "Police warned ..." names no force.
_FORCE_NAMED = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+(?:Police|Constabulary)\b")
_NOT_OTHER_FORCE = frozenset(("Met", "Metropolitan", "The", "National", "Military"))
_FORCE_BY_NAME = re.compile(r"^([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:Police|Constabulary)$")


@lru_cache(maxsize=4)
def _only_the_met(context: str) -> bool:
    """Whether the release names the Met and no other force (read once per release)."""
    return bool(_MET_NAMED.search(context)) and all(
        word in _NOT_OTHER_FORCE for word in _FORCE_NAMED.findall(context)
    )


# A motion's words introduced by its text, not by a person: "The full text of the motion
# is:", "The motion reads:", "The text of the motion agreed by the Assembly is:".
_MOTION_TEXT = re.compile(
    r"^the\s+(?:full\s+)?(?:text\s+of\s+the\s+)?motion(?:\s+(?:agreed|passed)(?:\s+by\s+"
    r"the\s+(?:london\s+)?assembly)?)?(?:\s+(?:is|reads|states|says|was))?(?:\s+as\s+follows)?$",
    re.IGNORECASE,
)
# The London Assembly putting a motion: "the London Assembly agreed a motion", "The
# Assembly today passed a motion", or in the passive, "A motion urging the Mayor to ...
# was unanimously agreed today by the London Assembly".
_PUT = r"(?:agreed|passed|backed|approved|supported|voted\s+for)"
_ASSEMBLY_MOTION = re.compile(
    r"\b(?:London\s+)?Assembly\s+(?:has\s+)?(?:today\s+|unanimously\s+)*"
    rf"{_PUT}\s+(?:a|the|this)\s+motion\b"
    rf"|\bmotion\b[^.]{{0,200}}?\b(?:was|has\s+been)\s+(?:today\s+|unanimously\s+)*{_PUT}"
    r"(?:\s+today|\s+unanimously)*\s+by\s+the\s+(?:London\s+)?Assembly\b"
)


@lru_cache(maxsize=4)
def _assembly_motion(context: str) -> bool:
    """Whether the release tells of the London Assembly putting a motion (read once)."""
    return "motion" in context and _ASSEMBLY_MOTION.search(context) is not None


# A committee's report speaks for the committee: "The report said:", "the committee's
# report states", where the release names the one committee whose report it is ("A report
# from the London Assembly budget and performance committee ...").
_REPORT_SPEAKING = re.compile(
    r"^(?:the|its|the\s+committee['’]s)\s+(?:new\s+)?report(?:\s+(?:also|has|had))*$",
    re.IGNORECASE,
)
_REPORT_FROM = re.compile(
    r"\breport\s+(?:from|by)\s+(?:the\s+)?(?P<body>[A-Z][\w'’]*(?:\s+[\w'’&]+){0,6}?"
    r"\s+[Cc]ommittee)\b"
)


# The Home Office by its name, or its report or statement: "According to the Home
# Office, “...”", "A Home Office report on the data said:".
_HOME_OFFICE_SPEAKING = re.compile(
    r"^(?:(?:the|a|an)\s+)?Home\s+Office(?:\s+(?:report|statement)(?:\s+on\s+[^,]{1,60})?)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _reporting_committee(context: str) -> str | None:
    """The one committee a release names as its report's author (read once)."""
    bodies = {match["body"] for match in _REPORT_FROM.finditer(context)}
    return bodies.pop() if len(bodies) == 1 else None


def body_speaking(who: str, context: str) -> str | None:
    """A body speaking, not a person: the police ("the police said" -> "police", the role
    the text uses; "Scotland Yard said", "the Met said" -> "Metropolitan Police", by any name;
    "the force said" -> "Metropolitan Police", the force the release names, only where
    the Met is the one force named, so that no force is made up), the London Assembly
    in the text of a motion the release tells it put, a committee in its report, or the
    Home Office by its name."""
    if _MOTION_TEXT.match(who.strip()):
        return "London Assembly" if _assembly_motion(context) else None
    if _REPORT_SPEAKING.match(who.strip()):
        return _reporting_committee(context)
    subject = _JOINED_CLAUSE.sub("", who.rsplit(",", 1)[-1].strip())
    if statement := _STATEMENT_OF.match(subject):
        subject = statement["of"] or statement["whose"]  # "A statement from the Home Office"
    if _HOME_OFFICE_SPEAKING.match(who.strip()) or _HOME_OFFICE_SPEAKING.match(subject):
        return "Home Office"
    match = _BODY.match(subject)
    if not match:
        # a force, or a force's local account, by its name: "Essex Police", "Hillingdon
        # Police" (the Met by any name is the Met, above)
        named = _FORCE_BY_NAME.match(subject)
        return subject if named and named[1] not in _NOT_OTHER_FORCE else None
    if match["police"]:
        return "police"
    if match["name"]:  # the Met's own name: the Met, whatever other force is named
        return _MET
    return _MET if _only_the_met(context) else None


# A verb of speaking or of public acts after a sentence's subject, in the past or, as a
# standfirst tells it, the present ("Amber Rudd visits new joint centre ..."), or the
# future of a release trailing a speech ("Jane Doe will reveal her plan ...").
_SUBJECT_VERB = (
    r"(?:(?:has\s+|had\s+|was\s+|is\s+)?(?:said|says|added|thanked|announced|announces|"
    r"claimed|claims|speaking|spoke|told|welcomed|welcomes|wished|visited|visits|praised|urged|urges|warned|"
    r"warns|met|set out|sets out|unveiled|unveils|launched|launches|promised|vowed|pledged|"
    r"pledges|insisted|revealed|reveals|issued|issues)|will\s+(?:say|announce|set out|"
    r"unveil|launch|reveal|pledge|promise|vow|warn|urge|visit|tell))\b"
)
# A local paper sets a lead's first word in capitals ("BORIS Johnson has said ..."): a
# first name so written is a word of four letters or more with a vowel (not "DSI", "NPCC").
_FIRST_NAME_IN_CAPITALS = r"(?=[A-Z]*[AEIOU])[A-Z]{4,}"


def _first_name_recased(name: str) -> str:
    """ "BORIS Johnson" -> "Boris Johnson"; any other name as written."""
    first, _, rest = name.partition(" ")
    if rest and re.fullmatch(_FIRST_NAME_IN_CAPITALS, first):
        return f"{first.capitalize()} {rest}"
    return name


# A full name opening a sentence, then a verb of speaking or of public acts. A line may
# open on the search tool's date prefix ("date 2021-03-11 "), page text after it. The
# name stays on its line: a page's "Published" over "John Doe has claimed ..." is no name.
_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=^date \d{4}-\d{2}-\d{2} )|(?<=^ date \d{4}-\d{2}-\d{2} ))"
    rf"((?:[A-Z][a-z][\w’'-]*|{_FIRST_NAME_IN_CAPITALS})[^\S\n]+(?:[A-Z][a-z][\w’'-]*[^\S\n]+)?"
    r"[A-Z][a-z][\w’'-]*)\s+" + _SUBJECT_VERB,
    re.MULTILINE,
)


def _office_holder(
    title: str, known: Sequence[tuple[str, str | None]], context: str
) -> tuple[str, str] | None:
    """The one person the release names in full as the subject of its sentences, when
    it never pairs the office with a name; None when there is not exactly one."""
    taken = {name for name, role in known if role}
    subjects = _subjects(context)
    found = [name for name in subjects if name not in taken]
    if not subjects:
        # Named only by a surname with an honorific ("Mr Brown said carrying knives was
        # ..."): the surname, as the release gives no more
        found = [name for name in _surname_subjects(context) if name not in taken]
    return (found[0], title) if len(found) == 1 else None


def _narration(context: str) -> str:
    """The release's paragraphs but those opening in quote marks: someone's words ("“On
    being told, Jane Doe has said she will step aside.”") tell of people, and those they
    name acting are no subjects of the release's own sentences."""
    return "\n".join(
        line for line in context.splitlines() if line.lstrip()[:1] not in _OPENING_MARKS
    )


# Quote marks that open a paragraph of someone's words.
_OPENING_MARKS = frozenset("“\"‘'")


@lru_cache(maxsize=4)
def _subjects(context: str) -> tuple[str, ...]:
    """Everyone a release names in full as a sentence's subject (one scan per release)."""
    found: dict[str, None] = {}
    for match in _SUBJECT.finditer(_narration(context)):
        named = _name_in(_first_name_recased(match.group(1)))
        if named and not named[1]:
            found[_canonical_name(named[0])] = None
    return tuple(found)


# An honorific and a surname opening a clause, then a verb of speaking or of public acts.
_SURNAME_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][a-z][\w’'-]*)\s+"
    + _SUBJECT_VERB,
    re.MULTILINE,
)


@lru_cache(maxsize=4)
def _surname_subjects(context: str) -> tuple[str, ...]:
    """Everyone a release names only by honorific and surname as a sentence's subject
    ("Mr Brown said ..."), by surname, or by the full name it gives them elsewhere."""
    found: dict[str, None] = {}
    for match in _SURNAME_SUBJECT.finditer(_narration(context)):
        surname = match.group(1)
        if _is_name_token(surname):
            found[_named_in_full(surname, False, False, context) or surname] = None
    return tuple(found)


def _canonical_name(name: str) -> str:
    alias = ALIASES.get(_key(name))
    return alias[0] if alias else name


# The conjunction opening a clause joined on to a sentence: "..., and Jones stated:", or
# the sentence itself: "But a statement from the Met said:".
_JOINED_CLAUSE = re.compile(r"^(?:and|but)\s+", re.IGNORECASE)
# A conjunction opening the sentence, then its subject's name: "While Cooper added:" (not
# "..., and she asked staff", a clause after someone's words that may be no attribution)
# A post with the holder's party before it: "The Labour mayor", "the Tory leader".
_PARTY = r"(?P<party>Labour|Conservative|Tory|Lib(?:eral)?[ -]?Dem(?:ocrat)?|Green|UKIP)"
_PARTY_POST = re.compile(rf"^[Tt]he\s+{_PARTY}\s+(?P<post>[a-z]+)$")
_PARTY_BEFORE_POST = re.compile(rf"\b{_PARTY}\s+(?P<post>[a-z][a-z]+)\b", re.IGNORECASE)
_OPENING_CONJUNCTION = re.compile(r"^(?:And|But|While|Whilst|Yet)\s+(?=[A-Z][a-z])")
# An honorific run into the surname, a typo: "MrGodwin", "MsDick".
# "Indian-origin Braverman said": a compound adjective describing the one named, whose
# name follows it (names capitalise every part: "Hogan-Howe")
_OPENING_ADJECTIVE = re.compile(r"^(?:[A-Z][a-z]+-[a-z][\w-]*\s+)+(?=[A-Z])")
_GLUED_HONORIFIC = re.compile(r"\b(Mrs|Mr|Ms|Dr)(?=[A-Z][a-z])")
# "Mr Desai, who represents Newham, Tower Hamlets and ..., said": a relative clause set
# off after the subject describes them; the places or people it names never speak.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|whom)\s.*$", re.DOTALL)


def canonical_speaker(
    name_as_written: str,
    known: Sequence[tuple[str, str | None]] = (),
    context: str = "",
) -> tuple[str | None, str | None]:
    """(canonical name, role or None) for an attribution as written.

    ``known`` is the (name, role) of people already quoted in the release, most
    recent last, so "he", "Khan" or "the Chief Executive" resolve to them;
    ``context`` is the release text, so "the Commissioner" resolves to the
    Commissioner it names. The name is None when no person can be identified.
    """
    text = re.sub(r"\s+", " ", name_as_written).strip(" ,.;:")
    if "M" in text or "D" in text:
        text = _GLUED_HONORIFIC.sub(r"\1 ", text)  # "MrGodwin cautioned": "Mr Godwin"
    if ", wh" in text:
        text = _RELATIVE_CLAUSE.sub("", text)
    text = _OPENING_CONJUNCTION.sub("", text)
    text = _OPENING_ADJECTIVE.sub("", text)
    found = _resolve(text, known, context)
    if found[0] and "," in text and _bare(text.split()[0]) in _PERSONAL_HONORIFICS:
        # "Ms Elcock, chairwoman of campaign group Grenfell United": the person the
        # honorific opens on speaks, not a name in the post set off after her
        subject, post = (part.strip() for part in text.split(",", 1))
        named = _resolve(subject, known, context)
        if named[0] and " " in named[0] and _set_off_after_subject(post):
            return named[0], named[1] or clean_role(post)
    if found[0] is None and (opened := _named_from_honorific(text, known, context)):
        return opened
    if found[0] is None and (party := _PARTY_POST.match(text)):
        # "The Labour mayor said:": the holder of the post the release names, unless it
        # gives the post to more than one party ("the Conservative leader" and "Labour
        # leader Jane Doe")
        post = party["post"].lower()
        parties = {
            m["party"].lower()
            for m in _PARTY_BEFORE_POST.finditer(context)
            if m["post"].lower() == post
        }
        if parties <= {party["party"].lower()}:
            return _resolve(f"the {post}", known, context)
    if found[0] is None and "," in text:
        # "Speaking today, Sadiq": the subject is the part next to the verb; so is the
        # subject of a clause joined on ("The figures show ..., and Jones stated:").
        last = _JOINED_CLAUSE.sub("", text.rsplit(",", 1)[1].strip())
        found = _resolve(last, known, context)
    if found[0] is None and "," in text:
        # "Ms Hall, a member of the committee", "Mr Reyes, Cabinet Member for Safety",
        # "The Prime Minister, following the advice of ...": a surname or title with its
        # post, description or an aside of the occasion set off after it, the person first.
        subject, post = (part.strip() for part in text.split(",", 1))
        if post and _set_off_after_subject(post):
            # a post set off after a place word makes it a surname, as "Ms" does ("Hall,
            # a former council leader," is the Susan Hall the release names)
            named = _resolve(subject, known, context, titled=any(map(_is_title, post.split())))
            if named[0]:
                return named[0], named[1] or clean_role(post)
    return found


def _named_from_honorific(
    text: str, known: Sequence[tuple[str, str | None]], context: str
) -> tuple[str, str | None] | None:
    """The person whose name an honorific opens inside a longer run: "Harrow West MP Mr
    Thomas", "Speaking to the Policing Board Sir Mark" (a scene with no comma after it).
    The words before are a post or a scene, not part of the name; only someone the
    release names in full will do."""
    words = text.split()
    for at, word in enumerate(words[1:], 1):
        if word[:1].isupper() and _bare(word) in _HONORIFICS:
            if spokesperson_for(" ".join(words[:at]) + " ", ""):
                return None  # "A spokesman for Mr Johnson": whom the spokesman speaks for
            if "," in " ".join(words[at:]) and any(_narrative(w) for w in words[:at]):
                # "after meeting with Sir Mark Rowley, the Prime Minister": a name in a
                # scene set before a comma is its object; the subject follows the comma
                return None
            named = _resolve(" ".join(words[at:]), known, context)
            return (named[0], named[1]) if named[0] and " " in named[0] else None
    return None


def _set_off_after_subject(words: str) -> bool:
    """A post, a description or an aside set off after a sentence's subject: "Cabinet
    Member for Safety", "a member of the committee", "speaking at City Hall"."""
    first = words.split()[0]
    return (
        role_like(words)
        or _bare(first) in ("a", "an", "the")
        or (first.islower() and _narrative(first))
        or _AGE.fullmatch(words) is not None  # "Mr Powell, 58, said:"
    )


def _resolve(
    text: str, known: Sequence[tuple[str, str | None]], context: str, titled: bool = False
) -> tuple[str | None, str | None]:
    key = _key(text)
    if not key:
        return None, None
    if key in _PRONOUNS:
        return known[-1] if known else (None, None)
    words = [w for w in text.split() if _bare(w) not in _HONORIFICS]
    if len(words) == 1 and _bare(words[0]) in _SURNAME_PLACES and words[0][:1].isupper():
        # "Hall said": a place word as a surname only for the person the release names
        # in full with it ("Susan Hall AM"), never alone ("City Hall said" is no one).
        # After an honorific ("Ms Hall") it is a surname: the release's "Susan Hall".
        titled = titled or any(_bare(w) in _PERSONAL_HONORIFICS for w in text.split())
        named = _one_name(words[0], known, context, titled=titled)
        return named if named[0] and " " in named[0] else (None, None)
    if len(words) == 1 and (_is_name_token(words[0]) or _key(words[0]) in ALIASES):
        # "Sir Mark", "Dame Diana": these honorifics go with a first name.
        first_name = any(_bare(w) in _FIRST_NAME_HONORIFICS for w in text.split())
        return _one_name(words[0], known, context, first_name)
    if key in ALIASES:
        return _alias(key, context)
    if (
        len(words) > 1
        and _is_name_token(words[-1])
        and (
            all(_is_title(word) for word in words[:-1])
            or _key(" ".join(words[:-1])) in _SINGLE_OFFICES
        )
        and (named := _one_name(words[-1], known, context))[0]
        and " " in named[0]
    ):
        # "Commissioner Dick said", "Prime Minister May added": the Cressida Dick, the
        # Theresa May the release names in full (an office of several words is one post).
        return named[0], named[1] or " ".join(words[:-1])
    ranked = _ORG_SPLIT.split(text, maxsplit=1)[0].split()
    if (
        len(ranked) > 1
        and _is_name_token(ranked[-1])
        and all(_bare(word) in _RANKS or _bare(word) in _HONORIFICS for word in ranked[:-1])
    ):
        # "Sergeant Chloe from Merton said": a rank before one name the release never
        # completes, kept as written without the rank (as "PC Chloe" is "Chloe")
        return _one_name(ranked[-1], known, context)[0], " ".join(ranked[:-1])
    found = split_name_role(text)
    if found:
        return _canonical_name(found[0]), found[1]
    title = re.sub(r"^(?:the|The)\s+", "", text)
    if "-" in title:
        # "the two-time mayor", "the long-serving Commissioner": the office's holder
        # the release names (never "the former mayor", "the acting Commissioner")
        title = _TENURE.sub("", title)
    title = title_in_full(title)  # "The PM said:"
    # "the policing minister said": an office in lower case is still the office
    if role_like(title, strict=True) or _key(title) in _SINGLE_OFFICES:
        if (hit := _by_title(title, known, context)) is not None:
            return hit
        alias = _CONTEXT_ALIASES.get(key)
        if alias and alias[1] in context:
            return alias[0], title
    return None, None


# Words of how long or how often someone has held their office, before its name: they
# describe the holder the release names, not another one.
_TENURE = re.compile(
    r"^(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-(?:time|term)|"
    r"long-serving|long-standing)\s+(?=\S)",
    re.IGNORECASE,
)


_MAYOR_NAMED = re.compile(
    r"(?<![Ff]ormer )(?<![Dd]eputy )(?<![Ee]x-)\b(?:Mayor of London|London Mayor|Mayor),?\s+"
    r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)"
)


_KHAN_ELECTED = 2016
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The Mayors of London before Sadiq Khan, with the year each left office.
_EARLIER_MAYORS = {"Ken Livingstone": 2008, "Boris Johnson": 2016}


@lru_cache(maxsize=4)
def _other_mayor(context: str) -> str | None:
    """The one Mayor of London a release names, when he is not Sadiq Khan ("The Mayor of
    London Boris Johnson today stood down"): who "the Mayor" is in that release."""
    found: set[str] = set()
    for match in _MAYOR_NAMED.finditer(context):
        if named := _name_in(match.group(1)):
            found.add(_canonical_name(named[0]))
    if not found and "Khan" not in context:
        # "Boris Johnson said ... , says mayor": a former Mayor named in full, in a
        # release that writes no year after his term, is the Mayor it means
        latest = max((int(year) for year in _YEAR.findall(context)), default=0)
        found = {
            name for name, left in _EARLIER_MAYORS.items() if name in context and latest <= left
        }
    if len(found) == 1 and "Sadiq Khan" not in found:
        return found.pop()
    return None


def _alias(key: str, context: str) -> tuple[str | None, str | None]:
    """A key speaker's alias; "the Mayor" is the Mayor the release names when that is
    not Sadiq Khan (Boris Johnson's time), and no one when it names none before 2016
    (then the office speaks)."""
    if ALIASES[key][1] == _MAYOR:
        if other := _other_mayor(context):
            return other, _MAYOR
        if _before_khan(context):
            return None, None
    return ALIASES[key]


@lru_cache(maxsize=4)
def _before_khan(context: str) -> bool:
    """Whether a release that never names Sadiq Khan writes only years before his
    election (2016): "the Mayor" in it is an earlier Mayor, not him."""
    if "Khan" in context or "Sadiq" in context:
        return False
    years = [int(year) for year in _YEAR.findall(context)]
    return bool(years) and max(years) < _KHAN_ELECTED


def _one_name(
    word: str,
    known: Sequence[tuple[str, str | None]],
    context: str,
    first_name: bool = False,
    titled: bool = False,
) -> tuple[str | None, str | None]:
    """A surname or first name alone ("Rowley added", "Mr Khan said", "Sir Mark").

    A first name is never given back alone: "Sir Mark" is the Sir Mark the
    release names in full, or nobody.
    """
    key = _key(word)
    # Someone already quoted in this release wins over a key speaker's alias.
    for name, role in reversed(known):
        if key in name.lower().split():
            return name, role
    if key in ALIASES:
        return _alias(key, context)
    named = _named_in_full(word, first_name, titled, context)
    if named:
        return named, None
    return (None, None) if first_name else (_peer_styled(word, context), None)


def _peer_styled(surname: str, context: str) -> str:
    """A surname the release never completes, with the peer's title it always puts to it:
    "Henley said" is the "Lord Henley" it names (a peer is known by title and surname,
    never by the surname alone); any other honorific, or more than one, leaves it bare."""
    put = _honorifics_by_name(context).get(surname, set())
    if len(put) == 1 and (title := next(iter(put))).lower() in _PEER_TITLES:
        return f"{title} {surname}"
    return surname


# A first name written as initials, "B.J." or "J. K."; joined up ("D.I."), a rank is no
# first name (see _is_title). One letter alone may end a sentence ("Plan B. Doe said").
_INITIALS = r"(?<![\w.])(?P<initials>[A-Z]\.(?:[^\S\n]?[A-Z]\.){1,2})"
# The capitalised word a name runs on into on its line ("Notting Hill Carnival").
_RUN_ON = re.compile(r"[^\S\n]+([A-Z][a-z][\w’'-]*)")


@read_per_release
def _named_in_full(word: str, first_name: bool, titled: bool, context: str) -> str | None:
    """The full name a release gives a surname or first name."""
    # a place word as a surname reads as one only with a post after it ("Susan Hall AM"),
    # or, for a surname an honorific was put to ("Ms Hall"), where no article or
    # preposition puts a place before it ("Tory candidate Susan Hall", not "in
    # Westminster Hall"); then only one such name will do
    place = _bare(word) in _SURNAME_PLACES
    post = r"(?:\s+[A-Z]{2,3}\b)?" if place else ""
    if place and titled and not first_name:
        found = {
            _canonical_name(named[0])
            for match in re.finditer(r"\b[A-Z][\w’'-]+[^\S\n]+" + re.escape(word) + r"\b", context)
            if _word_before(context, match.start()) not in _PLACE_ARTICLES
            and (named := _name_in(match.group(0), post=True))
        }
        return found.pop() if len(found) == 1 else None
    if not first_name:
        # the full name the release gives, in the form it gives most (a headline's
        # misspelling "Unmessh Doe" is not the "Unmesh Doe" of the body), else first; a
        # surname may be the last part of a double-barrelled one ("Howe" of "Bernard
        # Hogan-Howe"), and a first name written as initials ("B.J. Doe") is one; a
        # capitalised word run on after it (no acronym, no title) makes it part of a
        # place's or event's name ("Notting Hill Carnival"), no person's ("Jane Doe AM",
        # "Jane Doe GLA member", "Jane Doe Deputy Mayor" are people)
        in_full: dict[str, int] = {}
        for match in re.finditer(
            rf"(?:\b[A-Z][\w’'-]+|{_INITIALS})[^\S\n]+(?:[A-Z][\w’'-]*-)?"
            + re.escape(word)
            + r"\b"
            + post,
            context,
        ):
            if (after := _RUN_ON.match(context, match.end())) and not _is_title(after[1]):
                continue
            if match["initials"]:
                rank = _is_title(re.sub(r"[.\s]", "", match["initials"]))
                named = None if rank else (match.group(0), "")
            else:
                # a place word is a surname after a title over the first name ("Assembly
                # member Susan Hall"): read with the word before it, as a post after does
                before = _word_before(context, match.start()) if place else ""
                title = before if _is_title(before) else ""
                named = _name_in(f"{title} {_first_name_recased(match.group(0))}".lstrip())
            if named:
                form = _canonical_name(named[0])
                in_full[form] = in_full.get(form, 0) + 1
        if in_full:
            return max(in_full, key=in_full.__getitem__)
        # else the name broken over a line of hard-wrapped text after its holder's post
        # ("British Prime Minister David" / "Cameron said on Monday"); a line ending on
        # any capitalised word ("... Action Plan" / "We’re") is no first name
        for match in re.finditer(
            r"\b([A-Z][\w’'-]+)[^\S\n]+([A-Z][\w’'-]+)\n" + re.escape(word) + r"\b", context
        ):
            if _is_title(match[1]) and (named := _name_in(f"{match[2]} {word}")):
                return _canonical_name(named[0])
    # "Sir Mark" -> "Sir Mark Rowley", "Caroline" -> the "Caroline Doe’s motion" a release
    # names (a possessive too, "Jane Jones' son" with the apostrophe alone after an s),
    # only when one person named in full has that first name; a lead may set that first
    # name in capitals ("BORIS Johnson set out ...")
    found = set()
    for match in re.finditer(
        rf"\b(?:{re.escape(word)}|{re.escape(word.upper())})"
        r"[^\S\n]+[A-Z][\w’'-]+?(?=[’']s\b|(?<=s)[’'](?!\w)|[^\w’'-]|$)",
        context,
    ):
        named = _name_in(_first_name_recased(match.group(0)))
        if named and named[0].split()[0] == word and not _headline_run(context, match.end()):
            found.add(_canonical_name(named[0]))
    return found.pop() if len(found) == 1 else None


_HEADLINE_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _headline_run(text: str, end: int) -> bool:
    """Whether the two words ending at ``end`` run on into a further capitalised word on
    a line capitalised throughout but for small words: a title-case headline ("Boris
    Gets Tough On Knife Crime"), whose capitals mark no name ("Boris Gets")."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if not re.match(r"[^\S\n]+[A-Z][a-z]", rest):
        return False
    line = text[text.rfind("\n", 0, end) + 1 : end] + rest
    return all(
        w[:1].isupper() or w in _HEADLINE_SMALL_WORDS for w in line.split() if w[:1].isalpha()
    )


_MALE = frozenset("mr sir lord baron viscount earl".split())
_PEER_TITLES = frozenset("lord lady baroness baron viscount earl".split())
_GENDERED = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Baroness|Baron|Viscount|Earl)\.?\s+([A-Z][\w’'-]+)"
)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# First names, with their common short forms, that English usage gives one sex only (no
# name given to both, "Sam", "Jo", "Alex"): what "he"/"she" can be when no honorific says.
_FIRST_NAME_SEX = {
    **dict.fromkeys(
        """abigail alison amanda amy andrea angela ann anna anne barbara beth bethany
        carol caroline catherine cathy charlotte christine claire clare deborah debbie
        diane dominique donna elaine eleanor elizabeth ellie emily emma fiona gemma
        georgina hannah harriet helen jacqueline jane janet jennifer jenny jessica jill
        joan joanna joanne josephine judith julia julie karen kate katherine kathryn
        katie kelly kirsty laura lauren linda lisa liz lorraine louisa louise lucy lynne
        margaret maria marie mary melanie michelle nadine natalie nicola patricia pauline
        penny priti rachel rebecca ruth sally samantha sandra sarah sharon shirley sophie
        sue susan suzanne teresa theresa tracey valerie victoria wendy yvette zoe""".split(),
        "f",
    ),
    **dict.fromkeys(
        """adam alan andrew anthony barry ben benjamin bill boris brian charles colin craig
        dan daniel darren david dean dominic edward gareth gary geoffrey george graham
        greg gregory harry ian jack james jason jeremy jim john jonathan keith kenneth
        kevin keir mark martin matthew michael mike neil nicholas nick nigel patrick paul
        peter philip richard rishi robert roger sadiq simon stephen steve steven stuart
        thomas tim timothy tom tony william""".split(),
        "m",
    ),
}


@lru_cache(maxsize=4)
def _honorifics_by_name(context: str) -> dict[str, set[str]]:
    """Each word an honorific is put to in a release, with those honorifics as written
    ("Mr Khan", "Sir Sadiq", "Lord Henley"): one scan per release."""
    found: dict[str, set[str]] = {}
    for match in _GENDERED.finditer(context):
        name = match[2].removesuffix("’s").removesuffix("'s")  # "Mrs Badenoch’s suggestion"
        found.setdefault(name, set()).add(match[1])
    return found


def pronoun_fits(pronoun: str, name: str | None, context: str, by_first_name: bool = True) -> bool:
    """Whether "he"/"she" can be ``name``: not when the release puts only honorifics of
    the other sex to their first name or surname ("Sir Sadiq", "Mr Khan" are no "she"),
    nor (``by_first_name``), with no honorific, when the first name is one given to the
    other sex only."""
    want = _PRONOUN_GENDER.get(pronoun.strip(" ,.;:").lower())
    if want is None or not name or " " not in name:
        return True
    words = name.split()
    told = _honorifics_by_name(context)
    sexes = {
        "m" if honorific.lower() in _MALE else "f"
        for honorific in told.get(words[0], set()) | told.get(words[-1], set())
    }
    if not sexes and by_first_name and (sex := _FIRST_NAME_SEX.get(words[0].lower())):
        sexes = {sex}
    return len(sexes) != 1 or want in sexes


def _word_before(text: str, index: int) -> str:
    """The word just before ``index``, bare and in lower case ("" at the start)."""
    words = text[max(0, index - 20) : index].split()
    return _bare(words[-1]) if words else ""


# "the murder of John Smith in Tower Hamlets", "working with Commissioner Jane Doe": a
# capitalised pair after "in" is a place, and whoever is "with" the subject is not the
# one "he said" next refers back to.
_PLACE_OR_COMPANY_BEFORE = frozenset(("in", "with"))
# A capitalised run opening on an ordinal is an event or period ("Second World War").
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_POSSESSIVE = re.compile(r"[’']s\s*$")


def _a_thing(run: str, name: str, before: str) -> bool:
    """Whether ``name``, read from the capitalised ``run`` after the word ``before``, is
    no person: an event, building or programme, or a thing someone has ("the Mayor’s
    Question Time session", "Khan’s Night Tube"), the possessive's object; or a run an
    article opens with no title ("the Hounslow Heath car boot sale", "a Jane Doe
    Foundation grant"): a person is "the Commissioner Jane Doe", never "the Jane Doe"."""
    words = name.split()
    at = run.find(words[0])
    return (
        _bare(words[0]) in _ORDINALS
        or (at == 0 and before in _ARTICLES)
        or before.endswith(("’s", "'s"))
        or (at > 0 and _POSSESSIVE.search(run[:at]) is not None)
    )


def _names_in_run(run: str) -> Iterator[tuple[int, str, tuple[str, str] | None]]:
    """(offset, phrase, what ``_name_in`` reads in it) for a capitalised ``run``: the
    whole run when it ends on a name after a title of any length ("Detective Chief
    Inspector Jane Doe"), else each stretch of up to four words."""
    whole = _name_in(run)
    if whole is not None:
        yield 0, run, whole
        return
    for match in _FULL_NAME.finditer(run):
        yield match.start(), match.group(0), _name_in(match.group(0))


def _people_named(text: str) -> Iterator[str]:
    """Each person named in full in ``text``, in order."""
    for run in _CAPITALISED_RUN.finditer(text):
        for offset, phrase, named in _names_in_run(run.group(0)):
            start = run.start() + offset
            before = _word_before(text, start)
            if (
                named is not None
                and not _a_thing(phrase, named[0], before)
                and before not in _PLACE_OR_COMPANY_BEFORE
                and not spokesperson_for(text[max(start - _SPOKESPERSON_REACH, 0) : start], "")
            ):
                yield _canonical_name(named[0])


def last_person(text: str) -> str | None:
    """The last person named in full in ``text`` (what "he said" refers back to)."""
    people = list(_people_named(text))
    return people[-1] if people else None


def only_person(text: str) -> str | None:
    """The one person ``text`` names in full, if it names exactly one."""
    people = set(_people_named(text))
    return people.pop() if len(people) == 1 else None


def match_speakers(query: str, names: Iterable[str]) -> list[str]:
    """Canonical names matching a user's query by alias or fuzzily, best first.

    "khan", "the mayor", "rowly" (a typo) all find their person; an empty list
    when nothing is plausible.
    """
    names = list(dict.fromkeys(names))
    q = _key(query)
    alias = ALIASES.get(q) or _CONTEXT_ALIASES.get(q)
    # "Sir Mark", "Commissioner Rowley": the name is what identifies the person.
    q = " ".join(w for w in q.split() if _bare(w) not in _HONORIFICS and not _is_title(w)) or q
    if not q:
        return []
    scores: dict[str, float] = {}
    if alias and alias[0] in names:
        scores[alias[0]] = 200.0
    for name in names:
        lowered = name.lower()
        score = max(fuzz.ratio(q, lowered), fuzz.token_sort_ratio(q, lowered))
        for word in lowered.split():
            score = max(score, fuzz.ratio(q, word))
            if len(q) >= 3 and word.startswith(q):
                score = max(score, 90.0)  # typing the start of a name
        if score >= 80:
            scores[name] = max(scores.get(name, 0.0), score)
    return sorted(scores, key=lambda n: (-scores[n], _key_rank(n), n))


def _key_rank(name: str) -> int:
    return KEY_SPEAKERS.index(name) if name in KEY_SPEAKERS else len(KEY_SPEAKERS)


def order_speakers(counts: dict[str, int]) -> list[str]:
    """Key speakers first (in KEY_SPEAKERS order), then by quote count, then name."""
    return sorted(counts, key=lambda n: (_key_rank(n), -counts[n], n))
