"""Forms found in the second batch of real releases (issue 13), each on the release's own words."""

from __future__ import annotations

from datetime import date

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats

TODAY = date(2025, 6, 30)


def _quotes(text: str):
    return extract_quotes(parse_release(text, "snippet.txt", TODAY).blocks)


def test_honorific_and_first_name_is_the_person_named_in_full_earlier():
    text = (
        "More arrests made in relation to Whitehall violence\n"
        "In the early hours of this morning, Commissioner Sir Mark Rowley joined officers in "
        "South London as they carried out a number of these arrests.\n"
        "Sir Mark said: “Our work to protect London and bring those responsible for recent "
        "disorder to justice continues.”"
    )
    assert [(q.speaker, q.kind) for q in _quotes(text)] == [("Mark Rowley", "quote")]


def test_honorific_and_first_name_never_named_in_full_is_nobody():
    text = "Police statement\n\nSir Mark said: “Our work continues.”"
    assert [q.speaker for q in _quotes(text)] == [None]


def test_dame_first_name_went_on_in_single_quotes():
    text = (
        "Police officer fall mapped\n\n"
        "Labour Policing Minister Dame Diana Johnson said: 'Some humility would not go amiss.' "
        "Dame Diana went on: 'This Labour Government is putting bobbies back on the beat.'"
    )
    assert [q.speaker for q in _quotes(text)] == ["Diana Johnson", "Diana Johnson"]


def test_he_said_resolves_to_the_person_named_just_before():
    text = (
        "Sir Mark has defended the police operation\n\n"
        "Writing for the Evening Standard, Sir Mark Rowley said that while it was "
        '"unfortunate" demonstrators were unable to join protests, he supported the actions.\n\n'
        "'Ill-informed commentary'\n\n"
        'He said in a statement: "This was the largest security operation the Metropolitan '
        'Police has ever led."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Mark Rowley"]


def test_gov_uk_statement_without_quote_marks_is_a_statement_not_a_quote():
    text = (
        "Government acts to stop highly disruptive slow walking tactics\n\n"
        "The Home Secretary has renewed plans to protect the public.\n\n"
        "Home Secretary Suella Braverman said:\n\n"
        "Selfish, disruptive protesters are wreaking havoc in people’s everyday lives across "
        "the country and this must be brought to a stop."
    )
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.kind) == ("Suella Braverman", "statement")
    assert quote.text.startswith("Selfish, disruptive protesters")


def test_a_narrative_paragraph_after_said_colon_with_no_name_is_not_a_statement():
    text = "Appeal\n\nA spokesperson said:\n\nEnquiries continue."
    assert _quotes(text) == []


def test_listing_page_tag_line_and_bulleted_press_release_label_are_not_the_title():
    text = (
        "Tag: Home Office\n\n"
        "  • PRESS RELEASE : Government acts to stop highly disruptive slow walking tactics [April 2023]\n\n"
        "    PRESS RELEASE : Government acts to stop highly disruptive slow walking tactics [April 2023]\n\n"
        "    The press release issued by the Home Office on 28 April 2023.\n\n"
        "    The Home Secretary has renewed plans to protect the public."
    )
    parsed = parse_release(text, "snippet.txt", TODAY)
    assert parsed.title == "Government acts to stop highly disruptive slow walking tactics"
    assert (parsed.date, parsed.date_estimated, parsed.publisher) == (
        "2023-04-28",
        False,
        "Home Office",
    )


def test_news_site_masthead_with_day_first_dashed_date_is_not_the_title():
    text = (
        "Latest news with #NeighbourhoodPolicingGuarantee\n\n"
        "Daily Mirror\n24-07-2025\n- Politics\n- Daily Mirror\n"
        "Police officer fall mapped as bungling top Tory mocked for whining about own record\n"
        "Shadow Home Secretary Chris Philp has been urged to show some humility."
    )
    parsed = parse_release(text, "snippet.txt", date(2025, 12, 31))
    assert parsed.title.startswith("Police officer fall mapped")
    assert (parsed.date, parsed.date_estimated) == ("2025-07-24", False)
    assert all("24" not in s.text for s in extract_stats(parsed.blocks))


def test_a_short_first_line_without_a_date_under_it_stays_the_title():
    parsed = parse_release("Crime\n\nAsked about crime, the PMS replied.", "s.txt", TODAY)
    assert parsed.title == "Crime"


def _stats(text: str):
    return [(s.text, s.value, s.unit, s.label, s.direction)
            for s in extract_stats(parse_release(text, "snippet.txt", TODAY).blocks)]  # fmt: skip


def test_footnote_markers_glued_to_shares_and_filler_words_in_labels():
    text = (
        "Domestic abuse report\n\n"
        "National figures in 2017 showed that, under this government, demand for women’s "
        "services rose by 83 per cent, while funding fell by 50 per cent1. In London, while "
        "15 per cent of all recorded sexual offences take place in the capital, only six per "
        "cent2 of government funding comes to London, leaving services at crisis point."
    )
    got = _stats(text)
    assert [(v, u, d) for _, v, u, _, d in got] == [
        (83, "percent", "up"),
        (50, "percent", "down"),
        (15, "percent", None),
        (6, "percent", None),
    ]
    labels = [label for *_, label, _ in got]
    assert labels[1] == "funding"
    assert labels[2].startswith("recorded sexual offences")
    assert labels[3].startswith("government funding")


def test_hyphenated_fraction_in_words():
    text = "Report\n\nNearly two-thirds of referrals to support services were unsuccessful."
    assert [(v, u) for _, v, u, _, _ in _stats(text)] == [(0.6667, "fraction")]
