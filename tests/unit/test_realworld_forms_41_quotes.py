"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 52 and
53 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers

_HEAD = "Night services see rise in reported crime\n\n"


# "A spokesman for mayor of London John Doe said ...": the office the one spoken for
# holds may come between in lower case; the spokesman speaks, never the one named.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("A spokesman for mayor of London John Doe said", "spokesman for mayor of London John Doe"),
        (
            "A spokeswoman for home secretary John Doe said",
            "spokeswoman for home secretary John Doe",
        ),
        ("A spokesman for John Doe said", "spokesman for John Doe"),
        # the name as the subject of its own sentence still speaks
        ("Mayor of London John Doe said", "John Doe"),
    ],
)
def test_spokesperson_for_an_office_holder_in_lower_case(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} most of the rise was down to more people reporting theft.\n\n"
        "“All stations open through the night are staffed at all times by officers,” "
        "he said.\n"
    )
    assert snippet_speakers(text) == [speaker]


# "The spokesman said:" is the spokesperson the release introduced with whose they are
# ("..., the PM’s spokesman was asked ..."), when it introduced only one.
@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        (
            "At a briefing this morning, the PM’s spokesman was asked for evidence.",
            "PM’s spokesman",
        ),
        (
            "At a briefing, the Home Secretary’s official spokesman was asked.",
            "Home Secretary’s official spokesman",
        ),
        # two spokespeople introduced: which one is not said
        ("The PM’s spokesman and the Mayor’s spokesman were asked for evidence.", "spokesman"),
        # none introduced
        ("At a briefing this morning, officials were asked for evidence.", "spokesman"),
    ],
)
def test_the_spokesman_is_the_one_introduced_with_an_owner(introduced: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{introduced}\n\n"
        "The spokesman said: “In recent months we have seen attempts to hijack legitimate "
        "protest and subvert the democratic process.”\n"
    )
    assert snippet_speakers(text) == [speaker]


def test_the_introduced_spokespeople_are_read_once_per_release(monkeypatch) -> None:
    # Each "The spokesman said:" after someone else is named asks again whom the release
    # introduced: one scan of the release answers all of them, not one scan each.
    from briefing.parse import quotes

    scans = []

    class CountingPattern:
        def finditer(self, text: str):
            scans.append(len(text))
            return owner.finditer(text)

    owner = quotes._SPOKESPERSON_OWNER
    monkeypatch.setattr(quotes, "_SPOKESPERSON_OWNER", CountingPattern())
    rounds = "\n\n".join(
        f"The spokesman said: “We are working on item {n} with partners.”\n\n"
        f"Councillor Jane Doe said item {n} was welcome."
        for n in range(30)
    )
    text = f"{_HEAD}At a briefing, the PM’s spokesman was asked about crime.\n\n{rounds}\n"
    speakers = snippet_speakers(text)
    assert speakers == ["PM’s spokesman"] + ["spokesman"] * 29  # quoted once, then the post
    assert len(scans) == 1


# A quotation closed by a mark set apart at its paragraph's end ('... is ruthless. “'),
# a slip of the typist's, opens nothing: the next paragraph's attribution is read.
@pytest.mark.parametrize("closer", ["“", '"'])
def test_a_mark_set_apart_at_a_paragraphs_end_closes(closer: str) -> None:
    text = (
        f"{_HEAD}Detective Inspector Jane Doe, from the fraud unit, said: “The people who "
        f"do this are ruthless and organised. Their methods are sophisticated. {closer}\n\n"
        "Ann Smith, head of the Online Dating Association, added: “People spend much of "
        "their lives online, meeting new people through dating services.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", "Ann Smith"]


# A surname stands for the full name in the form the release gives it most: a headline's
# misspelling ("Unmessh") is not the name the body writes twice; with one form each, the
# first is kept.
@pytest.mark.parametrize(
    ("headline", "body_name", "speaker"),
    [
        ("Unmessh Patel urges residents to report hate crime", "Unmesh Patel", "Unmesh Patel"),
        ("Unmesh Patel urges residents to report hate crime", "Unmesh Patel", "Unmesh Patel"),
    ],
)
def test_a_surname_is_the_full_name_written_most(
    headline: str, body_name: str, speaker: str
) -> None:
    text = (
        f"{headline}\n\n{body_name} GLA member for City and East\n\n"
        f"Assembly Member {body_name} said: “Hate crimes are woefully under-reported and we "
        "need to turn that around.”\n\n"
        "Mr Patel made the call as part of History Month.\n\n"
        "He added: “We have come a long way since discriminatory laws were on our statute "
        "books, but hate crimes remain a blight.”\n"
    )
    assert snippet_speakers(text) == [speaker, speaker]


def test_a_surname_two_people_share_is_the_first_named() -> None:
    text = (
        f"{_HEAD}Jane Patel, the council leader, spoke first.\n\n"
        "Ann Patel, a local resident, listened.\n\n"
        "Patel said the plans would make the town safer.\n\n"
        "She added: “We have listened to residents and acted on what they told us.”\n"
    )
    assert snippet_speakers(text) == ["Jane Patel"]


# The logo line london.gov.uk's Mayor's and Assembly's pages share: a page telling of its
# Assembly Members (a member's release, a committee's minutes) is the Assembly's; a
# Mayor's page naming none stays the Mayor's.
_LOGO = "Skip to main content\nMayor of London logo London Assembly logo\nHome\n\n"


@pytest.mark.parametrize(
    ("body", "publisher"),
    [
        (
            "Jane Doe AM, Labour London Assembly Member, has called on the Government to act "
            "on money laundering.\n\nAssembly Member Doe warned that young people are at risk.",
            "London Assembly",
        ),
        (
            "Minutes:\n\nThe Committee noted the list of offices held by Assembly Members.",
            "London Assembly",
        ),
        (
            "The Mayor has announced new funding for youth services across the capital.",
            "Mayor of London",
        ),
    ],
)
def test_the_shared_logo_page_of_assembly_members_is_the_assemblys(
    body: str, publisher: str
) -> None:
    text = f"{_LOGO}Government must act on money laundering\n\nCreated on\n12 February 2024\n\n{body}\n"
    assert parse_snippet(text).publisher == publisher


# A motion's own page (its "Motion detail" heading over "This Assembly notes ...") is the
# Assembly's; a party's release quoting the motion's text under no such heading is not.
@pytest.mark.parametrize(
    ("heading", "publisher"),
    [("Motion detail\n\n", "London Assembly"), ("The full text of the motion reads:\n\n", None)],
)
def test_a_motions_own_page_is_the_assemblys(heading: str, publisher: str | None) -> None:
    text = (
        "Hate crime against LGBT people\n\nWednesday 6 July 2016, all day\n\n"
        f"{heading}“We recognise this was a hate crime against people targeted for who they "
        "are.\n\n“Further, this Assembly notes the record turnout at Pride this year.”\n"
    )
    assert parse_snippet(text).publisher == publisher


# A copy's metadata line opening on its own date over the page's date stamp ("date
# 2021-10-06 Published: 12:22 PM October 5, 2021"): the page's stamp is the stated date,
# and the line is no headline.
def test_a_date_stamp_after_a_copys_metadata_date_is_read() -> None:
    text = (
        "date 2021-10-06 Published: 12:22 PM October 5, 2021\n\n"
        "More police officers will be seen on the streets of the town centre this winter.\n\n"
        "An additional 650 officers will patrol the areas where women feel unsafe.\n"
    )
    parsed = parse_snippet(text)
    assert (parsed.date, parsed.date_estimated) == ("2021-10-05", False)
    assert "Published" not in parsed.title


# A written answer's page: the question put for a department names its publisher, and the
# day under "Answered on" is its date (not the day it was tabled).
def test_a_written_answers_department_and_answer_day_are_read() -> None:
    text = (
        "Skip to main content\n\nFireworks: Antisocial Behaviour\n\n"
        "Question for Home Office\n\nUIN 45932, tabled on 9 September 2021\n\n"
        "To ask the Secretary of State for the Home Department, what discussions she has "
        "had on the misuse of fireworks.\n\nAnswered on\n\n14 September 2021\n\n"
        "There have not been recent discussions on this matter with the force.\n"
    )
    parsed = parse_snippet(text)
    assert (parsed.date, parsed.date_estimated, parsed.publisher) == (
        "2021-09-14",
        False,
        "Home Office",
    )


# A meeting's date line under its heading gives its time as "all day": a date line still.
@pytest.mark.parametrize("when", ["all day", "10:00am"])
def test_a_meetings_all_day_date_line_is_stated(when: str) -> None:
    text = (
        f"Hate crime against LGBT people\n\nWednesday 6 July 2016, {when}\n\nMotion detail\n\n"
        "This Assembly notes the record turnout at Pride this year and thanks those who came.\n"
    )
    parsed = parse_snippet(text)
    assert (parsed.date, parsed.date_estimated) == ("2016-07-06", False)


# An archive's notice over its old pages, and its pointer to where to go instead, are the
# site's furniture: the headline under them is the title.
def test_an_archive_notice_over_the_page_is_no_title() -> None:
    text = (
        "Warning: This is archived material and may be out of date. The Authority has been "
        "replaced by the Office for Policing.\n\n"
        "See the Office for Policing website for further information.\n\n"
        "Update on dangerous dogs\n\nReport: 8\nDate: 12 May 2011\n\n"
        "Officers seized more dangerous dogs this year than in any year before.\n"
    )
    assert parse_snippet(text).title == "Update on dangerous dogs"
