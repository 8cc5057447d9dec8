"""Figure forms found in the spent twelfth blind batch (tests/blind12, round 13), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, No10,
news sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_values


# Numbers that are no figures: a phone number's area code cut off where the excerpt stops,
# a multiplier, a day of a range named by weekdays, a year before 1900, a number cut off
# mid-sentence at the excerpt's end.
@pytest.mark.parametrize(
    "text",
    [
        # the batch's own (London Assembly): the contact line cut after its area code
        "The agenda is available here.\n\nFor media enquiries, please contact Ben Walker on 020 ",
        # Mayor: the same, the area code of a mobile
        "The Mayor will speak at 10am.\n\nFor more information call the press office on 07700",
        # the batch's own (London Assembly): multipliers
        "Compared to Northamptonshire, 20 times more theft incidents and 16 times more "
        "burglaries took place in the capital.",
        # GOV.UK/Home Office and news site
        "Young black men are 4 times more likely to be stopped.",
        "The force spends 3 times the national average on overtime.",
        # the batch's own (Met): a range of days named by their weekdays
        "During National Volunteers week, that runs from Friday, 1 to Thursday, 7 June, the Met "
        "is shining a light on all its volunteers.",
        # MOPAC
        "The consultation runs from Monday 3 to Friday 14 March.",
        # the batch's own (Met): a year before 1900
        "The role of the Specials began in 1837 and has since grown.",
        # Met and London Assembly
        "The Metropolitan Police was founded in 1829.",
        "Officers have patrolled the Thames since 1798, when the Marine Police was set up.",
        # the batch's own (news site): a number cut off where the excerpt stops
        "Some children went missing in London. Many of them went missing more than once, "
        "resulting in 2",
        # Met
        "Officers seized knives. The haul was among the largest of",
    ],
)
def test_not_figures(text):
    assert headed_values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: a phone number written whole stays out, its own figures stay in
        ("Officers made 14 arrests. Call 020 7230 1212 for details.", [14]),
        # guard: occasions counted are a figure ("stopped 20 times")
        ("He was stopped and searched 20 times last year.", [20]),
        # guard: a day with its month, and a count after a weekday
        ("On Friday, 12 officers were deployed to the estate.", [12]),
        # guard: a four-digit count before 1900 with what it counts
        ("In 1500 cases the suspect was charged.", [1500]),
        # guard: a sum ending a sentence with its full stop
        ("The fund was set up. It has now risen to 250.", [250]),
        # guard: a decimal starting with a nought
        ("The rate rose by 0.5 per cent.", [0.5]),
    ],
)
def test_not_figures_guard(text, value):
    assert headed_values(text) == value


# An "N in M" share told as a rate (with a bound, or of a whole named after it) is the
# fraction N/M; so is a bare part of one (round 26: blind23's gold, like every batch's,
# writes "one in five women" as 0.2).
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Mayor): "of all recorded crime"
        (
            "The Met recorded a 7 per cent increase in domestic abuse offences in 2021, with "
            "domestic abuse accounting for one in eight of all recorded crime last year.",
            0.125,
            "recorded crime",
        ),
        # the batch's own (news site): a bound
        (
            "A poll shows most Londoners believe she was right to step down, with fewer than "
            "one in 10 respondents believing she tackled sexism in the force.",
            0.1,
            "respondents",
        ),
        # London Assembly and GOV.UK/Home Office
        ("Nearly 1 in 5 Londoners said they felt unsafe at night.", 0.2, "Londoners"),
        ("The closure of around four in ten police stations was announced.", 0.4, "stations"),
    ],
)
def test_share_as_a_rate(text, value, label):
    fig = figure_of(text, value)
    assert (fig.unit, fig.direction) == ("fraction", None)
    assert label in fig.label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: a part of a whole in digits, and a part of a span of time, stay counts
        ("Six of 10 stations closed, the same as last year.", 6),
        ("Officers made 3 in 24 hours, the same as last year.", 3),
    ],
)
def test_share_as_a_rate_guard(text, value):
    assert figure_of(text, value).unit == "count"


# Counts in words of men, women, people and children, three and up, are tallies; a
# sentence inside a paragraph may open on a count word.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met)
        (
            "Officers made 14 arrests during the week, including three men who were tracked "
            "down within minutes.",
            3,
            "men",
        ),
        ("Another four men were arrested following a pursuit by officers.", 4, "men"),
        # Met (blind11's own) and GOV.UK/Home Office
        ("Forty men and one woman were held in a series of co-ordinated raids.", 40, "men"),
        ("The attack in London Bridge killed eight people.", 8, "people"),
        # MOPAC
        ("The scheme has helped twelve children back into school.", 12, "children"),
        # the batch's own (Met): a sentence opening mid-paragraph
        (
            "Officers raided more than 120 shops. Nine stores were served with closure notices.",
            9,
            "stores",
        ),
        # London Assembly and No10
        ("The report was published. Seven boroughs have no custody suite.", 7, "boroughs"),
        ("Forces bid for funding. Twelve forces were awarded grants.", 12, "forces"),
    ],
)
def test_counts_in_words(text, value, label):
    fig = figure_of(text, value)
    assert fig.unit == "count"
    assert label in fig.label


@pytest.mark.parametrize(
    "text",
    [
        # guard: two people are the pair an incident is about
        "Officers detained two men and four suspects were arrested.",
        # guard: people in apposition, and described by their ages
        "The occupants, three men and one woman, were detained whilst a search took place.",
        "Five men between 17 and 25 years old were all arrested.",
        "Three women aged 19, 20 and 22 were charged.",
        # guard: "the two" said again of a pair just named (London Assembly)
        "The chasm between the funding allocated to the two authorities comes despite this.",
        # guard: a span of time opening a sentence mid-paragraph
        "The plan was agreed. Three years later it was dropped.",
    ],
)
def test_counts_in_words_guard(text):
    assert headed_values(text) == []


# What a sum's label is: what was done to it, said in a passive after it ("£7 million
# being frozen"), the noun after "such" ("10,000 such businesses"), the whole after "of a"
# ("32 per cent of a black and minority ethnic background").
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met)
        (
            "The investigation has also led to £7 million being frozen in accounts in London "
            "and another £23.6 million being seized in New York.",
            7_000_000,
            "frozen in accounts",
        ),
        (
            "The investigation has also led to £7 million being frozen in accounts in London "
            "and another £23.6 million being seized in New York.",
            23_600_000,
            "seized in New York",
        ),
        # GOV.UK/Home Office and news site
        ("Some £400,000 was confiscated from the gang by the courts.", 400_000, "confiscated"),
        ("More than £2m has been recovered from fraudsters this year.", 2_000_000, "recovered"),
        # the batch's own (Met): "such"
        (
            "About 10,000 such businesses — which include money transfer shops — operate in "
            "London.",
            10_000,
            "businesses",
        ),
        # MOPAC and London Assembly
        ("Officers visited 300 such premises during the week.", 300, "premises"),
        ("There are now 45 such schemes across the capital.", 45, "schemes"),
        # the batch's own (Met): "of a"
        (
            "Among the current Met workforce, there are 87 separate languages spoken with 32 "
            "per cent of a black and minority ethnic background, and 28 per cent are women.",
            32,
            "black and minority ethnic background",
        ),
        # Mayor
        ("Around 40 per cent of a typical force budget goes on pay.", 40, "force budget"),
    ],
)
def test_labels(text, value, label):
    assert label in (figure_of(text, value).label or "")


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: "such as" is no determiner; a sum with its own purpose keeps it
        ("Officers seized 30 weapons such as knives and bats.", 30, "weapons"),
        ("The £5m was spent on youth services.", 5_000_000, "spent on youth services"),
    ],
)
def test_labels_guard(text, value, label):
    assert figure_of(text, value).label == label


# A level aimed at ("reach a target of 3,200") and a level restated after an earlier one
# ("that figure is now 561") are up (down) as the number grows (falls) to them.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the batch's own (Met)
        (
            "The Met is recruiting specials in order to reach a target of 3,200 by 2021.",
            3200,
            "up",
        ),
        # No10 and Mayor
        ("The force is on track to meet its target of more than 6,000 officers.", 6000, "up"),
        ("The Mayor aims to hit a target of 1,000 new homes a year.", 1000, "up"),
        # the batch's own (Met)
        (
            "In March 2012, there were 217 ‘top 2000’ gang members in custody and as of 21st "
            "January 2013 that figure is now 561.",
            561,
            "up",
        ),
        # London Assembly and Met
        ("In 2010 there were 3,000 PCSOs in London; the number is now 1,200.", 1200, "down"),
        ("There were 40 knife arches in 2019 and this total now stands at 55.", 55, "up"),
    ],
)
def test_level_directions(text, value, direction):
    assert figure_of(text, value).direction == direction


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: a target named without a verb of reaching it (the seed's "towards a target")
        ("The Met has recruited over 300 PCSOs towards a target of 500.", 500),
        ("The target of 500 was missed.", 500),
        # guard: "reach" of an audience is no level
        ("The scheme is expected to reach more than 15,000 young people a year.", 15000),
        # guard: the first of the two levels, and another measure's number
        ("There were 217 gang members in custody and that figure is now 561.", 217),
        ("There were 40 arches and the number of bins is 55.", 55),
    ],
)
def test_level_directions_guard(text, value):
    assert figure_of(text, value).direction is None


# "The number of times <clause> has dropped by 18%": the occasions are told by a clause
# with its own verb, all of it the subject.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met)
        (
            "The number of times a gun has been discharged has dropped by 18% equating to 77 "
            "fewer shootings.",
            18,
            "number of times a gun has been discharged",
        ),
        # GOV.UK/Home Office and London Assembly
        (
            "The number of occasions a Taser was fired rose by 9 per cent.",
            9,
            "number of occasions a Taser was fired",
        ),
        (
            "The number of times officers used force has fallen by 12%.",
            12,
            "number of times officers used force",
        ),
        # guard: a plain subject with an "-ed" word of its own keeps its shape
        ("Recorded knife crime has fallen by 7 per cent.", 7, "Recorded knife crime"),
    ],
)
def test_times_counted_subject(text, value, label):
    assert figure_of(text, value).label == label


# A part of a named group is labelled by the group and the state the part is in.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met): the group's name has digits
        (
            "Additionally 123 of the ‘top 2000’ are subject to judicial restrictions such as "
            "ASBOs and gang injunctions.",
            123,
            "top 2000 subject to judicial restrictions",
        ),
        # London Assembly and news site
        (
            "Some 300 of the officers are under investigation for misconduct.",
            300,
            "officers under investigation for misconduct",
        ),
        ("Around 40 of the suspects are now on bail.", 40, "suspects on bail"),
    ],
)
def test_part_of_a_group_in_a_state(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a relative clause after the group is no state of the part
        (
            "Officers searched 20 of the addresses where the warrants were executed.",
            20,
            "addresses",
        ),
        # guard: a whole with its own number
        ("The Met has 12 of 32 boroughs in the scheme.", 12, "boroughs in the scheme"),
    ],
)
def test_part_of_a_group_in_a_state_guard(text, value, label):
    assert figure_of(text, value).label == label
