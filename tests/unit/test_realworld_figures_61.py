"""Figure forms found across the blind batches (round 61), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, snippet_stats

from briefing.parse.stats.phrases import clean_phrase


# An adverb between the verb and the change ("is actually down") is no subject: the noun
# before the verb is.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Burglary is actually down 14%. Theft is down almost 20%.",
            [(14, "Burglary"), (20, "Theft")],
        ),
        ("Car crime has steadily fallen by 9 per cent.", [(9, "Car crime")]),
        ("Knife crime is only down 3 per cent.", [(3, "Knife crime")]),
        # guard: a plain copula keeps its subject
        ("Robbery is down 6%.", [(6, "Robbery")]),
    ],
)
def test_adverb_after_the_verb_is_no_subject(text: str, labels: list[tuple[float, str]]) -> None:
    assert headed_labels(text) == labels


# A label cut at a small word or at its word count never ends on its clause's comma.
@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("burglaries in Camden last year, and", "burglaries in Camden last year"),
        (
            "one two three four five six seven eight nine ten, eleven",
            "one two three four five six seven eight nine ten",
        ),
        # guard: a comma inside the label stays
        ("arrests, charges and cautions", "arrests, charges and cautions"),
    ],
)
def test_label_ends_on_no_comma(phrase: str, label: str) -> None:
    assert clean_phrase(phrase) == label


def test_list_item_change_label_has_no_comma() -> None:
    text = (
        "Council welcomes plan as burglaries rise in Camden\n"
        "- The plan was launched on Tuesday (June 27th)\n"
        "- 310 burglaries in Camden last year, a 9% increase on previous year\n"
        "- 8,512 vehicle crime offences, an increase of 14% on previous year\n"
        "The council said more."
    )
    assert [(s.value, s.label) for s in snippet_stats(text)][-1] == (14, "vehicle crime offences")
