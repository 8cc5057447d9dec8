"""Parsing the five real seeds: titles, dates, publishers, sections, furniture gone."""

from datetime import date

import pytest
from tests_support import seed_text

from briefing.format import display_date
from briefing.model import BODY, NOTES, SUMMARY
from briefing.parse.dates import estimate_date, stated_date
from briefing.parse.release import parse_release

TODAY = date(2026, 11, 21)


def parsed(prefix: str):
    return parse_release(seed_text(prefix), f"{prefix}.txt", today=TODAY)


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("000", "Mayor joins Met neighbourhood officers in central London who are working to bear down on robbery and make city safer for everyone"),
        ("001", "Mayor joins local neighbourhood policing teams working to keep London’s communities safe"),
        ("002", "Met prioritises neighbourhood policing to tackle crime in London hotspots"),
        ("004", "Real neighbourhood policing at centre of Mayor’s plan for safer London"),
    ],
)  # fmt: skip
def test_stated_titles(prefix, title):
    release = parsed(prefix)
    assert release.title == title
    assert not release.title_derived


def test_release_without_headline_gets_a_derived_title():
    release = parsed("003")
    assert release.title_derived
    assert release.title.startswith("As millions of Londoners and visitors head to the capital")
    assert "Press release" not in release.title and "|" not in release.title
    assert len(release.title.split()) <= 13


def test_repeated_headline_appears_once():
    release = parsed("001")
    texts = [block.text for block in release.blocks]
    assert texts.count(release.title) == 1


@pytest.mark.parametrize(
    ("prefix", "iso", "estimated"),
    [("001", "2022-11-11", False), ("003", "2024-11-26", False), ("004", "2017-03-20", False),
     ("000", "2024-05-20", True), ("002", "2025-05-13", True)],
)  # fmt: skip
def test_dates(prefix, iso, estimated):
    release = parsed(prefix)
    assert (release.date, release.date_estimated) == (iso, estimated)


def test_estimates_show_as_approximate():
    assert display_date(parsed("000").date, True) == "≈ May 2024"
    assert display_date(None) == "undated"
    assert display_date("2024-11-26") == "26 Nov 2024"


def test_estimate_is_never_in_the_future_and_none_without_references():
    assert estimate_date("We met in January 2030 and in March 2020.", TODAY) == date(2020, 3, 1)
    assert estimate_date("No dates at all in this text.", TODAY) is None
    release = parse_release(
        "A headline\n\nSome text of a release with no dates in it at all.", "x.txt", TODAY
    )
    assert release.date is None and not release.date_estimated


def test_stated_date_formats():
    assert stated_date("20 March 2017") == date(2017, 3, 20)
    assert stated_date(
        "11/26/2024 | Press release | Distributed by Public on 11/26/2024 07:42"
    ) == date(2024, 11, 26)
    assert stated_date("March 20, 2017") == date(2017, 3, 20)


@pytest.mark.parametrize(
    ("prefix", "publisher"),
    [("000", "Mayor of London"), ("001", "Mayor of London"), ("002", "Metropolitan Police"),
     ("003", "Mayor of London"), ("004", "Mayor of London")],
)  # fmt: skip
def test_publishers(prefix, publisher):
    assert parsed(prefix).publisher == publisher


# Counts checked by eye against the files: every non-empty line of content is a block.
@pytest.mark.parametrize(
    ("prefix", "summary", "body", "notes"),
    [("000", 4, 22, 30), ("001", 4, 18, 11), ("002", 0, 49, 0), ("003", 0, 20, 41), ("004", 3, 38, 12)],
)  # fmt: skip
def test_section_sizes(prefix, summary, body, notes):
    release = parsed(prefix)
    assert (len(release.summary), len(release.paragraphs), len(release.notes)) == (
        summary,
        body,
        notes,
    )


def test_summary_bullets_lose_their_markers():
    release = parsed("001")
    assert release.summary[0].startswith("Crime figures show knife crime")
    assert all(not line.startswith(("•", "-", "·")) for line in release.summary)


def test_notes_are_kept_apart_from_the_body():
    release = parsed("000")
    assert release.notes[0] == "Notes to editors"
    assert not any("Latest stats" in paragraph for paragraph in release.paragraphs)
    assert parsed("003").notes[0] == "Background"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_page_furniture_is_gone(prefix):
    text = parsed(prefix).text
    for furniture in (
        "Skip to main content",
        "London Assembly logo",
        "Created on",
        "Distributed by Public",
        "accessible format",
        "assistive technology",
    ):
        assert furniture not in text
    assert "\u00a0" not in text
    assert not any(block.text == "Home" for block in parsed(prefix).blocks)


def test_calls_to_action_stay():
    assert "To share your views complete this survey" in parsed("002").text


def test_raw_text_is_kept_verbatim():
    raw = seed_text("001")
    assert parsed("001").raw == raw


def test_sections_in_order():
    order = {SUMMARY: 0, BODY: 1, NOTES: 2}
    for prefix in ("000", "001", "004"):
        sections = [order[b.section] for b in parsed(prefix).blocks if b.section in order]
        assert sections == sorted(sections)


@pytest.mark.parametrize("closing", [1, 2, 3])
def test_any_number_of_date_lines_at_the_end_is_read(closing):
    # A news page's related links end it with their own dates; two of them once sent the
    # parser round the last line for ever.
    dates = ["- Published2 October 2023", "- Published29 September 2023", "1 May 2020"]
    text = "\n".join(
        [
            "Knife wands offered to every school",
            "The Mayor said the wands were free.",
            *dates[:closing],
        ]
    )
    release = parse_release(text, "closing.txt", today=TODAY)
    assert (release.date, release.date_estimated) == ("2023-10-02", False)
    assert "Published" not in " ".join(b.text for b in release.blocks)
