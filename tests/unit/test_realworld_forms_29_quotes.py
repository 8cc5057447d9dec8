"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 26 and
27 (and batches 23-25), each fixed as a class and tested on sentences of the same shape
written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date


# A paragraph of speech with no attribution, straight after narration that quotes words
# of a body or a document, does not inherit the person named before that narration: the
# speech may go on from the words just quoted.
def test_speech_after_words_quoted_from_a_plan_is_nobodys() -> None:
    text = (
        "Plans for more officers\n\n"
        "The Prime Minister has announced plans to put more officers on the streets.\n\n"
        "The move is part of the government’s wider plan, designed to “rebuild trust in "
        "local policing across the country.”\n\n"
        "“New measures mean a named officer for every ward and patrols in busy areas at "
        "the times they are needed most.”\n\n"
        "Prime Minister Jane Doe said: “Everyone deserves to feel safe in the place they "
        "call home.”"
    )
    assert snippet_quotes(text) == [
        ("Jane Doe", "Everyone deserves to feel safe in the place they call home.")
    ]


@pytest.mark.parametrize(
    "between",
    [
        # the narration names who speaks the quoted words: the speech goes on in their voice
        "Tom Smith said the scheme would “rebuild trust in local policing across London”.",
        # a term set in marks is no one's words
        "Tom Smith launched the scheme, known as ‘Operation Safe Streets’, last week.",
    ],
)
def test_speech_after_narration_naming_its_speaker_keeps_them(between: str) -> None:
    text = (
        "Safer streets\n\n"
        "Borough commander Tom Smith has launched a new scheme to cut street crime.\n\n"
        f"{between}\n\n"
        "“We know residents want to see officers on their streets, and this scheme puts "
        "them there.”"
    )
    assert [speaker for speaker, _ in snippet_quotes(text)] == ["Tom Smith"]


# The police speaking by a name of the Met's own ("Scotland Yard", "the Met"), or through a
# statement of theirs, are the Met under one name (a speaker list shows it once), even
# where another force is named too; "the force" stays the Met only where the Met is the
# one force named.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Scotland Yard said:", "Metropolitan Police"),
        ("In a statement the Met said", "Metropolitan Police"),
        ("A statement from Scotland Yard said:", "Metropolitan Police"),
        ("A police statement said:", "police"),
        ("The Metropolitan Police Service said:", "Metropolitan Police"),
    ],
)
def test_police_body_speaking_by_its_name(lead: str, speaker: str) -> None:
    text = (
        "Cameras for officers\n\nWest Yorkshire Police tried the cameras first.\n\n"
        f"{lead} “The technology offers greater transparency for those in front of the "
        "camera as well as behind it.”"
    )
    assert [who for who, _ in snippet_quotes(text)] == [speaker]


def test_the_force_is_no_one_where_another_force_is_named() -> None:
    text = (
        "Cameras for officers\n\nWest Yorkshire Police tried the cameras first.\n\n"
        "The Met will follow.\n\nThe force said: “The technology offers greater "
        "transparency for those in front of the camera as well as behind it.”"
    )
    assert [who for who, _ in snippet_quotes(text)] == [None]


# A body speaks in the plural present as a person does in the singular: "Met Police say
# “...”" as "The Met says “...”".
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [("Met Police say", "Metropolitan Police"), ("Police say", "police")],
)
def test_plural_present_say_attributes(lead: str, speaker: str) -> None:
    text = (
        "Carnival arrests\n\nThe carnival drew two million people this year.\n\n"
        f"{lead} “While the atmosphere was largely positive, the later stages of the event "
        "saw a series of violent incidents.”"
    )
    assert [who for who, _ in snippet_quotes(text)] == [speaker]


# A title with its remit in lower case ("commander of front-line policing"), after the
# body whose post it is, is the post before the name.
@pytest.mark.parametrize(
    "lead",
    [
        "The Met’s commander of front-line policing Jane Marsh said:",
        "The Met’s head of counter terrorism Jane Marsh said:",
        "The Home Office’s director of road safety Jane Marsh said:",
    ],
)
def test_post_with_its_remit_before_a_name(lead: str) -> None:
    text = (
        "Moped crime\n\nMoped crime fell last year.\n\n"
        f"{lead} “We are at the forefront of tackling moped crime and we will not be "
        "complacent.”"
    )
    assert [who for who, _ in snippet_quotes(text)] == ["Jane Marsh"]


def test_narrative_before_a_name_is_no_post() -> None:
    text = (
        "Moped crime\n\nMoped crime fell last year.\n\n"
        "The Met’s crackdown on moped gangs Jane Marsh said: “We are at the forefront of "
        "tackling moped crime and we will not be complacent.”"
    )
    assert [who for who, _ in snippet_quotes(text)] == [None]


# A parliamentary page states its own date and the department answering: a written
# answer's "X written question – answered on ..." line, or "Question to the X:" over the
# question and "This question was answered on ..." over the answer; Hansard's "Volume N:
# debated on ..." line.
@pytest.mark.parametrize(
    ("text", "when", "publisher"),
    [
        (
            "Police: Funding\n\nHome Office written question – answered on 3rd March 2016."
            "\n\nTo ask the Secretary of State for the Home Department, what estimate she "
            "has made of police spending.\n\nThe Home Office worked with police partners.",
            "2016-03-03",
            "Home Office",
        ),
        (
            "Shops: Crime\n\n(asked on 2nd April 2024) - View Source\n\nQuestion to the "
            "Home Office:\n\nTo ask the Secretary of State for the Home Department, what "
            "assessment his Department has made of retail crime.\n\nAnswered by\nJohn "
            "Smith\nMinister of State (Home Office)\nThis question was answered on 9th April "
            "2024\n\nIn October the police published a plan to tackle retail crime.",
            "2024-04-09",
            "Home Office",
        ),
        (
            "Summit on Violent Crime\n\nVolume 650: debated on Monday 4 March 2019\n\n"
            "(Urgent Question): To ask the Home Secretary if she will make a statement.\n\n"
            "We all want our young people to be safe on our streets.",
            "2019-03-04",
            None,
        ),
        (  # a department named by no publisher's name gives none
            "Police Authorities\n\nHome Department written statement – made on 27th May "
            "2010.\n\nThe Government will reduce grants to police authorities this year.",
            "2010-05-27",
            None,
        ),
    ],
)
def test_parliamentary_page_dates_and_department(text: str, when: str, publisher) -> None:
    assert stated_date(text) == when
    assert parse_snippet(text).publisher == publisher


# A search engine's box over the page, its button's number left on ("Custom Search 1"), is
# no headline and no figure.
def test_custom_search_box_is_furniture() -> None:
    parsed = parse_snippet(
        "Custom Search 1\n\nIncrease in patrols: will residents feel safer?\n\nThe Mayor has "
        "refused to say how many officers will patrol the town centre this summer."
    )
    assert parsed.title == "Increase in patrols: will residents feel safer?"


# A committee report's first page heads it "Subject: <title>": the label is no part of
# the title.
def test_report_subject_label_is_not_in_the_title() -> None:
    parsed = parse_snippet(
        "Subject: Review of the Committee’s Work 2016-2020\n\nReport to: Police Committee\n\n"
        "This report will be considered in public.\n\n1. Summary\n\n1.1 This report sums up "
        "the work the Committee has done this term."
    )
    assert parsed.title == "Review of the Committee’s Work 2016-2020"


# The Assembly's committee named as a later paragraph's subject in a local paper's report
# is the report's background, not the Assembly's own release; its lead opening on the
# committee acting is.
@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Concern over local crime panels\n\nLocal panels meant to give residents a voice "
            "are not working, a member has found.\n\nThe Assembly’s Police and Crime "
            "Committee has called for clearer guidance on what the panels should do.",
            None,
        ),
        (
            "Committee meets\n\nThe London Assembly’s Police and Crime Committee held its "
            "first meeting this morning.\n\nThe Committee will scrutinise the policing plan.",
            "London Assembly",
        ),
    ],
)
def test_assembly_committee_as_background(text: str, publisher) -> None:
    assert parse_snippet(text).publisher == publisher
