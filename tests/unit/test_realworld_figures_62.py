"""Figure forms found across the blind batches (round 62), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_values


# A single digit written with ".0" and nothing after it to scale it is a version or a
# section's number ("Web 2.0", "3.0 Financial Comments"), never a count.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The grants go to 12 current Youth Pathways 2.0 grantees this summer.", [12]),
        ("Council unveils crime map 2.0 for residents", []),
        ("3.0 Financial Comments\n\nThe cost is £40,000.", [40000]),
        # guard: a decimal with a unit or a scale word is still a figure
        ("The rate rose to 2.0 per cent while 3.0 million calls were made.", [2, 3000000]),
    ],
)
def test_point_zero_names_a_version_or_section(text: str, values: list[float]) -> None:
    assert headed_values(text) == values
