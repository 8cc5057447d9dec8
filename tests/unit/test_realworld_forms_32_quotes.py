"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 32 and
33, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers


# A quote attributed after it, its verb followed by whom it was said to and of what
# ("..., he told a special sitting of the council, ...") or by who reported it ("..., she
# was quoted as saying by the local radio station."): the subject before the verb speaks.
@pytest.mark.parametrize(
    "attribution",
    [
        "he told a special sitting of the council, admitting that patrols had been too thin",
        "she was quoted as saying by the local radio station",
    ],
)
def test_a_quote_said_to_a_body_or_reported_by_another_is_its_subjects(attribution: str) -> None:
    text = (
        "Council leader backs new patrols\n\n"
        "Council leader Jane Doe has promised more patrols on the estate after a week of "
        "burglaries.\n\n"
        f"“The work to win back these streets has well and truly begun,” {attribution}."
    )
    assert snippet_quotes(text) == [
        ("Jane Doe", "The work to win back these streets has well and truly begun.")
    ]
