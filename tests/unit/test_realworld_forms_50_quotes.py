"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 70 and
71 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers, stated_date

_HEAD = "Depot plan announced\n\n"
_SPEECH = "“The production of drugs is a key driver of serious violence in our streets.”"


# A name before "of" heads the phrase: the capitalised unit after it is where the person
# works, never a second name; a post before "of" holds no name, and is read as before.
@pytest.mark.parametrize(
    "who, speakers",
    [
        ("Detective Inspector Jane Doe of the North Area Command Drugs Focus Desk", ["Jane Doe"]),
        ("Sergeant Jane Doe from the Roads Policing Unit Traffic Desk", ["Jane Doe"]),
        ("Jane Doe of the North Area Command Drugs Focus Desk", ["Jane Doe"]),
        ("Chair of the Transport Committee Jane Doe", ["Jane Doe"]),
        ("Royal Borough of Kensington and Chelsea leader Jane Doe", ["Jane Doe"]),
    ],
)
def test_a_unit_after_a_name_is_not_the_speaker(who: str, speakers: list[str]) -> None:
    assert snippet_speakers(f"{_HEAD}{who} said: {_SPEECH}\n") == speakers


# A sentence's opening conjunction is no part of an unnamed post ("But a spokeswoman");
# "would only say:" introduces words as "said:" does, the post kept whole.
@pytest.mark.parametrize(
    "who, speakers",
    [
        (
            "But a spokeswoman for the department would only say:",
            ["spokeswoman for the department"],
        ),
        ("But a spokeswoman for the department said:", ["spokeswoman for the department"]),
        ("But a Home Office spokesman said:", ["Home Office spokesman"]),
        ("However, a Home Office spokesman said:", ["Home Office spokesman"]),
        ("A Home Office spokesman would not say:", [None]),
    ],
)
def test_a_conjunction_is_no_part_of_a_post(who: str, speakers: list[str]) -> None:
    text = f"{_HEAD}{who} “Our line is that we do not comment on such matters.”\n"
    assert snippet_speakers(text) == speakers


# A quotation opened with a double mark and closed with a single one, its attribution
# right after, ends there: it does not run on past its speaker to another's paragraph.
def test_a_quote_closed_by_the_other_mark_ends_at_its_attribution() -> None:
    text = (
        f"{_HEAD}John Doe, director of the charity, who wrote the report with Detective "
        'Inspector Jane Roe, said the scale of the abuse "beggared belief".\n\n'
        "\"We know from the calls to our helpline that the problem did not end with him,' "
        "said Mr Doe. 'Since the scandal broke we have seen a surge in calls about abuse.\n\n"
        '"Almost 800 more children have been protected by the work of the service."\n'
    )
    assert snippet_speakers(text) == ["John Doe"]


# Guard: a single mark closing a quotation of its own family inside the double one, or an
# apostrophe with no attribution after it, closes nothing of the other family.
@pytest.mark.parametrize(
    "paragraph",
    [
        "“He called it ‘a disaster’, said the minister to us, and we agree with every word.”",
        "“The officers' work was praised by all of those who came to see it today.”",
    ],
)
def test_a_mark_of_its_own_family_still_closes_a_quote(paragraph: str) -> None:
    quotes = snippet_quotes(f"{_HEAD}Jane Doe said:\n\n{paragraph}\n")
    assert quotes == [("Jane Doe", paragraph.strip("“”"))]


# "explains" in the present tense speaks as "says" does, after the words or before them.
@pytest.mark.parametrize(
    "paragraph",
    [
        "“A crime is a hate crime if it is seen as an attack motivated by hatred of the "
        "victim”, explains Jane Doe, Deputy Mayor for Policing and Crime.",
        "Jane Doe explains: “A crime is a hate crime if it is seen as an attack motivated "
        "by hatred of the victim.”",
    ],
)
def test_explains_is_a_verb_of_speaking(paragraph: str) -> None:
    assert snippet_speakers(f"{_HEAD}{paragraph}\n") == ["Jane Doe"]


# A post's capitalised remit listed with commas up to its "and" is one post, before the
# name or set off before it; the words after the list's "and" are the remit's, not a name.
@pytest.mark.parametrize(
    "who",
    [
        "Minister for Vulnerability, Safeguarding and Countering Extremism Jane Doe",
        "Minister for Safeguarding, Vulnerability and Countering Extremism, Jane Doe,",
        "Minister for Policing, Fire and Criminal Justice Jane Doe",
        "Jane Doe, Commissioner for Victims, Witnesses and Justice,",
    ],
)
def test_a_remit_listed_with_commas_is_one_post(who: str) -> None:
    assert snippet_speakers(f"{_HEAD}{who} said: {_SPEECH}\n") == ["Jane Doe"]


# A copy that is raw HTML with its entities undecoded reads as the page shows it: the
# entities decoded, block tags made paragraphs; a bare "&" in ordinary text is kept.
def test_raw_html_entities_are_decoded() -> None:
    text = (
        f"{_HEAD}<p>Speaking at the conference&comma; she said&colon; <em>&OpenCurlyDoubleQuote;"
        "It is tragic&period; We have lost thousands of officers in the last few years&period;"
        "&CloseCurlyDoubleQuote;<&sol;em><&sol;p>&NewLine;<p>There were 43&comma;516 offences"
        "&period;<&sol;p>\n"
    )
    parsed = parse_snippet(f"{_HEAD}Jane Doe said in a statement today.\n\n{text}")
    assert [b.text for b in parsed.blocks][-2:] == [
        "Speaking at the conference, she said: “It is tragic. We have lost thousands of "
        "officers in the last few years.”",
        "There were 43,516 offences.",
    ]
    assert snippet_speakers(f"{_HEAD}Jane Doe spoke at the event.\n\n{text}") == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    ["Waiting times at A&E; rose again this winter.", "Sales at M&S rose by a fifth <b>."],
)
def test_a_literal_ampersand_survives(line: str) -> None:
    assert [b.text for b in parse_snippet(f"{_HEAD}{line}\n").blocks][-1] == line


# A line printed three times under the headline is its picture's caption (alternative
# text, title and caption), not the headline with a tagline over it.
def test_a_caption_printed_three_times_is_not_the_headline() -> None:
    caption = "Emergency services at work close to the scene in the city centre"
    text = (
        f"Minister condemns 'sick and depraved' attack on the city\n\n{caption}\n\n"
        f"{caption}\n\n{caption}\n\nFive people died in today's attack in the city centre.\n"
    )
    assert parse_snippet(text).title == "Minister condemns 'sick and depraved' attack on the city"


# A standfirst between the headline and its dated byline: the byline's date is stated and
# the standfirst stays the story's; a line of story with no byline after it states nothing.
@pytest.mark.parametrize(
    "byline, stated",
    [
        ("By Jane Smith | 10 January 2014", "2014-01-10"),
        ("By Jane Smith 10 January 2014", "2014-01-10"),
        ("Officers were called on 10 January 2014.", None),
    ],
)
def test_a_byline_under_a_standfirst_states_its_date(byline: str, stated: str | None) -> None:
    text = (
        "Police chief offers to resign\n\nRiddle over the top officer as the department "
        f"refuses to comment on the claim\n\n{byline}\n\nMystery today surrounds the future "
        "of the commissioner of the force.\n"
    )
    assert stated_date(text) == stated
