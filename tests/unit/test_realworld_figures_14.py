"""Figure forms found in the spent thirteenth blind batch (tests/blind13, round 14), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, news
sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_stats, headed_values


# Numbers that are no figures: a decision's numbered paragraphs, the emergency number named
# with "emergency", a recommendation's, page's or channel's number, a match's score, a day
# of the month in brackets after its weekday.
@pytest.mark.parametrize(
    "text",
    [
        # the batch's own (MOPAC decision): numbered paragraphs
        "1. Introduction and background\n\n1.1. The Commissioner has considered the "
        "exceptional circumstances under which officers have been operating.\n\n2.1. The "
        "exceptional circumstances have resulted from a range of factors.",
        # London Assembly and GOV.UK/Home Office: the same, a third level and a bracket
        "3.2.1. The Committee considered the evidence from the IOPC.",
        "4.1) The Home Secretary has agreed the proposal.",
        # the batch's own (news site): "a 999 emergency call"
        "As part of a response to a 999 emergency call, a drone will be launched remotely.",
        # Met and Mayor
        "Always dial 999 in an emergency, or the 101 non-emergency number.",
        "Officers answered the 999 emergency line within seconds.",
        # the batch's own (London Assembly): a recommendation's number on its own line
        "Recommendation 1\n\nThe Home Office should review the threshold.",
        # the batch's own (Lib Dem) and a news site: a page, a channel
        "The proposals can be seen in this presentation: (see page 14)",
        "The story was first reported by Channel 4 News.",
        # MOPAC: a question's number
        "The answer to Question 3 was published on the Mayor's website.",
        # the batch's own (news site): a match's score
        "He was banned after headbutting a pundit after the club's 3-1 win over Manchester United.",
        # Met and news site
        "The fans were arrested after their side drew 2-2 at home.",
        "Trouble flared after Chelsea beat Tottenham 4-0 on Sunday.",
        # the batch's own (news site): a day of the month in brackets
        "An advertisement for the role was posted on Monday (January 30).",
        # Mayor
        "The Mayor announced the plan on Tuesday (March 7).",
    ],
)
def test_not_figures(text):
    assert headed_values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: a decimal figure at a paragraph's start, and one with a scale
        ("2.1 million calls were made to the Met last year.", [2_100_000]),
        ("1.5 per cent of officers were suspended.", [1.5]),
        # guard: a numbered list of real figures keeps them
        ("1. 300 officers were deployed.\n\n2. 45 arrests were made.", [300, 45]),
        # guard: arrests counted beside the emergency number
        ("Officers made 999 arrests during the operation.", [999]),
        # guard: counts after words that could name things
        ("The Committee made 3 recommendations and 3 officers gave evidence.", [3, 3]),
        # guard: a range of counts is no score
        ("Between 3-5 officers will patrol each ward.", [3, 5]),
    ],
)
def test_not_figures_guard(text, value):
    assert headed_values(text) == value


# A count in words before what it counts, with words between: a participle ("four unused
# police stations"), or a noun naming the kind when the things are then placed ("three
# drone sites across London").
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news site): a participle
        (
            "The Metropolitan Police has confirmed it will sell off four unused police "
            "stations across London to fund improvements to its estate.",
            4,
            "police stations",
        ),
        # Met and London Assembly
        ("The borough will get two marked police cars for the night-time economy.", 2, "cars"),
        ("The Committee visited three refurbished custody suites last month.", 3, "suites"),
        # the batch's own (news site): a noun naming the kind, then where they are
        (
            "Eight months later, the Met now operates three drone sites across London, with "
            "nine drones deploying to around 200 incidents every week.",
            3,
            "drone sites",
        ),
        # MOPAC (blind12's own) and Home Office
        ("This funding supports three job roles within the MPS.", 3, "job roles"),
        ("The funding will open five custody centres across England and Wales.", 5, "centres"),
    ],
)
def test_count_in_words_with_modifiers(text, value, label):
    fig = figure_of(text, value)
    assert fig.unit == "count"
    assert label in fig.label


@pytest.mark.parametrize(
    "text",
    [
        # guard: things in an incident, named by a noun, not then placed
        "Officers said they found three lock knives, £1,000 in cash and drugs.",
        "They include two rainbow boa constrictors, which officers found in a car.",
        # guard: one of a set named before
        "Only one of the seven crime types – Violence with Injury – has seen an increase.",
        # guard: "hundred" is no participle; a participle before the pair an incident is about
        "Officers detained two armed men near the station.",
        "MOPAC will fund two hundred extra patrols in the summer.",
    ],
)
def test_count_in_words_with_modifiers_guard(text):
    assert [s for s in headed_stats(text) if s.unit == "count" and s.value in (2, 3, 7)] == []


# A measure named with its determiner before "of", the figure then followed by a time, a
# place or a clause: the measure is what the figure is, not the words after it.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news sites)
        (
            "There were 54 racist incidents, up 40 per cent compared to the daily average of "
            "38 for the year so far.",
            38,
            "daily average",
        ),
        (
            "That is a rise of more than 50% compared to the typical daily number of 44 prior "
            "to June 24.",
            44,
            "daily number",
        ),
        (
            "The plan follows the mayor's investment of £1.16bn announced earlier this year.",
            1_160_000_000,
            "investment",
        ),
        # London Assembly, MOPAC and Met
        ("The Met's total of 2,100 in March was the highest yet.", 2100, "total"),
        ("The force set its annual budget of £3.2bn for 2024-25.", 3_200_000_000, "budget"),
        (
            "The monthly average of 120, compared with 95 last year, worried officers.",
            120,
            "average",
        ),
    ],
)
def test_named_measure(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: what is counted follows the measure
        ("The force had a total of 300 officers on duty.", 300, "officers"),
        ("Compared to the total of 2,400 arrests last year, this is lower.", 2400, "arrests"),
    ],
)
def test_named_measure_guard(text, value, label):
    assert label in figure_of(text, value).label


# A participle after a word of addition modifies what is counted, it is no verb.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Mayor)
        (
            "529 new dedicated ward officers have been appointed and are now helping to police "
            "London neighbourhoods.",
            529,
            "ward officers",
        ),
        # Home Office and Met
        ("Forces will recruit 200 additional trained detectives this year.", 200, "detectives"),
        ("The Met deployed 50 extra armed officers to the West End.", 50, "armed officers"),
    ],
)
def test_participle_after_addition(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a participle after what is counted is still its verb
        ("There were 300 officers recruited last year.", 300, "officers"),
        ("The 30 more officers recruited last year will start in May.", 30, "more officers"),
    ],
)
def test_participle_after_addition_guard(text, value, label):
    assert figure_of(text, value).label == label


# "bringing the total number of X ... to N": N is the number of X, read past an aside and
# the other figures between.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Mayor)
        (
            "The announcement delivers a pledge, bringing the total number of dedicated "
            "officers working across London’s 629 wards - smaller sections of parliamentary "
            "constituencies - to 1258, with additional numbers who can work across boroughs.",
            1258,
            "dedicated officers",
        ),
        # Home Office and London Assembly
        (
            "The funding will take the number of officers in England and Wales – the highest "
            "on record – to 149,000.",
            149_000,
            "officers",
        ),
        (
            "The cuts pushed the total number of PCSOs in the capital's 32 boroughs to 1,600.",
            1600,
            "PCSOs",
        ),
    ],
)
def test_number_brought_to(text, value, label):
    assert label in figure_of(text, value).label


def test_number_brought_to_guard():
    # guard: the other figure inside keeps its own label
    text = (
        "bringing the total number of dedicated officers working across London’s 629 wards to 1258."
    )
    assert figure_of(text, 629).label.startswith("wards")


# A part of a tally counted by what it was for: "included 52 for public order offences,
# including eight for tragedy chanting and another eight for ...".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news site)
        (
            "The highest ever number of football banning orders included 52 for public order "
            "offences, including eight for tragedy chanting and another eight for racially "
            "aggravated public order offences.",
            52,
            "public order offences",
        ),
        (
            "The orders included 52 for public order offences, including eight for tragedy "
            "chanting and another eight for racially aggravated offences.",
            8,
            "tragedy chanting",
        ),
        # Met and GOV.UK/Home Office
        (
            "Officers made 120 arrests, including 45 for drug possession.",
            45,
            "drug possession",
        ),
        (
            "The 300 charges included eleven for firearms offences.",
            11,
            "firearms offences",
        ),
    ],
)
def test_part_of_tally_for(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: a count in words for a time or a purpose, with no tally before it
        ("He was jailed for eight for his part in the attack.", []),
        ("The Met will hire 500 officers for the West End.", [500]),
    ],
)
def test_part_of_tally_for_guard(text, value):
    assert headed_values(text) == value


def test_part_of_tally_for_guard_label():
    # guard: a sum for a purpose keeps its own label
    assert "youth" in figure_of("The fund included £5m for youth services.", 5_000_000).label


# "N in M" in words with a part above one is a rate, bare as it is: no four are counted in
# "Four in ten victims".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (MOPAC)
        (
            "Four in ten victims in the capital think that the criminal justice system fails "
            "to provide them with the support that they need.",
            0.4,
            "victims",
        ),
        # London Assembly and news site
        ("Two in five Londoners said they felt unsafe at night.", 0.4, "Londoners"),
        ("Three in four officers backed the new shift pattern.", 0.75, "officers"),
    ],
)
def test_share_in_words_as_a_rate(text, value, label):
    fig = figure_of(text, value)
    assert fig.unit == "fraction"
    assert label in fig.label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: a part in digits may count what it says
        ("Officers made 3 in 24 hours.", 3),
    ],
)
def test_share_in_words_as_a_rate_guard(text, value):
    assert figure_of(text, value).unit == "count"


# A sum named by its own noun before "of" ("a payment of £350"): that noun, with its
# modifiers and to whom or for what it goes, is the label.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (MOPAC decision)
        (
            "The Commissioner has concluded that the conditions have been satisfied for a "
            "one-off, lump sum payment of £350 to the majority of police officers.",
            350,
            "lump sum payment to majority of police officers",
        ),
        # Met, Home Office and MOPAC
        ("The firm was given a fine of £500 at Westminster Magistrates' Court.", 500, "fine"),
        ("The Home Office made a grant of £2m to the force.", 2_000_000, "grant to force"),
        (
            "MOPAC is funding the MPS, at a total allocation of £470,000 in 2022/23.",
            470_000,
            "total allocation",
        ),
    ],
)
def test_sum_named_by_its_noun(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a year after the sum is no complement; a change of a sum keeps its noun
        ("The fund made a grant of £2m in 2023.", 2_000_000, "grant"),
        ("The Met faces cuts of £184 million to its budget.", 184_000_000, "cuts"),
    ],
)
def test_sum_named_by_its_noun_guard(text, value, label):
    assert figure_of(text, value).label.startswith(label)


# A bare count as subject, a bracketed aside before its verb: labelled by its state.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news site)
        (
            "There were 338 CT-related arrests. 157 [46% of the total arrested] were linked "
            "to Syria.",
            157,
            "linked to Syria",
        ),
        # Met and London Assembly
        ("Officers arrested 40 people. 12 (30 per cent) were charged with robbery.", 12, "charged"),
        ("The panel heard 90 cases. 31 (a third) have been referred to the IOPC.", 31, "referred"),
    ],
)
def test_bare_count_with_aside(text, value, label):
    assert label in figure_of(text, value).label


def test_bare_count_with_aside_guard():
    # guard: the share in the aside keeps its own whole
    text = "There were 338 arrests. 157 [46% of the total arrested] were linked to Syria."
    assert figure_of(text, 46).label == "total"
