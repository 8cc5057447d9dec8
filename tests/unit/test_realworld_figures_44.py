"""Figure forms found in the blind58-59 batches (round 44) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_values


# A contents page whose entries each end on a page number and the next entry's section
# number ("Summary ...... 5 1."), the entry's heading opening the next line.
def test_contents_page_number_before_a_section_number_on_its_own_is_no_figure() -> None:
    text = (
        "Contents\n\nForeword ............................ 4 Summary....................... 5 1."
        "\n\nIntroduction ...................... 8 2.\n\n"
        "Crime and the evening economy............. 9 3.\n\n"
        "Policing at night ...................... 14 4.\n\n"
        "The committee found that 40% of assaults happen at night."
    )
    assert headed_values(text) == [40]


def test_number_after_a_leader_in_prose_stays_when_no_page_follows() -> None:
    assert headed_labels("Arrests rose to 120 in the year.") == [(120, "Arrests")]


# Dates in spans: a span of years with its last year cut to its final digit, and a span
# of months each with its year, the month glued to the first end by the dash.
@pytest.mark.parametrize(
    "text",
    [
        "Deaths were the lowest since recording began in 2004-5.",
        "The review covers 1998–9 and nothing since.",
        "Reports were counted from Jan 12-Mar 13 by the force.",
        "The trial ran from April 13–June 14 in the boroughs.",
    ],
)
def test_cut_year_or_month_year_ending_a_span_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_counts_either_side_of_a_dash_stay_figures() -> None:
    assert headed_values("Between 12-15 officers were hurt in March.") == [12, 15]
    assert headed_labels("Reports rose from 360 in Jan 12-Mar 13 to 455 in April 13-June 14.") == [
        (360, "Reports"),
        (455, "Reports"),
    ]


# A reference code of capitals and digits with a part after its dash.
@pytest.mark.parametrize(
    "text",
    [
        "4 January 2016 MOPAC27112015-22365 Dear Chair, thank you for your letter.",
        "The decision PCD2014-110 was signed by the Deputy Mayor.",
    ],
)
def test_part_after_a_reference_codes_dash_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_count_after_a_hyphenated_name_stays_a_figure() -> None:
    assert headed_labels("Covid-19 cases rose by 300.") == [(300, "Covid-19 cases")]


# An index of submissions laid out in one line: each entry a code of one series, a name
# and its page.
def test_page_numbers_between_codes_of_one_series_are_no_figures() -> None:
    text = (
        "Written submissions Reference Submission Page no. KLM02 Beer Association 85 "
        "KLM03 Association of Shops 90 KLM04 Local resident 94 KLM05 Watch Association 103 "
        "KLM06 London resident 104 KLM07 Borough council 105 KLM08 Transport body"
    )
    assert headed_values(text) == []


def test_counts_before_a_models_code_stay_figures() -> None:
    assert headed_labels("Officers seized 12 AK47 rifles and 40 MP5 carbines.") == [
        (12, "AK47 rifles"),
        (40, "MP5 carbines"),
    ]


# A contents page of numbered sections run together on one line, with no page numbers.
def test_numbered_sections_of_an_inline_contents_are_no_figures() -> None:
    text = (
        "Banning orders fell by 6%. Contents 1. Introduction 2. Banning orders "
        "3. Arrests at matches 4. Further information 5. User guide Last updated: 15 May"
    )
    assert headed_labels(text) == [(6, "Banning orders")]


def test_figures_of_a_contents_pages_neighbour_stay() -> None:
    text = "Contents 1. Introduction 2. Banning orders 3. Arrests. Arrests rose by 300 to 1,542."
    assert headed_values(text) == [300, 1542]


# A copying site's tallies of its page on a line of their own.
@pytest.mark.parametrize(
    "text",
    [
        "Crime outcomes bulletin\n\n213 downloads 4021 Views 512KB Size\n\nNo more text.",
        "Banning orders\n\n0 download\n\nLast updated in May.",
    ],
)
def test_a_pages_download_and_view_tallies_are_no_figures(text: str) -> None:
    assert headed_values(text) == []


def test_downloads_counted_in_a_sentence_stay_a_figure() -> None:
    assert headed_labels("The app had 20,000 downloads in its first week.") == [
        (20000, "downloads")
    ]


# A table laid out one cell to a line: heads, then rows each opened by a year.
def test_cells_of_a_table_laid_out_one_to_a_line_take_their_columns_head() -> None:
    text = "\n\n".join(
        [
            "Table 1: uses of a cell as a place of safety",
            "Year",
            "Detentions in police stations",
            "Change on the year",
            "2012-13",
            "7,100",
            "N/A[1]",
            "2013-14",
            "6,050",
            "-15%",
        ]
    )
    assert headed_labels(text) == [
        (7100, "Detentions in police stations"),
        (6050, "Detentions in police stations"),
        (15, "Change on the year"),
    ]


def test_bare_numbers_after_one_year_are_no_table() -> None:
    assert headed_values("Officers\n\n2019\n\n125,811\n\n123,189\n\nThe figures are new.") == []


# A number of sports seasons is a span of time, as a number of years is.
def test_a_span_of_seasons_is_no_figure() -> None:
    assert headed_values("Orders have declined steadily over the last 7 seasons.") == []


def test_count_in_a_season_stays_a_figure() -> None:
    assert headed_labels("There were 1,542 arrests in the 2017-18 season.") == [(1542, "arrests")]
