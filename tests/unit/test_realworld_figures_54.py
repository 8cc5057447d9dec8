"""Figure forms found in the blind78-79 batches (round 54), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

from tests_support import headed_labels


# A year is when a sum falls, not what it measures: a bare sum after another in its
# sentence measures the same thing.
def test_a_sum_in_a_later_year_takes_the_label_of_the_sum_before() -> None:
    text = "This takes the total youth fund to £9.1m in 2021/22, and £4.0m in 2022/23."
    assert headed_labels(text) == [(9100000, "total youth fund"), (4000000, "total youth fund")]


def test_a_sum_in_a_year_with_its_own_subject_keeps_it() -> None:
    text = "The grant was £2m in 2022/23."
    assert headed_labels(text) == [(2000000, "grant")]


# A range's first end may carry its scale word and a financial year: the second end still
# measures what the first does, and no words of the first end are its label.
def test_a_range_from_a_scaled_sum_in_a_year_shares_its_label() -> None:
    text = (
        "The cost of translation has risen from £2.4 million in 2015/16 to £3.1 million last year."
    )
    assert headed_labels(text) == [
        (2400000, "cost of translation"),
        (3100000, "cost of translation"),
    ]


# "taking X from A to B": what the act takes from one level to the other is what both measure.
def test_taking_a_thing_from_one_level_to_another_labels_both() -> None:
    text = "The reform would add fraud, taking the recorded offence total from 6.1 million to 9 million."
    assert headed_labels(text) == [
        (6100000, "recorded offence total"),
        (9000000, "recorded offence total"),
    ]


def test_taking_a_pronoun_from_a_level_names_nothing_by_the_act() -> None:
    text = "Funding has doubled, taking it from 12% of the total budget to 24%."
    assert headed_labels(text)[0] == (12, "total budget")


# Sums received in a list: each is named by its own receiver, never by the clause of the
# sum before it.
def test_each_sum_in_a_list_received_is_its_own_receivers() -> None:
    text = "Barnet will receive £120,400, Enfield will get £98,250 and Haringey will be given £143,900."
    assert headed_labels(text) == [
        (120400, "funding for Barnet"),
        (98250, "funding for Enfield"),
        (143900, "funding for Haringey"),
    ]


def test_another_sums_clause_is_no_receiver() -> None:
    text = "A further £2.1m will be granted in Kent, while smaller areas such as Dorset will get £450,000 per force."
    assert headed_labels(text)[1] == (450000, "funding")


def test_a_receiver_with_a_count_in_it_keeps_it() -> None:
    text = "The 12 boroughs will receive £3m each."
    assert headed_labels(text)[1] == (3000000, "funding for boroughs")


# "is £X and the Y is £Z": the clause after a sum's "and" is no noun the sum counts; each sum
# is its own clause's subject's.
def test_a_sum_is_named_by_its_clause_not_the_clause_after_its_and() -> None:
    text = "The first year fixed price is £2,310,500 and the total five year contract value is £12,804,900."
    assert headed_labels(text)[0] == (2310500, "first year fixed price")


def test_a_later_sum_with_its_own_subject_and_will_be_keeps_its_subject() -> None:
    text = "The first payment for 2024/25 is £210,400.50 and the second payment in 2025/26 will be £198,300.25."
    assert headed_labels(text) == [
        (210400.50, "first payment for 2024/25"),
        (198300.25, "second payment in 2025/26"),
    ]


def test_a_reporting_participle_before_a_preposition_is_no_report() -> None:
    text = "The total grant confirmed for 2023-24 is £3,450,120 and then £3,120,400 in both 2024-25 and 2025-26."
    assert headed_labels(text) == [
        (3450120, "total grant confirmed for 2023-24"),
        (3120400, "total grant confirmed for 2023-24"),
    ]


def test_bringing_a_total_for_a_year_to_a_sum_names_the_total() -> None:
    text = "The extra grant for 2023-24 is £120,400, bringing the total core grant for 2023/24 to £5,300,000."
    assert headed_labels(text)[1] == (5300000, "total core grant for 2023/24")
