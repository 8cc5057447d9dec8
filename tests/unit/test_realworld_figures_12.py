"""Figure forms found in the spent eleventh blind batch (tests/blind11, round 11), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, No10),
with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_stats


# A change "by" a bound said in words before the figure ("by an average of", "by a maximum
# of", "by a total of", "by another", "by a further") is the verb's change, and labelled
# by what the verb acts on; the verb's object may be up to eight words, a year in it.
@pytest.mark.parametrize(
    ("text", "value", "direction", "label"),
    [
        # the batch's own (Mayor): "by an average of", "by a maximum of"
        (
            "The Mayor has today announced proposals to increase his share of council tax from "
            "April 2018 by an average of 27p a week.",
            0.27,
            "up",
            "share of council tax",
        ),
        (
            "Sadiq could increase his Policing Precept by a maximum of £12 a year before "
            "having to hold a referendum.",
            12,
            "up",
            "Policing Precept",
        ),
        # the batch's own (London Assembly): "by another", a year in the object
        (
            "Plans are in place to reduce 2017/18 budgets by another 25 per cent on average.",
            25,
            "down",
            "budgets",
        ),
        # the batch's own (London Assembly): a long object before "by"
        (
            "It would increase the estimated number of annual offences nationally by 50 per cent.",
            50,
            "up",
            "annual offences",
        ),
        # Met: "by a further"
        (
            "The Met will reduce its senior officer posts by a further 10 per cent.",
            10,
            "down",
            "senior officer posts",
        ),
        # GOV.UK/Home Office: "by a total of"
        (
            "The government will increase funding for counter-terrorism policing by a total "
            "of £90 million.",
            90_000_000,
            "up",
            "funding for counter-terrorism policing",
        ),
        # MOPAC: "by a minimum of"
        (
            "MOPAC will cut the cost of its estate by a minimum of £20 million.",
            20_000_000,
            "down",
            "cost of its estate",
        ),
        # No10: "by another"
        (
            "We will boost the number of neighbourhood officers by another 3,000.",
            3000,
            "up",
            "neighbourhood officers",
        ),
    ],
)
def test_change_by_a_bound_in_words(text, value, direction, label):
    fig = figure_of(text, value)
    assert fig.direction == direction
    assert label in (fig.label or "")


# A change restated after a bare "or" takes the change's direction: "increase overall by
# 5.1 per cent or £14.20 a year in cash terms".
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the batch's own (Mayor)
        (
            "His share of council tax would increase overall by 5.1 per cent or £14.20 a year "
            "in cash terms.",
            14.2,
            "up",
        ),
        # London Assembly
        (
            "The Met’s budget has been cut by 12 per cent or £600 million in real terms.",
            600_000_000,
            "down",
        ),
        # GOV.UK/Home Office
        ("Police funding will rise by 2.5 per cent or £300 million next year.", 300_000_000, "up"),
    ],
)
def test_change_restated_after_or(text, value, direction):
    assert figure_of(text, value).direction == direction


# Guards: no change said, no direction given; a bound without a verb of change stays bare.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officers made an average of 27 arrests a week.", 27),
        ("Each fine is set by a maximum of £500 under the byelaw.", 500),
        ("The unit has 12 or 13 officers.", 13),
        ("Londoners paid by another 50 routes.", 50),
    ],
)
def test_bound_without_change_guard(text, value):
    assert figure_of(text, value).direction is None


def test_change_by_without_bound_unchanged():
    # a change "by" the figure itself is still the verb's, as before
    fig = figure_of("The Met will reduce its senior officer posts by 10 per cent.", 10)
    assert fig.direction == "down"
    assert "senior officer posts" in (fig.label or "")


# A sum's label past the years it is spread over: "a budget allocation of £X" names the
# allocation; "of which £Y will be deployed in 2019/20" the deployment; "£X in 2019/20 and
# £Y in 2020/21 for ..." (or "to deliver ...") what the sums are for, not the years.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (MOPAC decision)
        (
            "The Deputy Mayor for Policing and Crime is recommended to agree a budget "
            "allocation of £511,249 of which £294,707 will be deployed in 2019/20 and "
            "£216,542 will be deployed in 2020/21.",
            511_249,
            "budget allocation",
        ),
        (
            "The Deputy Mayor for Policing and Crime is recommended to agree a budget "
            "allocation of £511,249 of which £294,707 will be deployed in 2019/20 and "
            "£216,542 will be deployed in 2020/21.",
            216_542,
            "deployed",
        ),
        (
            "£169,707 in 2019/20 and £191,542 in 2020/21 for the uplift and extension of "
            "existing advocacy services for hate crime victims;",
            191_542,
            "advocacy services",
        ),
        (
            "£25,000 in 2019/20 and £25,000 in 2020/21 to deliver National Hate Crime "
            "Awareness events across London.",
            25_000,
            "Awareness events",
        ),
        # MOPAC: an allocation
        (
            "MOPAC has approved an allocation of £6 million for each borough.",
            6_000_000,
            "allocation",
        ),
        # GOV.UK/Home Office: years then "for"
        (
            "The Home Office will provide £5 million in 2024/25 and £7 million in 2025/26 for "
            "the Safer Streets Fund.",
            7_000_000,
            "Safer Streets Fund",
        ),
        # Mayor: a single year then "to"
        (
            "City Hall is investing £3m in 2023 to expand youth diversion schemes.",
            3_000_000,
            "youth diversion schemes",
        ),
        # Met: deployed sums
        (
            "The Met has £4 million, of which £1.5 million will be deployed to town centre teams.",
            1_500_000,
            "town centre teams",
        ),
        # London Assembly: a year with "the financial year"
        (
            "The Mayor set aside £2.1 million in the financial year 2018/19 for knife crime "
            "prevention.",
            2_100_000,
            "knife crime prevention",
        ),
    ],
)
def test_sum_labelled_past_its_years(text, value, label):
    found = [s for s in headed_stats(text) if s.value == value]
    assert found, [(s.value, s.label) for s in headed_stats(text)]
    assert all(label in (s.label or "") for s in found), [s.label for s in found]


# Guards: a sum and its year with no purpose after keep their labels as before.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("The Met spent £120 million on overtime in 2019/20.", 120_000_000, "overtime"),
        ("MOPAC’s settlement of £50 million covers 2023/24.", 50_000_000, "settlement"),
    ],
)
def test_sum_years_guard(text, value, label):
    assert label in (figure_of(text, value).label or "")


# A share sizing a difference in the noun after it ("35 per cent more dismissals", "20%
# fewer burglaries") is labelled by that noun.
@pytest.mark.parametrize(
    ("text", "value", "direction", "label"),
    [
        # the batch's own (London Assembly)
        (
            "There were 35 per cent more dismissals last year compared to in 2022 when 84 "
            "rogue officers were fired from the force.",
            35,
            "up",
            "dismissals",
        ),
        # Met
        ("The Met recorded 20% fewer burglaries this year.", 20, "down", "burglaries"),
        # Mayor
        (
            "London now has ten per cent more police officers on its streets than in 2016.",
            10,
            "up",
            "police officers",
        ),
        # GOV.UK/Home Office
        (
            "Forces made 15 per cent more arrests, a Home Office spokesman said.",
            15,
            "up",
            "arrests",
        ),
    ],
)
def test_share_more_or_fewer_noun(text, value, direction, label):
    fig = figure_of(text, value)
    assert fig.direction == direction
    assert label in (fig.label or "")


# Guards: "more likely", "less satisfied" and "more than" name no noun: labels as before.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Black Londoners are 20% more likely to be stopped than white Londoners.",
            20,
            "Black Londoners",
        ),
        ("Victims were 30% less satisfied with the service.", 30, "Victims"),
        ("The number rose to 30 per cent more than last year.", 30, "number"),
    ],
)
def test_share_more_without_noun_guard(text, value, label):
    assert figure_of(text, value).label == label


# Scare quotes on a word between a count and its noun keep the noun in the label: "676
# “live” terrorism investigations" counts investigations, not "live".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (No10)
        (
            "A total of 676 “live” terrorism investigations were underway at the end of June.",
            676,
            "live terrorism investigations",
        ),
        # Met: straight single quotes
        (
            "The Met identified 3,000 'high-harm' offenders across London.",
            3000,
            "high-harm offenders",
        ),
        # MOPAC: two words in curly single quotes
        ("MOPAC funded 40 ‘safe haven’ venues in the capital.", 40, "safe haven venues"),
        # Mayor
        ("The Mayor said 500 “ghost” officers had been cut.", 500, "ghost officers"),
    ],
)
def test_scare_quoted_word_before_counted_noun(text, value, label):
    assert label in (figure_of(text, value).label or "")


def test_quoted_name_after_noun_guard():
    # a quoted name after the counted noun is as before
    fig = figure_of("Police made 14 arrests under “Operation Bluebell”.", 14)
    assert fig.label == "arrests under Operation Bluebell"


# A bare count standing as a clause's subject is labelled by the state its verb gives it:
# "183 are currently suspended", "while 275 are currently waiting for a hearing".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met)
        (
            "In addition to those that have been dismissed, 183 are currently suspended, a "
            "165% increase compared with September 2022, while 275 are currently waiting for "
            "a gross misconduct hearing.",
            183,
            "suspended",
        ),
        (
            "In addition to those that have been dismissed, 183 are currently suspended, a "
            "165% increase compared with September 2022, while 275 are currently waiting for "
            "a gross misconduct hearing.",
            275,
            "waiting for a gross misconduct hearing",
        ),
        # Met: "remain" and a participle
        (
            "Following the raids, 23 people were charged, while 17 remain detained in custody.",
            17,
            "detained in custody",
        ),
        # London Assembly
        (
            "Nationally, 5,400 are now waiting for a misconduct hearing.",
            5400,
            "waiting for a misconduct hearing",
        ),
        # GOV.UK/Home Office
        ("To date, 412 have been charged with offences.", 412, "charged with offences"),
        # MOPAC
        ("In total, 14 were arrested at the scene.", 14, "arrested at the scene"),
    ],
)
def test_bare_count_labelled_by_its_state(text, value, label):
    assert figure_of(text, value).label == label


# Guards: a count with its own noun, or a state that is no participle, is as before.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Following the raids, 23 people were charged.", 23, "people charged"),
        ("Across London, 35 were women.", 35, None),
    ],
)
def test_bare_count_state_guard(text, value, label):
    assert figure_of(text, value).label == label


# A grade's letter ("Class A", "Category A") is no article: what is counted goes on.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met)
        ("  • 131 Class A and B drug charges", 131, "Class A and B drug charges"),
        (
            "An estimated £4.3million worth of Class A drugs have been seized and 230 suspects "
            "arrested.",
            4_300_000,
            "Class A drugs",
        ),
        # GOV.UK/Home Office
        ("Police seized 12 Category A firearms last year.", 12, "Category A firearms"),
        # MOPAC
        ("The unit took 40 Class A drugs cases to court.", 40, "Class A drugs cases"),
    ],
)
def test_grade_letter_in_counted_noun(text, value, label):
    assert label in (figure_of(text, value).label or "")


def test_sentence_opening_a_guard():
    # "A" opening a sentence is still an article after the figure before it
    assert figure_of("There were 300 arrests. A further 20 were charged.", 300).label == "arrests"


# "from X <when>, to Y": a comma after the first figure's time still makes the second the
# change's landing point.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the batch's own (Met)
        (
            "Islamophobia offences during the same period had increased from 42 last year, to "
            "101 this year – an increase of 140%.",
            101,
            "up",
        ),
        # Met: a year and a comma
        ("Knife crime fell from 120 in 2022, to 95 in 2023.", 95, "down"),
        # London Assembly
        ("Hate crime reports rose from 1,200 last year, to 1,450 this year.", 1450, "up"),
        # Mayor: a financial year and a comma
        ("Officer numbers grew from 30,000 in 2016/17, to 34,000 in 2023/24.", 34_000, "up"),
    ],
)
def test_from_to_with_comma(text, value, direction):
    assert figure_of(text, value).direction == direction


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no "from": two figures compared are not a change
        ("There were 42 offences last year, compared to 101 this year.", 101),
        # the first figure of "from X, to Y" takes no direction
        ("Hate crime reports rose from 1,200 last year, to 1,450 this year.", 1200),
    ],
)
def test_from_to_with_comma_guard(text, value):
    assert figure_of(text, value).direction is None


# A change to a level whose reach the figure gives: "expanded to cover more than 300",
# "expanding to reach 1,200", "increase to cover 40"; a passive "extended to 12" is up as
# "extending MyEnds to 30 neighbourhoods" is.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the batch's own (Mayor)
        (
            "Operation Safeway, which was launched in November 2013, will be expanded to cover "
            "more than 300 priority locations across the capital.",
            300,
            "up",
        ),
        # MOPAC
        ("The MyEnds programme is expanding to reach 1,200 young people.", 1200, "up"),
        # GOV.UK/Home Office
        ("Safer Streets funding will increase to cover 40 boroughs.", 40, "up"),
        # Met: the passive before a level
        ("The scheme was extended to 12 boroughs.", 12, "up"),
    ],
)
def test_change_to_a_reach(text, value, direction):
    assert figure_of(text, value).direction == direction


def test_reach_without_change_guard():
    # sent "to cover" events: no change
    assert figure_of("Officers were sent to cover 30 events.", 30).direction is None


# A sum "in <noun> cuts" is a cut, as "£45.5 million in cuts" was.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (London Assembly)
        (
            "London council youth services have lost a third of staff and £22 million in "
            "funding cuts since 2011.",
            22_000_000,
            "funding cuts",
        ),
        # Mayor
        ("The Met has faced £1 billion in budget cuts since 2010.", 1_000_000_000, "budget cuts"),
        # GOV.UK/Home Office
        (
            "Forces made £2.1 billion in spending reductions over the period.",
            2_100_000_000,
            "spending reductions",
        ),
    ],
)
def test_sum_in_noun_cuts(text, value, label):
    fig = figure_of(text, value)
    assert fig.direction == "down"
    assert label in (fig.label or "")


def test_sum_in_noun_guard():
    # a sum "in" a sector is no cut
    assert figure_of("Councils spent £3 million in youth services.", 3_000_000).direction is None


# An act on a thing "from X to Y" labels both levels by the whole thing acted on, an "and"
# inside it included ("fines for littering and graffitiing", not "graffitiing").
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (No10)
        (
            "We are increasing he upper limit on fines for littering and graffitiing from £150 "
            "to £500 and fines for fly-tipping will increase from £400 to £1,000.",
            150,
            "upper limit on fines for littering and graffitiing",
        ),
        (
            "We are increasing he upper limit on fines for littering and graffitiing from £150 "
            "to £500 and fines for fly-tipping will increase from £400 to £1,000.",
            500,
            "upper limit on fines for littering and graffitiing",
        ),
        # GOV.UK/Home Office
        (
            "The Home Office is raising the limit on fines for begging and loitering from £50 "
            "to £100.",
            100,
            "limit on fines for begging and loitering",
        ),
        # London Assembly
        (
            "The council is cutting funding for youth clubs and sports from £3m to £2m.",
            2_000_000,
            "funding for youth clubs and sports",
        ),
        # MOPAC
        (
            "MOPAC is increasing grants for victims and witnesses from £1 million to £2 million.",
            1_000_000,
            "grants for victims and witnesses",
        ),
    ],
)
def test_act_on_a_thing_from_to(text, value, label):
    assert label in (figure_of(text, value).label or "")


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the fall's own subject after "and": as before
        ("Crime rose and arrests fell from 300 to 250.", 250, "arrests"),
        # "the number of": as before
        (
            "MOPAC will reduce the number of front counters from 37 to 19.",
            19,
            "number of front counters",
        ),
    ],
)
def test_act_on_a_thing_from_to_guard(text, value, label):
    assert figure_of(text, value).label == label
