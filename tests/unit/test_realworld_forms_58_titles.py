"""Round 58's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_an_archived_sites_banner_is_no_headline() -> None:
    text = (
        "This website is no longer maintained\n\n"
        "Bus patrols cut robbery over the half-term week\n\n"
        "March 3, 2014, 4:10 pm\n\n"
        "Officers patrolled bus routes across the borough during the half-term week."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Bus patrols cut robbery over the half-term week"
    assert stated_date(text) == "2014-03-03"


def test_a_forums_site_name_is_no_headline() -> None:
    text = (
        "Netmums forums\n\n"
        "Police warn residents about bogus water board callers\n\n"
        "(3 Posts)\n\n"
        "Police in the borough are warning residents about callers posing as officials."
    )
    assert parse_snippet(text).title == "Police warn residents about bogus water board callers"


def test_a_speeches_section_name_is_no_headline() -> None:
    text = (
        "Speeches\n\n"
        "Jane Doe – 2015 Speech at the Superintendents' Conference\n\n"
        "Below is the text of the speech made by Jane Doe at the conference.\n\n"
        "It is a pleasure to be here again this year."
    )
    assert parse_snippet(text).title == "Jane Doe – 2015 Speech at the Superintendents' Conference"


def test_a_sections_name_before_a_page_titles_headline_is_dropped() -> None:
    text = (
        "Articles - Home Secretary's statement on the summer disorder\n\n"
        "The Home Secretary has made a statement to the House on the recent disorder.\n\n"
        "With permission, I would like to make a statement."
    )
    assert parse_snippet(text).title == "Home Secretary's statement on the summer disorder"


def test_a_headline_with_a_dash_inside_keeps_its_opening() -> None:
    text = (
        "Knife crime - a call to action from London's councils\n\n"
        "Council leaders have called for more funding to tackle knife crime."
    )
    assert parse_snippet(text).title == "Knife crime - a call to action from London's councils"


def test_a_copys_metadata_date_is_no_part_of_a_run_on_headline() -> None:
    text = (
        " date 2016-04-11 Minister pressed over falling police numbers The Policing "
        "Minister was pressed on Monday over the fall in officer numbers […]\n\n"
        "The Policing Minister was pressed on Monday over the fall in officer numbers "
        "across England and Wales.\n\n"
        "Opposition members said the cuts had gone too far."
    )
    assert parse_snippet(text).title == "Minister pressed over falling police numbers"


def test_a_date_line_with_its_last_update_time_is_no_headline() -> None:
    text = (
        "BBC News - Police stations to close under new plans\n\n"
        "14 March 2012 Last updated at 09:12\n\n"
        "Share this page\n\n"
        "Police stations to close under new plans\n\n"
        "Ten police stations are to close under plans announced by the force."
    )
    assert parse_snippet(text).title == "Police stations to close under new plans"
    assert stated_date(text) == "2012-03-14"


def test_a_reports_lead_of_the_home_secretary_names_no_publisher() -> None:
    text = (
        "Home Secretary to hear from chiefs on the cost of extra patrols\n\n"
        "The home secretary has promised to argue the case of police chiefs with the "
        "treasury for more funds.\n\n"
        "Police chiefs are to give the home secretary their assessment this week."
    )
    assert parse_snippet(text).publisher is None


def test_the_home_secretary_speaking_today_is_the_home_offices_release() -> None:
    text = (
        "Home Secretary warns offenders of tougher sentences\n\n"
        "The Home Secretary today warned offenders they would face tougher sentences "
        "for carrying knives.\n\n"
        "Speaking in London, she said the law would be changed this year."
    )
    assert parse_snippet(text).publisher == "Home Office"


def test_a_ministers_statement_to_parliament_is_the_home_offices() -> None:
    text = (
        "Oral statement to Parliament\n\n"
        "Knife crime: Home Secretary's statement on the weekend's violence\n\n"
        "The Home Secretary, Jane Doe, gave this statement to the House of Commons on "
        "6 May 2019.\n\n"
        "Mr Speaker, with permission I will make a statement."
    )
    assert parse_snippet(text).publisher == "Home Office"


def test_a_transcripts_speaker_at_a_venue_is_no_publisher_but_dates_it() -> None:
    text = (
        "Jane Doe – 2014 Speech to the Superintendents' Association\n\n"
        "Below is the text of the speech made by Jane Doe, the Home Secretary, at the "
        "Superintendents' Association Conference on 9 September 2014.\n\n"
        "It is a pleasure to be here again this year."
    )
    parsed = parse_snippet(text)
    assert parsed.publisher is None
    assert stated_date(text) == "2014-09-09"


def test_a_statement_made_by_an_office_on_a_day_is_its_release() -> None:
    text = (
        "Statement on the verdict\n\n"
        "The statement made by the Home Office on 2 June 2022.\n\n"
        "We welcome the verdict and our thoughts are with the family."
    )
    parsed = parse_snippet(text)
    assert parsed.publisher == "Home Office"
    assert stated_date(text) == "2022-06-02"


def test_a_debates_heading_naming_an_office_is_its_headline_not_its_site() -> None:
    text = (
        "Home Office\n\n"
        "(Limited Text - Ministerial Extracts only)\n\n"
        "Read Full debate\n"
        "Tuesday 4th March 2014\n\n"
        "Westminster Hall\n\n"
        "It is a pleasure to serve under your chairmanship, Mr Hollobone."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Home Office"
    assert parsed.publisher is None
    assert stated_date(text) == "2014-03-04"


def test_a_debates_short_heading_over_its_extracts_note_is_the_headline() -> None:
    text = (
        "Police Reform\n\n"
        "(Limited Text - Ministerial Extracts only)\n\n"
        "Read Full debate\n"
        "Thursday 12th March 2015\n\n"
        "Written Statements\n"
        "Read Hansard Text\n"
        "Jane Doe Portrait The Secretary of State for the Home Department (Jane Doe)\n\n"
        "When I became Home Secretary I began a programme of police reform."
    )
    assert parse_snippet(text).title == "Police Reform"


def test_a_member_chairing_a_body_known_by_its_initials_is_no_assembly_cue() -> None:
    text = (
        "A long committee meeting this afternoon turned to the cost of kennelling dogs.\n\n"
        "It was agreed that Jane Doe AM, Chair of the MPA, would write to the Home "
        "Secretary about the cost."
    )
    assert parse_snippet(text).publisher is None


def test_a_member_chairing_an_assembly_committee_is_an_assembly_cue() -> None:
    text = (
        "Committee calls for review of police station closures\n\n"
        "The committee has written to the Mayor about the closures.\n\n"
        "Jane Doe AM, Chair of the Police and Crime Committee, said: “Londoners deserve "
        "answers.”"
    )
    assert parse_snippet(text).publisher == "London Assembly"


def test_a_forum_posts_stamp_under_the_thread_title_is_its_date() -> None:
    text = (
        "Netmums forums\n\n"
        "Police warn residents about bogus water board callers\n\n"
        "(2 Posts)\n"
        "boroughpolice Tue 03-Mar-15 09:14:05\n\n"
        "Police in the borough are warning residents about callers posing as officials."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Police warn residents about bogus water board callers"
    assert stated_date(text) == "2015-03-03"


def test_a_byline_date_with_a_two_digit_year_still_needs_its_time() -> None:
    text = (
        "Police warn residents about bogus callers\n\n"
        "Jane Doe Tue 03-Mar-15\n\n"
        "Police in the borough are warning residents about callers posing as officials."
    )
    assert stated_date(text) is None


def test_a_welsh_pages_answered_line_gives_its_date() -> None:
    text = (
        "Street lighting in London (2)\n\n"
        "Questions to the Mayor of London – answered am ar 14 Chwefror 2023.\n\n"
        "Danfonwch hysbysiad imi am ddadleuon fel hyn\n\n"
        "How much have you spent on street lighting since you became Mayor?"
    )
    assert parse_snippet(text).title == "Street lighting in London (2)"
    assert stated_date(text) == "2023-02-14"


def test_an_answered_line_with_an_unknown_month_gives_no_date() -> None:
    text = (
        "Street lighting in London (2)\n\n"
        "Questions to the Mayor of London – answered am ar 14 Brumaire 2023.\n\n"
        "How much have you spent on street lighting since you became Mayor?"
    )
    assert stated_date(text) is None
