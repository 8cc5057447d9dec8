"""Figure forms found in the spent fourteenth blind batch (tests/blind14, round 15), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, news
sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_values


# The first part of a breakdown in brackets is named by its own words, as the parts after it
# are, not by the total's noun before the bracket.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (local news): a day's calls split by kind
        (
            "New Year's Day brought 9,120 calls (4,310 emergency, 4,810 non-emergency).",
            4310,
            "emergency",
        ),
        # Met and Home Office: "and" between the parts, a two-word part
        ("Officers made 212 arrests (150 men and 62 women) over the weekend.", 150, "men"),
        (
            "Forces recorded 8,400 offences (5,100 violent crimes, 3,300 other offences).",
            5100,
            "violent crimes",
        ),
        # London Assembly: a semicolon between the parts
        ("The Met received 640 complaints (410 upheld; 230 rejected) last year.", 410, "upheld"),
    ],
)
def test_bracketed_breakdown_part(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: no words of its own, or only a period or a place after the number
        ("Officers made 212 arrests (150 in total, 62 last year).", 150, "arrests"),
        ("Officers made 212 arrests (150, up from 120).", 150, "arrests"),
        # guard: a bracketed share alone restates the change before it
        ("Gun crime has almost halved (49 per cent) since 2016.", 49, "Gun crime"),
    ],
)
def test_bracketed_breakdown_part_guard(text, value, label):
    assert figure_of(text, value).label == label


# The non-emergency or health service's number named with "telephone"/"phone": no count.
@pytest.mark.parametrize(
    "text",
    [
        # the batch's own (local news)
        "The rest of the calls reached the force through the 101 telephone number.",
        # Met, NHS style and Mayor
        "Anyone with information should use the 101 phone line.",
        "The 111 telephone service took the overflow on the night.",
        "The 101 telephone lines were busiest on Friday nights.",
    ],
)
def test_service_telephone_number(text):
    assert headed_values(text) == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a count of telephones or of telephone crimes
        ("Officers seized 101 phone handsets in the raids.", 101, "phone handsets"),
        ("There were 111 telephone scams reported in May.", 111, "telephone scams"),
    ],
)
def test_service_telephone_number_guard(text, value, label):
    assert figure_of(text, value).label.startswith(label)


# A number with a possessive glued to it belongs to a name: a radio station, a mission.
@pytest.mark.parametrize(
    "text",
    [
        # the batch's own (news site)
        "The Commissioner told BBC Radio 4’s Today programme that more work was needed.",
        # Met, Home Office and London Assembly styles
        "Euro 96's security operation was the largest of its day.",
        "Apollo 11's crew were honoured at the ceremony.",
        "The officers spoke on Radio 5's breakfast show.",
    ],
)
def test_possessive_name_number(text):
    assert headed_values(text) == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: the possessive is the counted noun's, or a quote mark opens a word
        ("The force's 4,000 officers' homes were checked.", 4000, "officers"),
        ("Police recovered 40 ‘stolen’ bicycles on Tuesday.", 40, "bicycles"),
    ],
)
def test_possessive_name_number_guard(text, value, label):
    assert label in figure_of(text, value).label


# An operation named in full once and by its name alone after: that number is the name's too.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the batch's own (news site): the full name in one paragraph, the short in another
        (
            "Operation Trident 3 started last spring.\n\nSince Trident 3 began, gun crime "
            "is down by 9%.",
            [9],
        ),
        # Met and Home Office: "Project", a lower-case "operation"
        ("Project Adder 4 has expanded. The lead of Adder 4 said 30 people were charged.", [30]),
        ("The force's operation Sceptre 2 ended in May; Sceptre 2 found 14 knives.", [14]),
    ],
)
def test_operation_short_name(text, values):
    assert headed_values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # guard: no operation of that name and number in the release
        ("Operation Trident 3 started last spring. Croydon 2 and Sutton 5 were hit.", [2, 5]),
        ("Under Trident 2 officers were arrested, gun crime fell by 9%.", [2, 9]),
    ],
)
def test_operation_short_name_guard(text, values):
    assert headed_values(text) == values


# A part whose noun was said once before it, named by its own words after the number: the
# noun and those words.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news site): the nations of a total
        (
            "Police forces handed out 41,300 fines, including 38,900 in England and 2,400 in "
            "Wales.",
            2400,
            "fines in Wales",
        ),
        # the batch's own (road safety council): arrests for one offence, then another
        (
            "Last year officers made 5,100 arrests for drink driving and 1,900 for drug driving.",
            1900,
            "arrests for drug driving",
        ),
        # Home Office and Met: "at", and the part's words replacing the first's
        (
            "Officers carried out 700 searches, 240 at stations and 460 at airports.",
            460,
            "searches at airports",
        ),
        (
            "The force issued 900 penalty notices in Scotland and 300 in Northern Ireland.",
            300,
            "penalty notices in Northern Ireland",
        ),
    ],
)
def test_elided_noun_part(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a time after the number is no part's name
        ("Officers made 400 arrests, including 120 in March.", 120, "arrests"),
        ("Police seized 900 knives, including 300 in 2019.", 300, "knives"),
        ("Police seized 900 knives, including 300 in the last week.", 300, "knives"),
        ("There were 900 thefts this year, compared with 700 in the previous year.", 700, "thefts"),
        # guard: "through" names the means, not a part (the label stays the total's)
        ("The scheme funded 500 places, including 350 through the VRU.", 350, "places"),
    ],
)
def test_elided_noun_part_guard(text, value, label):
    assert figure_of(text, value).label == label


# A ranked list after "followed by", each figure in brackets after its item's name.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news site): boroughs ranked by thefts
        (
            "Lambeth had the most phone thefts with 2,040, followed by Brent (1,730), Ealing "
            "(1,610) and Barnet (1,120).",
            1610,
            "Ealing",
        ),
        (
            "Lambeth had the most phone thefts with 2,040, followed by Brent (1,730), Ealing "
            "(1,610) and Barnet (1,120).",
            1120,
            "Barnet",
        ),
        # Home Office and London Assembly: forces and names of more than one word
        (
            "The Met recorded the highest rate, followed by West Midlands (42%) and Greater "
            "Manchester (39%).",
            42,
            "West Midlands",
        ),
        (
            "Westminster had the most (400), followed by Southwark (310) and the City of "
            "London (12).",
            12,
            "City of London",
        ),
    ],
)
def test_ranked_list_item(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: places in brackets that are no ranked list keep the measure's label
        ("Knife crime rose in London (12%) and Kent (5%).", 5, "crime"),
        (
            "The rate of violence is lower in London (26.97) than across England and Wales "
            "(35.56).",
            35.56,
            "rate",
        ),
    ],
)
def test_ranked_list_item_guard(text, value, label):
    assert label in figure_of(text, value).label


# A count of a named kind of people, then what police or courts did to them after "were" or
# "being": the act is part of what is counted, as it is for "people" and "individuals".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (neighbourhood watch): drivers arrested after breath tests
        ("Over the month 980 drivers were arrested after failing roadside tests.", 980, "arrested"),
        # the batch's own (cycling site): "being" before the act
        ("The sweep led to 38 people being arrested for bike theft.", 38, "people arrested"),
        # Met and Home Office
        ("During the disorder 22 officers were injured.", 22, "officers injured"),
        ("In all, 640 motorists were convicted of drink driving.", 640, "motorists convicted"),
    ],
)
def test_people_and_what_was_done_to_them(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: what people did, or what was done that is no act of police or courts
        ("Some 500 officers were recruited last year.", 500, "officers"),
        ("Around 300 drivers were caught speeding on the A40.", 300, "drivers"),
        ("About 70 residents were invited to the meeting.", 70, "residents"),
    ],
)
def test_people_and_what_was_done_to_them_guard(text, value, label):
    assert figure_of(text, value).label == label


# The emergency or non-emergency service's number before "calls" names the calls: the label
# keeps it, where another number leading the phrase is dropped.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Mayor): a share of the service's calls
        ("The force answered 88 per cent of 999 calls within ten seconds.", 88, "999 calls"),
        # Met, London Assembly and news site
        ("Call handlers took 15,200 999 calls over the weekend.", 15200, "999 calls"),
        ("Only 62% of 101 non-emergency calls were answered in time.", 62, "101 non-emergency"),
        ("The service answered 70 per cent of 111 calls.", 70, "111 calls"),
    ],
)
def test_service_number_in_label(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: other numbers leading the phrase are still dropped
        ("Of the 4,000 calls, 35 per cent of 2,100 calls were urgent.", 35, "calls"),
        ("Police recorded 999 burglaries.", 999, "burglaries"),
    ],
)
def test_service_number_in_label_guard(text, value, label):
    assert figure_of(text, value).label == label


# A hyphenated age bound before the noun qualifies it and does not end the phrase; a named
# kind of people keeps what police or courts did to them right after it; a whole that is
# another figure ("out of the 3,891 tests") is no part of the label.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (neighbourhood watch)
        (
            "The month also saw 310 under-25 drivers arrested out of the 4,020 breath tests.",
            310,
            "under-25 drivers arrested",
        ),
        # Met, Mayor and news site
        ("The scheme reached 120 over-65 residents last winter.", 120, "over-65 residents"),
        ("Police named 14 officers injured in the disorder.", 14, "officers injured"),
        ("Figures show 75 drivers charged for drug driving.", 75, "drivers charged"),
    ],
)
def test_age_bound_before_people_and_act(text, value, label):
    assert figure_of(text, value).label.startswith(label)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: an age bound after the noun still ends the phrase; "out of" with no figure
        ("There were 500 victims under 25 in the borough.", 500, "victims under 25"),
        ("Police stopped 300 under-18s in the operation.", 300, "under-18s"),
        ("Officers helped 40 families out of their flooded homes.", 40, "families out"),
        # guard: an act that is no police or court act is not kept
        ("The force had 30 officers trained in first aid.", 30, "officers"),
    ],
)
def test_age_bound_before_people_and_act_guard(text, value, label):
    assert figure_of(text, value).label.startswith(label)


def test_whole_out_of_another_figure():
    # the batch's own form: the whole the count is out of is another figure, not its label
    assert figure_of("Figures show 75 people charged out of 210 arrested.", 75).label == (
        "people charged"
    )


# A part above one out of a whole, both in words, is the rate it is, as "four in five" is.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news site): a headline-like opening sentence
        ("Three out of four inquiries into officers must be reopened.", 0.75, "inquiries"),
        # Mayor, London Assembly and Home Office
        ("The survey found seven out of ten Londoners feel safe.", 0.7, "Londoners"),
        ("Nine out of ten victims said they were satisfied.", 0.9, "victims"),
    ],
)
def test_words_out_of_words_is_a_rate(text, value, label):
    fig = figure_of(text, value)
    assert fig.unit == "fraction"
    assert fig.label.startswith(label)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # guard: digits, a whole that is a figure, one out of, "of" alone stay counts
        ("Officers arrested 5 out of 19 drivers stopped.", 5, "count"),
        ("Six out of 10 boroughs saw a rise.", 6, "count"),
        ("Two of three cases were dropped.", 2, "count"),
    ],
)
def test_words_out_of_words_is_a_rate_guard(text, value, unit):
    assert figure_of(text, value).unit == unit


# A place between a change and its size ("is down in London by") is no label: the change is
# the subject's, there.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (local news)
        ("Figures show that overall gun crime is down in London by 9.5%.", 9.5, "gun crime"),
        # Met, Mayor and Home Office
        ("Residential burglary is down across Westminster by 12 per cent.", 12, "burglary"),
        ("Knife crime fell in Southwark by 14%.", 14, "Knife crime"),
    ],
)
def test_place_between_change_and_size(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: what the change acts on inside its words stays the label
        ("The plan will reduce robberies by at least 20 per cent.", 20, "robberies"),
        ("Ministers want to increase spending on policing by 5%.", 5, "spending"),
    ],
)
def test_place_between_change_and_size_guard(text, value, label):
    assert label in figure_of(text, value).label


# A bare count after "another" is a clause's subject labelled by its state, as one with no
# lead is; the state may be what they have ("have convictions for ...").
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (news site)
        (
            "Some 140 officers have criminal records. Another 38 have convictions for theft.",
            38,
            "convictions for theft",
        ),
        # Met and Home Office: a participle after "have since been"
        ("Another 52 have since been charged.", 52, "charged"),
        ("Another 17 are currently suspended.", 17, "suspended"),
        ("While 20 were charged, 12 have cautions for possession.", 12, "cautions for possession"),
    ],
)
def test_another_bare_count_state(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a counted noun after "another" stays the label
        ("Another 30 officers were recruited.", 30, "officers"),
        ("Another 200 arrests followed in May.", 200, "arrests"),
    ],
)
def test_another_bare_count_state_guard(text, value, label):
    assert figure_of(text, value).label == label
