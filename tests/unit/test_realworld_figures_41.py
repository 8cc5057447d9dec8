"""Figure forms found in the blind52-53 batches (round 41) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, headed_values


# GOV.UK statistics pages mark footnotes as "[footnote 3]" glued to the word they annotate:
# the marker's number is no count.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Orders are made following a conviction for a listed offence[footnote 3] , or on "
            "complaint by a local force[footnote 4] .",
            [],
        ),
        ("There were 1,240 orders[footnote 2] in force at the end of the season.", [1240]),
        ("Arrests fell by 12%[note 5] on the previous season.", [12]),
    ],
)
def test_bracketed_footnote_word_marker_is_no_figure(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


def test_bracketed_count_stays_a_figure() -> None:
    assert headed_labels("Officers made 35 arrests [and 4 charges] on the day.")[0] == (
        35,
        "arrests",
    )


# Minutes number their items "1.1", "5.4" with no stop after, and an item may open on an
# article: the number is the item's, not a figure.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1.1  An apology for absence was received from the Chair.", []),
        ("5.4 A transcript of the discussion is attached to these minutes.", []),
        ("2.3 A total of 45 officers attended the briefing.", [45]),
    ],
)
def test_numbered_item_opening_on_an_article_is_no_figure(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# A change the figure's own words name after a clause that only equates it with what was
# just said ("this represents a", "This is an"): the demonstrative names nothing, so the
# change does; a sum's or a count's change in a named thing is the change in that thing.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "There were 1,900 orders in force; this represents a decrease of 6% (-120) on the "
            "number in force a year earlier.",
            "decrease",
        ),
        ("This is an increase of £245,310.", "increase"),
        (
            "This is a reduction of £4.2m in the overspend reported at Quarter One.",
            "reduction in overspend",
        ),
    ],
)
def test_change_after_an_equating_demonstrative_is_labelled_by_the_change(
    text: str, label: str
) -> None:
    assert headed_labels(text)[-1][1] == label


def test_share_change_in_a_named_thing_keeps_the_thing() -> None:
    assert headed_labels("This represents a fall of 20% in burglary.") == [(20, "burglary")]


# "N in 10" in digits is the rate it is in words ("six in ten"): the part is no count.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The agency says that 6 in 10 money mules are under the age of 30.", [0.6]),
        ("Around 3 in 100 drivers stopped were over the limit.", [0.03]),
        ("Officers made 3 in 24 hours after the raid.", [3]),
        ("Police arrested 5 in 12 raids across the borough.", [5]),
    ],
)
def test_digit_part_out_of_a_round_whole_is_a_rate(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# A change noun after a sized share gives its direction and, with what changed after it,
# its label, past a qualifier that opens on its article ("a near", "a record"), a
# compound modifier ("year-on-year") or a word of scope ("overall", "annual").
@pytest.mark.parametrize(
    ("text", "direction", "label"),
    [
        (
            "The increases were part of a near 25 per cent overall rise in crime last year.",
            "up",
            "crime",
        ),
        ("Figures revealed a 41 per cent annual increase in robbery.", "up", "robbery"),
        ("Officers saw a record 12% rise in arrests.", "up", "arrests"),
        ("Thefts fell sharply, a 7 per cent year-on-year drop.", "down", None),
    ],
)
def test_change_noun_after_a_qualified_share(text: str, direction: str, label: str | None) -> None:
    (stat,) = headed_stats(text)
    assert stat.direction == direction
    if label is not None:
        assert stat.label == label


# "the number of X" changing to a level, the change said as a participle or with "to": the
# level is of X.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The scheme has led to the number of reports to the helpline doubling to more than "
            "3,000 since it began in 2015.",
            "reports to the helpline",
        ),
        ("It saw the number of arrests rising to 450 within a year.", "arrests"),
        ("The number of knife offences rose to 4,500 in June.", "knife offences"),
    ],
)
def test_number_of_things_changing_to_a_level(text: str, label: str) -> None:
    assert headed_labels(text)[0][1] == label


# A span of time counted in words is no modifier of a plural-looking word after it: "ran
# for three years expires on" counts nothing; a noun before the counted plural still may.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The agreement, which ran for two years expires on 31st March 2022.", []),
        ("The unit runs three drone sites across London.", [3]),
    ],
)
def test_span_of_time_in_words_names_no_noun_after_it(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# A subsection in brackets spaced off its section's number is no count: "section 327 (1)".
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Both were charged contrary to section 329 (1) of the Proceeds of Crime Act 2002.", []),
        ("Officers arrested 12 (3) people on the estate.", [12, 3]),
    ],
)
def test_spaced_subsection_is_no_figure(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# A paper's number in its header, alone on its line, is no count.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Report: 12", []),
        ("Agenda item: 5", []),
        ("Report: 14 dogs were seized in the first week.", [14]),
    ],
)
def test_paper_number_in_its_header_is_no_figure(text: str, values: list[float]) -> None:
    assert headed_values(text) == values
