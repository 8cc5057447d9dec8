"""Figure forms found across the blind batches (round 58), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

from tests_support import headed_labels


# What police or a court did to a named kind of people, said before the count of them.
def test_an_act_before_a_count_of_a_named_kind_of_people_labels_it() -> None:
    text = "On the last patrol, officers stopped nine women who raised their concerns."
    assert headed_labels(text) == [(9, "women stopped")]


def test_an_act_before_a_named_kind_of_people_keeps_what_follows() -> None:
    text = "Detectives yesterday arrested six men for conspiracy to rob a jeweller."
    assert headed_labels(text) == [(6, "men arrested for conspiracy to rob a jeweller")]


def test_an_act_is_not_put_inside_a_compound_or_a_coordination() -> None:
    assert headed_labels("The inquiry charged 14 police officers in the city.") == [
        (14, "police officers in the city")
    ]
    assert headed_labels("Officers arrested 7 men and one woman.") == [(7, "men and one woman")]


# A part of a count of acts, named by the people the acts were on; the noun said once.
def test_a_part_on_people_takes_the_noun_said_before() -> None:
    text = "Officers carried out 4,500 searches last year, with 610 on teenagers."
    assert headed_labels(text) == [(4500, "searches"), (610, "searches on teenagers")]
    text = "The force logged 900 assaults, including 210 on police officers."
    assert headed_labels(text) == [(900, "assaults"), (210, "assaults on police officers")]


def test_a_part_on_something_else_is_no_such_part() -> None:
    text = "Officers carried out 4,500 searches, with 90 on average each week."
    assert headed_labels(text) == [(4500, "searches"), (90, "searches")]


# "May" before a year or a day's number is the month: the subject runs on through it.
def test_the_month_may_inside_a_subject_is_no_modal_verb() -> None:
    text = "Overall knife crime since May 2016 has fallen by 21 per cent across the city."
    assert headed_labels(text) == [(21, "Overall knife crime since May 2016")]


def test_the_modal_may_still_ends_the_subject_before_it() -> None:
    text = "Officers said burglary may fall by 12 per cent next year."
    assert headed_labels(text) == [(12, "burglary")]
