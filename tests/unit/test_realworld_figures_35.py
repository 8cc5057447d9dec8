"""Figure forms found in the blind40-41 batches (round 35) and the open classes of blind34-39,
each fixed as a class and tested on sentences written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, snippet_stats


# A change said in a relative clause or after "equating to", its size inside the change's own
# words, is that change of the thing the clause before measured.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Eleven robberies were moped enabled in 2021, which was a 30% fall and the lowest "
            "figure since 2012.",
            30,
            "fall in robberies",
        ),
        (
            "A total of 84 burglaries were reported, which was a 12% reduction and equal to the "
            "figure for 2018.",
            12,
            "reduction in burglaries",
        ),
        (
            "The number of hate crime victims in Leeds has risen from 4,310 in 2015 to 5,120 in "
            "2017, equating to a 19% increase.",
            19,
            "increase in hate crime victims",
        ),
        # guard: a change with what it is in after it keeps that thing
        (
            "Arrests rose to 412, which was a 9% rise in arrests for drug offences.",
            9,
            "arrests for drug offences",
        ),
    ],
)
def test_relative_change_is_of_the_clause_before(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# The level a change is measured from ("from its peak of 3,811"), with nothing counted after
# it, is the peak of the thing the change is in, not the change.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "The register now holds 1,210 offenders, which is a 35 per cent drop from its peak "
            "of 1,862 in May 2016.",
            1862,
            "offenders at its peak",
        ),
        (
            "The list now has 950 names, down from a high of 1,400 in 2019.",
            1400,
            "names at its high",
        ),
        # guard: a noun counted after the level names it
        (
            "The murder rate fell by half in 2022 from a record high of 222 murders in 2003.",
            222,
            "murders",
        ),
    ],
)
def test_level_a_change_starts_from_is_the_peak(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# People counted, then what was done to them past an adverb of when: "have already been
# charged", "were also arrested".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("At least 45 people have already been charged in Manchester.", 45, "people charged"),
        ("Nine people were also arrested:", 9, "people arrested"),
        ("More than 120 offenders have already been convicted.", 120, "offenders convicted"),
        # guard: a thing counted is not told by what was done to it this way
        ("Four cameras were also stolen.", 4, "cameras"),
    ],
)
def test_people_acted_on_past_an_adverb(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A sterling sum's conversion into other currencies, in brackets after it, is the same sum:
# no figure of its own, and no part of the sum's label.
def test_bracketed_conversion_is_the_same_sum() -> None:
    text = "There is now a £450 million ($580 million/€520 million) budget set aside for the Games."
    assert [(s.value, s.unit) for s in snippet_stats(text)] == [(450000000, "gbp")]
    assert figure_of(text, 450000000).label == "budget set aside for the Games"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The works cost £120m (about $150m, 140 million euros).", [120000000, 140000000]),
        # guards: a sum in brackets that is not a conversion stays, as does a dollar sum
        # with its sterling conversion after it
        ("Funding rose to £10m (up from $4m in 2019).", [10000000, 4000000]),
        ("The firm paid $40 million (£30 million) in fines.", [40000000, 30000000]),
    ],
)
def test_only_conversions_of_sterling_are_dropped(text: str, values: list[float]) -> None:
    assert [s.value for s in snippet_stats(text)] == values


# A page's tally of comments or shares on a line of its own is page furniture, not a figure.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Police funding warning\n\nby Sam\n\n0 comments\n\nArrests rose by 5% in Leeds.", [5]),
        ("Police funding warning\n\n14 Shares\n\nArrests rose by 5% in Leeds.", [5]),
        # guard: comments counted in a sentence are a figure
        ("Residents sent 350 comments to the council.", [350]),
    ],
)
def test_comment_tally_line_is_no_figure(text: str, values: list[float]) -> None:
    assert [s.value for s in snippet_stats(text)] == values


# "costs of £X" names the sum by its noun, qualifiers and all ("annual revenue costs"); the
# noun is no verb of costing. A range's first end is named the same way.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("The change will save annual staffing costs of £2.3m.", 2300000, "annual staffing costs"),
        (
            "There will be ongoing maintenance costs of between £1.1m and £1.9m per annum.",
            1100000,
            "ongoing maintenance costs",
        ),
        # guard: the singular after "at a" stays as it was
        ("The survey was delivered at a cost of £23,000.", 23000, "at a cost"),
    ],
)
def test_costs_of_a_sum_are_named_by_their_noun(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A number joined to a word ("under-25", "24-hour") modifies a noun of the subject and is no
# figure that stops a coordinated place ("across England and Wales") from being read whole.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "While under-18 hospital admissions across England and Wales were down by 6%, "
            "there was a rise in the capital.",
            6,
            "under-18 hospital admissions",
        ),
        (
            "While 24-hour patrols across Camden and Islington were up by 9%, arrests fell.",
            9,
            "24-hour patrols",
        ),
    ],
)
def test_numbered_modifier_is_no_figure_in_a_subject(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label
