"""Speakers: one identity per person, roles as written, lookup by alias or typo."""

from __future__ import annotations

import pytest

from briefing.parse.speakers import (
    KEY_SPEAKERS,
    canonical_speaker,
    clean_role,
    match_speakers,
    order_speakers,
)

SEED_SPEAKERS = [
    "Sadiq Khan",
    "Owain Richards",
    "Hannah Wadey",
    "Aicha Less",
    "Mandy McGregor",
    "Louisa Rolfe",
    "Mark Rowley",
    "Ros Morgan",
    "Dee Corsi",
    "Anthony Hemmerdinger",
    "Pete Stevens",
    "Shazia Hussain",
    "Lucky Singh",
    "Jacqui Robinson",
    "Sophie Linden",
    "Craig Mackey",
    "Jim Henderson",
]


def test_key_speakers():
    assert KEY_SPEAKERS == ("Sadiq Khan", "Mark Rowley", "Louisa Rolfe")


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        ("Sadiq", "Sadiq Khan", None),
        ("the Mayor", "Sadiq Khan", "Mayor of London"),
        ("Mayor of London", "Sadiq Khan", "Mayor of London"),
        ("The Mayor of London, Sadiq Khan,", "Sadiq Khan", "Mayor of London"),
        ("The Mayor of London Sadiq Khan", "Sadiq Khan", "Mayor of London"),
        ("London Mayor Sadiq Khan", "Sadiq Khan", "London Mayor"),
        ("Sadiq Khan, the Mayor of London", "Sadiq Khan", "Mayor of London"),
        ("Sir Mark Rowley", "Mark Rowley", None),
        ("Commissioner Sir Mark Rowley", "Mark Rowley", "Commissioner"),
        ("Metropolitan Police Commissioner Sir Mark Rowley", "Mark Rowley",
         "Metropolitan Police Commissioner"),
        ("Assistant Commissioner Louisa Rolfe,", "Louisa Rolfe", "Assistant Commissioner"),
        ("Met Commander Owain Richards", "Owain Richards", "Met Commander"),
        ("Cllr Aicha Less, Deputy Leader", "Aicha Less", "Deputy Leader"),
        ("Commander Pete Stevens from the Metropolitan Police", "Pete Stevens",
         "Commander, Metropolitan Police"),
        ("Shazia Hussain, Chief Executive, of the London Legacy Development Corporation",
         "Shazia Hussain", "Chief Executive of the London Legacy Development Corporation"),
        ("Metropolitan Police Service Acting Commissioner Craig Mackey", "Craig Mackey",
         "Metropolitan Police Service Acting Commissioner"),
        ("Speaking at the launch, the Mayor of London, Sadiq Khan", "Sadiq Khan",
         "Mayor of London"),
        ("Detective Chief Superintendent Seb Adjei-Addoh, who leads policing in Westminster",
         "Seb Adjei-Addoh", "Detective Chief Superintendent"),
        ("Sarah Jones MP, Minister for Policing", "Sarah Jones", "Minister for Policing"),
        ("Sadiq Khan (Mayor of London)", "Sadiq Khan", "Mayor of London"),
        ("Mary O’Brien", "Mary O’Brien", None),
    ],
)  # fmt: skip
def test_canonical_speaker(written, name, role):
    assert canonical_speaker(written) == (name, role)


@pytest.mark.parametrize(
    "written",
    ["Latest stats", "Core elements of the Mayor’s new Police and Crime Plan include", ""],
)
def test_not_a_person(written):
    assert canonical_speaker(written) == (None, None)


def test_same_person_across_titles():
    names = {
        canonical_speaker(w)[0]
        for w in ("Assistant Commissioner Mark Rowley", "Commissioner Sir Mark Rowley", "Rowley")
    }
    assert names == {"Mark Rowley"}


def test_pronoun_and_surname_resolve_to_people_already_quoted():
    known = [("Craig Mackey", "Acting Commissioner"), ("Jim Henderson", "Headteacher")]
    assert canonical_speaker("he", known) == ("Jim Henderson", "Headteacher")
    assert canonical_speaker("Mackey", known) == ("Craig Mackey", "Acting Commissioner")
    assert canonical_speaker("Mr Mackey", known) == ("Craig Mackey", "Acting Commissioner")
    assert canonical_speaker("she") == (None, None)
    # Someone quoted in the release wins over a key speaker's alias.
    assert canonical_speaker("Khan", [("Ali Khan", None)]) == ("Ali Khan", None)


def test_the_commissioner_needs_the_release_to_name_him():
    assert canonical_speaker("the Commissioner") == (None, None)
    named = "The pledge from the Mayor and Sir Mark Rowley to get the basics right."
    assert canonical_speaker("the Commissioner", context=named)[0] == "Mark Rowley"
    # An Assistant Commissioner is not "the Commissioner".
    assert (
        canonical_speaker("the Commissioner", context="Assistant Commissioner Louisa Rolfe")[0]
        is None
    )
    # The Commissioner the release quotes, whoever it is.
    known = [("Craig Mackey", "Metropolitan Police Service Acting Commissioner")]
    assert canonical_speaker("the Commissioner", known)[0] == "Craig Mackey"


def test_surname_alone_found_in_the_release_text():
    assert canonical_speaker("Jones", context="Minister Sarah Jones visited.") == (
        "Sarah Jones",
        None,
    )


def test_clean_role():
    assert clean_role("the Mayor of London") == "Mayor of London"
    assert clean_role("Chief Executive, of the LLDC,") == "Chief Executive of the LLDC"
    assert clean_role("  ") is None
    assert clean_role(None) is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("khan", "Sadiq Khan"),
        ("Sadiq", "Sadiq Khan"),
        ("sadiq kahn", "Sadiq Khan"),
        ("the mayor", "Sadiq Khan"),
        ("Mayor of London", "Sadiq Khan"),
        ("rowley", "Mark Rowley"),
        ("rowly", "Mark Rowley"),
        ("Sir Mark Rowley", "Mark Rowley"),
        ("Commissioner Rowley", "Mark Rowley"),
        ("rolfe", "Louisa Rolfe"),
        ("hemerdinger", "Anthony Hemmerdinger"),
        ("mcgregor", "Mandy McGregor"),
        ("Cllr Aicha Less", "Aicha Less"),
    ],
)
def test_match_speakers_best_first(query, expected):
    assert match_speakers(query, SEED_SPEAKERS)[0] == expected


@pytest.mark.parametrize("query", ["zzz", "", "   ", "budget"])
def test_match_speakers_nothing_plausible(query):
    assert match_speakers(query, SEED_SPEAKERS) == []


def test_match_speakers_only_returns_given_names():
    assert match_speakers("the mayor", ["Sophie Linden"]) == []
    assert match_speakers("khan", ["Hannah Wadey", "Shazia Hussain"]) == []


def test_match_speakers_several_matches_key_speaker_first():
    assert match_speakers("mark", ["Mark Smith", "Mark Rowley"]) == ["Mark Rowley", "Mark Smith"]


def test_order_speakers():
    counts = {"Jane Doe": 3, "Sadiq Khan": 1, "Louisa Rolfe": 5, "Abe Bloggs": 3, "Zed Zee": 9}
    assert order_speakers(counts) == [
        "Sadiq Khan",
        "Louisa Rolfe",
        "Zed Zee",
        "Abe Bloggs",
        "Jane Doe",
    ]
    assert order_speakers({}) == []


def test_a_release_text_is_read_once_per_key_and_for_a_bounded_number_of_keys():
    """Looking up a name or a title reads the whole release. Once per key, and for at
    most ``LOOKUPS_PER_RELEASE`` keys: a file of 1,000 distinct surnames or titles took
    7-18 s (quadratic); real releases look up a dozen at most."""
    from briefing.parse import speakers

    reads: list[str] = []

    @speakers.read_per_release
    def full_name(word: str, context: str) -> str | None:
        reads.append(word)
        return f"Jo {word}" if word in context else None

    context = "Jo Hall and others"
    assert full_name("Hall", context) == full_name("Hall", context) == "Jo Hall"
    assert reads == ["Hall"]
    names = [f"Name{n}" for n in range(3 * speakers.LOOKUPS_PER_RELEASE)]
    assert [full_name(name, context) for name in names] == [None] * len(names)
    assert len(reads) == speakers.LOOKUPS_PER_RELEASE
    assert full_name("Hall", "another release's Jo Hall") == "Jo Hall"  # counted apart


def test_a_very_long_text_is_read_for_fewer_keys_so_the_characters_read_stay_bounded():
    """A 5 MB file read for 64 keys took 50 s to parse: past ``LOOKUP_READ_CHARS``
    read in all, the later keys find nothing, as past the count."""
    from briefing.parse import speakers

    reads: list[str] = []

    @speakers.read_per_release
    def full_name(word: str, context: str) -> str | None:
        reads.append(word)
        return f"Jo {word}" if word in context else None

    quarter = speakers.LOOKUP_READ_CHARS // 4
    context = "Jo Hall, Jo Ames, Jo Bell, Jo Cox and Jo Dee. ".ljust(quarter, "x")
    names = ["Hall", "Ames", "Bell", "Cox", "Dee"]
    assert [full_name(name, context) for name in names] == [
        "Jo Hall",
        "Jo Ames",
        "Jo Bell",
        "Jo Cox",
        None,
    ]
    assert reads == names[:4]


def test_a_file_quoting_thousands_of_people_keeps_the_latest_few_to_resolve_against():
    """Each attribution is resolved against the people quoted before it: kept once
    each (a speaker quoted again moves last), the latest ``KNOWN_SPEAKERS_KEPT``."""
    from briefing.parse import quotes
    from briefing.parse.release import parse_release

    people = [f"Officer {chr(65 + n // 26)}{chr(97 + n % 26)}ton Smyth" for n in range(200)]
    body = "\n\n".join(f"{person} said: “We made more arrests this year.”" for person in people)
    text = f"Title\n\n{body}\n\nHe said: “Again, more arrests.”"
    blocks = parse_release(text, "generated.txt").blocks
    extractor = quotes._Extractor(context="\n".join(b.text for b in blocks), blocks=blocks)
    for position, block in enumerate(blocks):
        extractor.feed(block, position)
    extractor.flush()
    assert len(extractor.quotes) == 201
    assert len(extractor.known) == quotes.KNOWN_SPEAKERS_KEPT
    assert (
        extractor.quotes[-1].speaker
        == extractor.quotes[-2].speaker
        == people[-1].removeprefix("Officer ")
    )


def test_a_paragraph_of_marks_never_closed_is_read_a_bounded_number_of_times(monkeypatch):
    """A mark never closed is read to its paragraph's end: a paragraph of thousands took
    22 s (each read the rest of it). Past ``_UNCLOSED_PASSED`` such marks that are no
    one's quote, the paragraph is read no further; a stray one or two still leave a
    later quote found."""
    from briefing.parse import quotes
    from briefing.parse.release import parse_release

    reads: list[str] = []
    reported_lead = quotes._Extractor.reported_lead

    def counted(self, prefix: str, words: str):
        reads.append(words)
        return reported_lead(self, prefix, words)

    monkeypatch.setattr(quotes._Extractor, "reported_lead", counted)
    broken = " ".join(f'He said "item {n} and more' for n in range(500))
    text = f"Title\n\nThe Mayor of London spoke at City Hall today.\n\n{broken}\n"
    assert quotes.extract_quotes(parse_release(text, "broken.txt").blocks) == []
    assert 0 < len(reads) <= quotes._UNCLOSED_PASSED + 1 < 100  # not once per mark (500)

    stray = (
        'The report called it "unacceptable and the panel "wrong. Sadiq Khan said: '
        '"We will act on every one of the findings."'
    )
    found = quotes.extract_quotes(parse_release(f"Title\n\n{stray}\n", "stray.txt").blocks)
    assert [(q.speaker, q.text) for q in found] == [
        ("Sadiq Khan", "We will act on every one of the findings.")
    ]
