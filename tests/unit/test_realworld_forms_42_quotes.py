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


# A release trailing a speech tells of its speaker in the future ("Jane Doe will reveal
# her plan ..."): she is the one the office then named ("the prime minister will say:")
# stands for, as she would be had she "revealed" it.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Jane Doe will reveal her plan to end the lottery on Thursday.", "Jane Doe"),
        ("Jane Doe will set out her plan to end the lottery on Thursday.", "Jane Doe"),
        # two people trailed: which of them holds the office is not said
        (
            "Jane Doe will reveal her plan on Thursday. Ann Smith will announce the money.",
            None,
        ),
        # a future of no public act names no subject
        ("Jane Doe will travel to Leeds on Thursday.", "prime minister"),
    ],
)
def test_a_subject_trailed_in_the_future_holds_the_office(lead: str, speaker: str | None) -> None:
    text = (
        f"{_HEAD}{lead}\n\n"
        "In the announcement, the prime minister will say: “Everyone deserves to feel safe "
        "and secure on the streets they call home.”\n"
    )
    assert snippet_speakers(text) == [speaker]
