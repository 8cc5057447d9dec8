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
