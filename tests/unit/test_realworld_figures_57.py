"""Figure forms found across the blind batches (round 57), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_stats, headed_values


# A clock time written with a dot at a sentence's end, after a word that leads to a time.
def test_a_dotted_clock_time_ending_its_sentence_is_no_figure() -> None:
    text = "The Home Secretary will chair a meeting of the committee at 14.00. Officers said 40 arrests were made."
    assert headed_values(text) == [40]


def test_a_dotted_number_ending_its_sentence_after_to_is_kept() -> None:
    text = "The average fine rose to 14.40. Officers said 40 arrests were made."
    assert headed_values(text) == [14.4, 40]


# A letterhead's address line: a range of house numbers and a street's name, alone.
def test_a_line_of_a_house_number_range_and_a_name_is_no_figure() -> None:
    text = "New Scotland Yard\n12 - 14 Broadway\n\nThe force will cut 14 boroughs to 12 units."
    assert headed_values(text) == [14, 12]


def test_a_range_before_a_name_inside_a_sentence_is_kept() -> None:
    text = "Officers made between 12 - 14 Arrests each night in Camden."
    assert headed_values(text) == [12, 14]


# "be halved from X to Y": the old level is of the subject, as the new one is.
def test_the_old_level_of_a_passive_halving_is_labelled_by_its_subject() -> None:
    text = "The number of custody sergeants will be halved from 480 to 240 by the end of 2013."
    assert headed_labels(text) == [
        (480, "number of custody sergeants"),
        (240, "number of custody sergeants"),
    ]


# "as high as" before a figure bounds it, as "as much as" does; it is no label.
def test_as_high_as_before_an_amount_is_a_bound_and_the_subject_labels_it() -> None:
    text = "The council said the shortfall could now be as high as £90 million, and asked for help."
    (fig,) = headed_stats(text)
    assert (fig.value, fig.qualifier, fig.label) == (90_000_000, "up to", "shortfall")


# "N of our M boroughs": a possessive before the whole is as "the" is; the part is of it.
def test_a_part_of_a_whole_after_a_possessive_is_labelled_by_the_whole() -> None:
    text = "About 3,000 members are active, mostly in 21 of our 32 boroughs."
    assert headed_labels(text) == [(3000, "members"), (21, "boroughs"), (32, "boroughs")]


def test_a_part_of_a_possessive_whole_with_no_count_is_not_labelled_by_a_superlative() -> None:
    text = (
        "To achieve that aim the force plans to sell its head offices and around 200 of its "
        "least used buildings."
    )
    assert headed_labels(text) == [(200, None)]


# A short abbreviation's plural is counted as a longer one is: "two PCs", as "three PCSOs".
def test_a_count_in_words_of_a_short_abbreviations_plural_is_counted() -> None:
    text = "Each ward will keep a team of at least two PCs and three PCSOs."
    assert headed_labels(text) == [(2, "PCs"), (3, "PCSOs")]


def test_a_single_capitals_plural_is_no_abbreviation_counted() -> None:
    text = "The cadet scored two As and went on to join the force."
    assert headed_values(text) == []
