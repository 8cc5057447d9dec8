"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 48 and
49 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_HEAD = "Police step up patrols\n\n"
_SAYS = "“We are watching events abroad closely.”"


# "They" with no one quoted yet is a body or a group, not the last person named in full
# ("Officers met Jane Doe at the centre." / "They continued, saying: “...”"): no name beats
# a wrong one; "he" or "she" still refers back to that person.
@pytest.mark.parametrize(
    ("pronoun", "speaker"),
    [
        ("They", None),
        # guard: a singular pronoun goes back to the person named in full
        ("She", "Jane Doe"),
    ],
)
def test_they_is_not_the_last_person_named(pronoun: str, speaker: str | None) -> None:
    text = (
        f"{_HEAD}Officers met community leader Jane Doe at the centre on Monday.\n\n"
        f"{pronoun} continued by trying to reassure residents, saying: {_SAYS}\n"
    )
    assert snippet_speakers(text) == [speaker]


# A newspaper or site ("the Jewish News", "Evening Standard") is no person: the one the
# pronoun after it refers to is named before, never the paper that asked.
@pytest.mark.parametrize(
    "paper", ["the Jewish News", "the Evening Standard", "Sky News", "the Local Gazette"]
)
def test_a_newspaper_is_not_a_person(paper: str) -> None:
    text = (
        f"{_HEAD}The statement came from community leader Jane Doe.\n\n"
        f"Speaking to {paper}, she said: {_SAYS}\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]
