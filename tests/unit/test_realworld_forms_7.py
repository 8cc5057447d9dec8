"""Forms found in the spent sixth blind batch (tests/blind6, issue 13, round 6), each
fixed as a class: the batch's own case and others of the same class written in the
styles of other real publishers (Met, GOV.UK, London Assembly, Mayor, MOPAC)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats

TODAY = date(2025, 12, 31)


def _parse(text: str):
    return parse_release(text, "snippet.txt", TODAY)


def _stats(text: str):
    return extract_stats(_parse(text).blocks)


def _quotes(text: str):
    return extract_quotes(_parse(text).blocks)


# Page furniture above the headline: a document type, a site's name and tagline, a
# contact notice, a forum's greeting, "Skip to" links; the headline is the line a date
# line or its own repeat follows.
@pytest.mark.parametrize(
    ("text", "title", "stated"),
    [
        (
            "News story\n\nPolice granted funding boost for action on serious violence\n\n"
            "The Home Secretary has allocated the final part of the fund.",
            "Police granted funding boost for action on serious violence",
            None,
        ),
        (
            "Oral statement to Parliament\n\nKnife crime: Home Secretary's statement\n\n"
            "With permission, I will make a statement on knife crime.",
            "Knife crime: Home Secretary's statement",
            None,
        ),
        (
            "Speech\n\nPolicing minister's speech to the Police Federation conference\n\n"
            "Thank you for inviting me today.",
            "Policing minister's speech to the Police Federation conference",
            None,
        ),
        (
            "• Skip to primary navigation\n • Skip to main content\n\nMayorWatch\n\n"
            "London News and Comment\n\n • NEWS\n\nMayor pledges £2m to tackle youth violence\n\n"
            "March 3, 2019 by Jane Smith\n\nThe Mayor has pledged £2m.",
            "Mayor pledges £2m to tackle youth violence",
            "2019-03-03",
        ),
        (
            "London News News\n\nCommissioner joins officers on patrol in Croydon\n\n"
            " • 12 June 2024\n • 4 min read\nCommissioner joins officers on patrol in Croydon\n\n"
            "The Commissioner has joined officers on patrol.",
            "Commissioner joins officers on patrol in Croydon",
            "2024-06-12",
        ),
        (
            "Contact Us\n\nFor media enquiries call\n020 7983 4228\n"
            "or 07711 999 999 out of hours.\n\nFollow us on @LondonAssembly\n\n"
            "Assembly calls for answers on station closures\n\n5 Mar 2025\n\n"
            "The Assembly has written to the Mayor.",
            "Assembly calls for answers on station closures",
            "2025-03-05",
        ),
        (
            "Howdy, Stranger!\n\nIt looks like you're new here. If you want to get involved, "
            "click one of these buttons!\n\nTop Posters\n\n"
            "Met appeal after Peckham stabbing - Today 03/04/2019\n\n"
            "Met appeal after Peckham stabbing\n\nDetectives are appealing for witnesses.",
            "Met appeal after Peckham stabbing",
            "2019-04-03",
        ),
        (
            "GOV.UK\n\nCookies on GOV.UK\n\nWe use some essential cookies to make this website "
            "work.\n\nAccept additional cookies\n\nReject additional cookies\n\nNews story\n\n"
            "Knife crime funding confirmed\n\nThe Home Office has confirmed the funding.",
            "Knife crime funding confirmed",
            None,
        ),
        (
            "London City Hall\n\nLondon Assembly\n\nPress release\n\n"
            "Assembly demands answers on Met vetting\n\nCreated on 19 December 2024\n\nText.",
            "Assembly demands answers on Met vetting",
            "2024-12-19",
        ),
        (
            "MOPAC\n\nPolicing London\n\nMOPAC publishes its new plan for policing – 12/6/18\n\n"
            "MOPAC publishes its new plan for policing\n\nThe plan sets out priorities.",
            "MOPAC publishes its new plan for policing",
            "2018-06-12",
        ),
    ],
)
def test_the_headline_under_page_furniture(text, title, stated):
    parsed = _parse(text)
    assert parsed.title == title
    assert (parsed.date if not parsed.date_estimated else None) == stated


def test_a_contact_notices_phone_numbers_above_the_headline_are_not_figures():
    text = (
        "Contact Us\n\nFor media enquiries call\n020 3276 3803\n\n"
        "Police given new powers\n\n31 Jan 2019\n\nOfficers made 14 arrests."
    )
    assert [(s.value, s.label) for s in _stats(text)] == [(14, "arrests")]


@pytest.mark.parametrize(
    "text",
    [
        "Knife crime falls\n\n20 March 2024\n\nKnife crime fell by 5%.",
        "Knife crime falls\n\nFigures show a fall across most London boroughs\n\n"
        "20 March 2024\n\nKnife crime fell by 5%.",
        "Knife crime falls\n\nKnife crime fell in most boroughs last year.\n\n"
        "From: Home Office and The Rt Hon Jane Smith MP\nPublished 20 March 2024\n\n"
        "Knife crime fell by 5%.",
    ],
)
def test_a_short_headline_over_its_subheading_or_summary_keeps_its_place(text):
    parsed = _parse(text)
    assert (parsed.title, parsed.date) == ("Knife crime falls", "2024-03-20")


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("July 13, 2016 by Martin Hoscik", "2016-07-13"),
        ("Posted on 13 July 2016 by Admin", "2016-07-13"),
        ("13 July 2016 | By Jane Smith", "2016-07-13"),
        ("Tonight 18/8/11", "2011-08-18"),
        ("18/08/2011", "2011-08-18"),
        ("Posted: 12/08/2024", "2024-08-12"),
        ("Aug. 12, 2024", "2024-08-12"),
        ("12-Aug-2024", "2024-08-12"),
        ("Issued 12 August 2024, 10:00", "2024-08-12"),
    ],
)
def test_byline_labelled_abbreviated_and_day_first_dates_under_a_headline(line, stated):
    parsed = _parse(f"Met appeal for witnesses\n\n{line}\n\nDetectives are appealing.")
    assert (parsed.date, parsed.date_estimated) == (stated, False)


# A scene before the speaker with no comma to set it off ("At a summit at City Hall the
# Mayor said:"): the speaker is the office after it, resolved to the person the release
# names with it, else the office itself; "the Mayor" of a release written only before
# 2016 is not Sadiq Khan.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor hosts summit\n\nGang crime fell in 2013. At a major international summit "
            "at City Hall the Mayor said: 'London has turned a corner with gang crime.'",
            "Mayor",
        ),
        (
            "Mayor backs Met\n\nBurglary fell in 2012. In a speech to the London Assembly the "
            "Mayor said: “We will keep London safe.”",
            "Mayor",
        ),
        (
            "Mayor backs Met\n\nBurglary fell in 2019. In a speech to the London Assembly the "
            "Mayor said: “We will keep London safe.”",
            "Sadiq Khan",
        ),
        (
            "Officers boost for Kent\n\nHome Secretary Priti Patel visited Kent in 2020.\n\n"
            "During a visit to a police station in Maidstone the Home Secretary said: "
            "“We back the police.”",
            "Priti Patel",
        ),
        (
            "Knife crime funding\n\nForces will share £10m in 2024. Speaking at the Police "
            "Federation conference the Home Secretary said: “We back the police.”",
            "Home Secretary",
        ),
    ],
)
def test_a_speaker_after_a_scene_with_no_comma(text, speaker):
    assert [q.speaker for q in _quotes(text)] == [speaker]


_WRAPPED = (
    "Knife crime summit\n\n"
    "Today the Prime Minister will meet the families of young people who\n"
    "have lost their lives to knife crime at the first annual summit at\n"
    "Downing Street. After years spent working as the Director of\n"
    "Public Prosecutions, he has seen first-hand how violence on our\n"
    "streets can destroy families and leave communities devastated.\n"
    "He will reassure the families that the government has a plan for\n"
    "action, not just talk. Neighbourhood crime has fallen by nearly a\n"
    "quarter since this government took office, and he pledged that he\n"
    "will pull every lever the government holds that is needed to halve\n"
    "knife crime, including bringing in new legislation this year and\n"
    "further powers for the police and the courts to act on the sale of\n"
    "knives online.\n"
)


# Hard-wrapped text: a line that stops mid-sentence goes on in the next, so a figure's
# unit or noun on the next line is still its own.
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (  # a Met release reposted on a forum, wrapped in places
            "Disorder update\n\nIn total the Operation Withern investigation team includes "
            "around 500\nofficers. The enquiry is being led by the Homicide Command.",
            [(500, "count", "officers")],
        ),
        (  # a London Assembly letter wrapped by an email client
            "Station closures\n\nThe Mayor plans to reduce the police stations open to the "
            "public to\n19 and to keep only eight of them open around the clock.",
            [(19, "count", None)],
        ),
        (  # a Number 10 release wrapped throughout: capitals go on the line too
            _WRAPPED,
            [(0.25, "fraction", "Neighbourhood crime"), (0.5, "fraction", "knife crime")],
        ),
    ],
)
def test_figures_across_hard_wrapped_lines(text, figures):
    found = [(s.value, s.unit, s.label) for s in _stats(text)]
    for value, unit, label in figures:
        assert any(
            (v, u) == (value, unit) and (label is None or label in (lab or ""))
            for v, u, lab in found
        ), found


def test_a_list_of_lower_case_items_is_not_joined_as_wrapped_text():
    blocks = _parse(
        "The plan\n\nThe plan includes:\nmore officers on the streets of every borough in London\n"
        "better training for every new recruit who joins the Met\nnew powers for officers"
    ).blocks
    assert [b.text for b in blocks][-3:] == [
        "more officers on the streets of every borough in London",
        "better training for every new recruit who joins the Met",
        "new powers for officers",
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (  # a name between a count in words and its noun
            "Knife crime fund\n\nThe money will be allocated to two London Resettlement "
            "Consortia projects which support young offenders.",
            [(2, "London Resettlement Consortia projects")],
        ),
        (
            "Hubs open\n\nMOPAC will open three Violence Reduction Unit hubs this year.",
            [(3, "Violence Reduction Unit hubs")],
        ),
        (  # a paragraph opening in capitals, or with a name after the count
            "Week of action\n\nTHREE POLICE forces in London are working together this week.",
            [(3, "POLICE forces")],
        ),
        (
            "Fund shared\n\nNine London boroughs will share the fund.",
            [(9, "London boroughs")],
        ),
        (  # the people an incident is about are not a statistic, named or not
            "Officers arrested\n\nFive Metropolitan Police officers have been arrested over "
            "the handling of an allegation.",
            [],
        ),
    ],
)
def test_counts_in_words_past_a_name_or_in_capitals(text, figures):
    assert [(s.value, s.label) for s in _stats(text)] == figures


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Knife plan\n\nThe Government has pledged to halve knife crime within a decade.",
         "knife crime"),
        ("Safer streets\n\nHalving violence against women and girls is our mission.",
         "violence against women and girls"),
        ("Knife plan\n\nHe will pull the levers needed to halve knife crime, with new laws.",
         "knife crime"),
    ],
)  # fmt: skip
def test_a_pledge_to_halve_is_a_half_down(text, label):
    assert [(s.value, s.unit, s.direction, s.label) for s in _stats(text)] == [
        (0.5, "fraction", "down", label)
    ]


def test_halved_with_its_share_in_brackets_stays_one_figure():
    stats = _stats("Gun crime\n\nGun crime has almost halved (49 per cent).")
    assert [(s.value, s.unit) for s in stats] == [(49, "percent")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "FOI reply\n\nFreedom of Information Request Reference No: 2011060000256\n\n"
            "The Met employs 32,000 officers.",
            [(32000, "officers")],
        ),
        ("Letter\n\nOur ref: MPS/2011/0042. The unit has 450 staff.", [(450, "staff")]),
        ("Appeal\n\nCrime reference 4455/12MAY. Officers made 12 arrests.", [(12, "arrests")]),
        (  # a big number with its separators is still a figure
            "Budget\n\nThe Met spends 1,000,000,000 pounds a year on 450 staff.",
            [(1000000000, None), (450, "staff")],
        ),
    ],
)
def test_reference_numbers_are_not_figures(text, figures):
    found = [(s.value, s.label) for s in _stats(text)]
    assert [v for v, _ in found] == [v for v, _ in figures]
    for (_, label), (_, want) in zip(found, figures, strict=True):
        assert want is None or want == label


def _labelled(text: str):
    return [(s.value, s.label, s.direction) for s in _stats(text)]


# Figure labels by class, each in more than one publisher's style.
@pytest.mark.parametrize(
    ("text", "value", "words", "direction"),
    [
        # An act on a number: what is numbered follows "the number", the new level
        # takes the act's direction and the old one none.
        (
            "Counters\n\nThe Met plans to reduce the number of police station front counters "
            "across London from 37 to 19.",
            19,
            "front counters",
            "down",
        ),
        (
            "Counters\n\nThe Met plans to reduce the number of police station front counters "
            "across London from 37 to 19.",
            37,
            "front counters",
            None,
        ),
        (
            "Counters\n\nIt will cut the number open 24 hours a day to 8.",
            8,
            "24 hours",
            "down",
        ),
        (
            "Teams\n\nMOPAC will increase the number of dedicated ward officers to 1,300.",
            1300,
            "dedicated ward officers",
            "up",
        ),
        # What was done to the people counted, said before them.
        (
            "Patrols\n\nWestminster officers have charged or cautioned nearly 300 individuals "
            "for robbery offences.",
            300,
            "charged",
            None,
        ),
        (
            "Disorder\n\nThe Met have now charged more than 1,000 people in connection with "
            "last week's violence.",
            1000,
            "charged",
            None,
        ),
        ("Raids\n\nDetectives arrested 45 people across Croydon.", 45, "people arrested", None),
        # "of which N were X": the part is what follows.
        (
            "Sceptre\n\nThe week saw 282 weapons recovered – of which 186 were knives.",
            186,
            "knives",
            None,
        ),
        (
            "Arrests\n\nOfficers made 1,002 arrests, of whom 300 were women.",
            300,
            "women",
            None,
        ),
        # A relative clause's own subject: "... in Glasgow where homicide rates fell by".
        (
            "Units\n\nThe units will be based on models used in Glasgow where homicide rates "
            "fell by 54%.",
            54,
            "homicide rates",
            "down",
        ),
        (
            "Hubs\n\nThe Mayor visited boroughs where knife crime fell by 12 per cent.",
            12,
            "knife crime",
            "down",
        ),
    ],
)
def test_count_and_change_labels_by_class(text, value, words, direction):
    found = {v: (label, d) for v, label, d in _labelled(text)}
    label, found_direction = found[value]
    assert words in (label or ""), label
    assert found_direction == direction


@pytest.mark.parametrize(
    ("text", "value", "words", "direction"),
    [
        # A sum announced for someone, in GOV.UK's passive.
        (
            "Funding\n\nIt comes after £51 million was announced for the forces ahead of Easter.",
            51_000_000,
            "forces",
            None,
        ),
        (
            "Funding\n\nLast year £4m was pledged for youth clubs in Croydon.",
            4_000_000,
            "youth clubs",
            None,
        ),
        # A sum's purpose after "as part of ...", a helper verb, or a vague noun.
        (
            "Violence\n\nThe Mayor will invest a further £8.5m as part of his commitment to "
            "tackle violence in the capital.",
            8_500_000,
            "violence",
            None,
        ),
        (
            "Standards\n\n- £3.3m to further support the new Commissioner’s drive for higher "
            "standards in the Met.",
            3_300_000,
            "standards",
            None,
        ),
        (
            "Standards\n\nThe Mayor will invest a total of £15m in measures to raise standards "
            "and reform the culture of the Met.",
            15_000_000,
            "standards",
            None,
        ),
        (
            "Youth\n\nMOPAC has put £2m into schemes to divert young people from gangs.",
            2_000_000,
            "divert young people",
            None,
        ),
        # A sum a thing brought in: its source is the verb's subject.
        (
            "Estates\n\nThe sale of 32 buildings that were no longer needed raised £124.5m.",
            124_500_000,
            "sale of 32 buildings",
            None,
        ),
        (
            "Savings\n\nThe closure of front counters saved £10m a year.",
            10_000_000,
            "closure of front counters",
            None,
        ),
        # A named grant or fund, after a possessive, with "and"/"of" and an abbreviation.
        (
            "NICC\n\nThe Met is short-changed by £160m this year through the Government’s "
            "National and International Capital Cities (NICC) grant.",
            160_000_000,
            "Capital Cities (NICC) grant",
            None,
        ),
        (
            "Funding\n\nThe Home Office gives £65 million more for the National and "
            "International Capital City (NICC) grant.",
            65_000_000,
            "NICC) grant",
            "up",
        ),
        (
            "Youth\n\nThe VRU gives £3m through the Young Londoners Fund.",
            3_000_000,
            "Young Londoners Fund",
            None,
        ),
        # A sum that is a change of another, in apposition.
        (
            "Funding\n\nIn 2017, taxpayers invest £11.9billion in our police system, an "
            "increase of more than £475million from 2015.",
            475_000_000,
            "increase in",
            "up",
        ),
        (
            "Budget\n\nThe Mayor will spend £1.2bn on policing this year, a rise of £60m on "
            "last year.",
            60_000_000,
            "rise in",
            "up",
        ),
        # A sum a thing is equivalent to, or that sets a thing up.
        (
            "Cuts\n\nThe government underfunded the Met, making cuts to policing in London "
            "that in real terms were equivalent to more than £1.1billion.",
            1_100_000_000,
            "cuts to policing",
            None,
        ),
        (
            "VRU\n\nThe Mayor has unveiled plans for a violence reduction unit which will be "
            "set up with £500,000 from City Hall.",
            500_000,
            "violence reduction unit",
            None,
        ),
        (
            "Hub\n\nMOPAC opened the new youth hub, which is funded by £2m from the VRU.",
            2_000_000,
            "youth hub",
            None,
        ),
        # A shortfall or an excess: "£100m less than it should".
        (  # and the fund referred back to is what it measures
            "Grant\n\nThe Met received over £100m less than it should through this grant.",
            100_000_000,
            "grant",
            "down",
        ),
        (
            "Fund\n\nBoroughs will share £4m from the fund this year.",
            4_000_000,
            "fund",
            None,
        ),
        (
            "Budget\n\nThe force spent £3m more than it planned.",
            3_000_000,
            "",
            "up",
        ),
    ],
)
def test_money_labels_by_class(text, value, words, direction):
    found = {v: (label, d) for v, label, d in _labelled(text)}
    label, found_direction = found[value]
    assert words in (label or ""), label
    assert found_direction == direction


# A person named in full, then only by an office in lower case or a rank's abbreviation
# and surname: the person named, never the office in their place.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kent visit\n\nPolicing minister Chris Philp visited Kent in 2023.\n\n"
            "The policing minister said: ‘We back the police.’",
            "Chris Philp",
        ),
        (
            "Kent visit\n\nHome Secretary Yvette Cooper visited Kent in 2024.\n\n"
            "“We back the police,” the home secretary added.",
            "Yvette Cooper",
        ),
        (
            "Charged\n\nDetective Chief Inspector Jane Smith, who led the investigation, said: "
            "“This was a complex case.”\n\nDCI Smith added: “We thank the public.”",
            "Jane Smith",
        ),
        (
            "Knife arches\n\nChief Superintendent Tom Jones said the arches worked.\n\n"
            "Ch Supt Jones said: “Officers seized 40 knives.”",
            "Tom Jones",
        ),
    ],
)
def test_an_office_in_lower_case_or_a_ranks_abbreviation_is_the_person_named(text, speaker):
    assert _quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Sceptre\n\nThe Met seized 45 knives in Operation Sceptre 2.", [45]),
        ("Venice\n\nOp Venice 2 saw 14 arrests across Croydon.", [14]),
        ("Adder\n\nProject Adder 3 began in May. Officers made 12 arrests.", [12]),
    ],
)
def test_a_number_in_an_operations_name_is_not_a_figure(text, values):
    assert [s.value for s in _stats(text)] == values


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Funding boost for forces\n\nFrom: Home Office and The Rt Hon Yvette Cooper MP\n"
            "Published 3 March 2024\n\nThe government has confirmed the funding.",
            "Home Office",
        ),
        (
            "PM sets out knife crime plan\n\nFrom: Prime Minister's Office, 10 Downing Street and "
            "The Rt Hon Rishi Sunak MP\nPublished 3 March 2024\n\nThe Prime Minister set out.",
            "Prime Minister's Office",
        ),
        (  # a joint release names both
            "Joint plan on knife crime\n\nFrom: Home Office and Prime Minister's Office, 10 "
            "Downing Street\nPublished 3 March 2024\n\nThe Home Secretary set out the plan.",
            "Prime Minister's Office and Home Office",
        ),
        (  # an email's sender is no office
            "Re: station closures\n\nFrom: Jane Smith\nSent: 3 March 2024\n\nThanks for this.",
            None,
        ),
    ],
)
def test_publishers_from_a_gov_uk_from_line(text, publisher):
    assert _parse(text).publisher == publisher
