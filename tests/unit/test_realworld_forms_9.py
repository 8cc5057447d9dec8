"""Forms found in the spent eighth blind batch (tests/blind8, issue 13, round 8), each
fixed as a class: the batch's own case and others of the same class written in the
styles of other real publishers (Met, GOV.UK, London Assembly, Mayor, MOPAC), with
guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_stats, stated_date


# Page furniture above the headline: an image's alternative text ("Banner image for
# Andrew Rosindell", "Site logo"), a menu's label ("Main navigation") and the menu
# itself ("• Home" / "• About Andrew" / "• News" ...), a share button ("• Tweet").
@pytest.mark.parametrize(
    ("text", "title", "when"),
    [
        (  # the batch's own: an MP's site
            "Skip to main content\nBanner image for Andrew Rosindell\n\nAndrew Rosindell\n\n"
            "Member of Parliament for Romford\nSite logo\n\nMain navigation\n\n  • Home\n"
            "  • About Andrew\n  • News\n  • Contact\n\n"
            "Metropolitan Police set to receive an additional £138.9 million next year\n\n"
            "  • Tweet\nFriday, 18 December, 2020\n\n"
            "The Metropolitan Police is set to receive an additional £138.9 million.",
            "Metropolitan Police set to receive an additional £138.9 million next year",
            "2020-12-18",
        ),
        (  # an Assembly Member's own site
            "Header image for Unmesh Desai AM\n\nUnmesh Desai\nLondon Assembly Member for "
            "City and East\nPrimary navigation\n• Home\n• About\n• News\n\n"
            "Desai calls for more officers in Newham\n\n12 March 2019\n\n"
            "Unmesh Desai AM has today called on the Mayor to act.",
            "Desai calls for more officers in Newham",
            "2019-03-12",
        ),
        (  # a borough Met page with its logo and share buttons
            "Site logo\nMain navigation\n\nMet appeals after Croydon stabbing\n\n"
            "• Share on Facebook\n• Share on Twitter\n3 May 2024\n\n"
            "Detectives are appealing for witnesses.",
            "Met appeals after Croydon stabbing",
            "2024-05-03",
        ),
        (  # a MOPAC page: a hero image over the headline
            "Hero image of the London skyline\n\nMOPAC announces £5m fund for victims\n\n"
            "Published: 1 June 2023\n\nThe Mayor's Office for Policing and Crime has today "
            "announced funding.",
            "MOPAC announces £5m fund for victims",
            "2023-06-01",
        ),
    ],
)
def test_image_text_menus_and_share_buttons_are_not_the_headline(text, title, when):
    parsed = parse_snippet(text)
    assert parsed.title == title
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # guards: a headline about a logo or a navigation system stays the headline
        "Met unveils new logo for its 200th year\n\nThe Met has today unveiled a logo.",
        "Navigation app to help victims find support\n\nThe Mayor has today launched an app.",
        # a summary's bullets under the headline are no menu
        "Mayor invests £5m in youth services\n\n• Home Office funding\n• More officers\n"
        "• New hubs\n\nThe Mayor has today announced funding.",
    ],
)
def test_headlines_about_logos_and_bulleted_summaries_stay(text):
    assert parse_snippet(text).title == text.split("\n")[0]


def test_a_menu_is_only_short_items_opening_on_home():
    # "Home" over long items is a list of the release's own, not a menu: nothing moves
    text = (
        "Mayor sets out plans\n\n• Home Office grants will rise by a tenth next year\n"
        "• More officers\n\nThe Mayor has today set out plans."
    )
    assert parse_snippet(text).title == "Mayor sets out plans"


# A news site's date line with its reporter's name after a dash ("July 11, 2013 - Martin
# Hoscik") under the headline, below a site's name and tagline ("MayorWatch" / "London
# News and Comment" / "• NEWS"): the headline is the line over the date line.
@pytest.mark.parametrize(
    ("text", "title", "when"),
    [
        (
            "• Skip to main content\n\nMayorWatch\n\nLondon News and Comment\n\n  • NEWS\n\n"
            "London Assembly to review Met’s use of stop and search powers\n\n"
            "July 11, 2013 - Martin Hoscik\n\nThe London Assembly Police and Crime Committee "
            "has launched a new investigation.",
            "London Assembly to review Met’s use of stop and search powers",
            "2013-07-11",
        ),
        (
            "Borough Times\n\nYour local news\n\nMet to put 50 more officers on Croydon’s "
            "streets\n\n3 May 2024 – Jane Smith\n\nThe Metropolitan Police will put more "
            "officers on the streets.",
            "Met to put 50 more officers on Croydon’s streets",
            "2024-05-03",
        ),
        (
            "Home Office to fund new knife crime taskforce\n\n12 April 2018 — Brian Sims\n\n"
            "The Home Office has today announced a taskforce.",
            "Home Office to fund new knife crime taskforce",
            "2018-04-12",
        ),
    ],
)
def test_a_date_line_signed_after_a_dash_is_a_date_line(text, title, when):
    assert parse_snippet(text).title == title
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "line",
    ["July 11, 2013 - police numbers fall", "July 11, 2013 - Martin Hoscik - Politics"],
)
def test_a_date_before_a_dash_and_prose_is_no_date_line(line):
    from briefing.parse.dates import is_date_line

    assert not is_date_line(line)


# A news site's copy with its reporter's byline: the release's own words quoted in it
# (an Assembly chair speaking, "The Met's ...") do not make it the issuer's page.
@pytest.mark.parametrize(
    "text",
    [
        "MayorWatch\n\nLondon News and Comment\n\nAssembly to review stop and search\n\n"
        "July 11, 2013 - Martin Hoscik\n\nThe London Assembly has launched a review.\n\n"
        "Jenny Jones AM, Chair of the working group, said: “The Met must do better.”",
        "Met’s Specialist Crime Command seize gun\n\n3 May 2024 by Jane Smith\n\n"
        "The Met’s Specialist Crime Command have recovered a loaded handgun.",
        "Home Office sets up taskforce\n\nby Brian Sims\n12 April 2018\n\n"
        "The Home Office has today announced a taskforce.",
    ],
)
def test_a_reporters_copy_has_no_publisher_from_the_words_it_quotes(text):
    assert parse_snippet(text).publisher is None


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # guards: the issuer's own pages, undated by any reporter, keep their cues
        (
            "Assembly to review stop and search\n\n11 July 2013\n\nThe London Assembly has "
            "launched a review.\n\nJenny Jones AM, Chair of the working group, said: “The Met "
            "must do better.”",
            "London Assembly",
        ),
        (
            "Met seize gun\n\n3 May 2024\n\nThe Met’s Specialist Crime Command have "
            "recovered a loaded handgun.",
            "Metropolitan Police",
        ),
    ],
)
def test_an_issuers_dated_page_keeps_its_publisher(text, publisher):
    assert parse_snippet(text).publisher == publisher


# A post-nominal written with full stops: "Andrew Rosindell M.P. said:", "Q.C.".
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Andrew Rosindell M.P. said:\n\n“Our brave police men and women have been placed "
            "under unprecedented strain this year.”",
            "Andrew Rosindell",
        ),
        (
            "Caroline Pidgeon A.M., Chair of the Committee, said:\n\n“The Mayor must act now "
            "on police numbers.”",
            "Caroline Pidgeon",
        ),
        (
            "Man jailed for fraud\n\nJane Smith Q.C., for the Crown Prosecution Service, said: “Justice has been done "
            "today for the family.”",
            "Jane Smith",
        ),
    ],
)
def test_a_post_nominal_with_full_stops_is_dropped_from_the_name(text, speaker):
    assert [q[0] for q in snippet_quotes(text)] == [speaker]


# An issuer the release names that is a department beyond the usual few: "The press
# release issued by the Ministry of Justice on 18 October 2022." (ukpol), GOV.UK's
# "From: Ministry of Justice", a joint release.
@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Tag: Ministry of Justice\n\n  • PRESS RELEASE : Construction begins on new London "
            "court [October 2022]\n\n    The press release issued by the Ministry of Justice on "
            "18 October 2022.\n\n    The construction of a court is underway.",
            "Ministry of Justice",
        ),
        (
            "Press release\n\nNew court to tackle fraud\n\nFrom: Ministry of Justice and The "
            "Rt Hon Brandon Lewis CBE MP\n\nPublished 18 October 2022\n\nA new court is built.",
            "Ministry of Justice",
        ),
        (
            "Press release\n\nCourts and police join forces\n\nFrom: Ministry of Justice and "
            "Home Office\n\nPublished 1 May 2023\n\nA joint plan is published.",
            "Ministry of Justice and Home Office",
        ),
    ],
)
def test_the_ministry_of_justice_is_an_issuer(text, publisher):
    assert parse_snippet(text).publisher == publisher


def test_a_release_quoting_the_justice_ministry_is_not_its_release():
    # guard: named in the body only, not as issuer
    text = (
        "Mayor welcomes new court\n\n3 May 2022\n\nThe Ministry of Justice has today "
        "announced a new court in the City."
    )
    assert parse_snippet(text).publisher is None


# An Assembly Member's news page with a note on the member: "News from John Biggs (past
# staff): ..." is the Assembly's, as "News from Unmesh Desai: ..." was.
@pytest.mark.parametrize(
    "heading",
    [
        "News from John Biggs (past staff): Mayor breaks election promise",
        "News from Sian Berry (former AM): Police stations must stay open",
        "News from Caroline Pidgeon (Liberal Democrat): Met must do more",
        "News from Unmesh Desai: City police need more officers",
    ],
)
def test_a_members_news_page_with_a_note_on_the_member_is_the_assemblys(heading):
    text = (
        "Skip to main content\nMayor of London logo London Assembly logo\nHome\n\n"
        f"{heading}\n\nCreated on\n06 February 2014\n\nNew figures show the Met has lost "
        "officers."
    )
    parsed = parse_snippet(text)
    assert parsed.title == heading
    assert parsed.publisher == "London Assembly"


def test_a_mayoral_page_under_both_logos_stays_the_mayors():
    # guard: the same header over a Mayor's own release
    text = (
        "Skip to main content\nMayor of London logo London Assembly logo\nHome\n\n"
        "Mayor announces £5m for youth clubs\n\nCreated on\n06 February 2019\n\n"
        "The Mayor has today announced funding."
    )
    assert parse_snippet(text).publisher == "Mayor of London"


# A post of one person's own words signed at its end by name and post ("Mayor of London,
# Sadiq Khan"): that office's.
@pytest.mark.parametrize(
    ("signature", "publisher"),
    [
        ("Mayor of London, Sadiq Khan", "Mayor of London"),
        ("Sadiq Khan, Mayor of London", "Mayor of London"),
        ("Sir Mark Rowley, Commissioner of the Metropolitan Police", "Metropolitan Police"),
        ("Priti Patel, Home Secretary", "Home Office"),
    ],
)
def test_a_post_signed_by_an_office_holder_is_that_offices(signature, publisher):
    text = (
        "The Government must properly fund our police\n\n06 August 2017\n\n"
        "The safety of Londoners is my top priority.\n\n"
        "They need to properly fund our police so that Londoners are kept safe.\n\n"
        f"{signature}\n\nShare this page"
    )
    assert parse_snippet(text).publisher == publisher


@pytest.mark.parametrize(
    "text",
    [
        # guards: a release quoting its speaker, a name with no office, a last line of prose
        "Mayor funds clubs\n\n06 August 2017\n\n“We must fund our police,” he said.\n\n"
        "Sadiq Khan, Mayor of London",
        "Police must be funded\n\n06 August 2017\n\nThe police need funding.\n\n"
        "Jane Smith, Chair of Residents Together",
        "Police must be funded\n\n06 August 2017\n\nThe police need funding.\n\n"
        "Sadiq Khan, Mayor of London, said the police need funding today",
    ],
)
def test_a_signature_needs_a_post_of_an_office_and_an_unquoted_text(text):
    assert parse_snippet(text).publisher is None


# An aside in brackets, or a clause after a comma, between the verb and its colon:
# "Assembly Member Steve O’Connell said (in response to article in Guardian today):".
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Assembly Member Steve O’Connell said (in response to article in Guardian today):",
            "Steve O’Connell",
        ),
        ("The Mayor of London, Sadiq Khan, said (speaking at City Hall):", "Sadiq Khan"),
        ("Commander Jane Smith said, responding to the figures:", "Jane Smith"),
        ("Policing Minister Kit Malthouse said (in a statement to the House):", "Kit Malthouse"),
    ],
)
def test_an_aside_between_the_verb_and_its_colon_keeps_the_speaker(lead, speaker):
    text = (
        f"Police numbers row\n\n{lead}\n\n“Whilst the Met should absolutely receive "
        "appropriate levels of funding, the figures do not help make the case.”"
    )
    assert snippet_quotes(text) == [
        (
            speaker,
            "Whilst the Met should absolutely receive appropriate levels of funding, the "
            "figures do not help make the case.",
        )
    ]


# A quotation opened mid-sentence after reported words ("Joanne McCartney AM said the
# new panel “faces a challenge ... . It is a challenge ...") and run on over paragraphs:
# the speaker's quote, from its first quoted words.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Committee Chair Joanne McCartney AM said the new panel “faces a challenge to "
            "ensure that policing priorities in London are truly accountable. It is a "
            "challenge which we are determined to meet.\n“We all have a part to play in "
            "tackling gangs.”",
            "Joanne McCartney",
        ),
        (
            "The Commissioner, Sir Mark Rowley, said the Met “will not rest until every "
            "officer who abuses their position is found and removed. Londoners deserve "
            "nothing less.”",
            "Mark Rowley",
        ),
        (
            "Home Secretary Priti Patel said that the funding “will help forces recruit the "
            "officers they need to keep our streets safe. This Government is backing the "
            "police.”",
            "Priti Patel",
        ),
    ],
)
def test_a_quotation_opened_after_reported_words_is_the_speakers(paragraph, speaker):
    quotes = snippet_quotes(f"Panel meets\n\n{paragraph}\nNext week the Committee will meet.")
    assert [q[0] for q in quotes] == [speaker]
    assert quotes[0][1].split()[0] in ("faces", "will")


@pytest.mark.parametrize(
    "paragraph",
    [
        # guards: a phrase quoted in passing, one sentence only, and no named speaker
        "The Mayor said the plans were “a good start” and left the meeting early.",
        "Joanne McCartney AM said the new panel “faces a challenge to ensure that policing "
        "priorities in London are truly accountable to Londoners.”",
        "The report said the force “faces a challenge to ensure that policing priorities "
        "are accountable. It is a challenge which it must meet.”",
    ],
)
def test_a_phrase_quoted_in_passing_is_no_speakers_quote(paragraph):
    assert snippet_quotes(f"Panel meets\n\n{paragraph}") == []


def _values(text: str):
    return [s.text for s in snippet_stats(text)]


# Numbers that measure nothing: an age range with its first hyphen left hanging ("black
# 15- to 24-year-olds"), a numbered panel or session ("Panel 1:"), the rest of a phone
# number cut after its area code ("please call 020 7"), a day in brackets after its
# weekday ("Sadiq Khan on Tuesday (20) has launched").
@pytest.mark.parametrize(
    "text",
    [
        "Stop and search\n\nYoung black men were stopped more than 20,000 times, more than a "
        "quarter of all black 15- to 24-year-olds in the capital [1].",
        "Knife crime\n\nThe Met has referred 10- and 11-year-olds to the scheme, and 16-24 "
        "year olds to mentors.",
        "Knife crime\n\nThe Mayor's Office for Policing and Crime will fund mentors for 18- or "
        "19-year-olds leaving care.",
        "Committee meets\n\nThe guests are:\n\nPanel 1:\n\n  • Sophie Linden, Deputy Mayor\n\n"
        "Panel 2:\n\n  • Ken Marsh, Metropolitan Police Federation",
        "Committee meets\n\nSession 2: Sir Mark Rowley, Commissioner",
        "Committee meets\n\nFor out of hours media enquiries please call 020 7",
        "Met appeal\n\nAnyone with information should phone 0208 7",
        "Youth fund\n\nMAYOR of London Sadiq Khan on Tuesday (20) has launched a package of "
        "measures for young Londoners.",
        "Youth fund\n\nThe Home Secretary on Monday (3) announced a review.",
    ],
)
def test_ages_panels_phone_ends_and_bracketed_days_are_no_figures(text):
    assert [v for v in _values(text) if v not in ("more than 20,000", "more than a quarter")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: counts that look like these
        ("Stop and search\n\nThe Met stopped 15 people and 24 cars in the operation.", "15"),
        ("Committee\n\nThe panel of 12 experts met on Tuesday to hear evidence.", "12"),
        ("Funding\n\nThe Mayor will fund 20 (twenty) new youth workers this year.", "20"),
        ("Fund\n\nOn Tuesday 20 officers were deployed to the area.", "20"),
    ],
)
def test_counts_near_those_forms_stay_figures(text, value):
    assert value in _values(text)


# The reference precheck ignores case as its regex does: "CASE NUMBER", "REF:".
@pytest.mark.parametrize(
    "line",
    [
        "CASE NUMBER: 4455",
        "REF: 4455",
        "Crime Ref: 4455",
        "case no. 4455",
        "Case Number: 4455",
        "Reference No: 4455",
    ],
)
def test_a_reference_in_any_case_is_no_figure(line):
    from briefing.parse.stats.filters import mask

    assert "4455" not in mask(f"Anyone with information should quote {line} when calling.")


def test_the_reference_precheck_is_cheap_on_ordinary_text():
    from briefing.parse.stats.filters import _reference_cue

    assert _reference_cue("The chief said crime fell.")  # "ef": the first test answers
    assert not _reference_cue("Officers made 290 arrests in the operation.")
    assert _reference_cue("CASE NUMBER 12") and _reference_cue("REF 12")
    assert _reference_cue("crime no 12") and not _reference_cue("There is no way.")


def _figures(text: str):
    return {s.text: s for s in snippet_stats(text)}


# Hundreds in words before the group they are taken from: "Five hundred of these
# officers will form ...", and before the noun with no modifier ("one hundred officers
# will join").
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Met recruits\n\nFive hundred of these officers will form town centre teams.",
            500,
        ),
        ("Mayor's plan\n\nTwo hundred of the new recruits will join ward teams.", 200),
        ("MOPAC funding\n\nThe fund will pay for one hundred officers will join soon.", 100),
        ("Home Office\n\nallocating one hundred experienced officers to the force", 100),
    ],
)
def test_hundreds_in_words_before_their_group_are_counts(text, value):
    assert value in [s.value for s in snippet_stats(text)]


def test_a_hundred_years_is_no_count():
    assert snippet_stats("History\n\nThe Met was founded two hundred years ago this week.") == []


# A sum spent or invested on something: the label is what it is spent on, not "spent".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Budget\n\nA council tax increase will see £49 million spent on a two per cent "
            "police pay rise and a boost to officer numbers.",
            "£49 million",
            ("pay rise",),
        ),
        (
            "Met budget\n\nThe Met has £12m invested in new body-worn cameras this year.",
            "£12m",
            ("body-worn cameras",),
        ),
        (
            "MOPAC\n\nThe Mayor's Office for Policing and Crime saw £3m spent on victim "
            "support services last year.",
            "£3m",
            ("victim support services",),
        ),
    ],
)
def test_a_sum_spent_on_something_is_labelled_by_it(text, figure, words):
    label = _figures(text)[figure].label
    assert all(w in label for w in words), label


# A sum raised, its source the subject before "to raise": "business rates income to raise
# £55 million".
@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Budget\n\nThe investment is found by business rates income to raise £55 million "
            "so the Met do not have to borrow.",
            "£55 million",
            "business rates",
        ),
        (
            "MOPAC budget\n\nThe plan relies on council tax precept income to raise £20m.",
            "£20m",
            "council tax precept income",
        ),
        (
            "Met estate\n\nThe Met is counting on asset sales to generate £90m.",
            "£90m",
            "asset sales",
        ),
    ],
)
def test_a_sum_raised_names_its_source(text, figure, source):
    assert source in _figures(text)[figure].label


# What a sum is raised to, and the change after it: "increasing funding for policing to
# more than £15 billion in 2021-22, up by £636 million from this year".
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Police funding\n\nGovernment is increasing funding for policing to more than £15 "
            "billion in 2021-22, up by £636 million from this year.",
            {"more than £15 billion": "funding for policing", "up by £636 million": "policing"},
        ),
        (
            "Mayor's budget\n\nThe Mayor is boosting funding for the Violence Reduction Unit "
            "to £20m in 2024-25, up by £5m on last year.",
            {"£20m": "Violence Reduction Unit", "up by £5m": "Violence Reduction Unit"},
        ),
    ],
)
def test_a_sum_raised_to_and_its_change_are_of_what_is_raised(text, labels):
    figures = _figures(text)
    for figure, words in labels.items():
        assert words in figures[figure].label, (figure, figures[figure].label)
    assert figures[next(f for f in labels if f.startswith("up"))].direction == "up"


def test_an_apposed_change_with_no_figure_before_keeps_the_clause_subject():
    # guard: round 6's form
    text = "Crime\n\nCrime continues to fall under this government, down eight per cent."
    assert _figures(text)["down eight per cent"].label == "Crime"


# An abbreviation in brackets inside a noun phrase: "police community support officer
# (PSCO) posts, which are down from 4,607 to 1,591".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Cuts\n\nThis led to the loss of two-thirds of police community support officer "
            "(PSCO) posts, which are down from 4,607 to 1,591.",
            "down from 4,607 to 1,591",
            "police community support officer posts",
        ),
        (
            "VRU\n\nThe Met has 120 violence reduction unit (VRU) officers in post.",
            "120",
            "violence reduction unit officers",
        ),
    ],
)
def test_an_abbreviation_in_brackets_inside_a_noun_phrase_is_skipped(text, figure, words):
    assert words in _figures(text)[figure].label


def test_a_bracketed_abbreviation_before_a_verb_ends_the_phrase():
    text = "PCSOs\n\nThere are 1,591 police community support officers (PCSOs) were left."
    assert "were" not in _figures(text)["1,591"].label


# A share sizing a change named by the noun after it: "a 5.1 per cent council tax
# increase" is up, "a £5m funding cut" down.
@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        ("Budget\n\nThis is funded by a 5.1 per cent council tax increase.", "5.1 per cent", "up"),
        ("Budget\n\nIt pays for a two per cent police pay rise.", "two per cent", "up"),
        ("Met\n\nThe Met faces a £5m funding cut next year.", "£5m", "down"),
        ("MOPAC\n\nThere will be a 3% precept hike in April.", "3%", "up"),
    ],
)
def test_a_share_before_a_change_noun_takes_its_direction(text, figure, direction):
    assert _figures(text)[figure].direction == direction


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # guards: a share of a thing, and a share of people, have no direction
        ("Survey\n\nA 62 per cent majority felt safe.", "62 per cent"),
        ("Met\n\nThe Met spent a £5m share of the fund on training.", "£5m"),
    ],
)
def test_a_share_before_another_noun_has_no_direction(text, figure):
    assert _figures(text)[figure].direction is None


# A count of occasions is of the act before it: "were stopped and searched in London more
# than 20,000 times".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Stop and search\n\nYoung black men were stopped and searched in London more than "
            "20,000 times, the equivalent to more than a quarter of them.",
            "more than 20,000",
            "stopped and searched",
        ),
        ("Use of force\n\nMet officers used force 12,000 times last year.", "12,000", "used force"),
        (
            "Taser\n\nTasers were drawn but not fired on 300 occasions in London.",
            "300",
            "drawn",
        ),
    ],
)
def test_a_count_of_times_is_labelled_by_the_act(text, figure, words):
    assert words in _figures(text)[figure].label


def test_times_with_no_act_before_stay_times():
    assert _figures("Calls\n\nThe phone rang 50 times.")["50"].label == "times"


# Counts in words in a list that share the noun after its last item: "8 Crown, six civil
# and four magistrates’ courtrooms".
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Court\n\nThis consists of 8 Crown, six civil and four magistrates’ courtrooms.",
            [8, 6, 4],
        ),
        ("Met\n\nThe hub will hold three response and two neighbourhood teams.", [3, 2]),
        ("MOPAC\n\nFunding goes to five youth, four victim and two mentoring schemes.", [5, 4, 2]),
    ],
)
def test_counts_sharing_a_listed_noun_are_counts(text, values):
    assert [s.value for s in snippet_stats(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        # guards: no shared plural noun after the list
        "Met\n\nHe met two Met and City officers.",
        "Plan\n\nwith six months and two weeks left",
        "Court\n\nThe judge gave six civil and criminal rulings.",
    ],
)
def test_a_list_without_a_shared_plural_noun_has_no_counts(text):
    assert snippet_stats(text) == []


# A page of the Met's own news site: a section label left with its separator ("News -")
# under the headline, and opening lines in the force's own voice ("we have been
# implementing a well-planned policing operation"), the text naming the Met and no
# other body that could be speaking.
@pytest.mark.parametrize(
    "text",
    [
        "Skip to content\nLatest on the policing operation in London\n\nNews -\n\n"
        "Latest on the policing operation in London\n\nSince the announcement of Her "
        "Majesty The Queen’s passing, we have been implementing a well-planned policing "
        "operation to keep all those visiting London safe\n\nHundreds of police officers "
        "from other forces have now joined Met officers in London.",
        "Knife arches in Croydon\n\nNews -\n\nWe have been carrying out weapons sweeps across "
        "Croydon this week.\n\nMet officers recovered 40 knives.",
        "Arrests after Notting Hill Carnival\n\nOver the weekend we have arrested 300 people "
        "for offences at the Carnival.\n\nThe Metropolitan Police thanks everyone who attended.",
    ],
)
def test_the_mets_own_page_in_its_voice_is_the_mets(text):
    parsed = parse_snippet(text)
    assert parsed.publisher == "Metropolitan Police"
    assert not any(b.text.startswith("News") for b in parsed.blocks)


@pytest.mark.parametrize(
    "text",
    [
        # guards: another body that could be "we", "we" only inside a quote, no Met named
        "Police funding\n\n20 May 2023\n\nWe are giving the Met £30m, the Home Office said "
        "today.\n\nThe Met will recruit officers.",
        "Carnival\n\n“We have arrested 300 people,” said the Met's Commander.\n\nThe "
        "Commander thanked residents.",
        "Knife arches\n\nWe have been carrying out weapons sweeps across Croydon.\n\n"
        "Officers recovered 40 knives.",
        "Youth clubs\n\nWe have been funding youth clubs, said the Mayor, as the Met "
        "welcomed the plan.",
    ],
)
def test_a_we_that_may_be_another_body_gives_no_publisher(text):
    assert parse_snippet(text).publisher is None


# A count whose clause ends on a participle of loss is down: "Mayor breaks election
# promise as over 3,000 police officers lost", "with 300 PCSO posts axed since 2010".
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Mayor breaks election promise as over 3,000 police officers lost\n\nText.", "over 3,000"),
        ("Met budget\n\nThe Met has changed, with 300 PCSO posts axed since 2010.", "300"),
        ("MOPAC\n\nThe plan leaves 12 front counters scrapped, the Assembly said.", "12"),
    ],
)
def test_a_count_ending_its_clause_on_a_loss_is_down(text, figure):
    assert _figures(text)[figure].direction == "down"


def test_people_who_lost_their_lives_are_no_fall():
    figures = _figures("Fire\n\nIn the fire 72 people lost their lives.")
    assert all(f.direction is None for f in figures.values())


# A change said once for two figures joined by "as well as": "the loss of a third of
# police staff posts ..., as well as two-thirds of PCSO posts".
@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        (
            "Cuts\n\nThis has led to the loss of a third of police staff posts, which are down "
            "from 14,330 to 9,985, as well as two-thirds of PCSO posts.",
            "two-thirds",
            "down",
        ),
        (
            "Met\n\nRobbery rose by 10 per cent last year, as well as 12 per cent in burglary.",
            "12 per cent",
            "up",
        ),
    ],
)
def test_a_figure_after_as_well_as_shares_the_change(text, figure, direction):
    assert _figures(text)[figure].direction == direction


def test_as_well_as_after_a_figure_of_another_unit_takes_nothing():
    text = "Met\n\nThe Met cut 300 posts, as well as a third of its budget for training."
    assert _figures(text)["a third"].direction is None


# A sum given as a part of a cut named before it: "central government continues to cut
# vital services including £22m from London’s youth services".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Youth\n\nCentral government continues to cut vital services including £22m from "
            "London’s youth services since 2011.",
            "£22m",
            "youth services",
        ),
        (
            "Met\n\nThe Home Office has slashed grants such as £5m from the Met's training budget.",
            "£5m",
            "training budget",
        ),
    ],
)
def test_a_sum_in_a_cut_is_down_and_named_by_what_it_is_cut_from(text, figure, words):
    fig = _figures(text)[figure]
    assert fig.direction == "down" and words in fig.label


def test_a_sum_including_from_with_no_cut_is_no_fall():
    text = "Fund\n\nThe Mayor funds projects including £2m from the VRU budget."
    assert _figures(text)["£2m"].direction is None


# A sum received names its giver when the text does: "is to receive £3m annually from
# City Hall".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Victims\n\nMetropolitan Police Service (MPS) is to receive £3m annually from City "
            "Hall in London to put victims first.",
            "£3m",
            ("Metropolitan Police Service", "City Hall"),
        ),
        (
            "Boroughs\n\nCroydon will receive £2m from the Home Office to tackle knife crime.",
            "£2m",
            ("Croydon", "Home Office"),
        ),
        (
            "VRU\n\nThe Violence Reduction Unit will get £7m a year from MOPAC.",
            "£7m",
            ("Violence Reduction Unit", "MOPAC"),
        ),
    ],
)
def test_a_sum_received_names_its_giver(text, figure, words):
    label = _figures(text)[figure].label
    assert all(w in label for w in words), label


def test_a_sum_received_from_a_place_in_lower_case_names_no_giver():
    text = "Forces\n\nForces will receive £3m from next April."
    assert _figures(text)["£3m"].label == "funding for Forces"


# A share of an owner's whole, with what the part is after it: "targets for 21 per cent of
# its officers to be from under-represented groups".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Met\n\nThe Met remains committed to meeting its targets for 21 per cent of its "
            "officers to be from under-represented groups by 2024.",
            "21 per cent",
            "officers from under-represented groups",
        ),
        (
            "MOPAC\n\nMOPAC wants 40 per cent of its staff to be from black and minority "
            "ethnic backgrounds.",
            "40 per cent",
            "staff from black and minority ethnic backgrounds",
        ),
        (
            "Home Office\n\nForces said 8 per cent of their recruits who are from London left.",
            "8 per cent",
            "recruits from London",
        ),
    ],
)
def test_a_share_of_an_owners_whole_names_what_the_part_is(text, figure, words):
    assert words in _figures(text)[figure].label


def test_a_share_of_the_whole_keeps_its_noun():
    text = "Met\n\n40 per cent of the grants went to London."
    assert _figures(text)["40 per cent"].label == "grants"


# Counted people who will join or form a group are labelled with the group: "150 officers
# will join London’s dedicated ward officers", "Five hundred of these officers will form
# town centre teams".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Met\n\nFive hundred of these officers will form town centre teams across the "
            "capital, while 150 officers will join London’s dedicated ward officers – the "
            "bobbies on the beat.",
            "Five hundred",
            "town centre teams",
        ),
        (
            "Met\n\nFive hundred of these officers will form town centre teams across the "
            "capital, while 150 officers will join London’s dedicated ward officers – the "
            "bobbies on the beat.",
            "150",
            "ward officers",
        ),
        (
            "MOPAC\n\nSome 40 volunteers are set to form a new community safety panel in Hackney.",
            "40",
            "community safety panel",
        ),
        (
            "Home Office\n\nAround 200 specialist officers will join the national "
            "counter-terrorism network next year.",
            "200",
            "counter-terrorism network",
        ),
    ],
)
def test_counted_people_joining_a_group_are_labelled_with_it(text, figure, words):
    found = [f for name, f in _figures(text).items() if name.endswith(figure)]
    assert len(found) == 1 and words in found[0].label


def test_people_who_join_nothing_named_keep_their_noun():
    text = "Met\n\n300 officers will join in the spring."
    assert _figures(text)["300"].label == "officers"


# A sum spent or invested, hung by ", with" on a noun before it: "It forms part of wider
# HM Courts and Tribunals Service estate investment, with £105 million spent during 2021
# to 2022 to transform courts".
@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Courts\n\nIt forms part of wider HM Courts and Tribunals Service estate investment, "
            "with £105 million spent during 2021 to 2022 to transform courts and tribunals.",
            "£105 million",
            ("investment", "transform courts"),
        ),
        (
            "Youth\n\nThe Mayor has expanded his youth programme, with £3m invested this year "
            "in sports clubs.",
            "£3m",
            ("youth programme", "sports clubs"),
        ),
        (
            "Met\n\nThe Met has rebuilt its custody estate, with £40m spent on new suites.",
            "£40m",
            ("custody estate", "new suites"),
        ),
    ],
)
def test_a_sum_hung_on_a_noun_by_with_is_that_nouns(text, figure, words):
    label = _figures(text)[figure].label
    assert all(w in label for w in words), label


def test_a_sum_with_no_comma_before_with_keeps_its_purpose_alone():
    text = "Met\n\nThe Met is coping with £3m spent on overtime."
    assert _figures(text)["£3m"].label == "spent on overtime"


@pytest.mark.parametrize(
    "text",
    [
        # guards: an office's name by the date is no reporter's byline
        "Met seize gun\n\n3 May 2024 - Metropolitan Police\n\nThe Met’s Specialist Crime "
        "Command have recovered a loaded handgun.",
        "Met seize gun\n\n3 May 2024 by the Met Police\n\nThe Met’s Specialist Crime "
        "Command have recovered a loaded handgun.",
    ],
)
def test_an_office_by_the_date_is_no_byline(text):
    assert parse_snippet(text).publisher == "Metropolitan Police"


@pytest.mark.parametrize(
    "text",
    [
        # guards: a change noun past a function word sizes nothing
        "Odds\n\nThere is a 50 per cent chance of a rise in rates.",
        "Met\n\nThe Met faces a £5m bill for the cut in staff.",
    ],
)
def test_a_change_noun_past_a_function_word_gives_no_direction(text):
    assert all(f.direction is None for f in snippet_stats(text))
