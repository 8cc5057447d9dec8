"""Forms found in the spent seventh blind batch (tests/blind7, issue 13, round 7), each
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
    return [(q.speaker, q.text) for q in extract_quotes(_parse(text).blocks)]


def _stated(text: str):
    parsed = _parse(text)
    return parsed.date if not parsed.date_estimated else None


# A section's name or a news tag over the headline ("News", "Press Releases", "Breaking
# LONDON") and a breadcrumb row run on into the headline the page prints next.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "News\n\nCT police receive £4m for Parsons Green attack\n\n"
            "Minister for Policing Nick Hurd has announced funding.",
            "CT police receive £4m for Parsons Green attack",
        ),
        (
            "Breaking LONDON\n\nLondon Police Commissioner set out the Met’s plans\n\n"
            "Commissioner Cressida Dick today set out the plans.",
            "London Police Commissioner set out the Met’s plans",
        ),
        (
            "Press Releases\n\nPRESS RELEASE : Statement from Claire Waxman [September 2022]\n\n"
            "Claire Waxman said the trial had ended.",
            "Statement from Claire Waxman",
        ),
        (
            "Latest news\n\nAssembly calls for review of front counters\n\n"
            "The London Assembly has today called on the Mayor to act.",
            "Assembly calls for review of front counters",
        ),
        (
            "Home Business News Mayor joins specialist officers in London\n\n"
            "Mayor joins specialist officers in London\n\nThe Mayor of London today joined officers.",
            "Mayor joins specialist officers in London",
        ),
        (
            "Home / News / Met names new Commander\n\nMet names new Commander\n\n"
            "The Metropolitan Police has named its new Commander.",
            "Met names new Commander",
        ),
        (
            "Media Centre\n\nMOPAC publishes its new plan for policing\n\n"
            "The Mayor's Office for Policing and Crime has published its plan.",
            "MOPAC publishes its new plan for policing",
        ),
    ],
)
def test_the_headline_under_a_section_name_tag_or_breadcrumb(text, title):
    assert _parse(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        # a headline that opens with a tag word is still the headline
        "Breaking the cycle of knife crime\n\nThe Mayor today set out his plan.",
        "News from the frontline of policing\n\nThe Met has published its report.",
        # a headline that ends another line's words, the line a sentence of prose
        "The Met said today that Knife crime falls again\n\nKnife crime falls again\n\nText.",
    ],
)
def test_a_headline_near_furniture_words_keeps_its_place(text):
    assert _parse(text).title == text.split("\n\n")[0]


# A news site's byline over its date line, the year in two digits before a time.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Mayor joins officers\n\nby LLB political Reporter\n25th May 23 12:10 pm\n\n"
            "The Mayor joined officers in 2022.",
            "2023-05-25",
        ),
        (
            "Met names new Commander\n\nBy Jane Smith\n3 Jan 24, 09:15\n\nThe Met has named.",
            "2024-01-03",
        ),
        (
            "Assembly calls for review\n\nby Political Desk\nMonday 4 March 2024\n\nText here.",
            "2024-03-04",
        ),
    ],
)
def test_a_byline_over_its_date_line(text, stated):
    assert _stated(text) == stated


def test_a_two_digit_number_after_a_month_with_no_time_is_no_date():
    assert _stated("Met arrests\n\n5 May 23 officers were injured.") is None


# An image's file name left as its caption: neither figures nor a date (its year is no
# year the text states).
@pytest.mark.parametrize(
    "caption",
    [
        "Screenshot 2020 05 13 at 14.17.01",
        "Screen Shot 2019-03-12 at 10.15.32 AM",
        "IMG_2041.jpg",
        "assembly-members-city-hall.png",
    ],
)
def test_an_image_file_name_is_neither_figures_nor_a_date(caption):
    text = (
        f"Met sets out plans\n\n{caption}\n\nCommissioner Jane Smith today (Wednesday, 13 May) "
        "set out plans. Officers have recovered 444 knives."
    )
    assert [s.value for s in _stats(text)] == [444]
    assert _stated(text) is None


def test_a_dated_header_over_a_headline_printed_twice():
    text = (
        "12 March 2024\n\nMet names new Commander\n\nMet names new Commander\n\nThe Met has named."
    )
    parsed = _parse(text)
    assert (parsed.title, _stated(text)) == ("Met names new Commander", "2024-03-12")


# A speaker by title and surname ("Commissioner Dick said:") or by a surname that is also
# a place word ("Hall said"): the person the release names in full, never the word alone.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Met plans\n\nCommissioner Cressida Dick today set out plans.\n\n"
            "Commissioner Dick said: “The last seven weeks have not been easy.”",
            "Cressida Dick",
        ),
        (
            "Knife crime summit\n\nThe Home Secretary, Jane Smith, met police leaders.\n\n"
            "Secretary Smith said: “We will not rest until knives are off our streets.”",
            "Jane Smith",
        ),
        (
            "MOPAC plan\n\nDeputy Mayor Sophie Linden has published the plan.\n\n"
            "“It puts victims first,” Deputy Mayor Linden said.",
            "Sophie Linden",
        ),
        (
            "Cuts\n\nSusan Hall AM, Crime Spokeswoman, has called for action.\n\n"
            "“Khan needs to stop faffing around,” Hall said.",
            "Susan Hall",
        ),
        (
            "Park safety\n\nLocal resident Peter Park MP has called for patrols.\n\n"
            "“We need officers back,” Park said.",
            "Peter Park",
        ),
    ],
)
def test_a_title_and_surname_or_a_place_word_surname_is_the_person_named(text, speaker):
    assert [who for who, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # nobody named in full with the surname: no one, not the surname alone
        "Cuts\n\nThe building was closed.\n\n“It is a disgrace,” Hall said.",
        "Met plans\n\nThe Met set out plans.\n\nCommissioner Dick said: “We will act.”",
    ],
)
def test_a_title_and_surname_with_no_full_name_is_no_one(text):
    assert [who for who, _ in _quotes(text)] in ([], [None])
