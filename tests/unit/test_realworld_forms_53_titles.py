"""Round 53's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_dateline_years_after_today_is_no_stated_date() -> None:
    text = (
        "Mayor announces a further fund for victims of domestic abuse\n\n"
        "Channel 9 Springfield\n\n"
        "London 7/3/2031\n\n"
        "Since the lockdown began there has been a rise in calls to the helpline."
    )
    assert stated_date(text) is None


def test_a_dated_line_within_the_year_after_today_stays_stated() -> None:
    text = (
        "Border Force seizes protected species\n\n"
        "8 January 2026\n\n"
        "Officers seized a haul of protected coral at the port."
    )
    assert stated_date(text) == "2026-01-08"


def test_a_byline_glued_to_its_published_label_states_the_date() -> None:
    text = (
        "Mayor of London announces funding for survivor support\n\n"
        "The investment will help fund housing support and therapy sessions.\n\n"
        "The Mayor says community services are a 'lifeline'\n\n"
        "Author: Jane SmithPublished 18th Mar 2025\n\n"
        "The Mayor has announced new funding for community services."
    )
    assert stated_date(text) == "2025-03-18"


def test_a_bulleted_meeting_date_field_states_the_date() -> None:
    text = (
        "Question and Answer Session: Policing (Supplementary)\n\n"
        "• Question by: Jane Doe\n"
        "• Meeting date: 03 November 2022\n"
        "Jane Doe AM: Thank you, Chair. My question is to the Commissioner.\n"
        "• Question by: John Roe\n"
        "• Meeting date: 03 November 2022\n"
        "John Roe AM: Thank you. My question is to the Mayor."
    )
    assert stated_date(text) == "2022-11-03"


def test_a_list_of_questions_of_several_meeting_dates_states_none() -> None:
    text = (
        "Search questions\n\n"
        "• Safety of night workers\n"
        "• Question by: Jane Doe\n"
        "• Meeting date: 14 November 2019\n"
        "What progress have you made on the safety of night workers?\n"
        "• Cycling enforcement\n"
        "• Question by: Jane Doe\n"
        "• Meeting date: 17 October 2019\n"
        "Will you publish the outcomes of enforcement?"
    )
    assert stated_date(text) is None


def test_a_date_field_among_a_meetings_run_on_fields_states_the_date() -> None:
    text = (
        "MINUTES\n\n"
        "Meeting: London Assembly (Plenary) Date: Wednesday 4 March 2015 Time: 10.00 am "
        "Place: Chamber, City Hall\n\n"
        "Copies of the minutes may be found at: http://www.example.gov.uk/assembly\n\n"
        "Present:\n\n"
        "Jane Doe AM (Chair)"
    )
    assert stated_date(text) == "2015-03-04"


def test_a_sentence_naming_a_date_field_is_no_run_on_field_line() -> None:
    text = (
        "Police figures\n\n"
        "Officers said the date of the meeting had moved to Thursday 19 July 2018.\n\n"
        "The meeting will be held at City Hall."
    )
    assert stated_date(text) is None


def test_lone_separators_over_a_headline_are_page_furniture() -> None:
    text = (
        "|\n||\n|\n"
        "Neighbourhood meeting update |\n"
        "||\n|\n"
        "The ward panel met yesterday evening to discuss the quarterly crime figures."
    )
    assert parse_snippet(text).title == "Neighbourhood meeting update"


def test_a_short_name_printed_twice_over_the_headline_is_a_masthead() -> None:
    text = (
        "Start reading\n"
        "The Daily Planet\n"
        "The Daily Planet\n"
        "Lifestyle\n"
        "Jane Smith\n\n"
        "Police warned of more knives as teachers fear plan to take officers from schools\n\n"
        "Teachers and pupils have expressed their fears over the plans."
    )
    assert parse_snippet(text).title == (
        "Police warned of more knives as teachers fear plan to take officers from schools"
    )


def test_a_headline_printed_twice_over_its_lead_stays_the_title() -> None:
    text = (
        "Knife Crime Summit\n\n"
        "Knife Crime Summit\n\n"
        "The Home Secretary will host a summit on knife crime at Downing Street today.\n\n"
        "Leaders of forces across the country will attend."
    )
    assert parse_snippet(text).title == "Knife Crime Summit"


def test_a_newspapers_name_with_its_editions_places_is_a_masthead() -> None:
    text = (
        "The Courier and Herald (Dundee, Perth, and Angus)\n\n"
        "Mayor blames chaos on weather\n\n"
        "Police dispute claim after temperatures boil over on day of violence\n\n"
        "-\n\n"
        "Violent clashes were probably fuelled by the hot weather, the mayor said."
    )
    assert parse_snippet(text).title == "Mayor blames chaos on weather"


def test_a_page_title_cut_short_behind_a_breadcrumb_gives_way_to_the_full_headline() -> None:
    text = (
        "Home Politics Minister Vows to Ban Long Knives After Chaos at Summer...\n\n"
        "Minister Vows to Ban Long Knives After Chaos at Summer Carnival\n\n"
        "0\n8\n\n"
        "The Prime Minister visited a police station yesterday to inspect seized knives."
    )
    assert parse_snippet(text).title == (
        "Minister Vows to Ban Long Knives After Chaos at Summer Carnival"
    )


def test_a_page_titles_site_name_cut_short_after_a_dash_is_not_the_headlines() -> None:
    text = (
        "Work of the Transport Committee in 2019-20 - London ...\n\n"
        "Page created by Jane Smith\n\n"
        "The committee holds the Mayor to account on the capital's transport."
    )
    assert parse_snippet(text).title == "Work of the Transport Committee in 2019-20"


def test_a_headline_cut_short_by_its_own_ellipsis_keeps_its_words() -> None:
    text = (
        "Commissioner says crime is falling - but warns ...\n\n"
        "The Commissioner told the committee that crime had fallen this year."
    )
    assert parse_snippet(text).title.startswith("Commissioner says crime is falling - but warns")


def test_a_lead_telling_of_an_offices_announcement_today_names_the_publisher() -> None:
    text = (
        "New support to tackle youth violence\n\n"
        "An additional fund to help communities confront youth violence was announced "
        "by the Home Office today.\n\n"
        "The support is targeted at young people at risk of becoming violent offenders."
    )
    assert parse_snippet(text).publisher == "Home Office"


def test_a_lead_telling_of_a_bodys_announcement_names_no_publisher() -> None:
    text = (
        "New support to tackle youth violence\n\n"
        "An additional fund was announced by the charity's trustees today.\n\n"
        "The support is targeted at young people at risk of becoming violent offenders."
    )
    assert parse_snippet(text).publisher is None


def test_an_assembly_page_previewing_its_committees_meeting_is_the_assemblys() -> None:
    text = (
        "Mayor of London logo London Assembly logo\n\n"
        "Policing on a reduced budget\n\n"
        "In 2013, the force launched a new strategy.\n\n"
        "Tomorrow the London Assembly Budget Committee will examine these strategies "
        "for progress and impact.\n\n"
        "The Committee will hear from senior officers."
    )
    assert parse_snippet(text).publisher == "London Assembly"
