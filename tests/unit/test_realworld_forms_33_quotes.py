"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 34 to
37, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers


# "The Mayor" is the one Mayor of London the release names: a former Mayor named in full
# in a release that writes no year after his term, never the Mayor of today.
@pytest.mark.parametrize(
    ("lead", "speakers"),
    [
        ("Boris Johnson has ordered the fire authority to consult on closures.", ["Boris Johnson"]),
        (
            "Ken Livingstone has ordered the fire authority to consult on closures.",
            ["Ken Livingstone"],
        ),
        (
            "Boris Johnson has ordered the fire authority to consult on closures in 2019.",
            ["Sadiq Khan"],
        ),
        (
            "Sadiq Khan has ordered the fire authority to consult on closures, as Boris "
            "Johnson once did.",
            ["Sadiq Khan"],
        ),
    ],
)
def test_the_mayor_is_the_one_mayor_the_release_names(lead: str, speakers: list[str]) -> None:
    text = (
        "Fire station plans go to consultation\n\n"
        f"{lead}\n\n"
        "The Mayor said: “The brigade must modernise so that it stays one of the world's "
        "leading rescue services.”"
    )
    assert snippet_speakers(text) == speakers


# A headline's paraphrase in quote marks, a few words with no punctuation of their own on
# a line that ends with none either ("‘Essential to modernise’, says mayor"), is not what
# was said; a line of speech with its full stop, or a speaker's line over a short quote, is.
@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("‘Essential for the brigade to modernise’, says council leader Jane Doe", []),
        ("“We will keep every station open,” says council leader Jane Doe.", ["Jane Doe"]),
        ("Council leader Jane Doe: ‘Keep every station open’", ["Jane Doe"]),
    ],
)
def test_a_quoted_headline_fragment_is_no_quote(line: str, speakers: list[str]) -> None:
    text = f"Fire station plans go to consultation\n\nLive updates\n\n{line}\n\nThe plans were published on Monday."
    assert snippet_speakers(text) == speakers


# A page cut off just after an opening mark ('He added: “We') holds no one's words; a
# quotation cut off after a few words is still the start of what was said.
@pytest.mark.parametrize(
    ("ending", "speakers"),
    [
        ("She added: “We", []),
        ("She added: “What we have", ["Jane Doe"]),
    ],
)
def test_a_quote_cut_off_after_one_word_is_no_quote(ending: str, speakers: list[str]) -> None:
    text = (
        "New ban on knives\n\n"
        "Home Secretary Jane Doe told reporters the steps are “further strengthening” the "
        "law.\n\n"
        f"{ending}"
    )
    assert snippet_speakers(text) == speakers


# A name that ends a scene set before a comma is that scene's object, and the office
# after the comma the subject of the verb ("after meeting with Met Police chief Sir Tom
# Reyes, the Prime Minister said"): the officer never speaks the Prime Minister's words.
def test_a_name_ending_a_scene_is_not_the_office_after_it() -> None:
    text = (
        "John Smith outlines two promises from police\n\n"
        "John Smith has outlined two promises he has demanded from the Met Police.\n\n"
        "Issuing a statement this afternoon, after meeting with Met Police chief Sir Tom "
        "Reyes, the Prime Minister said the police have “confirmed that the march will be "
        "away from the memorial and its timings will not conflict with the services”.\n\n"
        "But he added: “But part of that freedom is the right to protest peacefully.”"
    )
    assert "Tom Reyes" not in snippet_speakers(text)
    assert snippet_speakers(text)[-1:] == ["John Smith"]


def test_a_name_in_apposition_to_an_office_is_still_its_holder() -> None:
    text = (
        "New patrols\n\n"
        "Jane Doe, the Home Secretary, said: “We will put more officers on the streets of "
        "every town this summer.”"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# An honorific and surname, then the person's post set off after a comma ("Ms Doe,
# chairwoman of campaign group Tower Residents United, said"): she speaks, the group
# named in her post does not.
def test_a_person_of_a_group_speaks_not_the_group() -> None:
    text = (
        "No charges yet\n\n"
        "But survivor Jane Doe said it is “extremely frustrating” to wait.\n\n"
        "Ms Doe, chairwoman of campaign group Tower Residents United, said: “We wait month "
        "after month, our lives on hold, for some kind of justice.”"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# "He said" in a paragraph opening on a surname as its subject ("Smith wisely chose not
# to ...") is the person the release names in full with it, not someone named after him
# in the paragraphs before.
def test_he_is_the_surname_that_opens_the_paragraph() -> None:
    text = (
        "Riots statement\n\n"
        "Outside No. 10, John Smith has just delivered a short statement on the riots.\n\n"
        "He cancelled all leave and, in line with Jane Doe, said nothing about water "
        "cannon.\n\n"
        "Smith wisely chose not to speculate about “the causes” of the destruction. “This "
        "is criminality, pure and simple,” he said."
    )
    assert snippet_speakers(text) == ["John Smith"]


# A page that lost its line breaks: a double mark opening a sentence inside an open
# quotation starts its next paragraph ("... to order. “Record funding ...”"), so the
# next speaker's words, after their own attribution, are theirs.
def test_quotes_of_two_speakers_in_one_run_on_paragraph() -> None:
    text = (
        "Shoplifting crackdown\n\n"
        "Council leader Jane Doe said: “Shoplifting has a profound impact on communities. "
        "“Record funding is helping officers solve more cases.” Home Secretary John Smith "
        "added: “Shop theft is a scourge on every high street. “Growing up above a shop, I "
        "know there is nothing ‘low-level’ about these crimes.” Shop theft has hit a record "
        "high."
    )
    assert snippet_quotes(text) == [
        (
            "Jane Doe",
            "Shoplifting has a profound impact on communities.\n\n"
            "Record funding is helping officers solve more cases.",
        ),
        (
            "John Smith",
            "Shop theft is a scourge on every high street.\n\n"
            "Growing up above a shop, I know there is nothing ‘low-level’ about these crimes.",
        ),
    ]


def test_a_quotation_inside_a_quotation_stays_inside() -> None:
    text = (
        "Council leader responds\n\n"
        "Council leader Jane Doe said: “The minister called it “a disaster” and I agree "
        "with every word of that.”"
    )
    assert snippet_quotes(text) == [
        ("Jane Doe", "The minister called it “a disaster” and I agree with every word of that.")
    ]


# A distribution service's copy: the issuer's name ("The Metropolitan Police Service")
# over the service's header row ("07/07/2024 | News release | Distributed by ..."): the
# issuer publishes, the row states the date, the headline follows.
def test_a_distributed_news_release_names_its_issuer_date_and_headline() -> None:
    parsed = parse_snippet(
        "The Metropolitan Police Service\n\n"
        "07/07/2024 | News release | Distributed by Public on 07/07/2024 10:39\n\n"
        "Murder investigation launched following stabbing\n\n"
        "Detectives have launched a murder investigation after a man was stabbed."
    )
    assert (parsed.title, parsed.date, parsed.date_estimated, parsed.publisher) == (
        "Murder investigation launched following stabbing",
        "2024-07-07",
        False,
        "Metropolitan Police",
    )


# Page furniture over a headline: a listing's counter, a paywall's notice and its
# offer's button, a page's age, a debate page's links to its record.
@pytest.mark.parametrize(
    "furniture",
    [
        "Showing 181-200 of 1669 results found",
        "Daily Wire has an Ethical Paywall\nWork smarter with a Pro licence Learn More",
        "Wednesday 26th February 2020\n\n(4 years, 1 month ago)\n\nRead Full debate Read Hansard Text",
    ],
)
def test_page_furniture_over_the_headline_is_no_title(furniture: str) -> None:
    parsed = parse_snippet(
        f"{furniture}\n\nPolice covenant to protect officers\n\n"
        "The Home Secretary has set out a covenant to protect officers and their families."
    )
    assert parsed.title == "Police covenant to protect officers"


# A debate's sitting line under its heading ("Volume 626: debated on ...") is the page's:
# the heading over it is the title, the sitting states the date.
def test_a_debates_sitting_under_its_heading_dates_it() -> None:
    parsed = parse_snippet(
        "Skip to main content\n\nRiverside Tower\n\n"
        "Volume 626: debated on Thursday 22 June 2017\n\n"
        "With permission, Mr Speaker, I will make a statement on the fire at Riverside Tower."
    )
    assert (parsed.title, parsed.date, parsed.date_estimated) == (
        "Riverside Tower",
        "2017-06-22",
        False,
    )
