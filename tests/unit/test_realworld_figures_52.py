"""Figure forms found in the blind74-75 batches (round 52) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import headed_values


# A bus named by its route: a number before a singular "route" or "bus route", and the
# route numbers listed after "bus routes (including the)".
def test_number_before_singular_route_is_the_route() -> None:
    text = "Police want to trace two boys who damaged a seat on 94 route in Acton."
    assert headed_values(text) == []


def test_number_before_bus_route_is_the_route() -> None:
    assert headed_values("Seats were slashed on the 207 bus route last month.") == []


def test_numbers_listed_after_bus_routes_including_are_routes() -> None:
    text = "The attacks happened on several bus routes including the 12, 36, 185 and 436."
    assert headed_values(text) == []


def test_count_of_bus_routes_is_still_a_figure() -> None:
    assert headed_values("Transport for London cut 78 bus routes last year.") == [78]


def test_share_after_routes_is_still_a_figure() -> None:
    text = "Crowding on the busiest bus routes fell by 25% over the year."
    assert headed_values(text) == [25]
