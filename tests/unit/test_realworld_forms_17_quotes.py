"""Forms found in the spent sixteenth blind batch (tests/blind16, round 17) for quotes,
speakers, titles, dates and publishers, each fixed as a class: the batch's own case in our
own words and others of the same class written in the styles of other real publishers
(Met, GOV.UK, Home Office, No 10, news sites, member bodies), with guard cases that must
not change. A wrong name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date

# ------------------------------------------------------------------ titles and dates


# A site builder's blog prints the date with the reading time glued to the year
# ("9/23/20242 min read"); others print it after a separator: the date is stated.
@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("10/14/20243 min read", "2024-10-14"),  # the batch's own form, glued
        ("October 14, 2024 · 3 min read", "2024-10-14"),  # a blog platform's style
        ("14 October 2024 5 minute read", "2024-10-14"),
    ],
)
def test_a_date_line_with_its_reading_time(line, when):
    text = f"Council warns of scam calls\n\n{line}\n\nResidents have been warned about calls."
    assert str(stated_date(text)) == when


def test_a_reading_list_after_a_date_is_no_reading_time():
    text = (
        "Council warns of scam calls\n\n14 October 2024 3 min reading list\n\n"
        "Residents have been warned about calls."
    )
    assert stated_date(text) is None


# A reporter's byline with a social handle glued to the date under it, below a photo's
# caption and its credit line: the date is stated.
@pytest.mark.parametrize(
    "credit",
    ["Jane Smith/PA Wire", "Alex Brown/Getty Images", "PA Archive"],
)
def test_a_byline_handle_glued_to_its_date_under_a_photo_credit(credit):
    text = (
        "Mayor sets out plan for new bus routes\n\n"
        "The plan will add routes in outer boroughs over two years\n\n"
        "The Mayor at a bus garage\n\nThe Mayor at a bus garage\n\n"
        f"{credit}\n\nSam Taylor @SamTaylorNews3 March 2024\n\n"
        "The Mayor on Tuesday set out a plan for new bus routes in outer London."
    )
    assert str(stated_date(text)) == "2024-03-03"


def test_a_lone_handle_glued_to_a_date_is_no_byline():
    from briefing.parse.dates import glued_byline_date

    assert glued_byline_date("@SamTaylorNews3 March 2024") is None
    assert str(glued_byline_date("Sam Taylor @samtaylor3 March 2024")) == "2024-03-03"


# A page's stamp, headline and standfirst run on one line with no stop at the end, the
# standfirst repeated as a later paragraph (not the first): the words before it are the title.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's form: a news site's stamp, the standfirst second in the body
            "5 March 2024 09:30 Constable sacked after gross misconduct hearing A panel "
            "found that in 2021 the constable had shared a colleague's details online\n\n"
            "A constable has been sacked without notice.\n\n"
            "A panel found that in 2021 the constable had shared a colleague's details "
            "online.\n\nThe hearing ended on Friday.",
            "Constable sacked after gross misconduct hearing",
        ),
        (  # no stamp: a headline and its standfirst on one line, the standfirst first
            "Council approves new cycle lanes for town centre Work on the new lanes will "
            "start in the spring and take six months\n\n"
            "Work on the new lanes will start in the spring and take six months.\n\n"
            "The council voted on Monday.",
            "Council approves new cycle lanes for town centre",
        ),
    ],
)
def test_a_headline_run_on_into_an_unstopped_standfirst(text, title):
    assert parse_snippet(text).title == title


def test_a_headline_whose_words_open_no_later_paragraph_stays_whole():
    text = (
        "Constable sacked after gross misconduct hearing in the north of the county\n\n"
        "A constable has been sacked without notice.\n\nThe hearing ended on Friday."
    )
    assert parse_snippet(text).title == (
        "Constable sacked after gross misconduct hearing in the north of the county"
    )


# ------------------------------------------------------------------ quotes and speakers

SPEECH = "Every town will have more officers on its streets by the end of the year."


# An announcement gives the speaker's words ahead of the speech: "will say:", "’ll say:",
# "is expected to say:". The quote is found; a pronoun's speaker is not guessed from a
# title alone.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Prime Minister will say:", "Prime Minister"),  # No 10's own form
        ("Home Secretary Jane Doe is expected to say:", "Jane Doe"),  # a newspaper's
        ("The Home Secretary will add:", "Home Secretary"),
    ],
)
def test_words_given_ahead_of_a_speech(lead, speaker):
    text = f"Police plan\n\n{lead} “{SPEECH}”\n\nMore follows."
    assert snippet_quotes(text) == [(speaker, SPEECH)]


def test_a_pronoun_contracted_before_a_future_speech_verb():
    # the batch's form: "He’ll say:" after a paragraph naming only the office
    text = (
        "Police plan\n\nThe Prime Minister will set out the plan today.\n\n"
        f"He’ll pay for it by cutting waste. He’ll say: “{SPEECH}”\n\nMore follows."
    )
    assert [quote for _, quote in snippet_quotes(text)] == [SPEECH]


def test_a_future_plan_is_no_speech_verb():
    # "will set out:" is not speaking: no quote is made of a list's heading
    text = f"Police plan\n\nThe council will publish: “{SPEECH}”\n\nMore follows."
    assert snippet_quotes(text) == []
