"""Forms of quotes, speakers, titles, dates and publishers found in blind batch 24 (and
batches 17-23), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers


# A rank and surname, then the force's own unit in apposition: the unit is no person.
@pytest.mark.parametrize(
    "lead",
    [
        "Sergeant Patel, North Area Command said:",
        "Inspector Grey, Central Task Force Squad, said:",
        "Superintendent Lowe, Roads Policing Division said:",
    ],
)
def test_police_unit_after_rank_is_no_person(lead: str) -> None:
    text = f"Arrests\n\n{lead} “This crime type is a problem for everyone who lives here.”"
    speaker = snippet_speakers(text)[0]
    assert speaker is None or speaker.split()[-1] in ("Patel", "Grey", "Lowe")


def test_named_officer_keeps_the_unit_as_role() -> None:
    text = (
        "Arrests\n\nDetective Inspector Jane Patel, North Area Command said: “This crime "
        "type is a problem for everyone who lives here.”"
    )
    assert snippet_speakers(text) == ["Jane Patel"]
