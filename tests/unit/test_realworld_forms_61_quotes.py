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


# "X denied ..., but the Commissioner disagreed, adding:": a clause joined on with a
# subject of its own; whoever opens the sentence is not the one going on speaking.
def test_a_joined_clause_with_its_own_subject_speaks() -> None:
    text = (
        "Chief on cuts\n\n"
        "Commissioner Jane Doe spoke to the radio host on Monday.\n\n"
        "She said: “Figures do not mean much.”\n\n"
        "Mary Roe denied that crime has risen due to cuts, but the Commissioner disagreed, "
        "adding: “In the last few years, officer numbers have gone down a lot.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", "Jane Doe"]


# Guard: a clause joined on with no subject of its own shares the sentence's subject.
def test_a_joined_clause_without_a_subject_shares_the_opening_one() -> None:
    text = (
        "Chief on cuts\n\n"
        "Mary Roe denied that crime has risen due to cuts, and rejected the report, "
        "adding: “In the last few years, officer numbers have gone up.”\n"
    )
    assert snippet_speakers(text) == ["Mary Roe"]


# "the Commissioner" in a release naming "Commissioner Doe" and "Jane Doe": the post
# before the surname alone is held by the person named in full with that surname.
def test_a_post_named_before_a_surname_alone_is_held_by_the_person_in_full() -> None:
    text = (
        "Chief on cuts\n\n"
        "Commissioner Doe spoke to the radio host on Monday. Jane Doe was asked about "
        "stabbings.\n\n"
        "Mary Roe denied that crime has risen, but the Commissioner disagreed, adding: "
        "“Officer numbers have gone down a lot.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# Guard: with no one named in full with the surname, the post names no one.
def test_a_post_before_a_surname_no_one_has_in_full_names_no_one() -> None:
    text = (
        "Chief on cuts\n\n"
        "Commissioner Doe spoke to the radio host on Monday. John Smith asked about "
        "stabbings.\n\n"
        "The Commissioner said: “Officer numbers have gone down a lot.”\n"
    )
    assert snippet_speakers(text) == [None]


# A relative or witness the report never names speaks by the noun as written: "Her
# mother told the paper:", "A neighbour who saw the crash said:", "The woman, who asked
# not to be identified, said:".
def test_an_unnamed_relative_or_witness_speaks_by_the_noun() -> None:
    text = (
        "Girl bitten in park\n\n"
        "A girl was bitten by a dog in the park on Sunday.\n\n"
        "Her mother told the paper: “It was a frightening day for all of us.”\n\n"
        "A neighbour who saw the dog told the paper: “It ran off towards the lake.”\n\n"
        "The woman, who asked not to be identified, said: “I had never seen it before.”\n"
    )
    assert snippet_speakers(text) == ["mother", "neighbour", "woman"]


# Guards: "the woman" alone may be someone named before, and a release naming someone
# with the noun ("Jane Doe, the mother of ...") leaves the noun no one's.
def test_the_noun_alone_or_named_elsewhere_is_no_one() -> None:
    text = (
        "Girl bitten in park\n\n"
        "A girl was bitten by a dog in the park on Sunday.\n\n"
        "The woman told the paper: “It was a frightening day for all of us.”\n"
    )
    assert snippet_speakers(text) == [None]
    named = (
        "Girl bitten in park\n\n"
        "Jane Doe, the mother of the girl, was with her in the park on Sunday.\n\n"
        "Her mother told the paper: “It was a frightening day for all of us.”\n"
    )
    assert snippet_speakers(named) == [None]
