"""Figure forms found in the spent blind17 to blind20 batches (round 23), each fixed as a
class and tested on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, snippet_stats


# What was done to the people counted, told as two acts, the second qualified by an
# adverb: "killed or seriously injured" is one measure, not "killed".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, 3,900 people were killed or seriously injured in road collisions.",
         [(3900, "people killed or seriously injured in road collisions")]),
        ("Every year more than 150 cyclists are killed or seriously injured on the ring road.",
         [(150, "cyclists killed or seriously injured on the ring road")]),
        # guard: a new clause after "and" is no second act of the people counted
        ("Officers said 12 people were arrested and officers seized 40 knives.",
         [(12, "people arrested"), (40, "knives")]),
        # guard: an adverb before a participle that is no act on the people stays out
        ("The unit has 30 officers directly funded by the council.", [(30, "officers")]),
    ],
)  # fmt: skip
def test_a_second_act_qualified_by_an_adverb_stays_in_the_label(text, expected):
    assert headed_labels(text) == expected


# People counted by no more than "people" (or "individuals", "offenders"), then what they
# did or had done to them: the act says what is counted, "people" alone says nothing. An
# "-ing" form counts only with its object ("awaiting trial"); "people coming into the
# borough" says where they are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An estimated 1.6 million people experienced stalking in the year to March.",
         [(1600000, "people experienced stalking")]),
        ("Some 4,200 people engaged in youth outreach sessions over the summer.",
         [(4200, "people engaged in youth outreach sessions")]),
        ("Of those held, 30 were convicted, with a total of 27 people still awaiting trial.",
         [(30, "convicted"), (27, "people awaiting trial")]),
        ("There are currently 61 offenders awaiting sentence at the court.",
         [(61, "offenders awaiting sentence at the court")]),
        ("The figures show a 15 per cent rise in the number of people referred to the scheme.",
         [(15, "number of people referred to the scheme")]),
        ("Officers charged 45 young people arrested during the operation.",
         [(45, "young people arrested")]),
        # a share of those who did not act is told by the act they did not do (round 46)
        ("Data shows 80 per cent of young people cautioned did not reoffend.",
         [(80, "young people cautioned did not reoffend")]),
        # guard: an "-ing" of where people are, a preposition after it, stays out
        ("With 300,000 people coming into the borough every day, patrols matter.",
         [(300000, "people")]),
        # guard: a named kind of people keeps only what police and courts do to them
        ("Around 60 officers attended the briefing.", [(60, "officers")]),
    ],
)  # fmt: skip
def test_what_people_counted_did_or_had_done_stays_in_the_label(text, expected):
    assert headed_labels(text) == expected


# A sum and what it is for, with a rate of time, "to be", an adverb of addition or the
# state of being available between them: the purpose still names the sum.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since 2019, the council has provided £2m annually for the youth service.",
         [(2000000, "funding for youth service")]),
        ("£3.1 million is also to be used to expand mentoring in schools.",
         [(3100000, "funding to expand mentoring in schools")]),
        ("£40 million is available for local councils and charities.",
         [(40000000, "funding available for local councils and charities")]),
        ("Up to £20,000 is available to each community group.",
         [(20000, "funding available for each community group")]),
        # guard: who did it is no purpose ("seized by officers"): the sum keeps its noun
        ("Police said assets totalling over £3 million were also seized by detectives.",
         [(3000000, "assets totalling")]),
    ],
)  # fmt: skip
def test_a_sums_purpose_is_read_past_a_rate_to_be_or_also(text, expected):
    assert headed_labels(text) == expected


# A change, then its new level after a comma: "increased 70% last year, to 24,000" says
# the level rose as much as the change does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reported frauds increased 40% last year, to 12,000 offences.",
         [(40, "up"), (12000, "up")]),
        ("Burglaries fell by 12 per cent in 2023, to 4,100.", [(12, "down"), (4100, "down")]),
        # guard: a level after a comma with no change before it has no direction
        ("Funding went to 30 groups in 2023, to 12 more than planned.", [(30, None), (12, None)]),
    ],
)  # fmt: skip
def test_a_level_after_a_comma_takes_its_changes_direction(text, expected):
    assert [(s.value, s.direction) for s in headed_stats(text)] == expected


# A change named by the noun the figure sizes: a "boost" is a rise like an "increase",
# and a headline opening on the figure ("1% pay increase for ...") needs no article.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff will receive a 2% boost to their salaries from April.", [(2, "up")]),
        ("3% pay increase for prison officers", [(3, "up")]),
        ("10 per cent budget cut for the fire service", [(10, "down")]),
        # guard: a sum's owner before it is no article ("the Mayor's £5m boost")
        ("The Mayor’s £5m boost will help youth clubs.", [(5000000, None)]),
    ],
)  # fmt: skip
def test_a_change_noun_after_the_figure_gives_its_direction(text, expected):
    assert [(s.value, s.direction) for s in snippet_stats(text)] == expected


# A share's change and what it is to: "a 1% increase to base pay" measures the pay, as
# "a 22 per cent reduction in homicides" measures the homicides (an owner before the noun
# says nothing); the level a change reaches ("to 5,000") is no such thing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers will get a 2% increase to the London allowance.",
         [(2, "London allowance")]),
        ("Staff will receive a 3% boost to their overtime rates from April.",
         [(3, "overtime rates from April")]),
        ("The scheme saw a 15% rise in the number of referrals.",
         [(15, "number of referrals")]),
        # guard: the level a change reaches is another figure's, not what changed
        ("Officer numbers saw a 10% rise to 5,000 officers.", [(10, "Officer numbers"), (5000, "officers")]),
    ],
)  # fmt: skip
def test_what_a_shares_change_is_to_labels_it(text, expected):
    assert headed_labels(text) == expected
