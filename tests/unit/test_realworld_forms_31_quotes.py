"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 30 and
31, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers


# Someone brought into a report by one name ("Priya, a nurse, said ...", "... is Tomas,
# who said ...") speaks the quotes "he said" or "she said" gives next: never the
# official quoted before them. One name alone is no speaker, so those quotes are no
# one's; a surname the release gives in full still resolves.
@pytest.mark.parametrize(
    ("introduction", "speakers"),
    [
        ("Among those caught up in the attacks is Tomas, who said he was pushed over.", None),
        ("Priya, a nurse from Hackney, said her bag was grabbed from her shoulder.", None),
        ("Smith said she had asked for more patrols on the estate.", "Jane Smith"),
    ],
)
def test_one_named_newcomer_stops_the_earlier_speaker_carrying_over(
    introduction: str, speakers: str | None
) -> None:
    text = (
        "Street robberies\n\n"
        "Commander Jane Smith said: “We are targeting the gangs behind these thefts and "
        "we will not let up.”\n\n"
        f"{introduction}\n\n"
        "“It was over in seconds and nobody stopped to help me,” she said."
    )
    assert snippet_speakers(text) == ["Jane Smith", speakers]
