"""Forms found in the spent held-out releases (issue 13, third round), each on the release's
own words."""

from __future__ import annotations

from datetime import date

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats

TODAY = date(2025, 6, 30)


def _parse(text: str):
    return parse_release(text, "snippet.txt", TODAY)


def _figures(text: str) -> list[str]:
    return [s.text for s in extract_stats(_parse(text).blocks)]


def _quotes(text: str):
    return extract_quotes(_parse(text).blocks)


def test_a_mistyped_contact_number_is_not_three_figures():
    text = (
        "Statement on violence\n\nThe Assembly met 12 times this year.\n\n"
        "For media enquiries, please contact Howard Wheeler on 020 7983 57693. For out of "
        "hours media enquiries, call 020 7983 4000 and ask for the London Assembly duty press "
        "officer."
    )
    assert _figures(text) == ["12"]


def test_a_dotted_date_of_birth_is_not_a_figure():
    text = (
        "Man charged with murder\n\n"
        "Kevin Rees, (22.08.1962) of Harcourt Avenue, Sidcup, was charged with causing an "
        "explosion. Police seized 40 cameras.\n\n"
        "Dellan Charles, 22 (08.10.01) of no fixed address has been charged with murder."
    )
    assert "22.08" not in _figures(text) and "08.10" not in _figures(text)
    assert "40" in _figures(text)


def test_an_acts_year_and_a_subsection_are_not_figures():
    text = (
        "Man charged\n\n"
        "He was charged contrary to section 2 of the Explosive Substances Act 1883 and "
        "possessing a prohibited weapon, contrary to section 5(1)(b) Firearms Act 1968."
    )
    assert _figures(text) == []


def test_the_end_of_a_year_range_is_not_a_figure():
    text = (
        "Letter to the Met\n\nThe committee responded to the Met's A New Met for London "
        "Phase 2 (2025-28) consultation, listing 14 commitments."
    )
    assert [s for s in _figures(text) if "28" in s] == []


def test_the_commissioner_said_is_the_commissioner_the_lead_names():
    text = (
        "Commissioner reiterates commitment to tackle knife crime\n\n"
        "Headline: Commissioner reiterates commitment to tackle knife crime\n\n"
        "Following the murders of two young men last night (Tuesday, 20 February) in Camden, "
        "the Commissioner Cressida Dick speaks about the Met’s continued commitment to tackle "
        "knife crime.\n\n"
        "The Commissioner said:\n\n"
        "“I have spoken all too often at the anger I feel at the senseless waste of life.”"
    )
    assert [q.speaker for q in _quotes(text)] == ["Cressida Dick"]


def test_a_deputy_is_not_the_post_above_whatever_the_case():
    text = (
        "Patrols\n\nThe deputy commissioner Jane Doe visited Hackney.\n\n"
        "The Commissioner said: “We will keep going.”"
    )
    assert [q.speaker for q in _quotes(text)] == [None]
