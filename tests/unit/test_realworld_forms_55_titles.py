"""Round 55's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet


def test_a_decisions_directorate_field_is_no_headline() -> None:
    text = (
        "Key information\n"
        "Directorate: Housing and Land\n"
        "Reference code: PCD 2210\n"
        "Date signed:\n"
        "Decision by: Jane Doe, Deputy Mayor, Policing and Crime\n"
        "PCD 2210 Youth Diversion Scheme Renewal\n"
        "PCD 2210 Youth Diversion Scheme Renewal\n"
        "Executive Summary:\n"
        "This decision seeks approval to renew the youth diversion scheme for a year."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "PCD 2210 Youth Diversion Scheme Renewal"
    assert all("Directorate" not in block.text for block in parsed.blocks)
