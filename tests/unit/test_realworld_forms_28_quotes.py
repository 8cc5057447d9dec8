"""Forms of quotes, speakers, titles, dates and publishers found in blind batch 25 (and
batches 21-24), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers, stated_date


# An honorific inside a longer run of capitalised words opens the person's name: the
# words before it are a post or a scene with no comma after it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Custody closure\n\nFormer minister Gareth Thomas criticised the plans.\n\n"
            "But Harrow West MP Mr Thomas said: “This will make the job of officers far "
            "harder.”",
            "Gareth Thomas",
        ),
        (
            "Station closure\n\nLocal member Anne Price opposed the change.\n\n"
            "Bexley Council Leader Mrs Price said: “Residents were never asked about this "
            "closure at all.”",
            "Anne Price",
        ),
        (
            "Cuts\n\nSir Mark Rowley has warned of cuts to the force.\n\nHe has proposed "
            "scrapping officers and staff.\n\nLast month he warned that his force faced "
            "having to make “eye-watering cuts”.\n\nSpeaking to the London Policing Board "
            "Sir Mark said the vacancies would not matter.\n\n“This is an actual "
            "reduction. It is not about clearing out vacancies of any kind at all.",
            "Mark Rowley",
        ),
    ],
)
def test_honorific_inside_a_run_opens_the_name(text: str, speaker: str) -> None:
    assert snippet_speakers(text) == [speaker]


def test_honorific_inside_a_run_needs_the_name_in_full() -> None:
    # "Mr Thomas" is named in full nowhere: nobody, rather than a surname alone
    text = (
        "Custody closure\n\nThe plans were criticised.\n\nBut Harrow West MP Mr Thomas "
        "said: “This will make the job of officers far harder.”"
    )
    assert snippet_speakers(text) in ([None], [])


# "It said:": a letter, report or statement speaking, never a person called "It".
@pytest.mark.parametrize(
    "lead",
    [
        "During the service, the prince read out a letter from his father. It said:",
        "The report was published on Monday. It said:",
    ],
)
def test_it_said_names_no_one(lead: str) -> None:
    text = f"Memorial\n\n{lead} “I remember vividly the profound shock that I felt that day.”"
    assert snippet_speakers(text) in ([None], [])


# "Stephen's mother Doreen welcomed it. '...,' she said.": "she" is the one described by
# whose relation she is, by her first name the person the release names in full with it,
# else nobody; never the last person named in full before (the one she speaks about).
_MEMORIAL = "Memorial day\n\nJane Hart made the announcement at a memorial service.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _MEMORIAL + "Stephen's mother Doreen welcomed the announcement. 'I feel honoured "
            "she has recognised the changes,' she said.\n\nDoreen Lawrence and her son "
            "stood at the entrance.",
            "Doreen Lawrence",
        ),
        (
            _MEMORIAL + "Stephen's mother Doreen welcomed the announcement. 'I feel honoured "
            "she has recognised the changes,' she said.",
            None,
        ),
        (
            _MEMORIAL + "Her sister welcomed the announcement. “I feel honoured she has "
            "recognised the changes,” she said.",
            None,
        ),
        (
            _MEMORIAL + "The crowd welcomed the announcement. “I feel honoured to have "
            "recognised the changes,” she said.",
            "Jane Hart",
        ),
    ],
)
def test_she_after_a_relation_subject(text: str, speaker: str | None) -> None:
    assert snippet_speakers(text) == [speaker]


# Reported words with their reporting clause after them, closing the sentence, then whole
# sentences quoted to the paragraph's end: the reporting clause's speaker.
_THREAT = "Threat level\n\nPrime Minister Jane Hart chaired a meeting of the committee.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Operation Shield – putting troops on the streets – had been enforced, Hart announced.",
            "Jane Hart",
        ),
        ("The threat level would rise to critical, Jane Hart said.", "Jane Hart"),
    ],
)
def test_reporting_clause_after_reported_words(sentence: str, speaker: str) -> None:
    text = (
        _THREAT + f"{sentence} “This means that armed officers guarding key sites will be "
        "replaced by members of the armed forces. This will allow more patrols.”"
    )
    assert snippet_speakers(text) == [speaker]


def test_reporting_clause_in_lower_case_names_no_one() -> None:
    text = (
        _THREAT + "Two men were arrested, police said. “This means that armed officers "
        "guarding key sites will be replaced. This will allow more patrols.”"
    )
    assert snippet_speakers(text) in ([None], [])


# A site's disclosure of its paid links over every page is no headline.
@pytest.mark.parametrize(
    "notice",
    [
        "Please note that articles may contain affiliate links. As an Amazon Associate I "
        "earn from qualifying purchases.",
        "This post may contain affiliate links.",
        "As an Amazon Associate we earn from qualifying purchases.",
    ],
)
def test_affiliate_notice_is_no_headline(notice: str) -> None:
    text = (
        f"{notice}\n\nSunday 28 July 2019\n\nPrime Minister Announces New Police Officers"
        "\n\nThe Prime Minister has announced more police officers for every force."
    )
    assert parse_snippet(text).title == "Prime Minister Announces New Police Officers"
    assert stated_date(text) == "2019-07-28"


# A page's fields of details under its headline ("Department: Home Office") are read past
# like a byline or a photo credit on the way to the date line under them.
def test_date_line_under_fields_of_details() -> None:
    text = (
        "Police Grant Report 2025-26 Debate\n\nFull Debate: Read Full Debate\n\n"
        "Department: Home Office\n\nPolice Grant Report 2025-26\n\nJane Hart Excerpts\n\n"
        "Tuesday 17th December 2024\n\nThe Home Secretary has today published the report."
    )
    assert stated_date(text) == "2024-12-17"


def test_date_line_past_the_standfirst_stays_unread() -> None:
    # no fields of details: the date line four lines down is no longer the page's
    text = (
        "Police Grant Report 2025-26 Debate\n\nFull Debate and more\n\nThe Home Office"
        "\n\nPolice Grant Report 2025-26\n\nJane Hart Excerpts\n\nTuesday 17th December "
        "2024\n\nThe Home Secretary has today published the report."
    )
    assert stated_date(text) is None


# A headline naming the Mayor of London as the one making the statement: the Mayor's page.
def test_mayor_of_london_statement_headline_names_the_publisher() -> None:
    text = (
        "Mayor of London statement on the anniversary of the attack\n\nThe Mayor of London, "
        "Jane Hart, said: “We remember those who lost their lives and their families.”"
    )
    assert parse_snippet(text).publisher == "Mayor of London"


def test_statement_about_the_mayor_names_no_publisher() -> None:
    text = (
        "Statement on the Mayor of London's plans for policing\n\nThe plans were set out "
        "on Monday by the Mayor's office, with more officers for every borough."
    )
    assert parse_snippet(text).publisher is None
