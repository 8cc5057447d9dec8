"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 42 and
43 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_CONFIDENCE = "“The Mayor has full confidence in the commissioner and in the work of his officers.”"
_MAYOR_NAMED = "Mayor backs Met chief\n\nBoris Johnson, the Mayor of London, backed the commissioner in 2012.\n\n"


# A spokesperson speaks by the post, never as the one spoken for: the owner stays in the
# post where written in full or as an office, and is dropped where written only by an
# honorific and surname; "a spokesman for Mr X" is the spokesman's post too.
@pytest.mark.parametrize(
    ("attribution", "speakers"),
    [
        ("The Mayor of London’s spokesman said:", ["Mayor of London’s spokesman"]),
        ("The PM's official spokesman said:", ["PM's official spokesman"]),
        ("Boris Johnson’s spokesman said:", ["Boris Johnson’s spokesman"]),
        ("Mr Johnson’s official spokesman said:", ["official spokesman"]),
        ("A spokesman for Mr Johnson said:", ["spokesman for Mr Johnson"]),
        ("A spokeswoman for the Mayor said:", ["spokeswoman for the Mayor"]),
        # guards: the principal himself, and an office's spokesperson
        ("Mr Johnson said:", ["Boris Johnson"]),
        ("A City Hall spokesman said:", ["City Hall spokesman"]),
    ],
)
def test_a_spokespersons_words_are_never_the_principals(
    attribution: str, speakers: list[str]
) -> None:
    assert snippet_speakers(f"{_MAYOR_NAMED}{attribution} {_CONFIDENCE}\n") == speakers
