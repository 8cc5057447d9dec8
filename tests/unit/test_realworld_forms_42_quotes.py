"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 54 and
55 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_HEAD = "Wildlife unit faces funding gap\n\n"


# "City Council Green Party member Baroness Smith said:": a party's name is no person,
# however many capitalised words come before it; the one after the post speaks.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the peer is never named in full: no name beats the party's
        ("City Council Green Party member Baroness Smith said:", None),
        ("Labour Party member Lord Brown said:", None),
        # guards: a member named in full speaks
        ("City Council Green Party member Jane Smith said:", "Jane Smith"),
        ("Green Party member Jane Smith said:", "Jane Smith"),
    ],
)
def test_a_party_before_a_members_post_is_no_speaker(lead: str, speaker: str | None) -> None:
    text = (
        f"{_HEAD}{lead} “The city is a hub for criminals who traffic wildlife and the "
        "unit cannot be left to find money from charities.”\n"
    )
    assert snippet_speakers(text) == [speaker]
