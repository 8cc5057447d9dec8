"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 52 and
53 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_HEAD = "Night services see rise in reported crime\n\n"


# "A spokesman for mayor of London Jane Doe said ...": the office the one spoken for
# holds may come between in lower case; the spokesman speaks, never the one named.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("A spokesman for mayor of London Jane Doe said", "spokesman for mayor of London Jane Doe"),
        (
            "A spokeswoman for home secretary Jane Doe said",
            "spokeswoman for home secretary Jane Doe",
        ),
        ("A spokesman for Jane Doe said", "spokesman for Jane Doe"),
        # the name as the subject of its own sentence still speaks
        ("Mayor of London Jane Doe said", "Jane Doe"),
    ],
)
def test_spokesperson_for_an_office_holder_in_lower_case(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} most of the rise was down to more people reporting theft.\n\n"
        "“All stations open through the night are staffed at all times by officers,” "
        "he said.\n"
    )
    assert snippet_speakers(text) == [speaker]


# "The spokesman said:" is the spokesperson the release introduced with whose they are
# ("..., the PM’s spokesman was asked ..."), when it introduced only one.
@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        (
            "At a briefing this morning, the PM’s spokesman was asked for evidence.",
            "PM’s spokesman",
        ),
        (
            "At a briefing, the Home Secretary’s official spokesman was asked.",
            "Home Secretary’s official spokesman",
        ),
        # two spokespeople introduced: which one is not said
        ("The PM’s spokesman and the Mayor’s spokesman were asked for evidence.", "spokesman"),
        # none introduced
        ("At a briefing this morning, officials were asked for evidence.", "spokesman"),
    ],
)
def test_the_spokesman_is_the_one_introduced_with_an_owner(introduced: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{introduced}\n\n"
        "The spokesman said: “In recent months we have seen attempts to hijack legitimate "
        "protest and subvert the democratic process.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# A quotation closed by a mark set apart at its paragraph's end ('... is ruthless. “'),
# a slip of the typist's, opens nothing: the next paragraph's attribution is read.
@pytest.mark.parametrize("closer", ["“", '"'])
def test_a_mark_set_apart_at_a_paragraphs_end_closes(closer: str) -> None:
    text = (
        f"{_HEAD}Detective Inspector Jane Doe, from the fraud unit, said: “The people who "
        f"do this are ruthless and organised. Their methods are sophisticated. {closer}\n\n"
        "Ann Smith, head of the Online Dating Association, added: “People spend much of "
        "their lives online, meeting new people through dating services.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", "Ann Smith"]
