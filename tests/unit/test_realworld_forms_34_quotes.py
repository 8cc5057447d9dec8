"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 34 to
39, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers, stated_date

_WORDS = "“Both the Mayor and the Commissioner believe London needs more officers on its streets.”"


# A spokesperson speaks for the one named after "for" or before "’s": the words are the
# spokesperson's, by the post, never the principal's nor anyone named before.
@pytest.mark.parametrize(
    ("lead", "speakers"),
    [
        (f"A spokesperson for Sadiq Khan said: {_WORDS}", ["spokesperson for Sadiq Khan"]),
        (
            f"A spokeswoman for Mayor Sadiq Khan said: {_WORDS}",
            ["spokeswoman for Mayor Sadiq Khan"],
        ),
        (
            "A spokesperson for Sadiq Khan said the claims were “disingenuous”. Speaking "
            f"to reporters, they said, {_WORDS}",
            ["spokesperson for Sadiq Khan"],
        ),
        (
            f"A spokesman for the Prime Minister said the claims were wrong. He added: {_WORDS}",
            ["spokesman for the Prime Minister"],
        ),
        (
            f"The Mayor’s spokesperson said the claims were wrong.\n\nThey added: {_WORDS}",
            ["Mayor’s spokesperson"],  # an office's owner stays in the post (round 36)
        ),
        (
            f"A Home Office spokesman said the claims were wrong. He added: {_WORDS}",
            ["Home Office spokesman"],
        ),
        # guard: the principal speaking himself
        (f"Sadiq Khan said the claims were wrong. He added: {_WORDS}", ["Sadiq Khan"]),
    ],
)
def test_a_spokesperson_speaks_not_the_one_spoken_for(lead: str, speakers: list[str]) -> None:
    text = f"Police numbers row\n\nKeir Starmer spoke to reporters on Monday.\n\n{lead}\n"
    assert snippet_speakers(text) == speakers


# "..., saying of Sir Keir:": the words are the subject's, about the one named after "of";
# with no subject read, no one; and "Mrs Badenoch’s suggestion" makes her a "she".
@pytest.mark.parametrize(
    ("lead", "speakers"),
    [
        (
            "Opposition leader Jane Doe labelled the speech “a reset” at the weekly session "
            "on Wednesday, saying of Sir John: “Why should anyone believe a word he says?”",
            ["Jane Doe"],
        ),
        (
            "Opposition leader Jane Doe attacked the speech on Wednesday, saying of Sir John: "
            "“Why should anyone believe a word he says?”",
            ["Jane Doe"],
        ),
        (
            "Opposition leader Jane Doe spoke on Wednesday, saying of Sir John: “Why should "
            "anyone believe a word he says?”",
            [],
        ),
        (
            "Opposition leader Jane Doe labelled the speech “a reset”, saying: “Why should "
            "anyone believe a word he says?”",
            ["Jane Doe"],
        ),
    ],
)
def test_words_said_of_someone_are_not_theirs(lead: str, speakers: list[str]) -> None:
    text = (
        f"Prime Minister pledges officers\n\nSir John Smith gave a speech on Thursday.\n\n{lead}\n"
    )
    assert snippet_speakers(text) == speakers


def test_a_he_after_a_woman_named_with_a_possessive_is_not_her() -> None:
    text = (
        "Prime Minister pledges officers\n\n"
        "Opposition leader Jane Doe labelled the speech “a reset”, saying: “Why should anyone "
        "believe a word he says?”\n\n"
        "The Prime Minister is expected to challenge Mrs Doe’s suggestion.\n\n"
        "He will say: “People are tired of being promised the world by those who failed.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", None]


def test_a_newcomer_named_by_one_word_still_stops_the_earlier_speaker_carrying_over() -> None:
    text = (
        "Phone thefts fall\n\n"
        "Sir Mark Rowley said: “We have seized thousands of bikes used by thieves this year.”\n\n"
        "Amah, who lost her phone last year, says the thieves were quick.\n\n"
        "She said: “It all happened within a few seconds and left me startled on the pavement.”\n"
    )
    assert snippet_speakers(text) == ["Mark Rowley", None]


# A photo's caption closed by its credit ("Pic: Met Police", "(Pic: PA)") is never the
# headline, printed once or twice under it.
@pytest.mark.parametrize(
    "caption",
    [
        "Rifle seized by detectives in the raid. Pic: Met Police",
        "Rifle seized by detectives in the raid (Pic: Met Police)",
        "Rifle seized by detectives in the raid. Photo: Met Police",
    ],
)
def test_a_caption_with_a_pic_credit_is_no_headline(caption: str) -> None:
    text = (
        "Gang crime chief pledges zero tolerance [Audio]\n\n"
        f"{caption}\n\n{caption}\n\n"
        "The head of the gang crime command has pledged zero tolerance after four people "
        "were jailed.\n"
    )
    assert parse_snippet(text).title == "Gang crime chief pledges zero tolerance [Audio]"


# A section's name over a headline that names it again is the site's, not the headline.
@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Antisocial behaviour", "Tackling antisocial behaviour"),
        ("Capital City Policing", "Force given more money for capital city policing"),
    ],
)
def test_a_section_label_echoed_by_the_headline_is_no_title(label: str, headline: str) -> None:
    text = f"{label}\n\n{headline}\n\nThe committee will look at how boroughs tackle the problem.\n"
    assert parse_snippet(text).title == headline


def test_a_headline_of_more_words_stays_over_a_line_echoing_it() -> None:
    text = (
        "Police arrest gang members\n\nPolice arrest gang members in raids across London\n\n"
        "Officers made more arrests.\n"
    )
    assert parse_snippet(text).title == "Police arrest gang members"


# A lead sentence closed by someone else's attribution is a report of their words: no
# sign of the force writing about itself.
@pytest.mark.parametrize(
    ("lead", "publisher"),
    [
        (
            "The Met's Royalty Protection Command will get an extra £65m next year to cover "
            "the cost of policing the capital, a Home Office minister said on Tuesday.",
            None,
        ),
        (
            "The Met's Royalty Protection Command will get an extra £65m next year to cover "
            "the cost of policing the capital.",
            "Metropolitan Police",
        ),
    ],
)
def test_a_lead_said_by_someone_else_is_no_force_page(lead: str, publisher: str | None) -> None:
    text = f"More money for capital city policing\n\n{lead}\n\nThe grant rises again.\n"
    assert parse_snippet(text).publisher == publisher


# A newspaper's name after a dash closing the headline is the site's.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Police crack down on groups who refuse to wear masks – Evening Standard",
            "Police crack down on groups who refuse to wear masks",
        ),
        (
            "Police crack down on groups who refuse to wear masks - The Local Gazette",
            "Police crack down on groups who refuse to wear masks",
        ),
        # guard: words after a dash that name no newspaper are the headline's own
        (
            "Police crack down on groups – and fines follow",
            "Police crack down on groups – and fines follow",
        ),
    ],
)
def test_a_newspaper_name_after_the_headline_is_dropped(line: str, title: str) -> None:
    text = f"{line}\n\nThe public has been told to stay at home unless they have a reason.\n"
    assert parse_snippet(text).title == title


# A document's own note of when it was updated, a sentence among its first lines, states
# its date; a date later in the body does not.
@pytest.mark.parametrize(
    ("note", "stated"),
    [
        ("This fact sheet was updated on 16 July 2019 to include a new duty.", "2019-07-16"),
        ("This page was last published on 3rd May 2020.", "2020-05-03"),
        ("On 15 July 2019 the Home Secretary announced a new duty.", None),
    ],
)
def test_a_document_noting_its_update_states_its_date(note: str, stated: str | None) -> None:
    text = f"What is the government doing to tackle violent crime?\n\n{note}\n\nThe duty covers councils.\n"
    assert stated_date(text) == stated


def test_a_label_over_a_quoted_sentence_naming_it_is_still_the_title() -> None:
    text = "Summit\n\nThe spokesman said: “The Prime Minister will host the summit on violence.”\n"
    assert parse_snippet(text).title == "Summit"


# A body named by one word speaks as that word ("Crimestoppers said:", "Labour said:"):
# without a list of first names nothing tells "Boris says:" from it, and a body's words
# left with no one are a worse loss than a first name the release never completes.
@pytest.mark.parametrize("body", ["Crimestoppers", "Labour", "Unison", "Ofsted"])
def test_a_body_named_by_one_word_is_the_speaker(body: str) -> None:
    text = (
        "Police station closures\n\nThe closures were confirmed on Monday.\n\n"
        f"{body} said: “This is a bad day for London and its residents, who deserve better.”\n"
    )
    assert snippet_speakers(text) == [body]
