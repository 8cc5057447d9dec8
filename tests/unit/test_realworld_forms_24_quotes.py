"""Quote, speaker, title, date and publisher forms found in the blind21 batch (round
24), each fixed as a class and shown here on text written for the test."""

from tests_support import snippet_quotes

from briefing.parse.release import parse_release


def test_a_quote_attributed_after_it_at_a_long_described_occasion():
    text = (
        "Mayor urges unity\n\n"
        "Sadiq Khan has urged Londoners to stand together.\n\n"
        "“We know that tensions abroad often lead to more hate crime here in London,” "
        "Mr Khan said at an event bringing together the groups that work every day to "
        "combat hate crime and extremism.\n"
    )
    assert snippet_quotes(text) == [
        (
            "Sadiq Khan",
            "We know that tensions abroad often lead to more hate crime here in London.",
        )
    ]


def test_speech_after_a_quoted_heading_is_not_the_headings_passage():
    text = (
        "Mayor urges unity\n\n"
        "Sadiq Khan has urged Londoners to stand together.\n\n"
        "“We know that tensions abroad often lead to more hate crime here,” Mr Khan said.\n\n"
        "‘Shameful and unacceptable’\n\n"
        "“I’m appealing to Londoners to look out for their neighbours.\n\n"
        "“I’m determined to keep working with faith leaders to keep everyone safe.”\n"
    )
    assert snippet_quotes(text)[1] == (
        "Sadiq Khan",
        "I’m appealing to Londoners to look out for their neighbours.\n\n"
        "I’m determined to keep working with faith leaders to keep everyone safe.",
    )


def test_the_person_named_before_who_said_speaks_not_the_sentences_subject():
    text = (
        "Branch welcomes pledge\n\n"
        "The Minister promised more support for officers.\n\n"
        "Her promise was welcomed by the county branch secretary Jane Doyle who said: "
        "“It is important that our members know they have support.\n\n"
        "“We hope this is made clear in the plans.”\n"
    )
    assert snippet_quotes(text)[0][0] == "Jane Doyle"


def test_who_said_after_no_full_name_gives_no_speaker():
    text = (
        "Branch welcomes pledge\n\n"
        "The promise was welcomed by the Branch Secretary who said: "
        "“It is important that our members know they have support.”\n"
    )
    assert snippet_quotes(text) == [
        (None, "It is important that our members know they have support.")
    ]


def test_an_office_is_the_person_named_with_it_as_a_possessive():
    text = (
        "Branch welcomes pledge\n\n"
        "The branch has welcomed Home Secretary Jane Doyle’s promise to put officers first.\n\n"
        "The Home Secretary said: “I am determined that the police have the support they "
        "need.”\n"
    )
    assert snippet_quotes(text)[0][0] == "Jane Doyle"


def test_a_scare_quote_then_adding_gives_the_words_to_the_sentences_subject():
    text = (
        "Covenant board meets\n\n"
        "The board met for the first time this week.\n\n"
        "Federation national chair Tom Keane described the meeting as an “important step "
        "forward”, adding: “The covenant is something I believe in passionately.\n\n"
        "“We have worked long and hard for it.”\n"
    )
    assert snippet_quotes(text) == [
        (
            "Tom Keane",
            "The covenant is something I believe in passionately.\n\n"
            "We have worked long and hard for it.",
        )
    ]


def test_a_scare_quote_then_adding_after_no_one_named_gives_no_speaker():
    text = (
        "Covenant board meets\n\n"
        "The board described the meeting as an “important step forward”, adding: "
        "“The covenant is something we believe in passionately.”\n"
    )
    assert snippet_quotes(text) == [(None, "The covenant is something we believe in passionately.")]


def test_an_adverb_before_the_verb_is_no_part_of_the_speaker_of_a_statement():
    text = (
        "Officers target illegal working\n\n"
        "Officers made dozens of arrests in a day of action across the country.\n\n"
        "Home Secretary, Jane Doyle recently said:\n\n"
        "Illegal working harms our communities and cheats honest workers. "
        "We will not stand for it.\n"
    )
    assert snippet_quotes(text) == [
        (
            "Jane Doyle",
            "Illegal working harms our communities and cheats honest workers. "
            "We will not stand for it.",
        )
    ]


def test_a_weather_widgets_place_may_have_small_words_and_its_clock_is_no_date():
    text = (
        "16.2 C\n"
        "Stratton on the Water\n"
        "Thursday, July 25, 2024\n\n"
        "Mayor urges Londoners to report hate crimes\n\n"
        "The Mayor has urged Londoners to report hate crimes to the police.\n"
    )
    release = parse_release(text)
    assert (release.title, release.date_estimated) == (
        "Mayor urges Londoners to report hate crimes",
        False,
    )
    assert release.date is None


def test_run_together_navigation_cut_off_by_an_ellipsis_is_not_the_title():
    text = (
        "HomeLocal NewsMayor urges Londoners to report hate...\n\n"
        "Mayor urges Londoners to report hate crimes\n\n"
        "The Mayor has urged Londoners to report hate crimes to the police.\n"
    )
    assert parse_release(text).title == "Mayor urges Londoners to report hate crimes"


def test_a_bodys_name_over_a_headline_and_a_standfirst_with_no_stop_is_not_the_title():
    text = (
        "Prison Federation\n\n"
        "Minister hosts reception for officers nominated for bravery awards\n\n"
        "The Minister hosted a reception for the nominees\n\n"
        "18 July 2019\n\n"
        "The Minister today hosted a reception for some of the bravest officers.\n"
    )
    assert parse_release(text).title == (
        "Minister hosts reception for officers nominated for bravery awards"
    )


def test_the_issuing_offices_name_alone_under_the_headline_names_the_publisher():
    text = (
        "Speech: Home Secretary's statement on the disorder\n\n"
        "Home Office\n\n"
        "1 August 2024\n\n"
        "This week we have seen violence on our streets.\n"
    )
    release = parse_release(text)
    assert (release.title, release.publisher) == (
        "Speech: Home Secretary's statement on the disorder",
        "Home Office",
    )


def test_a_date_stamp_over_two_lines_with_its_time_is_the_stated_date():
    text = (
        "Speech: Home Secretary's statement on the disorder\n\n"
        "March 3\n"
        "09:15 2023\n\n"
        "This week we have seen violence on our streets.\n"
    )
    release = parse_release(text)
    assert (release.date, release.date_estimated) == ("2023-03-03", False)


def test_a_day_and_month_over_a_line_not_a_time_and_year_is_no_date():
    text = (
        "Speech: Home Secretary's statement on the disorder\n\n"
        "March 3\n"
        "Officers 2023\n\n"
        "This week we have seen violence on our streets.\n"
    )
    assert parse_release(text).date is None


def test_a_written_statements_made_on_line_states_the_date():
    text = (
        "Police Grants (Allocations)\n\n"
        "Home Department written statement – made on 3rd June 2011.\n\n"
        "I am today confirming the police grant for this year, agreed in May 2011.\n"
    )
    release = parse_release(text)
    assert (release.date, release.date_estimated, release.publisher) == (
        "2011-06-03",
        False,
        None,
    )


def test_a_newsroom_item_whose_headline_opens_on_the_met_is_the_mets():
    text = (
        "News -\n"
        "Met sets out plans for policing the summer festival\n"
        "Thousands of officers will be on duty this weekend as the festival returns.\n"
    )
    assert parse_release(text).publisher == "Metropolitan Police"


def test_a_newsroom_item_whose_headline_reports_what_the_met_said_is_not_the_mets():
    text = (
        "News -\n"
        "Met said to be reviewing its plans for the summer festival\n"
        "Thousands of officers will be on duty this weekend as the festival returns.\n"
    )
    assert parse_release(text).publisher is None
