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


# The police lines named as services in more shapes: quoted before "number", called "to",
# after a "call:" colon, and the textphone relay's numbers.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The contract for the ‘101’ number costs £950,000 a year.", [950000]),
        ("From today, calls to 101 in the county will be answered by 40 staff.", [40]),
        ("Deaf callers can use a textphone to call: 18001 101; or in an emergency it's 18000.", []),
        # guard: counts of the same numbers stay
        ("Police made 101 arrests while 18000 officers were on duty.", [101, 18000]),
    ],
)
def test_police_lines_named_as_services(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# A number after slash-joined acronyms is a joint standard's name ("ISO/IEC 17025"), as it
# is after one acronym.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The lab complies with the standard EN ISO/IEC 27001 and 14 labs do.", [14]),
        # guard: a count after an acronym and a plain word stays
        ("The MPS said 14 labs comply.", [14]),
    ],
)
def test_number_after_joined_acronyms_names_a_standard(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# A decision's code numbered within its year, spaced after its letters: "DMPCD 2016-45".
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The sale was approved in May 2016 [DMPCD 2016-45] and 30 staff moved.", [30]),
        # guard: a span of counts after a year stays
        ("In 2016 some 30-45 staff moved.", [30, 45]),
    ],
)
def test_code_numbered_within_its_year(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# A blog's bracketed counter of a post's views is page furniture, as "Comments (0)" is.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Officers arrested 12 people on Friday.\n\n(Visited 9 times, 2 visits today)", [12]),
        # guard: visits counted in a sentence stay
        ("The minister visited 4 times and met 30 officers.", [4, 30]),
    ],
)
def test_page_view_counter_is_furniture(text: str, values: list[float]) -> None:
    assert headed_values(text) == values
