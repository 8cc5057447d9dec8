"""Forms of quotes and speakers found in blind batches 76 and 77 (and open classes of
earlier batches), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes, snippet_speakers

_LEADER = (
    "Leader attacks mayor\n\n  • Published\n\n"
    "John Smith has claimed rising crime in the city will matter at the elections.\n\n"
    "The prime minister said that under Jane Roe the city missed its targets.\n\n"
    "Ms Roe said he had ignored a legacy of cuts.\n\n"
)


# "He said:" after a paragraph whose subject, after a scene, is a post in lower case
# ("During a visit to Tilbury, Essex, the prime minister told ..."): the post's holder,
# never the one quoted or named before, nor a place in the scene.
def test_a_post_after_a_scene_is_whom_he_said_means() -> None:
    text = (
        f"{_LEADER}During a visit to Tilbury, Essex, the prime minister told journalists "
        "local elections were always difficult.\n\n"
        'He said: "Crime is rising in the city, where it is falling elsewhere. The city '
        'under Jane Roe is failing."\n'
    )
    assert snippet_speakers(text) == ["John Smith"]


def test_without_the_post_he_said_stays_with_the_one_said_to_speak() -> None:
    text = (
        f"{_LEADER}Mr Roe's deputy Tom Lee said the cuts were deep.\n\n"
        'He said: "Crime is rising in the city, where it is falling elsewhere."\n'
    )
    assert snippet_speakers(text) == ["Tom Lee"]


# A surname alone is the full name the release gives it, where that name is
# double-barrelled ("Howe" of "Bernard Hogan-Howe") or its first name is written as
# initials ("B.J. Doe", "J. K. Doe"); joined-up letters a rank is written as ("D.I.")
# are no first name, and the surname stays as written.
def test_the_last_part_of_a_double_barrelled_surname_is_the_full_name() -> None:
    text = (
        "Raids begin\n\nPolice Commissioner Bernard Smith-Roe said the raids were part "
        "of his plan.\n\n"
        'Roe said: "We take our intelligence to a magistrate and act on it quickly."\n'
    )
    assert snippet_speakers(text) == ["Bernard Smith-Roe"]


@pytest.mark.parametrize("initials", ["B.J.", "J. K.", "A.N.D."])
def test_a_first_name_in_initials_is_kept_with_the_surname(initials: str) -> None:
    text = (
        f"Park disorder\n\nSpeaking of the disorder, police commander {initials} Doe "
        "said a group set up an unlicensed event.\n\n"
        "Mr Doe denied that the disturbance had anything to do with the heat.\n\n"
        'He said: "Officers were attacked as they tried to negotiate with the crowd."\n'
    )
    assert snippet_speakers(text) == [f"{initials} Doe"]


def test_a_rank_in_dotted_letters_is_no_first_name() -> None:
    text = (
        "Park disorder\n\nD.I. Doe said a group set up an unlicensed event.\n\n"
        'Mr Doe said: "Officers were attacked as they tried to negotiate with the crowd."\n'
    )
    assert snippet_speakers(text) == ["Doe"]


def test_one_letter_ending_a_sentence_is_no_first_name() -> None:
    text = (
        "Park disorder\n\nThe council chose plan B. Doe said the event was unlicensed.\n\n"
        'Mr Doe said: "Officers were attacked as they tried to negotiate with the crowd."\n'
    )
    assert snippet_speakers(text) == ["Doe"]


# "the force added:" is the one force the release names; a name on the line above a
# line opening on "Police" (a byline over a headline) names no other force.
def test_a_name_on_the_line_over_police_names_no_other_force() -> None:
    text = (
        "Schools plan\n\nTeachers fear plans by the Metropolitan Police to move "
        "officers.\n\nWords by Andy Doe\n\nPolice chiefs say the plan is needed.\n\n"
        'Arguing that the risk "exists outside the school grounds," the force added: '
        '"That is why we are changing our approach to keep pupils safe."\n'
    )
    assert snippet_speakers(text) == ["Metropolitan Police"]


def test_the_force_is_no_one_where_another_force_is_named() -> None:
    text = (
        "Schools plan\n\nTeachers fear plans by the Metropolitan Police and Essex Police "
        "to move officers.\n\n"
        'The force added: "That is why we are changing our approach to keep pupils safe."\n'
    )
    assert snippet_speakers(text) == [None]


# A capitalised run an article opens with no title before a name is a place or a thing
# ("the Mill Green car boot sale"), never the person "he said" reads back to.
def test_a_run_after_an_article_is_no_one_he_said_means() -> None:
    text = (
        "Stolen tools\n\nThe MP has raised stolen tools with the police.\n\n"
        "Doe visited the Mill Green car boot sale in November after a tip-off.\n\n"
        'He said: "Nobody could explain where they got their tools from."\n'
    )
    assert snippet_speakers(text) == [None]


def test_a_title_between_the_article_and_the_name_keeps_the_person() -> None:
    text = (
        "Stolen tools\n\nThe MP has raised stolen tools with the police.\n\n"
        "The visit was led by the Commissioner Jane Roe in November.\n\n"
        'She said: "Nobody could explain where they got their tools from."\n'
    )
    assert snippet_speakers(text) == ["Jane Roe"]


# Guillemets mark words as double marks do: «...».
def test_guillemets_mark_a_quote() -> None:
    text = (
        "Stolen tools\n\nThe MP has raised stolen tools with the police.\n\n"
        "The Shadow Justice Secretary, John Doe, wrote: «You did not need to be a "
        "detective to work out they were stolen.»\n"
    )
    assert snippet_quotes(text) == [
        ("John Doe", "You did not need to be a detective to work out they were stolen.")
    ]
