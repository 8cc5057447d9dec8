"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 72 and
73 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes, snippet_speakers

_HEAD = "Carnival route plan\n\nThe carnival will go ahead on its usual route.\n\n"


# "He wrote" after a paragraph's later sentence that opens on someone named in full is
# that sentence's subject, not the paragraph's opening subject nor the one named after
# its verb ("suggested to Ms Roe").
_TURNED_DOWN = (
    f"{_HEAD}Mayor Jane Roe said: “The route will not change this year, whatever is said.”"
    "\n\nMs Roe has turned down a request to move the carnival. "
)
_WROTE = "“The carnival is an important and symbolic community celebration,” {} wrote.\n"


def test_he_after_a_later_sentence_is_its_subject() -> None:
    text = (
        f"{_TURNED_DOWN}The event is the largest of its kind. Minister of State for Trade "
        "John Doe suggested to Ms Roe on Friday to move it after questioning if it was "
        "“appropriate” to go ahead. " + _WROTE.format("he")
    )
    assert snippet_speakers(text) == ["Jane Roe", "John Doe"]


def test_she_after_a_later_sentence_on_no_one_is_the_paragraphs_subject() -> None:
    text = f"{_TURNED_DOWN}The event is the largest of its kind. " + _WROTE.format("she")
    assert snippet_speakers(text) == ["Jane Roe", "Jane Roe"]


# An aside pointing to a picture after a name ("(pictured)") does not hide the name as its
# sentence's subject: "he said" after it is that person, not whoever was quoted before.
@pytest.mark.parametrize("aside", ["(pictured)", "(left)", "(pictured with officers)"])
def test_a_picture_aside_after_a_name_keeps_the_subject(aside: str) -> None:
    text = (
        f"{_TURNED_DOWN}\n\nAssembly Member John Doe {aside}, who attended the event this "
        "year, told the meeting that the stewarding “left a lot to be desired”. “The "
        "status quo is not an option for anyone who cares about the carnival,” he said.\n"
    )
    assert snippet_speakers(text) == ["Jane Roe", "John Doe"]


# A project, programme or scheme named like a person is no one: "she said" after "The
# strategy, Project Vigilant, forms ..." is never "Project Vigilant".
@pytest.mark.parametrize("thing", ["Project Nightwatch", "Programme Nightwatch"])
def test_a_project_is_no_speaker(thing: str) -> None:
    text = (
        f"{_HEAD}The strategy, {thing}, forms part of the force's action plan.\n\n"
        "Speaking outside the station, she said: “Nightwatch, which we launched a couple "
        "of days ago, has been very well received locally.”\n"
    )
    assert snippet_speakers(text) in ([], [None])


# A religious title is an honorific, and "Jones'" a possessive: "Pastor Jane Jones' son
# ..." then "Following her son's death, Jane re-launched ..." and "She said:" is the Jane
# Jones the release names in full, by her first name after a scene.
@pytest.mark.parametrize("title", ["Pastor", "Imam", "Rabbi", "Canon"])
def test_a_religious_title_and_a_bare_possessive(title: str) -> None:
    text = (
        f"{_HEAD}{title} Jane Jones' son was stabbed to death at the age of 20.\n\n"
        "Following her son's death, Jane re-launched a youth boxing club.\n\nShe said:\n\n"
        "“These orders are just what we need and are vitally important for us.”\n"
    )
    assert snippet_speakers(text) == ["Jane Jones"]


def test_a_paragraphs_opening_word_is_not_completed_to_a_name() -> None:
    text = (
        f"{_HEAD}Police closed Streatham High Road after the attack.\n\n"
        "Streatham waitress goes viral after asking for time to evacuate\n\n"
        "Speaking about such attacks, he said the process is a difficult thing to do.\n\n"
        "“There is a big psychological barrier people find it hard to get back over.”\n"
    )
    assert snippet_speakers(text) in ([], [None])


# A page copy's metadata prefix ("date 2023-04-21 ") does not take the paragraph it is
# glued to: the quotation opening it is whole, its speaker after it, and the paragraphs
# going on in quote marks are theirs.
def test_a_copys_date_prefix_does_not_take_the_opening_quotation() -> None:
    text = (
        "Marathon weekend policing\n\ndate 2023-04-21 “This weekend all eyes will be on London as it hosts the "
        "marathon and several football matches across the capital, including two cup "
        "semi-finals,” says Assistant Commissioner Jane Doe.\n\n"
        "“We are also prepared for four days of planned protests in the capital.\n\n"
        "“People can expect to see a visible and engaging policing presence.”\n"
    )
    assert snippet_quotes(text) == [
        (
            "Jane Doe",
            "This weekend all eyes will be on London as it hosts the marathon and several "
            "football matches across the capital, including two cup semi-finals.\n\nWe are also prepared for four days of planned protests "
            "in the capital.\n\nPeople can expect to see a visible and engaging policing "
            "presence.",
        )
    ]
