"""Figure forms found across the blind batches (round 60), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels


# An adverb of degree before a participle modifies the noun after it, as a word of
# addition does: "least" alone is no label.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The plan would close the 65 least used front counters.",
            [(65, "least used front counters")],
        ),
        ("Some 40 of the least visited stations are to shut.", [(40, "least visited stations")]),
        ("Police named the 10 most wanted suspects.", [(10, "most wanted suspects")]),
        # guard: a participle after a plain noun is still its verb
        ("Some 40 stations visited by inspectors failed.", [(40, "stations")]),
    ],
)
def test_degree_adverb_before_participle_keeps_the_noun(
    text: str, labels: list[tuple[float, str]]
) -> None:
    assert headed_labels(text) == labels


# A bare figure still to be done is labelled by what is still to be done.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Savings of £600m were made, with a further £400m still to be found.",
            [(600_000_000, "Savings"), (400_000_000, "still to be found")],
        ),
        (
            "Of the 12 men charged, five are yet to be sentenced.",
            [(12, "men charged"), (5, "yet to be sentenced")],
        ),
        # guard: a counted noun before the state is the label
        ("There are 500 officers still to be recruited.", [(500, "officers")]),
    ],
)
def test_bare_figure_still_to_be_done(text: str, labels: list[tuple[float, str]]) -> None:
    assert headed_labels(text) == labels


# "with" and a word of addition open a clause whose bare count is labelled by its state.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Police seized 126 knives, with a further 90 being surrendered at stations.",
            [(126, "knives"), (90, "surrendered at stations")],
        ),
        (
            "Officers made 40 arrests, with another 12 being charged.",
            [(40, "arrests"), (12, "charged")],
        ),
        # guard: a counted noun after the number is the label
        (
            "Police seized 126 knives, with a further 90 knives being surrendered.",
            [(126, "knives"), (90, "further knives surrendered")],
        ),
    ],
)
def test_with_a_further_bare_count_is_labelled_by_its_state(
    text: str, labels: list[tuple[float, str]]
) -> None:
    assert headed_labels(text) == labels


# A bare count opening its own clause with a modal verb is labelled by what it will do.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Some 30 stations are to close, while 40 will remain open.",
            [(30, "stations"), (40, "remain open")],
        ),
        (
            "All 43 forces signed up and 24 will adopt the code at once.",
            [(43, "forces"), (24, "adopt the code at once")],
        ),
        (
            "Funding goes to 20 projects, in which a further 9,000 will participate.",
            [(20, "projects"), (9_000, "participate")],
        ),
        # guard: "will be" names no state, nor a counted noun's own verb
        (
            "Police arrested 20 men and 12 will be charged.",
            [(20, "men arrested"), (12, "men arrested")],
        ),
        ("Some 30 stations will close.", [(30, "stations")]),
    ],
)
def test_bare_count_with_a_modal_verb_is_labelled_by_its_act(
    text: str, labels: list[tuple[float, str]]
) -> None:
    assert headed_labels(text) == labels


# "further" and "least" qualify the figure after them: ending the words before it, they
# name nothing it measures.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Grant funding is to fall by 4% in 2011-12 and by a further 5% in 2012-13.",
            [(4, "Grant funding"), (5, "Grant funding")],
        ),
        ("A further £2m is also being sought this year.", [(2_000_000, "")]),
        # guard: a counted noun after the qualifier is the label
        ("The force hired a further 50 officers.", [(50, "further officers")]),
    ],
)
def test_further_or_least_alone_is_no_label(text: str, labels: list[tuple[float, str]]) -> None:
    assert [(value, label or "") for value, label in headed_labels(text)] == labels


# A sum's relative clause with its own giver says what the sum is for, as a verb after it
# does.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "This includes £40m that we have made available for the Safer Streets Fund.",
            [(40_000_000, "funding available for the Safer Streets Fund")],
        ),
        (
            "It adds £12m which the Home Office has allocated to the youth projects.",
            [(12_000_000, "funding for the youth projects")],
        ),
        # guard: a verb of no purpose in the relative clause leaves the label as it was
        ("The Mayor added £12m that the council has found.", [(12_000_000, "Mayor")]),
    ],
)
def test_sum_with_a_relative_clause_of_giving(text: str, labels: list[tuple[float, str]]) -> None:
    assert [(value, label or "") for value, label in headed_labels(text)] == labels
