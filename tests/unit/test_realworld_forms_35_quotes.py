"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 40 and
41, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers

_WORDS = "“Knife crime destroys lives and we are coming to get those who carry blades.”"


# A title alone ("The Home Secretary stated:") is the holder the release names with it,
# even where a caption line above repeats the title and name on a line of its own.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Home Secretary boosts knife crime funding\n\nHome Secretary Jane Fielding\n\n"
            "Home Secretary Jane Fielding has announced new funding for forces.\n\n"
            f"The Home Secretary stated: {_WORDS}\n",
            ["Jane Fielding"],
        ),
        (
            "Home Secretary boosts knife crime funding\n\n"
            "Home Secretary Jane Fielding has announced new funding for forces.\n\n"
            f"The Home Secretary stated: {_WORDS}\n",
            ["Jane Fielding"],
        ),
    ],
)
def test_a_title_alone_is_the_holder_named_under_a_caption(text: str, speakers: list[str]) -> None:
    assert snippet_speakers(text) == speakers


# The text of a motion the Assembly agreed speaks for the Assembly, told in the passive
# too ("A motion ... was unanimously agreed today by the London Assembly"), not for the
# member quoted as proposing it.
_MOTION = (
    "Assembly calls for action on hate crime\n\n{told}\n\n"
    "Jane Doe AM, who proposed the motion said:\n\n"
    "“I am pleased that City Hall has recognised this needs to be a priority.”\n\n"
    "The full text of the motion is:\n\n"
    "“This Assembly notes with concern that hate crime persists in London.”\n"
)


@pytest.mark.parametrize(
    ("told", "speakers"),
    [
        (
            "A motion urging the Mayor to tackle hate crime was unanimously agreed today "
            "by the London Assembly.",
            ["Jane Doe", "London Assembly"],
        ),
        (
            "The London Assembly today agreed a motion urging the Mayor to tackle hate crime.",
            ["Jane Doe", "London Assembly"],
        ),
        # guard: a motion agreed by another body is not the Assembly's (nor the member's)
        (
            "A motion urging the Mayor to tackle hate crime was unanimously agreed today "
            "by the borough council.",
            ["Jane Doe"],
        ),
    ],
)
def test_a_motion_agreed_by_the_assembly_in_the_passive_speaks_for_it(
    told: str, speakers: list[str]
) -> None:
    assert snippet_speakers(_MOTION.format(told=told)) == speakers


# A page cut off two words into a quotation, mid-word ('Commander Reyes added: “We absol')
# leaves no clause of anyone's: no quote; three words or more are still the start of
# what was said.
@pytest.mark.parametrize(
    ("ending", "speakers"),
    [
        ("Commander Reyes added: “We absol", []),
        ("Commander Reyes added: “PCCs, incl", []),
        ("Commander Reyes added: “We absolutely want", ["Jane Reyes"]),
    ],
)
def test_a_quote_cut_off_two_words_in_is_no_quote(ending: str, speakers: list[str]) -> None:
    text = (
        "Thank you from the Met\n\n"
        "Commander Jane Reyes thanked officers for their work over the weekend.\n\n"
        f"{ending}"
    )
    assert snippet_speakers(text) == speakers


# "Questioned by Assembly Member Jane Doe, he claimed ...": the pronoun after the name and
# its comma is the subject of the verb, so the words quoted next are never the
# questioner's (no name beats the wrong one); a post set off after a name still speaks.
@pytest.mark.parametrize(
    ("lead", "speakers"),
    [
        (
            "Questioned today by Labour London Assembly Member Jane Doe, he claimed that "
            "Labour had made a “wilful misconstruction” of the pledge.",
            ["John Smith"],
        ),
        (
            "Jane Doe, a Labour London Assembly Member, claimed that the Mayor had made a "
            "“wilful misconstruction” of the pledge.",
            ["John Smith", "Jane Doe"],
        ),
    ],
)
def test_a_pronoun_after_a_name_and_comma_is_the_subject(lead: str, speakers: list[str]) -> None:
    text = (
        "John Smith to break promise for more police officers\n\n"
        "John Smith today admitted that he will not keep his pledge on police numbers.\n\n"
        "John Smith said: “If you are asking whether I am pledging more officers, then no, "
        "I am not.”\n\n"
        f"{lead}\n\n"
        "“No I’m sorry, I think there has been some misunderstanding here about what I said "
        "during the campaign.”\n"
    )
    assert snippet_speakers(text) == speakers


# A surname alone ("Hartley said") is the full name the release gives, even broken over a
# line of hard-wrapped wire copy after the holder's post ("British Prime Minister John" /
# "Hartley said on Monday"); a heading ending on a capitalised word is no first name.
@pytest.mark.parametrize(
    ("opening", "speakers"),
    [
        ("LONDON Aug 13 British Prime Minister John\nHartley said on Monday", ["John Hartley"]),
        ("Safer Streets Action Plan\n\nHartley said on Monday", ["Hartley"]),
    ],
)
def test_a_surname_is_the_full_name_broken_over_a_wrapped_line(
    opening: str, speakers: list[str]
) -> None:
    text = (
        f"{opening} London had hosted a safe and secure\n"
        "Olympics and thanked volunteers, the army and police for\n"
        "transforming the Games into a global advertisement.\n"
        '"The passion and professionalism of the volunteers has been\n'
        "matched by the fantastic work of the armed forces and the\n"
        'police," Hartley said in remarks supplied by Downing Street.\n'
    )
    assert snippet_speakers(text) == speakers


# A parliamentary page's own line naming the department of its statement or debate
# ("Department: Home Office", a member page's "... debates with the Home Office", even
# taken for the title) names the publisher, as "Question to the Home Office:" does.
@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Police Remuneration Debate\n\nFull Debate: Read Full Debate\nDepartment: Home "
            "Office\nMonday 29th July 2024\n\nThe Government are accepting the recommendation.\n",
            "Home Office",
        ),
        (
            "Main Page: Jane Doe (Conservative - Witham)Department Debates - View all Jane "
            "Doe's debates with the Home Office\n(3 years ago)\nWritten StatementsThe "
            "seventh report of the review body was published today.\n",
            "Home Office",
        ),
        # guard: a department named in the body is no page line of its own
        (
            "Police Remuneration Debate\n\nThe Department: Home Office officials will "
            "answer later.\n",
            None,
        ),
    ],
)
def test_a_parliamentary_page_department_line_names_the_publisher(
    text: str, publisher: str | None
) -> None:
    assert parse_snippet(text).publisher == publisher


# A site's link past its menus, worded "Skip to the content", is page furniture: the
# headline under it is the title.
@pytest.mark.parametrize("link", ["Skip to the content", "Skip to the main content"])
def test_a_skip_link_with_an_article_is_no_title(link: str) -> None:
    text = (
        f"{link}\n\nMet to redesign its gangs database\n\n"
        "The Metropolitan Police is to redesign its gangs database after a review.\n"
    )
    assert parse_snippet(text).title == "Met to redesign its gangs database"
