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


# "Labour sources said: “...”": a group of unnamed sources speaks as written, as "a
# Labour source" does.
def test_unnamed_sources_speak_as_written() -> None:
    text = (
        "Candidate vows cuts\n\n"
        "Party sources said: “The unfunded commitments from the candidate simply do "
        "not add up.”\n"
    )
    assert snippet_speakers(text) == ["Party sources"]


# "However Labour sources said that ... . / They said: “...”": the sources a paragraph
# opens on as its subject are whom "they" means, never a minister named paragraphs
# before and said to have told a meeting something.
def test_they_after_a_paragraph_opening_on_sources_is_the_sources() -> None:
    text = (
        "Candidate vows cuts\n\n"
        "Her plan, which she discussed with Home Secretary John Smith, would be funded "
        "by cuts.\n\n"
        "Mr Smith is understood to have told the meeting that the record had skewed the "
        "trend.\n\n"
        "However Party sources said that crime rates were lower than elsewhere.\n\n"
        "They said: “The unfunded commitments from the candidate simply do not add up. "
        "They are based on revenue that does not exist.”\n"
    )
    assert snippet_speakers(text) == ["Party sources"]


# Guard: "The spokesman revealed ...", then "he said:": the article is no part of the
# post, and a bare spokesman with reported words stays no one's.
def test_the_spokesman_opening_a_paragraph_is_no_capitalised_post() -> None:
    text = (
        "Lobby briefing\n\n"
        "The spokesman revealed that ministers Lord Brown and Jane Doe had written to "
        "leaders.\n\n"
        "Setting out the new measures, he said: “There will be a new team dedicated to "
        "helping the people involved.”\n"
    )
    assert snippet_speakers(text) == [None]


# "Commander John Smith, ..., was joined by Assistant Commissioner Jane Doe in
# recognising ...", then "He said:": one joined by someone is still the subject, not
# acted on by them, and is whom the pronoun means.
def test_a_subject_joined_by_someone_is_whom_the_pronoun_means() -> None:
    text = (
        "Commander John Smith, the lead for public protection, was joined by Assistant "
        "Commissioner Jane Doe in recognising the work of officers at a ceremony\n\n"
        "He said: “The examples seen here are just a snapshot of the work going on "
        "every day across the force.”\n"
    )
    assert snippet_speakers(text) == ["John Smith"]


# Guard: one acted on by someone named ("was criticised by") is not whom "he" means.
def test_a_subject_criticised_by_someone_is_not_whom_the_pronoun_means() -> None:
    text = (
        "Commander John Smith, the lead for public protection, was criticised by "
        "councillor Jane Doe at a meeting on Monday.\n\n"
        "He said: “The examples seen here are just a snapshot of the work going on "
        "every day across the force.”\n"
    )
    assert snippet_speakers(text) == [None]


# "Assembly member Jane Hall, his opponent, ..." then "“...,” Hall said": a place word is
# a surname after a title over the first name, as after a post set off after it, and
# "Hall" alone is that person.
def test_a_place_word_surname_after_a_title_completes() -> None:
    text = (
        "Mayor clashes with rival\n\n"
        "The session saw the Mayor clash with Assembly member Jane Hall, his opponent at "
        "next year's election, over crime figures.\n\n"
        "“Crime has been increasing in the city,” Hall said, quoting statistics.\n"
    )
    assert snippet_speakers(text) == ["Jane Hall"]


# Guard: with no title before the name nor post after it, "Hall" alone names no one.
def test_a_place_word_surname_without_a_title_stays_unread() -> None:
    text = (
        "Mayor clashes with rival\n\n"
        "The session saw the Mayor clash with his rival Jane Hall over crime figures.\n\n"
        "“Crime has been increasing in the city,” Hall said, quoting statistics.\n"
    )
    assert snippet_speakers(text) == []
