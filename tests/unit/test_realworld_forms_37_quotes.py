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
