"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 60 and
61 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers

_HEAD = "Depot raid finds stolen vans\n\n"


# "attended by the prime minister, Home Secretary Jane Doe, ...": a name set off after an
# office with a post of its own is the next one in a list, never the office's holder, so
# "he added" after "The prime minister ... said" is not her.
@pytest.mark.parametrize(
    ("listed", "speakers"),
    [
        ("the prime minister, Home Secretary Jane Doe, and the mayor", []),
        # guards: the name itself in apposition, or the office before the name, holds it
        ("the prime minister, John Roe, and the mayor", ["John Roe"]),
        ("Prime Minister John Roe and the mayor", ["John Roe"]),
    ],
)
def test_a_name_with_its_own_post_after_an_office_is_a_list_item(
    listed: str, speakers: list[str]
) -> None:
    text = (
        f"{_HEAD}John Roe has given his backing to the staff. Mary Major has faced calls to resign.\n"
        "Staff had gathered at the gates for the morning shift.\n"
        "Four vans were found in the first container.\n"
        "The prime minister visited the depot on Sunday and said he had been “very "
        "impressed” by the staff he met there.\n"
        "“I think a lot of people will be glad of their work,” he added.\n"
        f"The depot will be visited next week by {listed}.\n"
    )
    assert snippet_speakers(text) == speakers


# '"...," he told Sky News.': whom "told" names in capitals is the one told, an outlet or a
# person, after a quote as "he said." is; the speaker is the subject before the verb.
@pytest.mark.parametrize(
    ("after", "speakers"),
    [
        ("she told Radio Kent’s Morning programme.", ["Jane Doe"]),
        ("Doe told KENT NEWS.", ["Jane Doe"]),
        ("she told Sam.", ["Jane Doe"]),
        # guards: "told" with a place after it, and "said", as before
        ("she told reporters at the depot.", ["Jane Doe"]),
        ("she said.", ["Jane Doe"]),
    ],
)
def test_told_an_outlet_after_a_quote_attributes_it(after: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}Depot manager Jane Doe said the staff who found the vans had done well.\n"
        f"“We think the thefts will slow down now the gang is known to us,” {after}\n"
    )
    assert snippet_speakers(text) == speakers


# '"...," Sadiq said on Tuesday.': the day (or the channel) after "on" is no part of the
# attribution's subject, as "in"/"at"/"to" already are not; the first name alone is the
# person the release names in full with it.
@pytest.mark.parametrize(
    ("after", "speakers"),
    [
        ("Jane said on Tuesday.", ["Jane Doe"]),
        ("she said on Radio Kent.", ["Jane Doe"]),
        # guard: as before
        ("Jane said in Kent.", ["Jane Doe"]),
    ],
)
def test_a_day_after_on_ends_an_attribution(after: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}Depot manager Jane Doe said the staff who found the vans had done well.\n"
        f"“We think the thefts will slow down now the gang is known to us,” {after}\n"
    )
    assert snippet_speakers(text) == speakers


# "date 2021-06-18 Depot raid finds stolen vans; containers were packed with them; two
# men arrested": a labelled headline run on into its standfirst ends at the semicolon,
# and the standfirst opens the text.
@pytest.mark.parametrize(
    ("first", "title", "lead"),
    [
        (
            "date 2021-06-18 Depot raid finds stolen vans ahead of the holiday weekend; "
            "containers at the site were packed with vans taken from across the county "
            "over the summer; two men were arrested at the depot on Thursday night",
            "Depot raid finds stolen vans ahead of the holiday weekend",
            "containers at the site were packed with vans taken from across the county "
            "over the summer; two men were arrested at the depot on Thursday night",
        ),
        # guard: a paragraph's semicolon after a first sentence leaves the title derived
        (
            "date 2021-06-18 Officers raided a depot. They found vans; two men were held.",
            "date 2021-06-18 Officers raided a depot",
            "date 2021-06-18 Officers raided a depot. They found vans; two men were held.",
        ),
    ],
)
def test_a_labelled_headline_ends_at_its_semicolon(first: str, title: str, lead: str) -> None:
    release = parse_snippet(f"{first}\n\nOfficers opened the containers on Friday.\n")
    assert (release.title, release.blocks[-2].text) == (title, lead)


# A labelled headline over the headline again with a picture's credit ("Depot raid finds
# stolen vans. Picture: Alamy"): the caption is dropped as the repeated headline is, and
# the title stays the headline; a longer headline line over it is still the full one.
@pytest.mark.parametrize(
    ("under", "title"),
    [
        ("Depot raid finds stolen vans. Picture: Alamy", "Depot raid finds stolen vans"),
        ("Depot raid finds stolen vans (Photo: PA)", "Depot raid finds stolen vans"),
        # guard: the headline in full under the label's cut one
        ("Depot raid finds stolen vans in Kent", "Depot raid finds stolen vans in Kent"),
    ],
)
def test_a_caption_repeating_a_labelled_headline_is_not_the_title(under: str, title: str) -> None:
    text = (
        f"date 2024-03-27 Depot raid finds stolen vans\n\n{under}\n\n"
        "Officers opened the containers on Friday and found them packed with vans.\n"
    )
    release = parse_snippet(text)
    assert (release.title, release.blocks[1].text) == (
        title,
        "Officers opened the containers on Friday and found them packed with vans.",
    )
