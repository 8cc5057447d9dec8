"""Forms found in the spent seventh blind batch (tests/blind7, issue 13, round 7), each
fixed as a class: the batch's own case and others of the same class written in the
styles of other real publishers (Met, GOV.UK, London Assembly, Mayor, MOPAC)."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_stats, stated_date


# A section's name or a news tag over the headline ("News", "Press Releases", "Breaking
# LONDON") and a breadcrumb row run on into the headline the page prints next.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "News\n\nCT police receive £4m for Parsons Green attack\n\n"
            "Minister for Policing Nick Hurd has announced funding.",
            "CT police receive £4m for Parsons Green attack",
        ),
        (
            "Breaking LONDON\n\nLondon Police Commissioner set out the Met’s plans\n\n"
            "Commissioner Cressida Dick today set out the plans.",
            "London Police Commissioner set out the Met’s plans",
        ),
        (
            "Press Releases\n\nPRESS RELEASE : Statement from Claire Waxman [September 2022]\n\n"
            "Claire Waxman said the trial had ended.",
            "Statement from Claire Waxman",
        ),
        (
            "Latest news\n\nAssembly calls for review of front counters\n\n"
            "The London Assembly has today called on the Mayor to act.",
            "Assembly calls for review of front counters",
        ),
        (
            "Home Business News Mayor joins specialist officers in London\n\n"
            "Mayor joins specialist officers in London\n\nThe Mayor of London today joined officers.",
            "Mayor joins specialist officers in London",
        ),
        (
            "Home / News / Met names new Commander\n\nMet names new Commander\n\n"
            "The Metropolitan Police has named its new Commander.",
            "Met names new Commander",
        ),
        (
            "Media Centre\n\nMOPAC publishes its new plan for policing\n\n"
            "The Mayor's Office for Policing and Crime has published its plan.",
            "MOPAC publishes its new plan for policing",
        ),
    ],
)
def test_the_headline_under_a_section_name_tag_or_breadcrumb(text, title):
    assert parse_snippet(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        # a headline that opens with a tag word is still the headline
        "Breaking the cycle of knife crime\n\nThe Mayor today set out his plan.",
        "News from the frontline of policing\n\nThe Met has published its report.",
        # a headline that ends another line's words, the line a sentence of prose
        "The Met said today that Knife crime falls again\n\nKnife crime falls again\n\nText.",
    ],
)
def test_a_headline_near_furniture_words_keeps_its_place(text):
    assert parse_snippet(text).title == text.split("\n\n")[0]


# A news site's byline over its date line, the year in two digits before a time.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Mayor joins officers\n\nby LLB political Reporter\n25th May 23 12:10 pm\n\n"
            "The Mayor joined officers in 2022.",
            "2023-05-25",
        ),
        (
            "Met names new Commander\n\nBy Jane Smith\n3 Jan 24, 09:15\n\nThe Met has named.",
            "2024-01-03",
        ),
        (
            "Assembly calls for review\n\nby Political Desk\nMonday 4 March 2024\n\nText here.",
            "2024-03-04",
        ),
    ],
)
def test_a_byline_over_its_date_line(text, stated):
    assert stated_date(text) == stated


def test_a_two_digit_number_after_a_month_with_no_time_is_no_date():
    assert stated_date("Met arrests\n\n5 May 23 officers were injured.") is None


# An image's file name left as its caption: neither figures nor a date (its year is no
# year the text states).
@pytest.mark.parametrize(
    "caption",
    [
        "Screenshot 2020 05 13 at 14.17.01",
        "Screen Shot 2019-03-12 at 10.15.32 AM",
        "IMG_2041.jpg",
        "assembly-members-city-hall.png",
    ],
)
def test_an_image_file_name_is_neither_figures_nor_a_date(caption):
    text = (
        f"Met sets out plans\n\n{caption}\n\nCommissioner Jane Smith today (Wednesday, 13 May) "
        "set out plans. Officers have recovered 444 knives."
    )
    assert [s.value for s in snippet_stats(text)] == [444]
    assert stated_date(text) is None


def test_a_dated_header_over_a_headline_printed_twice():
    text = (
        "12 March 2024\n\nMet names new Commander\n\nMet names new Commander\n\nThe Met has named."
    )
    parsed = parse_snippet(text)
    assert (parsed.title, stated_date(text)) == ("Met names new Commander", "2024-03-12")


# A speaker by title and surname ("Commissioner Dick said:") or by a surname that is also
# a place word ("Hall said"): the person the release names in full, never the word alone.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Met plans\n\nCommissioner Cressida Dick today set out plans.\n\n"
            "Commissioner Dick said: “The last seven weeks have not been easy.”",
            "Cressida Dick",
        ),
        (
            "Knife crime summit\n\nThe Home Secretary, Jane Smith, met police leaders.\n\n"
            "Secretary Smith said: “We will not rest until knives are off our streets.”",
            "Jane Smith",
        ),
        (
            "MOPAC plan\n\nDeputy Mayor Sophie Linden has published the plan.\n\n"
            "“It puts victims first,” Deputy Mayor Linden said.",
            "Sophie Linden",
        ),
        (
            "Cuts\n\nSusan Hall AM, Crime Spokeswoman, has called for action.\n\n"
            "“Khan needs to stop faffing around,” Hall said.",
            "Susan Hall",
        ),
        (
            "Park safety\n\nLocal resident Peter Park MP has called for patrols.\n\n"
            "“We need officers back,” Park said.",
            "Peter Park",
        ),
    ],
)
def test_a_title_and_surname_or_a_place_word_surname_is_the_person_named(text, speaker):
    assert [who for who, _ in snippet_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # nobody named in full with the surname: no one, not the surname alone
        "Cuts\n\nThe building was closed.\n\n“It is a disgrace,” Hall said.",
        "Met plans\n\nThe Met set out plans.\n\nCommissioner Dick said: “We will act.”",
    ],
)
def test_a_title_and_surname_with_no_full_name_is_no_one(text):
    assert [who for who, _ in snippet_quotes(text)] in ([], [None])


# "X accused the Mayor of ... . “...,” she wrote in a letter to ...": a pronoun after the
# quote is the person the sentence before it is about, when nobody else has been quoted.
@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Cuts\n\nSusan Hall AM has called on the Home Secretary to act.\n\n"
            "Hall accused Mayor Sadiq Khan of breaking his promises. “It is absolutely clear "
            "that our capital cannot lose a single officer,” she wrote in a letter to Home "
            "Secretary Yvette Cooper.",
            "Susan Hall",
            "It is absolutely clear that our capital cannot lose a single officer.",
        ),
        (
            "Appeal\n\nDetective Inspector John Pearse led the operation in Hackney.\n\n"
            "Pearse thanked the public for their help. “Every call made a difference,” he "
            "said at the scene in Hackney.",
            "John Pearse",
            "Every call made a difference.",
        ),
        (
            "Victims\n\nClaire Waxman, London’s Victims’ Commissioner, has written to the "
            "Justice Secretary.\n\nWaxman criticised the delays in the courts. “Victims "
            "deserve better than this,” she wrote to the Justice Secretary Alex Chalk.",
            "Claire Waxman",
            "Victims deserve better than this.",
        ),
    ],
)
def test_a_pronoun_after_a_quote_is_the_subject_of_the_sentence_before(text, speaker, words):
    assert snippet_quotes(text) == [(speaker, words)]


# Whole sentences quoted just after a sentence about the person quoted last, with no verb
# of saying ("Hall highlighted the rise in the letter. “Gun crime is up.”"): theirs.
@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Cuts\n\n“Khan needs to act,” Susan Hall AM said.\n\nHall highlighted the spike "
            "of crime in the letter. “Gun crime is up by 34.3%. Knife crime is up too.” She "
            "warned that police are struggling.",
            "Susan Hall",
            "Gun crime is up by 34.3%. Knife crime is up too.",
        ),
        (
            "Arrests\n\n“We will find them,” said Detective Chief Inspector Jane Smith.\n\n"
            "Smith later repeated her appeal. “Anyone with information should call us.”",
            "Jane Smith",
            "Anyone with information should call us.",
        ),
    ],
)
def test_whole_sentences_after_a_sentence_about_the_person_quoted_last(text, speaker, words):
    assert snippet_quotes(text)[-1] == (speaker, words)


@pytest.mark.parametrize(
    "text",
    [
        # about someone not quoted: no speaker's quote
        "Cuts\n\n“Khan needs to act,” Susan Hall AM said.\n\nTom Brown visited the site. "
        "“It was a fine visit.” The visit ended.",
        # a phrase, not whole sentences
        "Cuts\n\n“Khan needs to act,” Susan Hall AM said.\n\nHall called the plan "
        "“a disgrace” in the letter.",
    ],
)
def test_no_quote_after_a_sentence_about_someone_else_or_a_phrase(text):
    assert [who for who, _ in snippet_quotes(text)] == ["Susan Hall"]


# A double mark set apart from its words, opening a paragraph or after a colon.
@pytest.mark.parametrize(
    ("text", "speaker", "first"),
    [
        (
            "Closures\n\nLabour London Assembly Member Nicky Gavron has branded it a sham.\n\n"
            'She adds: " This is a deliberate strategy to push through plans.\n\n'
            '" I encourage all residents to attend this session."',
            "Nicky Gavron",
            "This is a deliberate strategy",
        ),
        (
            'Patrols\n\n" The patrols will run all summer," said Commander Jane Smith.',
            "Jane Smith",
            "The patrols will run all summer",
        ),
        (
            "Plan\n\nDeputy Mayor Sophie Linden said: “ Victims come first in this plan.”",
            "Sophie Linden",
            "Victims come first in this plan",
        ),
    ],
)
def test_a_quote_mark_set_apart_from_its_words(text, speaker, first):
    quotes = snippet_quotes(text)
    assert len(quotes) == 1
    assert quotes[0][0] == speaker and quotes[0][1].startswith(first)


def test_a_mark_and_space_inside_a_sentence_opens_no_quote():
    assert snippet_quotes('Budget\n\nThe plan " is not a quote " said nobody here.') == []


def _directions(text: str):
    return {s.value: s.direction for s in snippet_stats(text)}


# Losses and cuts: "the loss of N", "losing up to N", "has lost: N" over a list, "N are
# likely to be cut", "cut by <who> by N", "reduce <what> by N", a fall told by its speed.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("Cuts\n\nThe plans involve the loss of 1,500 police staff.", 1500, "down"),
        ("Cuts\n\nThe Met faces losing up to 1,700 officers and staff.", 1700, "down"),
        ("Cuts\n\nThe Home Office said forces lost 2,300 officers last year.", 2300, "down"),
        (
            "Cuts\n\nSince May 2010, the Met has lost:\n\n1,956 police officers\n\n1,800 PCSOs",
            1956,
            "down",
        ),
        ("Cuts\n\nOver 891 PCSOs are likely to be cut next year.", 891, "down"),
        ("Cuts\n\nUp to 300 posts will be axed by the Met.", 300, "down"),
        (
            "Cuts\n\nFunding to the Met has been cut by the Coalition Government by 20 per cent.",
            20,
            "down",
        ),
        ("Cuts\n\nThe plans aim to reduce the Met's annual budget by £500 million.", 500e6, "down"),
        (
            "Funding\n\nThe government will increase spending on counter-terrorism by 30%.",
            30,
            "up",
        ),
        ("Crime\n\nRobbery is down, with moped crime plummeting 43 per cent.", 43, "down"),
        ("Crime\n\nMOPAC said burglary has tumbled 12 per cent since 2016.", 12, "down"),
    ],
)
def test_losses_cuts_and_falls_are_down(text, value, direction):
    assert _directions(text)[value] == direction


# "from X to Y": the second takes the direction the two values tell, the first none.
@pytest.mark.parametrize(
    ("text", "directions"),
    [
        (
            "Taskforce\n\nBolstering the Taskforce from its current 150 officers to 272 will help.",
            {150: None, 272: "up"},
        ),
        (
            "Funding\n\nSpending rises by 30%, from £11.7 billion to £15.1 billion.",
            {30: "up", 11.7e9: None, 15.1e9: "up"},
        ),
        (
            "Stations\n\nThe Mayor will take the estate from 140 buildings to 70 buildings.",
            {140: None, 70: "down"},
        ),
    ],
)
def test_from_to_takes_the_new_levels_direction(text, directions):
    assert _directions(text) == directions


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # closing, adding and a level are not changes
        ("Stations\n\nThe plans close 65 front counters across London.", 65),
        ("Taskforce\n\nThe Mayor is adding another 122 officers to the Taskforce.", 122),
        ("Stations\n\nOfficers were closed in by 200 protesters.", 200),
        ("Met\n\nThe Met employs 32,000 officers, and 300 are based at the airport.", 300),
        ("Funding\n\nThe grant was funded by London councils by 2019 with £5 million.", 5e6),
    ],
)
def test_closing_adding_and_levels_keep_no_direction(text, value):
    assert _directions(text)[value] is None


# Ages: "aged between 25 and 43", "between the ages of 18 and 24", "people under 25
# admitted to hospital": junk; a count next to them stays a figure.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Arrests\n\n16 people, aged between 25 and 43, were arrested and taken into custody.",
            [16],
        ),
        (
            "Knife crime\n\nThe number of people under 25 admitted to hospital due to assault "
            "with a sharp object fell by 13%.",
            [13],
        ),
        (
            "Youth\n\nThe Mayor funded 40 clubs for young people between the ages of 11 and 18.",
            [40],
        ),
        ("Victims\n\nMOPAC supported 2,000 victims, including women over 65 living alone.", [2000]),
        ("Stop and search\n\nOfficers searched 300 children under 16 in Lambeth.", [300]),
    ],
)
def test_ages_by_a_range_or_a_bound_on_people_are_junk(text, values):
    assert [s.value for s in snippet_stats(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Budget\n\nThe number of officers fell to under 25 per cent of the force.", 25),
        ("Patrols\n\nThe Met sent over 65 officers to patrol the area.", 65),
        ("Arrests\n\nDetectives arrested people under 30 offences of fraud.", 30),
    ],
)
def test_a_count_or_share_after_under_or_over_stays_a_figure(text, value):
    assert value in [s.value for s in snippet_stats(text)]


_HISTORY = "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government"


# A GOV.UK page of the Prime Minister's own words kept from an earlier government: the
# Prime Minister's Office, even with no "From:" line.
@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            f"PM statement on violence in England\n\nThe Prime Minister has made a statement.\n\n"
            f"{_HISTORY}\nThe Rt Hon David Cameron\n\nGood morning.",
            "Prime Minister's Office",
        ),
        (
            "Prime Minister's speech on knife crime\n\nThe Prime Minister spoke in Downing "
            "Street.\n\nThis was published under the 2016 to 2019 May Conservative government\n\n"
            "Thank you all for coming.",
            "Prime Minister's Office",
        ),
        (
            f"PM remarks at the policing summit\n\n{_HISTORY}\n\nIt is good to be here.",
            "Prime Minister's Office",
        ),
        (  # a news site's copy of the statement, no GOV.UK line: no one
            "PM statement on violence in England\n\nBy Jane Smith, Political Reporter\n\n"
            "The Prime Minister said the violence was criminality.",
            None,
        ),
        (  # the GOV.UK line over a headline that is not the PM's words: not No 10's
            f"Knife crime summit held in London\n\n{_HISTORY}\n\nThe summit met today.",
            None,
        ),
    ],
)
def test_a_gov_uk_page_of_the_prime_ministers_words(text, publisher):
    assert parse_snippet(text).publisher == publisher


def _labels(text: str):
    return {s.value: s.label or "" for s in snippet_stats(text)}


# What a change is made to: the object of "increase/reduce <what> by N", the subject of
# "<what> has been cut by <who> by N"; a sum "in addition to" another is labelled by what
# the other was announced for; examples after "including" are an aside to the subject.
@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        (
            "Funding\n\nThe government is committed to increase spending on counter-terrorism "
            "by 30%.",
            30,
            "spending",
        ),
        (
            "Cuts\n\nThe plans aim to reduce the Met's annual buget by £500 million.",
            500e6,
            "buget",
        ),
        (
            "Youth\n\nMOPAC will boost youth services in Lambeth by £2 million.",
            2e6,
            "youth services",
        ),
        (
            "Cuts\n\nFunding to the Metropolitan Police Service has been cut by the Coalition "
            "Government by 20 per cent.",
            20,
            "funding",
        ),
        (
            "Grants\n\nThe grant to London councils was reduced by the Home Office by £3 million.",
            3e6,
            "grant",
        ),
        (
            "Funding\n\nThis is in addition to the £24 million already announced for the forces "
            "across the country.",
            24e6,
            "forces",
        ),
        (
            "Funding\n\nThe new funding is in addition to £707 million already announced to "
            "support counter terrorism policing.",
            707e6,
            "counter terrorism policing",
        ),
        (
            "Crime\n\nThe seven key neighbourhood crimes including robbery and burglary have "
            "fallen by 18.4 per cent.",
            18.4,
            "neighbourhood crimes",
        ),
        (
            "Crime\n\nViolent offences such as knife crime and robbery have fallen by 9 per cent.",
            9,
            "violent offences",
        ),
    ],
)
def test_what_a_change_or_an_added_sum_is_made_to(text, value, words):
    assert words in _labels(text)[value].lower()


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        # a change with its verb and what it changes before it keeps that label
        ("Crime\n\nKnife crime in London is down by 12 per cent.", 12, "knife crime"),
        ("Crime\n\nBurglary has been cut by 20 per cent.", 20, "burglary"),
        # a sum with its own purpose after it is not taken for an addition
        ("Funding\n\nThe Mayor has provided £5 million for youth clubs.", 5e6, "youth clubs"),
    ],
)
def test_labels_near_the_new_forms_keep_their_reading(text, value, words):
    assert words in _labels(text)[value].lower()


# An unhyphenated compound ("moped enabled crime"), a noun in quote marks after a count
# ("250 “micro hotspots”"), a sum ending in its change noun ("the £148million cuts") and
# what "amounts to a total of" a sum (the clause before it).
@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        (
            "Venice\n\nOperation Venice achieved a 38% reduction in moped enabled crime in 2019.",
            38,
            "moped enabled crime",
        ),
        (
            "Knives\n\nThe Met recorded a 12% fall in knife enabled robbery.",
            12,
            "knife enabled robbery",
        ),
        (
            "Drugs\n\nThere was a 9% rise in drug related deaths last year.",
            9,
            "drug related deaths",
        ),
        (
            "Hotspots\n\nAnalysts have identified up to 250 “micro hotspots”, small areas.",
            250,
            "micro hotspots",
        ),
        ("Hotspots\n\nMOPAC funds 40 'safe havens' in shops across London.", 40, "safe havens"),
        (
            "Cuts\n\nA motion was passed condemning the £148million cuts forced on the Met.",
            148e6,
            "cuts",
        ),
        ("Cuts\n\nThe Home Office plans £400m savings over two years.", 400e6, "savings"),
        ("Seizures\n\n• Cash seizures, amounting to a total of £5,700", 5700, "cash seizures"),
        (
            "Results\n\n• Drug seizures across six boroughs, totalling £80,000",
            80000,
            "drug seizures",
        ),
    ],
)
def test_compounds_quoted_nouns_change_nouns_and_amounts(text, value, words):
    assert words in _labels(text)[value].lower()


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        # a participle that starts a clause still ends the phrase
        ("Officers\n\nThe Met has 300 officers based in Lambeth.", 300, "officers"),
        ("Officers\n\nThe Mayor funded 1,300 officers recruited this year.", 1300, "officers"),
    ],
)
def test_a_participle_starting_a_clause_still_ends_the_label(text, value, words):
    label = _labels(text)[value].lower()
    assert label == words


# Counts in words of hundreds ("one hundred experienced officers"), a part of its own
# whole ("Croydon losing five of it’s six"), labelled by the clause's subject, and a
# footnote's number.
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Violence\n\nThe response is strengthened by allocating one hundred experienced "
            "officers to boroughs.",
            [(100, "experienced officers")],
        ),
        (
            "Patrols\n\nMOPAC will fund two hundred extra patrols in the summer.",
            [(200, "extra patrols")],
        ),
        (
            "Closures\n\nAreas hit include Croydon losing five of it’s six; Barking & Dagenham "
            "losing three of its four; and Havering losing four of it’s five.",
            [(5, "Croydon"), (3, "Barking & Dagenham"), (4, "Havering")],
        ),
        (
            "Stations\n\nLambeth will keep two of its three front counters, and 40 officers.",
            [(2, None), (40, "officers")],
        ),
        (
            "Officers\n\nThere will be fewer officers in two thirds of boroughs (see footnote 3). "
            "The Met has 300 PCSOs.",
            [(0.6667, None), (300, "PCSOs")],
        ),
    ],
)
def test_hundreds_in_words_parts_of_their_own_whole_and_footnotes(text, figures):
    found = [(s.value, s.label) for s in snippet_stats(text)]
    assert [v for v, _ in found] == [v for v, _ in figures]
    for (_, label), (_, want) in zip(found, figures, strict=True):
        assert want is None or want in (label or ""), label


def test_a_hundred_years_is_no_count():
    assert snippet_stats("History\n\nA hundred years ago the station opened.") == []


# A count in words with a word of addition before its noun: "two additional homicide teams".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Violence\n\nOther moves include the creation of two additional homicide teams.",
            2,
            "homicide teams",
        ),
        (
            "Stations\n\nThe Mayor will open three new front counters in Croydon.",
            3,
            "front counters",
        ),
        ("Patrols\n\nMOPAC has funded four extra patrol cars for Lambeth.", 4, "patrol cars"),
    ],
)
def test_a_count_in_words_past_a_word_of_addition(text, value, label):
    assert label in _labels(text)[value]


@pytest.mark.parametrize(
    "text",
    [
        "Reporting\n\nThe Met has two new ways to report crime.",  # not counted: ways
        "Crime\n\nThe Met will review the two new and the old stations.",  # no plural noun
    ],
)
def test_a_word_of_addition_before_what_is_not_counted(text):
    assert 2 not in _labels(text)


def test_many_quotes_by_a_surname_read_the_text_for_it_once(monkeypatch):
    """Quotes resolved to a surname read the release for its full name once, not once
    per quote (2,000 quotes took 13 s)."""
    import re

    from briefing.parse import speakers

    scans: list[str] = []

    class CountingRe:
        def __getattr__(self, name: str):
            return getattr(re, name)

        @staticmethod
        def finditer(pattern, string, flags=0):
            if "Hall" in str(pattern) and len(string) > 10_000:
                scans.append(pattern)
            return re.finditer(pattern, string, flags)

    monkeypatch.setattr(speakers, "re", CountingRe())
    sentence = (
        "Hall accused the Mayor of things. “It is clear,” she wrote in a letter to Jo Smith. "
    )
    quotes = snippet_quotes("Plan\n\nSusan Hall AM spoke. " + sentence * 2000)
    assert quotes and {speaker for speaker, _ in quotes} == {"Susan Hall"}
    assert 0 < len(scans) <= 3


# A sum's purpose after a time adverbial: "raised £661million so far for reinvestment in
# frontline policing", "spent £3m to date on youth diversion".
@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        (
            "Estates\n\nThe top 10 sales have raised £661million so far for reinvestment in "
            "frontline policing.",
            661e6,
            "frontline policing",
        ),
        ("Youth\n\nMOPAC has spent £3m to date on youth diversion.", 3e6, "youth diversion"),
        (
            "Knives\n\nThe Home Office has provided £20 million this year for knife crime projects.",
            20e6,
            "knife crime projects",
        ),
    ],
)
def test_a_sums_purpose_after_a_time_adverbial(text, value, words):
    assert words in _labels(text)[value]


def test_a_sum_with_a_time_adverbial_and_no_purpose_keeps_its_verb():
    assert _labels("Plan\n\nThe Mayor has invested £5m this year.")[5e6] == "investment"
