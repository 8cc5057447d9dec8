"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers

_NAMED = (
    "Cyclists warned over parking\n\n"
    "John Smith, 40, a rider for ten years, says he is stopped by officers every day.\n\n"
    "“I feel the police are always watching us and it makes me upset.”\n\n"
)


# Someone brought in only as one more of a kind ("Another rider, who ..., was ...") is
# not the one of that kind named before: "He said:" next names no one.
def test_another_of_a_kind_is_not_the_one_named_before() -> None:
    text = (
        _NAMED + "Another rider, who would not give his name, was warned for waiting on the "
        "pavement.\n\n"
        "He said: “The police should check riders for drink. Then only a few would be left.”\n"
    )
    assert snippet_speakers(text) == ["John Smith", None]


# Guard: with no one else brought in, "He said:" is still the one named before.
def test_he_said_after_the_named_one_still_speaks() -> None:
    text = (
        _NAMED + "He was warned for waiting on the pavement.\n\n"
        "He said: “The police should check riders for drink. Then only a few would be left.”\n"
    )
    assert snippet_speakers(text) == ["John Smith", "John Smith"]
