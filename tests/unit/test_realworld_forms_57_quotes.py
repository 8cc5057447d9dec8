"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers

_PLAN = "“We have a plan to cut knife crime and to deal severely with those who carry knives.”"


# A surname completed from the text must be a person's name, never the last word of a
# place's or event's name run on into a further capitalised word ("Bethnal Green Fair").
def test_a_surname_is_not_completed_from_an_events_name() -> None:
    text = (
        "Officers raise concerns over Bethnal Green Fair\n\n"
        "Federation chair Jack Green said officers dread the event.\n\n"
        "Mr Green said officers were worried.\n\n"
        "“Nobody looks forward to working Bethnal Green Fair, which is a shame.”\n"
    )
    assert snippet_speakers(text) == ["Jack Green"]


# Guard: a name followed by an acronym or a title on its line is still the person's.
def test_a_name_followed_by_an_acronym_or_title_still_completes_a_surname() -> None:
    text = (
        "Knife plan\n\n"
        "Jane Doe GLA member for City & East\n\n"
        "Mr Doe made the call on Monday.\n\n"
        f"Mr Doe said: {_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# The time the words were said may come between the verb and the comma setting them
# off: "The force said this afternoon, “...”" is the force's, as "said:" would be.
def test_a_time_after_the_verb_before_a_comma_keeps_the_speaker() -> None:
    text = (
        "Dog attack\n\n"
        "The police said this afternoon, “Officers attended an address to execute a "
        "warrant. While they attempted an arrest, they were attacked by a dog.”\n"
    )
    assert snippet_speakers(text) == ["police"]


def test_a_named_speaker_with_a_time_after_the_verb_before_a_comma() -> None:
    text = f"Knife plan\n\nJane Doe said last night, {_PLAN}\n"
    assert snippet_speakers(text) == ["Jane Doe"]


# Guard: any other words after the verb before a comma (not a time) are no lead-in.
def test_other_words_after_the_verb_before_a_comma_give_no_speaker() -> None:
    text = f"Knife plan\n\nJane Doe said the plan was late, {_PLAN}\n"
    assert snippet_speakers(text) == []
