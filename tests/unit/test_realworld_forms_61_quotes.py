"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers


# A paragraph opening on a name with a lower-case particle ("John de Smith, the MP for
# ..., welcomed ...") has that person as its subject, whom "He added:" next goes on with,
# not the person quoted before it.
def test_a_subject_named_with_a_particle_is_whom_the_pronoun_goes_on_with() -> None:
    text = (
        "Prime Minister orders recall\n\n"
        "David Brown said: “We will restore order.”\n\n"
        "John de Smith, the Conservative MP for Town, welcomed the move. He said it was "
        "not clear whether Mr Brown would seek new powers.\n\n"
        "He added: “The people of the town will be heard after these scenes.”\n"
    )
    assert snippet_speakers(text) == ["David Brown", "John de Smith"]


# Guard: a subject without a particle reads as before.
def test_a_subject_named_without_a_particle_still_goes_on() -> None:
    text = (
        "Prime Minister orders recall\n\n"
        "David Brown said: “We will restore order.”\n\n"
        "John Smith welcomed the move.\n\n"
        "He added: “The people of the town will be heard after these scenes.”\n"
    )
    assert snippet_speakers(text) == ["David Brown", "John Smith"]
