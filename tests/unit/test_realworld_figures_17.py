"""Figure forms found in the spent sixteenth blind batch (tests/blind16, round 17), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, news
sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_stats


def _values(text: str) -> list[float]:
    return [s.value for s in headed_stats(text)]


# Junk in a number's setting: the youngest or oldest age ("as young as 12"), the hour a
# clock strikes, the first end of a range of durations ("12-18 months") and a prison term
# whose unit the excerpt cut off ("a minimum term of 3").
@pytest.mark.parametrize(
    "text",
    [
        # the batch's own forms, in other words
        "The orders can be made against children as young as 12 who carry blades.",
        "Crowds pushed through the barriers before the clock struck 12, police said.",
        "Reviewing the findings will take at least 12-18 months.",
        "The former constable was given a life sentence with a minimum term of 3",
        # Home Office, Met and news-site variants
        "Offenders as old as 70 have been convicted under the act.",
        "Home Office: the pilot will run for 6 to 9 months in each force.",
        "The Met expects the backlog to clear within 3–4 years.",
        "Revellers cheered as Big Ben strikes 12.",
        "He must serve a tariff of 25",
    ],
)
def test_age_hour_duration_range_term_are_junk(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # guards: a count follows, or the words are not an age, clock or term
        ("As many as 12 officers were hurt at the junction.", [12]),
        ("Officers seized 12 to 18 knives a month.", [12, 18]),
        ("The van struck 3 pedestrians on the bridge.", [3]),
        ("A term of 3 hearings a month is the aim.", [3]),
        ("Pupils as young as 12 per cent of the cohort.", [12]),
        ("The unit made 40 arrests in 18 months.", [40]),
    ],
)
def test_age_hour_duration_range_term_guard(text, values):
    assert _values(text) == values
