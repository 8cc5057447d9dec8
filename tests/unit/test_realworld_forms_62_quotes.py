"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers


# "The Commissioner spoke to the paper about ... Mr Doe ... . He said: “...”": the post
# the quotation's own paragraph opens on is whom "he" means, never the person named in
# full paragraphs before and mentioned again after the post's verb.
def test_a_post_opening_the_quotations_paragraph_is_whom_the_pronoun_means() -> None:
    text = (
        "Weekly message\n\n"
        "There was an incident in which John Smith, the director of a charity, was "
        "stopped from crossing the path of a march.\n\n"
        "The encounter with Mr Smith drew criticism.\n\n"
        "The Commissioner spoke to a newspaper about the incident, making it clear that "
        "the officer was right to stop Mr Smith and his party. He said: “The sergeant "
        "at the scene assessed that there was a risk and was trying to help Mr Smith.”\n"
    )
    assert snippet_speakers(text) == [None]


# Guard: the post's holder, named in full in the release, speaks by the post.
def test_a_post_opening_the_quotations_paragraph_is_its_named_holder() -> None:
    text = (
        "Weekly message\n\n"
        "Commissioner Jane Doe met officers on Monday, with John Smith.\n\n"
        "The Commissioner spoke to a newspaper about the visit, praising Mr Smith. She "
        "said: “The officers at the scene did exactly what we ask of them every day.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# Guard: a paragraph naming someone in full before "he said" still gives that person.
def test_a_person_named_in_the_quotations_paragraph_still_speaks() -> None:
    text = (
        "Weekly message\n\n"
        "The Commissioner met John Smith, the director of a charity, on Monday.\n\n"
        "John Smith spoke to a newspaper about the meeting. He said: “The officers "
        "listened to every one of our concerns and promised to act on them.”\n"
    )
    assert snippet_speakers(text) == ["John Smith"]
