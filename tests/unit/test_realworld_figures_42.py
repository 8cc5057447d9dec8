"""Figure forms found in the blind54-55 batches (round 42) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels


# A share of cases left in a state: "go unreported", "remain unsolved", "has been left
# unsolved", "were not recorded"; the state is what the share measures.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The council thinks 70% of these thefts go unreported.", "thefts go unreported"),
        ("Some 85% of burglary has been left unsolved.", "burglary has been left unsolved"),
        (
            "Half of riders were hurt, but 60% of this abuse goes unrecorded.",
            "abuse goes unrecorded",
        ),
        (
            "Of 400 incidents, 45% of the incidents were not recorded.",
            "incidents were not recorded",
        ),
        (
            "Nearly 40% of young people remain unemployed in the borough.",
            "young people remain unemployed",
        ),
    ],
)
def test_share_left_in_a_state_names_the_state(text: str, label: str) -> None:
    assert headed_labels(text)[-1][1] == label


def test_share_of_them_left_in_a_state_takes_the_cases_just_counted() -> None:
    assert headed_labels(
        "A survey found 20% of passengers had been harassed, but 80% of them had not reported it."
    ) == [(20, "passengers"), (80, "passengers had not reported")]


def test_share_with_an_outcome_keeps_its_label() -> None:
    assert headed_labels("Only 6% of burglaries were solved last year.") == [
        (6, "burglaries solved")
    ]


# A decision's numbered paragraph may open on a word set off by a comma ("1.3 However,
# London ..."): its number is the paragraph's when its neighbours are numbered on by one.
def test_numbered_paragraph_opening_on_a_comma_is_no_figure() -> None:
    text = (
        "1.2 It is a driver of the economy of town centres.\n\n"
        "1.3 However, the city has lost 30% of its venues since 2010.\n\n"
        "1.4 In the plan, the board stated its aims."
    )
    assert [v for v, _ in headed_labels(text)] == [30]


def test_scaled_decimal_opening_a_paragraph_stays_a_figure() -> None:
    text = "1.4 Million, the count of calls, was reached.\n\n1.5 Million, the count of texts, too."
    assert [v for v, _ in headed_labels(text)] == [1400000, 1500000]


# A standing order or rule is cited by its number ("Standing Order 2.4"), no count.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Under Standing Order 2.4, one member took part remotely.", []),
        ("The board made 12 banning orders and varied 3 orders.", [12, 3]),
    ],
)
def test_cited_order_number_is_no_figure(text: str, values: list[float]) -> None:
    assert [v for v, _ in headed_labels(text)] == values


# A decision's code numbered within its year is no count when quoted with its title:
# "“DMPCD 2015 115 Award of ...”" as much as "DMPCD 2014 110".
def test_quoted_decision_code_is_no_figure() -> None:
    assert headed_labels(
        "Decision “ABCD 2015 115 Award of a £250,000 grant to a charity”, approved the award."
    ) == [(250000, "grant")]


# Participles joined by "and" before a plural noun qualify it together: the count is of the
# noun, not of the first participle.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "It deployed 80 plain-clothed and uniformed officers.",
            (80, "plain-clothed and uniformed officers"),
        ),
        (
            "There were 15 armed or masked suspects at the scene.",
            (15, "armed or masked suspects at the scene"),
        ),
        ("Police stopped 40 drivers and arrested 12 men.", (40, "drivers stopped")),
    ],
)
def test_coordinated_participles_qualify_the_noun(text: str, figure: tuple[float, str]) -> None:
    assert headed_labels(text)[0] == figure


# "to the value of" values the noun phrase before it as "worth" does; "up to the value of"
# is a cap, whose subject is what it bounds.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Officers seized cannabis to the value of £20,000.", (20000, "cannabis worth")),
        (
            "The scheme delivered wider economic benefits to the value of £30m.",
            (30000000, "wider economic benefits worth"),
        ),
        ("Officers seized drugs worth £5,000.", (5000, "drugs worth")),
    ],
)
def test_sum_to_the_value_of_values_the_noun_before(text: str, figure: tuple[float, str]) -> None:
    assert headed_labels(text) == [figure]


def test_cap_up_to_the_value_of_is_no_worth() -> None:
    label = headed_labels("This contract will be up to the value of £40,000.")[0][1]
    assert "worth" not in (label or "")
