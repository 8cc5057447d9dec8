"""Figure forms found in the spent twelfth blind batch (tests/blind12, round 13), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, No10,
news sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_stats


def _values(text: str) -> list[float]:
    return [s.value for s in headed_stats(text)]


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
    assert _values(text) == []


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
    assert _values(text) == value


# An "N in M" share told as a rate (with a bound, or of a whole named after it) is the
# fraction N/M; bare, it stays a count of the part, as the seeds' "one in three
# Londoners" and "1 in 10 robberies" are.
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
    "text",
    [
        # guard (seed): bare shares stay counts
        "More than half of victims were women, and one in three Londoners felt unsafe.",
        "The Met solved 1 in 10 robberies, the same as last year.",
    ],
)
def test_share_as_a_rate_guard(text):
    assert figure_of(text, 1).unit == "count"


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
    assert _values(text) == []
