"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 44 and
45 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes

_BACKS = "Prime Minister backs Met chief\n\n"


# A copy that lost the spaces after its sentences: a closing mark glued to the next
# word still closes the quote, and a full stop glued to the next sentence still ends it,
# so the attribution read before the next quote is that sentence's.
@pytest.mark.parametrize(
    "body",
    [
        "Boris Johnson backed the chief, Downing Street said.Asked whether the Prime Minister"
        " has confidence in her, Mr Johnson’s official spokesman said: “Yes, he does.”Pressed"
        " on why, officials declined to comment further.",
        # guard: the same with its spaces
        "Boris Johnson backed the chief, Downing Street said. Asked whether the Prime Minister"
        " has confidence in her, Mr Johnson’s official spokesman said: “Yes, he does.” Pressed"
        " on why, officials declined to comment further.",
    ],
)
def test_a_copy_without_spaces_after_sentences_keeps_its_quotes_apart(body: str) -> None:
    assert snippet_quotes(f"{_BACKS}{body}\n") == [("official spokesman", "Yes, he does.")]


# "The spokesman added:" with no one named since the spokesperson just quoted goes on
# with that post, in the same paragraph too (the definite post points back to it);
# anyone named speaking between stops it.
@pytest.mark.parametrize(
    ("between", "second"),
    [
        ("Pressed on why, the spokesman added:", "official spokesman"),
        ("\n\nPressed on why, the spokesman added:", "official spokesman"),
        # guards: someone else speaking between, and a spokesman who is not the one quoted
        ("\n\nJane Doe, who chairs the board, said the decision was wrong. The spokesman added:", None),
        ("A Home Office spokesman added:", "Home Office spokesman"),
    ],
)
def test_the_spokesman_goes_on_with_the_post_just_quoted(between: str, second: str | None) -> None:
    text = (
        f"{_BACKS}Boris Johnson backed the chief, Downing Street said. Mr Johnson’s official"
        f" spokesman said: “Yes, he does.” {between} “The inquiry is rightly looking at the"
        " events of the night.”\n"
    )
    assert [s for s, _ in snippet_quotes(text)] == ["official spokesman", second]
