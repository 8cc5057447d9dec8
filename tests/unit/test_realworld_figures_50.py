"""Figure forms found in the blind70-71 batches (round 50) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import figure_of, headed_labels, headed_values


# Sums given by year, then what they are of: "£0.4m in 2021/22 of capital grants".
def test_sums_by_year_before_of_take_what_they_are_of() -> None:
    text = (
        "The board agreed £2.5m in 2021/22 and £0.4m in 2022/23 of capital grants to youth clubs."
    )
    assert figure_of(text, 400000).label == "capital grants to youth clubs"


def test_sum_in_a_year_of_which_a_part_is_not_labelled_by_the_part() -> None:
    text = "The force spent £3m in 2019 of which £1m went on overtime."
    assert figure_of(text, 3000000).label == "spending"


# A demonstrative equating the change it opens with what was just said names nothing, nor
# does the word that equates: "This is equivalent to a 4.1% increase".
def test_change_equated_by_equivalent_to_is_labelled_by_the_change() -> None:
    assert headed_labels("That is equal to a 12% fall.") == [(12, "fall")]
    assert headed_labels("It is the equivalent of a 6% rise.") == [(6, "rise")]


def test_subject_equated_to_a_change_keeps_the_thing_changed() -> None:
    text = "The rise is equivalent to a 4.1% increase in the precept."
    assert headed_labels(text) == [(4.1, "precept")]


# A forecast level without its auxiliary ("with the sum collected forecast to be £X") is a
# clause of its own: its subject labels the sum, not the clause before's figure.
def test_forecast_without_auxiliary_after_with_takes_its_own_subject() -> None:
    text = "Fares will rise by 3%, with the total income raised by the council forecast to be £2.5billion."
    assert headed_labels(text) == [(3, "Fares"), (2500000000, "total income raised by the council")]


def test_forecast_participle_is_no_part_of_the_subject() -> None:
    text = "Bills will rise, with total spending expected to be £3m."
    assert headed_labels(text) == [(3000000, "total spending")]


# A name made of numbers: three or more joined by hyphens (a programme's or a charity's
# name, a date), or a file's name joined by underscores run into the text.
def test_numbers_joined_by_hyphens_in_threes_are_a_name() -> None:
    text = "The 30-30-30 Reform Plan set 7 targets, and the charity 12-18-25 got £5,000."
    assert headed_values(text) == [7, 5000]


def test_two_numbers_joined_by_a_hyphen_stay_a_range() -> None:
    assert headed_values("Between 10-15 officers attended.") == [10, 15]


def test_file_name_run_into_the_text_is_no_figure() -> None:
    text = "417_230_police_5521_june2018-2The Mayor has launched a unit of 8 officers."
    assert headed_values(text) == [8]


# A byline's date in spaced numbers, its month with a leading zero.
def test_date_in_spaced_numbers_is_no_figure() -> None:
    assert headed_values("John Smith - 14 03 18\n\nOfficers made 40 arrests.") == [40]


def test_spaced_counts_without_a_padded_month_stay() -> None:
    assert headed_values("Arrests by year: 14 12 18") == [14, 12, 18]


# A table's rounding note gives the figures' precision, not a figure.
def test_rounding_note_is_no_figure() -> None:
    text = "All sums are rounded to the nearest £10,000. The unit cost £2.4m."
    assert headed_values(text) == [2400000]


# A cross-reference to a numbered paragraph, ending its phrase, is no figure; a decimal
# figure after the same verbs, read on in its unit, stays.
def test_cross_reference_to_a_paragraph_is_no_figure() -> None:
    text = "The contract follows the review described in 5.2. It is worth £60,000."
    assert headed_values(text) == [60000]


def test_decimal_sum_after_set_out_in_stays() -> None:
    text = "The savings set out in 2.5 million letters were sent."
    assert headed_values(text) == [2500000]


# A regulation is numbered as a section is.
def test_regulation_number_is_no_figure() -> None:
    text = (
        "This follows Regulation 72 (1)(c) of the rules, and Regulations 3 and 4. It cost £9,000."
    )
    assert headed_values(text) == [9000]


# A share "fewer/lower/more than the N" compares with an earlier number: a change.
def test_share_fewer_than_an_earlier_number_is_down() -> None:
    text = "There were 80 stabbings in 2025, 9 per cent fewer than the 88 in 2024."
    assert figure_of(text, 9).direction == "down"


def test_more_than_a_level_without_a_number_keeps_no_direction() -> None:
    assert figure_of("About 7 per cent more than the national average.", 7).direction is None


# A participle opening a clause after ", and" is the subject's adjective when a verb follows
# ("and recorded crime is down"), not a second verb ("stopped and searched people").
def test_participle_opening_a_coordinated_clause_opens_its_subject() -> None:
    text = "Violence continues to fall, and recorded crime in Leeds is down 4%."
    assert headed_labels(text) == [(4, "recorded crime")]


def test_coordinated_verbs_keep_the_first_subject() -> None:
    text = "The 500 cases where the police stopped and searched people without cameras only represents 3% of the total stop and searches."
    assert figure_of(text, 3).label == "as a share of total stop and searches"
