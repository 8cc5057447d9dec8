"""Round 55's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_decisions_directorate_field_is_no_headline() -> None:
    text = (
        "Key information\n"
        "Directorate: Housing and Land\n"
        "Reference code: PCD 2210\n"
        "Date signed:\n"
        "Decision by: Jane Doe, Deputy Mayor, Policing and Crime\n"
        "PCD 2210 Youth Diversion Scheme Renewal\n"
        "PCD 2210 Youth Diversion Scheme Renewal\n"
        "Executive Summary:\n"
        "This decision seeks approval to renew the youth diversion scheme for a year."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "PCD 2210 Youth Diversion Scheme Renewal"
    assert all("Directorate" not in block.text for block in parsed.blocks)


def test_a_statement_from_an_office_on_a_subject_names_its_publisher() -> None:
    text = (
        "Statement from the Mayor of London on the policing review\n\n"
        "3 March 2012\n\n"
        "A spokesperson for the Mayor of London said: 'The Mayor has met the "
        "Commissioner and welcomes the review.'"
    )
    assert parse_snippet(text).publisher == "Mayor of London"


def test_a_statement_from_a_named_officer_on_a_subject_names_no_office() -> None:
    text = (
        "Statement from Chief Superintendent Jane Doe on the Brixton vigil\n\n"
        "3 March 2012\n\n"
        "Chief Superintendent Jane Doe said: 'We thank everyone who attended.'"
    )
    assert parse_snippet(text).publisher is None


def test_a_letter_from_an_office_on_a_subject_names_no_publisher() -> None:
    text = (
        "Letter from the Home Secretary on tackling knife crime\n\n"
        "I have received the following letter from the Home Secretary.\n\n"
        "Dear colleague, I am writing to set out the steps we are taking."
    )
    assert parse_snippet(text).publisher is None


def test_a_newsroom_items_caption_over_its_lead_hides_no_cue() -> None:
    text = (
        "Skip to main content\n\n"
        "Statement on the Met's response to knife crime\n\n"
        "News • Mar 3, 2020 10:15 GMT\n\n"
        "Commander John Smith\n\n"
        "The Met is determined to reduce knife crime in every borough of London.\n\n"
        "Officers have carried out hundreds of weapons sweeps this year."
    )
    assert parse_snippet(text).publisher == "Metropolitan Police"


def test_a_newsroom_items_short_sentence_lead_is_read_as_the_lead() -> None:
    text = (
        "Skip to main content\n\n"
        "Weapons sweep in Lewisham\n\n"
        "News • Mar 3, 2020 10:15 GMT\n\n"
        "Officers searched the park on Tuesday.\n\n"
        "The Met is determined to reduce knife crime in every borough of London."
    )
    assert parse_snippet(text).publisher is None


def test_a_decisions_reference_date_and_signer_on_one_line_state_its_date() -> None:
    text = (
        "Custody Healthcare Contract\n\n"
        "PCD 812 3 June 2020 Jane Doe, Deputy Mayor, Policing and Crime\n\n"
        "Executive summary\n\n"
        "This decision approves the award of the custody healthcare contract."
    )
    assert stated_date(text) == "2020-06-03"


def test_a_sentence_opening_on_a_date_is_no_decisions_line() -> None:
    text = (
        "Custody Healthcare Contract\n\n"
        "On 3 June 2020 Jane Doe, the Deputy Mayor, approved the contract.\n\n"
        "The contract runs for three years."
    )
    assert stated_date(text) is None


def test_a_blogs_marked_date_heading_under_its_blurb_states_the_date() -> None:
    text = (
        "Lobby Notes...\n\n"
        "Every morning the Prime Minister's Spokesman briefs a group of political "
        "journalists on the day's news.\n\n"
        "Lobby Notes... is an independent site that lets you read short summaries of "
        "those briefings.\n\n"
        "» Tuesday, March 5, 2013\n\n"
        "Asked about police numbers, the PMS said that the figures spoke for themselves."
    )
    assert stated_date(text) == "2013-03-05"


def test_a_listing_of_dated_items_states_no_date_of_its_own() -> None:
    text = (
        "4 May 2016\n\n"
        "The evaluation of the youth mentoring pilot sets out what worked and what did not.\n\n"
        "21 April 2016\n\n"
        "A summary of the responses to the consultation on neighbourhood policing.\n\n"
        "9 March 2016\n\n"
        "Guidance for community groups applying for crime prevention grants."
    )
    assert stated_date(text) is None


def test_a_date_line_over_a_headline_with_one_update_line_is_still_stated() -> None:
    text = (
        "4 May 2016\n\n"
        "Mentoring pilot extended to four more boroughs\n\n"
        "The youth mentoring pilot will run in four more boroughs from June.\n\n"
        "Updated 6 May 2016"
    )
    assert stated_date(text) == "2016-05-04"


def test_a_headline_of_the_assembly_acting_under_the_shared_logo_line_is_the_assemblys() -> None:
    text = (
        "Skip to main content\n"
        "Mayor of London logo London Assembly logo\n"
        "Home\n\n"
        "London Assembly responds to the Mayor's draft policing plan\n\n"
        "The Police and Crime Committee has responded to the draft plan, asking how "
        "neighbourhood teams will be kept at full strength."
    )
    assert parse_snippet(text).publisher == "London Assembly"


def test_a_mayors_headline_under_the_shared_logo_line_stays_the_mayors() -> None:
    text = (
        "Skip to main content\n"
        "Mayor of London logo London Assembly logo\n"
        "Home\n\n"
        "Mayor responds to the policing review\n\n"
        "The Mayor has welcomed the review of neighbourhood policing in London."
    )
    assert parse_snippet(text).publisher == "Mayor of London"
