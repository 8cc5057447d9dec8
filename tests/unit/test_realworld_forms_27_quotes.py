"""Forms of quotes, speakers, titles, dates and publishers found in blind batch 24 (and
batches 17-23), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers, stated_date


# A rank and surname, then the force's own unit in apposition: the unit is no person.
@pytest.mark.parametrize(
    "lead",
    [
        "Sergeant Patel, North Area Command said:",
        "Inspector Grey, Central Task Force Squad, said:",
        "Superintendent Lowe, Roads Policing Division said:",
    ],
)
def test_police_unit_after_rank_is_no_person(lead: str) -> None:
    text = f"Arrests\n\n{lead} “This crime type is a problem for everyone who lives here.”"
    speaker = snippet_speakers(text)[0]
    assert speaker is None or speaker.split()[-1] in ("Patel", "Grey", "Lowe")


def test_named_officer_keeps_the_unit_as_role() -> None:
    text = (
        "Arrests\n\nDetective Inspector Jane Patel, North Area Command said: “This crime "
        "type is a problem for everyone who lives here.”"
    )
    assert snippet_speakers(text) == ["Jane Patel"]


# An honorific and a surname with a post or description in apposition: the person the
# release names in full by it ("Ms Hall, a member of the committee, said:").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sackings\n\nLondon Assembly member Joan Marsh, who found the figures, said she "
            "welcomed the rise.\n\nA constable was sacked. Ms Marsh, a member of the police "
            "and crime committee, said: “Our officers do an excellent job in difficult and "
            "demanding circumstances.”",
            "Joan Marsh",
        ),
        (
            "Fraud\n\nCouncillor Tom Reyes, cabinet member for safety, backed the scheme."
            "\n\nMr Reyes, Cabinet Member for Community Safety, said: “Residents deserve "
            "to feel safe on their own streets and in their own homes.”",
            "Tom Reyes",
        ),
        (  # a rank and surname never named in full is the surname as written (round 39:
            # the rank is no part of the name), the unit no person
            "Arrests\n\nInspector Okafor, East Area Command said: “This crime type is a "
            "problem for the community and we are pleased with the result.”",
            "Okafor",
        ),
    ],
)
def test_surname_with_post_in_apposition(text: str, speaker: str | None) -> None:
    assert snippet_speakers(text) == [speaker]


def test_description_after_a_scene_is_still_no_one() -> None:
    text = (
        "Report\n\nSpeaking at the launch, a member of the committee, said: “Our officers "
        "do an excellent job in difficult and demanding circumstances.”"
    )
    assert snippet_speakers(text) == [None]


# A clause joined on with "and"/"but" after a long sentence: its subject speaks.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "However, the figures show that nine officers resigned before a hearing was "
            "held, and Marsh stated:",
            "Joan Marsh",
        ),
        ("The force has published the figures for the year, but Ms Marsh warned:", "Joan Marsh"),
        ("The figures were published today, and Mr Adeyemi said:", "Adeyemi"),
    ],
)
def test_subject_of_a_joined_clause_speaks(lead: str, speaker: str | None) -> None:
    text = (
        "Hearings\n\nLondon Assembly member Joan Marsh said: “I am pleased that the force "
        f"is being open about misconduct hearings.”\n\n{lead}\n“Letting so many officers "
        "resign before facing a hearing will damage trust in the police.”"
    )
    assert snippet_speakers(text) == ["Joan Marsh", speaker]


# A title or surname with an aside of the occasion set off after it: the person.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "The Home Secretary, following the advice of the security services, said in a "
            "statement from the Home Office:",
            "Priya Lane",
        ),
        ("Ms Lane, speaking at a police station in Croydon, said:", "Priya Lane"),
        ("Mrs Lane, asked about the cuts, said:", "Priya Lane"),
        ("Speaking at a police station in Croydon, officers said:", None),
    ],
)
def test_aside_after_the_subject(lead: str, speaker: str | None) -> None:
    text = (
        "Threat level\n\nHome Secretary Priya Lane has raised the threat level.\n\n"
        f"{lead} “The work done throughout the day has shown a risk we cannot ignore.”"
    )
    assert snippet_speakers(text) == [speaker]


# A reporter's byline with its date under the headline, "on" before the date.
@pytest.mark.parametrize(
    ("byline", "when"),
    [
        ("By Jane Allcott on August 28, 2012 1:03 PM |", "2012-08-28"),
        ("By Tom de Souza on 3 March 2015", "2015-03-03"),
        ("Jane Allcott on March 3, 2015 at 9:12 am", "2015-03-03"),
    ],
)
def test_byline_on_its_date_under_the_headline(byline: str, when: str) -> None:
    text = (
        f"Police rescue crew after narrowboat sinks on the river\n\n{byline}\n\n"
        "AN evening trip on the river quickly turned to disaster for a crew of five."
    )
    assert stated_date(text) == when


def test_narrative_on_a_date_under_the_headline_is_no_byline() -> None:
    text = (
        "Police rescue crew after narrowboat sinks on the river\n\nOfficers went out on "
        "August 28, 2012 to help.\n\nAN evening trip on the river turned to disaster."
    )
    assert stated_date(text) is None


# A site builder's anchors for the page's ends, left as lines: no headline.
@pytest.mark.parametrize("anchor", ["top of page", "Top of Page", "bottom of page"])
def test_page_end_anchor_is_no_title(anchor: str) -> None:
    text = (
        f"{anchor}\n\nHome Secretary will today claim the gangs are being smashed\n\n"
        "The Home Secretary will today claim the government is smashing the gangs."
    )
    assert parse_snippet(text).title == (
        "Home Secretary will today claim the gangs are being smashed"
    )


# A decision page's date labels left empty over its heading: no headline.
def test_empty_date_labels_are_no_title() -> None:
    text = (
        "Key information\nReference code: PCD 1234\nDate signed:\nDate published:\n"
        "Decision by: Jane Smith, Deputy Mayor, Policing and Crime\n"
        "PCD 1234 Acceptance of the Safer Streets Funding from the Home Office\n"
        "On 26th October 2023, the Home Office confirmed that the bid had succeeded."
    )
    parsed = parse_snippet(text)
    assert parsed.title.startswith("PCD 1234 Acceptance")
    assert stated_date(text) is None


# A long quoted clause ending the paragraph, reported in a subordinate clause: its
# subject speaks ("... a summit in Italy where she said she will “...”").
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "On Monday the Home Secretary will visit a police station in Leeds where she said",
            "Priya Lane",
        ),
        ("The Home Secretary spoke at a conference in Manchester when Ms Lane said", "Priya Lane"),
    ],
)
def test_reporting_clause_in_a_subordinate_clause(sentence: str, speaker: str) -> None:
    text = (
        "Summit\n\nHome Secretary Priya Lane chaired a meeting.\n\n"
        f"{sentence} she will “lead a discussion on how forces will work together to stop "
        "the spread of hateful extremist ideology on social media”."
    )
    assert snippet_speakers(text) == [speaker]


def test_subordinate_subject_naming_no_one_gives_no_quote_to_anyone() -> None:
    text = (
        "Summit\n\nHome Secretary Priya Lane chaired a meeting.\n\nShe will visit a police "
        "station in Leeds where officers said they will “lead a discussion on how forces "
        "will work together to stop the spread of hateful extremist ideology online”."
    )
    assert snippet_speakers(text) in ([], [None])


# A police operation's name opening the paragraph before a quote is no person.
def test_operation_name_is_no_speaker() -> None:
    text = (
        "Threat\n\nHome Secretary Priya Lane said: “We face a serious threat.”\n\n"
        "Operation Kestrel had been put in place, Ms Lane announced.\n\n“This means that "
        "armed officers guarding key sites will be replaced by members of the armed forces.”"
    )
    assert "Operation Kestrel" not in snippet_speakers(text)


# A force, or a force's local account, speaking by its name: the name as written; the
# Met by any name stays the Met.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Posting on Facebook, Ealing Police said:", "Ealing Police"),
        ("Thames Valley Police said:", "Thames Valley Police"),
        ("Kent Constabulary said:", "Kent Constabulary"),
        ("The Met Police said:", "Metropolitan Police"),
    ],
)
def test_force_speaking_by_its_name(lead: str, speaker: str) -> None:
    text = (
        f"Arrests\n\n{lead} “Eleven men have been arrested in total by officers following "
        "a proactive operation across the area.”"
    )
    assert snippet_speakers(text) == [speaker]
