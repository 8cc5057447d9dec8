"""Forms found in the spent sixth blind batch (tests/blind6, issue 13, round 6), each
fixed as a class: the batch's own case and others of the same class written in the
styles of other real publishers (Met, GOV.UK, London Assembly, Mayor, MOPAC)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats

TODAY = date(2025, 12, 31)


def _parse(text: str):
    return parse_release(text, "snippet.txt", TODAY)


def _stats(text: str):
    return extract_stats(_parse(text).blocks)


def _quotes(text: str):
    return extract_quotes(_parse(text).blocks)


# Page furniture above the headline: a document type, a site's name and tagline, a
# contact notice, a forum's greeting, "Skip to" links; the headline is the line a date
# line or its own repeat follows.
@pytest.mark.parametrize(
    ("text", "title", "stated"),
    [
        (
            "News story\n\nPolice granted funding boost for action on serious violence\n\n"
            "The Home Secretary has allocated the final part of the fund.",
            "Police granted funding boost for action on serious violence",
            None,
        ),
        (
            "Oral statement to Parliament\n\nKnife crime: Home Secretary's statement\n\n"
            "With permission, I will make a statement on knife crime.",
            "Knife crime: Home Secretary's statement",
            None,
        ),
        (
            "Speech\n\nPolicing minister's speech to the Police Federation conference\n\n"
            "Thank you for inviting me today.",
            "Policing minister's speech to the Police Federation conference",
            None,
        ),
        (
            "• Skip to primary navigation\n • Skip to main content\n\nMayorWatch\n\n"
            "London News and Comment\n\n • NEWS\n\nMayor pledges £2m to tackle youth violence\n\n"
            "March 3, 2019 by Jane Smith\n\nThe Mayor has pledged £2m.",
            "Mayor pledges £2m to tackle youth violence",
            "2019-03-03",
        ),
        (
            "London News News\n\nCommissioner joins officers on patrol in Croydon\n\n"
            " • 12 June 2024\n • 4 min read\nCommissioner joins officers on patrol in Croydon\n\n"
            "The Commissioner has joined officers on patrol.",
            "Commissioner joins officers on patrol in Croydon",
            "2024-06-12",
        ),
        (
            "Contact Us\n\nFor media enquiries call\n020 7983 4228\n"
            "or 07711 999 999 out of hours.\n\nFollow us on @LondonAssembly\n\n"
            "Assembly calls for answers on station closures\n\n5 Mar 2025\n\n"
            "The Assembly has written to the Mayor.",
            "Assembly calls for answers on station closures",
            "2025-03-05",
        ),
        (
            "Howdy, Stranger!\n\nIt looks like you're new here. If you want to get involved, "
            "click one of these buttons!\n\nTop Posters\n\n"
            "Met appeal after Peckham stabbing - Today 03/04/2019\n\n"
            "Met appeal after Peckham stabbing\n\nDetectives are appealing for witnesses.",
            "Met appeal after Peckham stabbing",
            "2019-04-03",
        ),
        (
            "MOPAC\n\nPolicing London\n\nMOPAC publishes its new plan for policing – 12/6/18\n\n"
            "MOPAC publishes its new plan for policing\n\nThe plan sets out priorities.",
            "MOPAC publishes its new plan for policing",
            "2018-06-12",
        ),
    ],
)
def test_the_headline_under_page_furniture(text, title, stated):
    parsed = _parse(text)
    assert parsed.title == title
    assert (parsed.date if not parsed.date_estimated else None) == stated


def test_a_contact_notices_phone_numbers_above_the_headline_are_not_figures():
    text = (
        "Contact Us\n\nFor media enquiries call\n020 3276 3803\n\n"
        "Police given new powers\n\n31 Jan 2019\n\nOfficers made 14 arrests."
    )
    assert [(s.value, s.label) for s in _stats(text)] == [(14, "arrests")]


@pytest.mark.parametrize(
    "text",
    [
        "Knife crime falls\n\n20 March 2024\n\nKnife crime fell by 5%.",
        "Knife crime falls\n\nFigures show a fall across most London boroughs\n\n"
        "20 March 2024\n\nKnife crime fell by 5%.",
        "Knife crime falls\n\nKnife crime fell in most boroughs last year.\n\n"
        "From: Home Office and The Rt Hon Jane Smith MP\nPublished 20 March 2024\n\n"
        "Knife crime fell by 5%.",
    ],
)
def test_a_short_headline_over_its_subheading_or_summary_keeps_its_place(text):
    parsed = _parse(text)
    assert (parsed.title, parsed.date) == ("Knife crime falls", "2024-03-20")


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("July 13, 2016 by Martin Hoscik", "2016-07-13"),
        ("Posted on 13 July 2016 by Admin", "2016-07-13"),
        ("13 July 2016 | By Jane Smith", "2016-07-13"),
        ("Tonight 18/8/11", "2011-08-18"),
        ("18/08/2011", "2011-08-18"),
    ],
)
def test_byline_and_day_first_slashed_dates_under_a_headline(line, stated):
    parsed = _parse(f"Met appeal for witnesses\n\n{line}\n\nDetectives are appealing.")
    assert (parsed.date, parsed.date_estimated) == (stated, False)


# A scene before the speaker with no comma to set it off ("At a summit at City Hall the
# Mayor said:"): the speaker is the office after it, resolved to the person the release
# names with it, else the office itself; "the Mayor" of a release written only before
# 2016 is not Sadiq Khan.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor hosts summit\n\nGang crime fell in 2013. At a major international summit "
            "at City Hall the Mayor said: 'London has turned a corner with gang crime.'",
            "Mayor",
        ),
        (
            "Mayor backs Met\n\nBurglary fell in 2012. In a speech to the London Assembly the "
            "Mayor said: “We will keep London safe.”",
            "Mayor",
        ),
        (
            "Mayor backs Met\n\nBurglary fell in 2019. In a speech to the London Assembly the "
            "Mayor said: “We will keep London safe.”",
            "Sadiq Khan",
        ),
        (
            "Officers boost for Kent\n\nHome Secretary Priti Patel visited Kent in 2020.\n\n"
            "During a visit to a police station in Maidstone the Home Secretary said: "
            "“We back the police.”",
            "Priti Patel",
        ),
        (
            "Knife crime funding\n\nForces will share £10m in 2024. Speaking at the Police "
            "Federation conference the Home Secretary said: “We back the police.”",
            "Home Secretary",
        ),
    ],
)
def test_a_speaker_after_a_scene_with_no_comma(text, speaker):
    assert [q.speaker for q in _quotes(text)] == [speaker]
