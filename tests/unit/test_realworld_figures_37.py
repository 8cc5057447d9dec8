"""Figure forms found in the blind44-45 batches (round 37) and the open classes of blind32-43,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_values


# Numbers that are part of a name or an address: a range of house numbers before a street, a
# unit on an estate, an airport's terminal, a dateline in another language, and a site's
# name led by a digit, alone or as a menu of names sharing the digit.
@pytest.mark.parametrize(
    "text",
    [
        "The lease of Elm House, 114-116 Upper Richmond Road, London, was renewed.",
        "The patrol base moves to Unit 4 Riverside Trading Estate, Dock Road.",
        "Passengers were hurt in a car park at Terminal 5 on Sunday.",
        "(WIRE) – PARIS ven 14 juillet 2023\n\nOfficers attended the scene.",
        "2 Manchester\n\n2 News - 2 eSport - 2 eBooks - 2 Search\n\nOfficers attended.",
    ],
)
def test_numbers_of_names_and_addresses_are_no_figures(text: str) -> None:
    assert headed_values(text) == []


# guard: a count alone on its line says what it counts, and a count before a place's
# residents is a count
def test_counts_beside_names_stay_figures() -> None:
    assert headed_labels("5 Arrests\n\n703 Criminal damage incidents in 2014") == [
        (5, "Arrests"),
        (703, "Criminal damage incidents"),
    ]
    assert headed_values("Some 12 Finsbury Park residents were moved.") == [12]
