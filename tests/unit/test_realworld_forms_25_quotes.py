"""Quote, speaker, title, date and publisher forms found in the blind22 batch (round
25), each fixed as a class and shown here on text written for the test."""

from tests_support import snippet_quotes

from briefing.parse.release import parse_release


def test_he_said_after_a_name_whose_post_lacks_its_closing_comma():
    text = (
        "New powers for police\n\n"
        "John Porter, minister for crime prevention said the changes would cut red tape.\n\n"
        "“We are determined to free officers from needless paperwork,” he said.\n\n"
        "“By dropping the form, we are giving forces the flexibility they asked for.”\n"
    )
    assert snippet_quotes(text) == [
        (
            "John Porter",
            "We are determined to free officers from needless paperwork.\n\n"
            "By dropping the form, we are giving forces the flexibility they asked for.",
        )
    ]


def test_a_place_before_a_comma_is_no_speaker_with_a_post():
    # "In London, officers said": no one named in full speaks, so "he" is no one
    text = (
        "New powers for police\n\n"
        "In London, officers said the changes would cut red tape.\n\n"
        "“We are determined to free officers from needless paperwork,” he said.\n"
    )
    assert snippet_quotes(text) == []


def test_a_clause_quoted_to_finish_the_sentence_attributed_after_it():
    text = (
        "Review of rape cases\n\n"
        "Victims felt let down by the process, the review showed.\n\n"
        "Cases were dropped because “officers may be unwittingly swaying the confidence "
        "and choices of victims,” said Mary Lane, the city’s victims’ commissioner.\n"
    )
    assert snippet_quotes(text) == [
        (
            "Mary Lane",
            "officers may be unwittingly swaying the confidence and choices of victims.",
        )
    ]


def test_a_short_phrase_quoted_mid_sentence_stays_no_ones():
    text = (
        "Review of rape cases\n\n"
        "Mary Lane is the city’s victims’ commissioner.\n\n"
        "Cases were dropped in “worrying numbers,” said Mary Lane.\n"
    )
    assert snippet_quotes(text) == []


def test_first_person_words_are_not_carried_past_someone_elses_quote():
    text = (
        "Review of rape cases\n\n"
        "Cases were dropped because “officers may be unwittingly swaying the confidence "
        "and choices of victims,” said Mary Lane, the city’s victims’ commissioner.\n\n"
        "“They did not believe me and they questioned my lifestyle and my friends,” "
        "the victim said in the report.\n\n"
        "“I felt worse for months than I did before I ever went to the police station.”\n"
    )
    assert [speaker for speaker, _ in snippet_quotes(text)] == ["Mary Lane"]


PRESS_BUREAU_PAGE = (
    "..Call the 24hr Press Bureau on 020 0000 0000 ... See 'Contacts' below for other "
    "press desks ... Please do not publish links to this page\n"
    ".......... MPS Home /// Press Bureau Index Page\n"
    "  Notes to Editors  \n\n"
    "Officers stop car thieves on roads out of the capital\n\n"
    "Car crime has risen this year, although crime overall is down.\n\n"
    "The material on this page is for media organisations only.\n\n"
    "This page was last updated on\n"
    "12-Mar-2014 10:05\n\n"
    "Around 300 officers are targeting vehicle thieves on main roads today.\n"
)


def test_a_press_offices_notice_and_breadcrumb_are_not_the_title():
    assert parse_release(PRESS_BUREAU_PAGE).title == (
        "Officers stop car thieves on roads out of the capital"
    )


def test_a_pages_last_updated_stamp_over_its_date_is_the_stated_date():
    assert str(parse_release(PRESS_BUREAU_PAGE).date) == "2014-03-12"


def test_the_site_named_at_its_breadcrumbs_root_is_the_publisher():
    assert parse_release(PRESS_BUREAU_PAGE).publisher == "Metropolitan Police"


def test_a_breadcrumb_rooted_at_no_office_names_no_publisher():
    page = PRESS_BUREAU_PAGE.replace("MPS Home", "Local News Home").replace("Press Bureau", "Desk")
    assert parse_release(page).publisher is None


def test_a_short_headline_over_a_byline_under_a_section_label():
    text = (
        "Vertical Markets\n\n"
        "Safer travel week\n\n"
        "by Jane Smith\n\n"
        "Passengers are being reminded to report any harassment they see while travelling.\n"
    )
    assert parse_release(text).title == "Safer travel week"


def test_a_section_label_with_no_byline_under_its_headline_stays_as_before():
    text = (
        "Politics\n\n"
        "Boris Johnson nearly halfway to his police recruitment target\n\n"
        "The government has recruited more than 8,000 extra officers so far.\n"
    )
    assert (
        parse_release(text).title == "Boris Johnson nearly halfway to his police recruitment target"
    )


def test_a_standfirst_printed_twice_under_the_headline_is_not_the_headline():
    standfirst = (
        "Jane Smith is understood to have said that there is no doubt that patrols in the "
        "right places have acted as a deterrent to disorder"
    )
    text = (
        "Minister tells police to stay on 'high alert'\n\n"
        f"{standfirst}\n\n{standfirst}\n\n"
        "The minister has told an emergency meeting that police need to remain alert.\n\n"
        "Jane Smith is understood to have said that there is no doubt that patrols in the "
        "right places and swift justice have deterred disorder.\n"
    )
    assert parse_release(text).title == "Minister tells police to stay on 'high alert'"


def test_a_tagline_over_a_headline_printed_twice_is_still_the_sites():
    headline = "Officers seize drugs worth millions in raids across the city"
    text = (
        "News for the north of the city — fighting your corner\n\n"
        f"{headline}\n\n{headline}\n\n"
        "Officers seize drugs worth millions in raids across the city, police said today.\n"
    )
    assert parse_release(text).title == headline


TRADE_PAPER_COPY = (
    "Assembly committee flags up concerns over policing a night-time transport system\n\n"
    "Crime on the night service will need to be 'robustly monitored'\n\n"
    "Mark Jones\n"
    "10 March 2016\n\n"
    "The operation of the night service will have to be monitored, advises the London "
    "Assembly’s Police and Crime Committee.\n\n"
    "Jane Smith AM, chair of the Police and Crime Committee, said: “London has one of "
    "the largest transport systems in the world.”\n"
)


def test_a_reporters_name_alone_over_the_date_marks_a_news_sites_copy():
    parsed = parse_release(TRADE_PAPER_COPY)
    assert (str(parsed.date), parsed.publisher) == ("2016-03-10", None)


def test_the_assemblys_own_page_with_no_reporter_is_still_its_own():
    parsed = parse_release(TRADE_PAPER_COPY.replace("Mark Jones\n", ""))
    assert (str(parsed.date), parsed.publisher) == ("2016-03-10", "London Assembly")


def test_a_sites_line_about_itself_wrapped_over_two_lines_is_not_the_title():
    text = (
        "TransitDaily features news, opinion and analysis from the transport policy;\n"
        "passenger transport; urban development & parking industries.\n\n" + TRADE_PAPER_COPY
    )
    parsed = parse_release(text)
    assert (parsed.title, str(parsed.date)) == (
        "Assembly committee flags up concerns over policing a night-time transport system",
        "2016-03-10",
    )
