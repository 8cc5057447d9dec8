"""Figure forms found in the blind46-47 batches (round 38) and the open classes of blind32-45,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

from tests_support import headed_labels


# A label cut inside a name keeps the name's first words: "Home Office grant funding", not
# "Office grant funding".
def test_label_opening_inside_a_name_keeps_the_whole_name() -> None:
    assert headed_labels(
        "The board approved the acceptance of Home Office grant funding of £1,200,000 in 2022/23."
    ) == [(1200000, "Home Office grant funding")]


# guard: a sentence's first word is not taken as part of a name
def test_sentence_opening_word_is_no_part_of_a_name() -> None:
    assert headed_labels("Approve Arts Council funding of £40,000.") == [
        (40000, "Arts Council funding")
    ]


# A name with its clipped form in brackets goes on after the bracket: "Metropolitan (Met)
# Police officers", as "(VRU) funding" does.
def test_name_goes_on_after_its_clipped_form_in_brackets() -> None:
    assert headed_labels("A total of 212 Metropolitan (Met) Police staff were suspended.") == [
        (212, "Metropolitan Police staff suspended")
    ]
