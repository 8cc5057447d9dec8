"""Forms found in the spent fourth held-out batch (tests/blind4, issue 13, round 4),
each on the release's own words."""

from __future__ import annotations

from datetime import date

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


def test_a_site_name_over_the_page_is_its_publisher_not_its_title():
    text = (
        "Home Office\n"
        "Printable version E-mail this to a friend\n\n"
        "Home Secretary statement on annual crime statistics\n\n"
        "Home Secretary statement on annual crime statistics\n\n"
        "News Release issued by the Government News Network on 16 July 2009\n \n"
        "Home Secretary Alan Johnson said:\n\n"
        "“The latest crime statistics are encouraging.”"
    )
    parsed = _parse(text)
    assert parsed.title == "Home Secretary statement on annual crime statistics"
    assert parsed.publisher == "Home Office"
    assert (parsed.date, parsed.date_estimated) == ("2009-07-16", False)


def test_a_headline_naming_the_office_responding_names_the_publisher():
    text = (
        "Home Office response to Crime Survey for England and Wales\n"
        "Jeremy Browne's response to the latest Crime Survey for England and Wales\n"
        "Responding to today’s Crime Survey for England and Wales, Crime Prevention minister "
        "Jeremy Browne, said: ‘Crime continues to fall under this government.’"
    )
    assert _parse(text).publisher == "Home Office"


def test_a_number_10_press_briefing_headline_names_the_publisher():
    text = (
        "Press release\n\n"
        "Number 10 Press Briefing - Morning From 26 July 2010\n\n"
        "Briefing by the Prime Minister's Spokesman on: Policing White Paper.\n\n"
        "Asked if there would be a leak inquiry, the PMS said no."
    )
    assert _parse(text).publisher == "Prime Minister's Office"


def test_an_assembly_members_news_page_is_the_assemblys_under_both_logos():
    text = (
        "Skip to main content\n"
        "Mayor of London logo London Assembly logo\n"
        "Home\n\n"
        "News from Unmesh Desai: Unmesh Desai meets with the Commissioner of the City of "
        "London Police\n\n"
        "Unmesh Desai AM with Ian Dyson\n"
        "Created on\n"
        "28 May 2019\n\n"
        "On Thursday, local London Assembly Member, Unmesh Desai AM, met with the Commissioner."
    )
    parsed = _parse(text)
    assert parsed.publisher == "London Assembly"
    assert (parsed.date, parsed.date_estimated) == ("2019-05-28", False)
    assert all(b.text != "28 May 2019" for b in parsed.blocks)


def test_the_mayor_speaking_does_not_make_a_copy_the_mayors_release():
    text = (
        "Mayor of London Boris Johnson stands down as Chair of the Metropolitan Police "
        "Authority\n\n"
        "Wednesday, 27 January, 2010\n\n"
        "The Mayor of London Boris Johnson today stood down as Chair of the MPA.\n\n"
        "The Mayor said:\n"
        '"I am very proud of what we have achieved."'
    )
    assert _parse(text).publisher is None


def test_an_office_named_below_the_lead_is_not_the_publisher():
    text = (
        "Mayor takes charge of funding to support the capital’s crime victims\n\n"
        "01 October 2014\n\n"
        "The Mayor Boris Johnson has pledged to transform the way victims of crime are helped.\n\n"
        "While crime in London is falling, there are still over 50,000 crimes each month.\n\n"
        "The Mayor’s Office for Policing And Crime (MOPAC) will take on the funding."
    )
    assert _parse(text).publisher is None


def test_a_newspapers_met_cops_lead_is_not_the_mets_release():
    text = (
        "More arrests made in relation to Whitehall violence\n"
        "Met cops have made 10 more arrests as the policing response continues.\n"
    )
    assert _parse(text).publisher is None


def test_a_copy_quoting_the_mayor_without_a_dated_page_is_no_ones_release():
    text = (
        "Mayor of London to invest almost £50m additional funding to reduce crime\n\n"
        "A new investment package of almost £50m has been announced by the Mayor of London.\n\n"
        "The Mayor of London, Sadiq Khan, said:\n"
        "“This is a crisis.”"
    )
    assert _parse(text).publisher is None


def test_a_headline_ending_in_its_date_states_the_date_and_number_10_is_no_figure():
    text = (
        "Press release\n\n"
        "Number 10 Press Briefing - Morning From 26 July 2010\n\n"
        "Briefing by the Prime Minister's Spokesman on: Policing White Paper.\n\n"
        "Asked about elected Police Commissioners within two years, the PMS said the position "
        "was well known."
    )
    parsed = _parse(text)
    assert (parsed.date, parsed.date_estimated) == ("2010-07-26", False)
    assert [s.text for s in extract_stats(parsed.blocks)] == []


def test_the_mayor_is_the_mayor_the_release_names_not_always_sadiq_khan():
    text = (
        "Mayor of London Boris Johnson stands down as Chair of the Metropolitan Police "
        "Authority\n\n"
        "Wednesday, 27 January, 2010\n\n"
        "The Mayor of London Boris Johnson today stood down as Chair of the Metropolitan Police "
        "Authority (MPA). The Mayor has nominated his Deputy Mayor for Policing Kit Malthouse "
        "as Chair of the MPA.\n\n"
        "The Mayor said:\n"
        '"During my time as Chair of the MPA we have cut crime."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Boris Johnson"]


def test_a_member_whose_surname_is_a_place_word_with_a_relative_clause():
    text = (
        "The London Assembly has today agreed a motion.\n"
        "Susan Hall AM, who proposed the motion, said:\n"
        '"The latest PEEL assessment highlighted shocking failings within the Metropolitan '
        'Police Service."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Susan Hall"]


def test_a_small_count_in_words_before_its_plural_noun_is_a_figure():
    stats = _stats(
        "Headline here\n\n"
        "In April seven forces started a trial with relaxed conditions.\n\n"
        "The Inspectorate found zero of the nine areas assessed rated as Good.\n\n"
        "The Stabilisation Unit currently has two staff deployed in Port-au-Prince."
    )
    assert [(s.value, s.label) for s in stats] == [(7, "forces"), (9, "areas"), (2, "staff")]


def test_spans_of_time_places_and_the_people_in_an_incident_are_not_word_counts():
    stats = _stats(
        "Headline here\n\n"
        "The recruitment will be completed over the next three years.\n\n"
        "Officers visited Seven Kings Skate Park.\n\n"
        "Officers detained two men and four suspects were arrested."
    )
    assert stats == []


def test_a_change_in_apposition_takes_the_previous_clauses_subject():
    stats = _stats(
        "Headline here\n\n"
        "Crime Prevention minister Jeremy Browne, said: ‘Crime continues to fall under this "
        "government, down eight per cent in the year ending September 2012.’"
    )
    assert [(s.value, s.label) for s in stats] == [(8, "Crime")]


def test_overall_before_a_noun_is_part_of_the_label():
    stats = _stats("Headline here\n\n“Since 1997 overall crime has fallen by 36 per cent.”")
    assert [(s.value, s.label) for s in stats] == [(36, "overall crime")]


def test_a_parenthesised_share_names_its_own_whole():
    stats = _stats(
        "Headline here\n\n"
        "This includes £2.36m secured to redress the imbalance created by London’s funding "
        "allocation being based on how many people live in the capital (15 per cent of the "
        "population of England and Wales) rather than its 25 per cent of referrals."
    )
    assert (15, "population of England and Wales") in [(s.value, s.label) for s in stats]


def test_circa_abbreviated_and_glued_to_the_number():
    stats = _stats("Headline here\n\n- A c.10% decrease in Anti-Social Behaviour calls")
    assert [(s.text, s.value, s.qualifier, s.label) for s in stats] == [
        ("c.10% decrease", 10, "around", "Anti-Social Behaviour calls")
    ]  # what fell, capitalised, is no place the figure is about
