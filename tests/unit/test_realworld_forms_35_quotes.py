"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 40 and
41, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

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
def test_a_title_alone_is_the_holder_named_under_a_caption(
    text: str, speakers: list[str]
) -> None:
    assert snippet_speakers(text) == speakers
