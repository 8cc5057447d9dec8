"""Figure forms found across the blind batches (round 56), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_values


# A count in words standing as its clause's subject after an earlier count of the sentence:
# the items of a tally, each counted by what its verb says of it.
def test_counts_in_words_as_subjects_of_a_tally_are_counted() -> None:
    text = (
        "The records show 23 staff were dismissed, nine resigned before a hearing and "
        "four were cleared of wrongdoing."
    )
    assert headed_labels(text) == [
        (23, "staff dismissed"),
        (9, "resigned"),
        (4, "cleared of wrongdoing"),
    ]


def test_a_count_as_subject_after_while_is_counted() -> None:
    text = "The trials ended in seven convictions, while three were acquitted."
    assert headed_values(text) == [7, 3]


def test_a_count_in_words_before_an_adjective_in_ed_is_no_subject() -> None:
    text = "Officers seized 14 knives, three phones and two armed men were seen leaving."
    assert headed_labels(text) == [(14, "knives"), (3, "phones"), (2, "armed men")]


def test_a_count_as_subject_with_no_earlier_count_is_left_alone() -> None:
    text = "The panel met on Monday, and three were cleared of wrongdoing."
    assert headed_values(text) == []


# A bare count as subject, then a past verb with its object: the object is what it counts.
def test_a_bare_count_with_a_past_verb_and_object_is_labelled_by_both() -> None:
    text = "The records show 23 staff were dismissed, 12 received a final written warning."
    assert headed_labels(text) == [
        (23, "staff dismissed"),
        (12, "received a final written warning"),
    ]


def test_a_count_as_subject_joined_by_and_alone_is_left_alone() -> None:
    text = "Officers arrested 23 people and seven were later released."
    assert headed_values(text) == [23]
