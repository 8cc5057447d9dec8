"""Forms found in the spent eighteenth blind batch (tests/blind18, round 19) for quotes,
speakers, titles, dates and publishers, each fixed as a class: the batch's own case in our
own words and others of the same class written in the styles of other real publishers
(police forces, councils, parties, news sites), with guard cases that must not change.
A wrong name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes

_SAYING = "“Every search should be filmed so that people can trust what officers do.”"
_WORDS = _SAYING.strip("“”")

# ------------------------------------------------------------------ speakers


# A party's name, then the member's post in lower case, then the member's name ("<Party>
# <remit> spokesperson <Name> AM said:"): the name speaks, never the party.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the batch's form: a two-word party, a remit with "and", a post-nominal
        ("Liberal Democrat policing and justice spokesperson Anna Price AM said:", "Anna Price"),
        # other parties' and bodies' styles
        ("Labour housing spokesperson Tom Elwood AM said:", "Tom Elwood"),
        ("Green Party transport spokesperson Mia Lowe said:", "Mia Lowe"),
        ("Federation welfare lead Paul Dent said:", "Paul Dent"),
        ("Conservative shadow policing minister Rob Ainsley MP said:", "Rob Ainsley"),
        ("London Assembly Liberal Democrat housing spokesperson Jo Hart said:", "Jo Hart"),
    ],
)
def test_a_partys_lower_case_post_before_the_name(lead, speaker):
    text = f"Searches recorded\n\nThe figures were released on request.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [(speaker, _WORDS)]


def test_a_lower_case_post_after_narrative_names_no_one():
    lead = "Speaking outside the station police officer Anna Price said:"
    text = f"Searches recorded\n\nThe figures were released on request.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [(None, _WORDS)]


def test_a_partys_post_after_the_name_is_unchanged():
    lead = "Anna Price, Liberal Democrat policing spokesperson, said:"
    text = f"Searches recorded\n\nThe figures were released on request.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [("Anna Price", _WORDS)]
