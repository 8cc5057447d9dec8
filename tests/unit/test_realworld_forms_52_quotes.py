"""Forms of quotes and speakers found in blind batches 74 and 75 (and open classes of
earlier batches), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes, snippet_speakers

_HEAD = "Patrol review\n\nThe force has confirmed an officer attended the scene.\n\n"
_NAMED = f"{_HEAD}Dame Jane Roe, the Deputy Commissioner, said the review would report soon.\n\n"


# A long reporting sentence whose verb is joined on with ", but"/", and" before the colon
# ("X told the panel that ... , but added:"): the sentence's opening subject speaks.
@pytest.mark.parametrize("joined", ["but added", "and added", "but warned"])
def test_a_verb_joined_on_after_a_long_clause_keeps_the_subject(joined: str) -> None:
    text = (
        f"{_NAMED}Dame Jane told the Police and Crime Committee on Tuesday that it was "
        "never the job of patrol officers to look for people breaking the rules at "
        f'private events, {joined}: "If we find officers should have acted, we will act."\n'
    )
    assert snippet_speakers(text) == ["Jane Roe"]


def test_a_long_joined_sentence_opening_on_a_scene_names_nobody() -> None:
    text = (
        f"{_NAMED}On Tuesday, the committee heard that it was never the job of patrol "
        "officers to look for people breaking the rules at private events or parties, "
        'but added: "If we find officers should have acted, we will act."\n'
    )
    assert snippet_speakers(text) == [None]
