"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 42 and
43 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_CONFIDENCE = "“The Mayor has full confidence in the commissioner and in the work of his officers.”"
_MAYOR_NAMED = "Mayor backs Met chief\n\nBoris Johnson, the Mayor of London, backed the commissioner in 2012.\n\n"


# A spokesperson speaks by the post, never as the one spoken for: the owner stays in the
# post where written in full or as an office, and is dropped where written only by an
# honorific and surname; "a spokesman for Mr X" is the spokesman's post too.
@pytest.mark.parametrize(
    ("attribution", "speakers"),
    [
        ("The Mayor of London’s spokesman said:", ["Mayor of London’s spokesman"]),
        ("The PM's official spokesman said:", ["PM's official spokesman"]),
        ("Boris Johnson’s spokesman said:", ["Boris Johnson’s spokesman"]),
        ("Mr Johnson’s official spokesman said:", ["official spokesman"]),
        ("A spokesman for Mr Johnson said:", ["spokesman for Mr Johnson"]),
        ("A spokeswoman for the Mayor said:", ["spokeswoman for the Mayor"]),
        # guards: the principal himself, and an office's spokesperson
        ("Mr Johnson said:", ["Boris Johnson"]),
        ("A City Hall spokesman said:", ["City Hall spokesman"]),
    ],
)
def test_a_spokespersons_words_are_never_the_principals(
    attribution: str, speakers: list[str]
) -> None:
    assert snippet_speakers(f"{_MAYOR_NAMED}{attribution} {_CONFIDENCE}\n") == speakers


# A paper (or the reporter's "we") putting questions to someone named in full: the words
# in quote marks that follow are the answer, not the paper's.
_ANSWER = (
    "“There could be many reasons why assaults have risen, but what is clear is that "
    "they are rising and must be tackled.”"
)


@pytest.mark.parametrize(
    ("told", "speakers"),
    [
        (
            "The Local Gazette spoke to Superintendent Jane Doe, head of response policing.",
            ["Jane Doe"],
        ),
        ("We talked to Superintendent Jane Doe, head of response policing.", ["Jane Doe"]),
        # guards: the subject speaking to a paper, an office holder speaking to someone
        ("Superintendent Jane Doe spoke to the Local Gazette.", ["Jane Doe"]),
        ("The Mayor spoke to Superintendent Jane Doe about the figures.", ["Sadiq Khan"]),
    ],
)
def test_the_one_a_paper_spoke_to_answers(told: str, speakers: list[str]) -> None:
    text = f"Assaults on officers rise\n\nAssaults on officers rose by 17% in 2021.\n\n{told}\n\n{_ANSWER}\n"
    assert snippet_speakers(text) == speakers


# The subject of an act goes on to speak through a verb joined on after it: "..., then
# asked:", "... before adding:" (with a phrase of theirs quoted in between).
@pytest.mark.parametrize(
    ("lead", "speakers"),
    [
        ("Jane Doe welcomed the news that a summit would be held, then asked:", ["Jane Doe"]),
        (
            "Jane Doe repeated her statement that “responsibility lies with the offenders” "
            "before adding:",
            ["Jane Doe"],
        ),
        ("Jane Doe praised the officers involved and then added:", ["Jane Doe"]),
    ],
)
def test_a_verb_joined_on_after_an_act_keeps_its_subject(
    lead: str, speakers: list[str | None]
) -> None:
    text = (
        "Knife crime summit\n\nJane Doe, the shadow policing minister, spoke in the Commons.\n\n"
        f"{lead} “What extra funding is being provided to tackle the root causes of violence?”\n"
    )
    assert snippet_speakers(text) == speakers
