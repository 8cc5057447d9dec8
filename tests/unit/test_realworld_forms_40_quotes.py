"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 50 and
51 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_HEAD = "Chief constable steps down\n\n"


# "The Prime Minister said:" is the one the release names in full as the subject of its
# own sentences ("Jane Doe has issued a statement after ..."), never someone a quotation
# tells of ("“On being told, Ann Smith has said she will step aside.”").
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Jane Doe has issued a statement after Ann Smith left her post.", "Jane Doe"),
        # no subject in the narration: the office speaks, not the one the quotation names
        ("A statement followed after Ann Smith left her post.", "Prime Minister"),
    ],
)
def test_office_holder_is_a_subject_of_the_narration(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead}\n\n"
        "The Prime Minister said: “Ann Smith has served her country with great dedication "
        "over many decades.”\n\n"
        "“On being told of this, Ann Smith has said she will be standing aside. It is "
        "clear that change is needed.”\n"
    )
    assert snippet_speakers(text)[0] == speaker


# "Her statement said:" speaks for whom "her" means, read back as "she said:" is; never
# the man quoted last, read from "Her" as if it were a name.
def test_her_statement_is_not_the_man_quoted_last() -> None:
    text = (
        f"{_HEAD}Jane Doe has issued a statement after Ann Smith left her post.\n\n"
        "The Prime Minister said: “She has served with great dedication.”\n\n"
        "Her statement said: “It is with great sadness that I step aside today.”\n"
    )
    assert snippet_speakers(text)[1] != "Jane Doe"


# "She said:" after a paragraph opening on an office already speaking ("The Home
# Secretary said: ..." / "The Home Secretary announced that ... Jane Doe will take over.")
# is the office, never someone named after the paragraph's verb.
@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The Home Secretary", "Home Secretary"),
        # guard: a paragraph opening on someone named in full is theirs, as before
        ("Deputy Commissioner Jane Doe", "Jane Doe"),
    ],
)
def test_she_is_the_office_the_paragraph_opens_on(subject: str, speaker: str) -> None:
    text = (
        "Home Secretary statement\n\n"
        "The Home Secretary said: ‘The important work of the force must and will continue.’\n\n"
        f"{subject} announced that Ann Smith will take over the role of the officer who "
        "resigned.\n\n"
        "She said: ‘It is for the sake of the many honourable officers that we must get "
        "to the bottom of all these allegations.’\n"
    )
    assert snippet_speakers(text) == ["Home Secretary", speaker]


# "the Green Peer", "the Labour peer": a member of the Lords by a description, no one
# named "Peer"; "she" after it is the one the release names in full.
@pytest.mark.parametrize("description", ["the Green Peer", "the Labour peer"])
def test_a_peer_is_a_description_not_a_name(description: str) -> None:
    text = (
        f"{_HEAD}Baroness Jane Doe has questioned the Deputy Commissioner on the cost of "
        "the file kept on her.\n\n"
        f"Although {description} joked that she had expected the file to be thicker, she "
        "pressed the Met on who authorised it.\n\n"
        "She added: “My concern is that this is incredibly intrusive into people’s lives.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# "He said," after a paragraph opening on someone's words ("Jane Doe's praise comes after
# remarks made by the Home Secretary, Ann Smith, where she ...") is the one whose words
# they are, never the one named last.
@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("John Doe’s praise comes", "John Doe"),
        ("John Doe's remarks come", "John Doe"),
    ],
)
def test_he_is_the_one_whose_words_the_paragraph_opens_on(opening: str, speaker: str) -> None:
    text = (
        f"{_HEAD}The Mayor praised Home Secretary Ann Smith for action on knife crime.\n\n"
        f"{opening} in light of remarks made by the Home Secretary where she accepted the "
        "link between cuts and violent crime. He said,\n\n"
        "“Violent crime began rising in London in 2014, serious youth violence since 2012.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# A saved page of an office's own newsroom keeps its site's name from its browser title
# ("Custody suite reopens - Metropolitan Police") over the headline: with the site's
# furniture gone, it is the page's own cue to its publisher; another site's name is not
# kept (a news site's copy names no publisher).
@pytest.mark.parametrize(
    ("site", "publisher"),
    [("Metropolitan Police", "Metropolitan Police"), ("Local Gazette", None)],
)
def test_a_saved_newsroom_page_keeps_its_sites_name(site: str, publisher: str | None) -> None:
    from briefing.ingest.pages import html_to_text
    from briefing.parse.release import parse_release

    page = (
        f"<html><head><title>Custody suite reopens - {site}</title></head><body><main>"
        "<h1>Custody suite reopens</h1><p>The Metropolitan Police has reopened its custody "
        "suite in Lambeth.</p><p>More follows.</p></main></body></html>"
    )
    parsed = parse_release(html_to_text(page), "page.html")
    assert (parsed.title, parsed.publisher) == ("Custody suite reopens", publisher)
