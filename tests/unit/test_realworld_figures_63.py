"""Figure forms found in the blind94-95 batches (round 63), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_stats, headed_values


# A contents page run together on one line: a heading may hold numbers joined by a colon,
# slash or dash, and the page number that falls after the run is the contents page's own,
# in its running foot. A number standing alone in a heading, or a run too short before
# the fall, keeps the figures.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "CONTENTS Foreword 4 Our aims – the 10:10:10 targets 6 Results 9 Costs 12 "
            "Fire Authority • Annual Review 2019/20 3",
            [],
        ),
        (
            "CONTENTS Introduction 2 Summary 5 Budget 8 FIRE PLAN 2019-20 4 Introduction "
            "The service made 300 rescues.",
            [300],
        ),
        ("Contents Burglary 40 Robbery 52 Assault 12 Theft 85", [40, 52, 12, 85]),
        ("Contents Foreword 4 Summary 6 and then 50 officers joined.", [4, 6, 50]),
    ],
)
def test_contents_page_with_joined_numbers_and_page_foot(text, values):
    assert headed_values(text) == values


# A short code in bare digits, texted to at the clause's end or named as the text line,
# is no figure; a count texted to, or a number with its separator, stays one.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("If you see it, text the transport police what, where and when to 61234.", []),
        ("Commuters should save the 61234 text-to-report number in their phones.", []),
        ("Or use the force's 81234 text service to report it.", []),
        ("The council sent text alerts to 20000 residents last week.", [20000]),
        ("Texts to the line rose to 61,234 last year.", [61234]),
    ],
)
def test_texted_short_code_is_no_figure(text, values):
    assert headed_values(text) == values


# "spend" as a noun names a sum by the word before it: before "of", or opening a list
# item with a capitalised word; the verb ("Councils spend", "We spend", "to spend") and a
# bare determiner keep the verb's noun.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The bids add up to a total spend of £412,300.", "total spend"),
        ("Approve capital spend of £2.4m in 2021/22.", "capital spend"),
        ("  • Stabling spend £1.9m (incl. all vet costs)", "Stabling spend"),
        ("Councils spend £2m a year on street lighting.", "spending on street lighting"),
        ("We spend £2m a year on street lighting.", "spending on street lighting"),
        ("The spend of £5m was agreed.", "spending"),
        ("The Mayor plans to spend £5m on street lighting.", "spending on street lighting"),
    ],
)
def test_spend_as_noun_keeps_its_modifier(text, label):
    assert headed_stats(text)[0].label == label
