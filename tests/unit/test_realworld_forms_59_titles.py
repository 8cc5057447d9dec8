"""Round 59's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_labelled_iso_date_under_the_headline_is_stated() -> None:
    text = (
        "Minister vows crackdown on street robbery\n\n"
        "Updated: 2012-05-14 10:22\n\n"
        "(Daily Wire)\n\n"
        "LONDON - The minister announced on Monday a review of street robbery policing."
    )
    assert stated_date(text) == "2012-05-14"


def test_an_archive_record_line_with_an_iso_date_states_no_date() -> None:
    text = (
        "date 2012-05-14 Jane Reporter\n\n"
        "Minister vows crackdown on street robbery\n\n"
        "The minister announced on Monday a review of street robbery policing."
    )
    assert stated_date(text) is None


def test_a_financial_years_span_gives_today_no_year() -> None:
    text = (
        "Community Safety Fund 2019/20\n\n"
        "The Policing Minister announced changes to the fund today (14 November).\n\n"
        "Forces will be able to bid for smaller sums than before."
    )
    assert stated_date(text) is None


def test_a_year_in_the_text_still_gives_today_its_year() -> None:
    text = (
        "Community Safety Fund opens to bids\n\n"
        "The Policing Minister announced changes to the fund today (14 November).\n\n"
        "The fund's 2018 round backed forty projects; bids for 2019/20 close in January."
    )
    assert stated_date(text) == "2018-11-14"


def test_a_byline_by_a_group_on_a_date_is_stated() -> None:
    text = (
        "Curfew zone extended across the estate\n\n"
        "by Hackney Residents Association on 12 March, 2018\n\n"
        "Police have extended the dispersal zone to cover the whole estate this weekend."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Curfew zone extended across the estate"
    assert stated_date(text) == "2018-03-12"


def test_a_groups_site_name_signed_again_in_the_byline_is_no_headline() -> None:
    text = (
        "Riverside & Northgate Greens\n\n"
        "Cllr Jane Doe and Cllr John Roe: working hard for Riverside. Learn more\n\n"
        "Keep our police station open\n\n"
        "by Riverside & Northgate Greens on 3 February, 2016\n\n"
        "The council is considering closing the town's last police front counter."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Keep our police station open"
    assert stated_date(text) == "2016-02-03"
    assert parsed.publisher is None


def test_a_speechs_sitting_line_under_the_debates_heading_states_its_date() -> None:
    text = (
        "Knife Crime: Northfield and Southgate\n\n"
        "Part of the debate – in Westminster Hall at 2:41 pm on 7 March 2023.\n\n"
        "Alert me about debates like this\n\n"
        "It is a pleasure to serve under your chairmanship, Mr Speaker."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Knife Crime: Northfield and Southgate"
    assert stated_date(text) == "2023-03-07"
