"""Figure forms found in the blind42-43 batches (round 36) and the open classes of blind34-41,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import headed_stats


# A table whose rows are laid out one to a line: each cell is a figure of what the row's
# name says, a number in the name is part of it, an empty (zero) cell is none, and a header
# line of currency signs makes every cell a sum.
def test_table_rows_are_labelled_by_their_names_in_the_header_currency() -> None:
    stats = headed_stats(
        "The sums recovered by region over the last two years are shown below.\n\n"
        "Region 2018/19 2019/20\n\n"
        "£ £\n\n"
        "North East 412,300 398,120\n\n"
        "Zone 2 15,870 0\n\n"
        "All regions 428,170 398,120\n"
    )
    assert [(s.value, s.unit, s.label, s.direction) for s in stats] == [
        (412300, "gbp", "North East", None),
        (398120, "gbp", "North East", None),
        (15870, "gbp", "Zone 2", None),
        (428170, "gbp", "All regions", None),
        (398120, "gbp", "All regions", None),
    ]


def test_table_rows_without_a_currency_header_stay_counts() -> None:
    stats = headed_stats(
        "Arrests fell in every borough:\n\n"
        "Borough 2019 2020\n\n"
        "Camden 1,204 1,010\n\n"
        "Islington 987 n/a\n"
    )
    assert [(s.value, s.unit, s.label) for s in stats] == [
        (1204, "count", "Camden"),
        (1010, "count", "Camden"),
        (987, "count", "Islington"),
    ]


# guard: lines with words after their numbers are prose items, not a table's rows
def test_lines_with_words_between_numbers_are_no_table() -> None:
    stats = headed_stats(
        "Results:\n\nCamden 1,204 arrests 310 charges\n\nIslington 987 arrests 204 charges\n"
    )
    assert [s.value for s in stats] == [1204, 310, 987, 204]
    assert {s.label for s in stats}.isdisjoint({"Camden", "Islington"})


# A range of sums said with their scale word ("between £120 million and £310 million."): the
# second end is read whole, so the first is not labelled by the scale word, and what "could
# range" is the range's subject.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "An impact assessment said the final cost could range between £40 million and "
            "£95 million.",
            ["final cost", "final cost"],
        ),
        (
            "The sales are expected to bring in between £3.5 million and £6.2 million.",
            ["sales", "sales"],
        ),
        # guard: a range of counts keeps what its second end counts
        (
            "The scheme will train between 3,000 and 5,000 officers.",
            ["officers", "officers"],
        ),
    ],
)
def test_a_range_of_sums_is_not_labelled_by_its_scale_word(text: str, labels: list[str]) -> None:
    assert [s.label for s in headed_stats(text)] == labels


# A share in brackets after a changed count restates that change in proportion: it takes
# the count's direction and what the count measures.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2010 the borough has lost 312 police officers (24%) and has lost 150 PCSOs "
            "(61%).",
            [
                ("police officers", "down"),
                ("police officers", "down"),
                ("PCSOs", "down"),
                ("PCSOs", "down"),
            ],
        ),
        ("Burglary rose by 1,400 (12%) last year.", [("Burglary", "up"), ("Burglary", "up")]),
        # guard: a share in brackets after a level is no change
        ("There were 57 arrests (31%) for drug offences.", [("arrests", None), ("arrests", None)]),
    ],
)
def test_a_bracketed_share_restates_the_change_before_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(s.label, s.direction) for s in headed_stats(text)] == expected


# "down on", "up from" right after a figure: a change against an earlier level.
@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The total for 2023 is 212, which is 14% down on 2022.", "down"),
        ("Officer numbers will be 31,200 – about 1,200 down from their 2012 peak.", "down"),
        ("The precept will be almost six per cent up on current levels.", "up"),
        # guard: "up" of a phrasal verb is no change
        ("Volunteers picked 40 up at the station.", None),
    ],
)
def test_down_on_and_up_from_after_a_figure_are_its_direction(
    text: str, direction: str | None
) -> None:
    assert headed_stats(text)[-1].direction == direction


# "declined to" a level is a fall to it, as "fell to" is, and names what fell.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The latest figures show that this has declined to 1,204 police officers.",
            "police officers",
        ),
        ("Satisfaction has been declining to 62% since 2019.", "Satisfaction"),
    ],
)
def test_declined_to_a_level_is_a_fall(text: str, label: str) -> None:
    assert [(s.label, s.direction) for s in headed_stats(text)] == [(label, "down")]
