"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 68 and
69 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_HEAD = "Depot plan announced\n\n"


# A body's committee, commission or inquiry ends the post before a name, never opens the
# name ("Chair of the Transport Committee Jane Doe said").
@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        (
            "Chair of the Health and Care Committee Jane Doe AM said:\n\n“Patients deserve "
            "far better than this from the service.”",
            ["Jane Doe"],
        ),
        (
            "Deputy Chair of the Transport Committee Jane Doe said: “Passengers deserve far "
            "better than this from the operator.”",
            ["Jane Doe"],
        ),
        (
            "Chair of the Safety and Standards Commission Jane Doe said: “Passengers deserve "
            "far better than this from the operator.”",
            ["Jane Doe"],
        ),
        (
            "Chair of the Budget Committee Jane Doe said: “Passengers deserve far better "
            "than this from the operator.”",
            ["Jane Doe"],
        ),
    ],
)
def test_a_committee_ends_the_post_before_a_name(paragraphs: str, speakers: list[str]) -> None:
    assert snippet_speakers(_HEAD + paragraphs + "\n") == speakers
