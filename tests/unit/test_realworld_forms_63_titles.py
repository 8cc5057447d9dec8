"""Round 63's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet


def test_a_web_archives_banner_is_not_the_headline() -> None:
    text = (
        "The Wayback Machine - https://web.archive.org/web/20100101000000/"
        "http://www.example.gov.uk:80/about-the-office\n\n"
        "About the Office\n\n"
        "The Office was set up in January to oversee the county's policing."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "About the Office"
    assert parsed.title_derived is False
