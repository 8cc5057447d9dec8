"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_quotes, snippet_speakers

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


def test_a_year_or_a_weekday_after_the_verb_before_a_comma_keeps_the_speaker() -> None:
    text = (
        "Knife plan\n\n"
        f"Jane Doe said in 2008, {_PLAN}\n\n"
        "The council met later.\n\n"
        "John Roe said on Monday, “Officers will patrol every ward in the borough.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", "John Roe"]


# Guard: any other words after the verb before a comma (not a time) are no lead-in.
def test_other_words_after_the_verb_before_a_comma_give_no_speaker() -> None:
    text = f"Knife plan\n\nJane Doe said the plan was late, {_PLAN}\n"
    assert snippet_speakers(text) == []


# A web page's link to another story set between a closed passage and a paragraph of
# speech with no attribution of its own is read past: the speech goes on.
def test_a_link_line_after_a_closed_passage_does_not_end_the_speech() -> None:
    text = (
        "Trust in the force\n\n"
        "Jane Doe, the Victims’ Commissioner, spoke to the paper.\n\n"
        "“We are all struggling to understand how this could happen,” she said, adding "
        "that vetting needed an overhaul.\n\n"
        "More from News\n\n"
        "“It will have damaged trust and confidence in the wider justice system.”\n"
    )
    assert snippet_quotes(text) == [
        (
            "Jane Doe",
            "We are all struggling to understand how this could happen.\n\n"
            "It will have damaged trust and confidence in the wider justice system.",
        )
    ]


# Guard: a paragraph after the line with an attribution of its own is that speaker's.
def test_a_quote_attributed_after_a_link_line_keeps_its_own_speaker() -> None:
    text = (
        "Trust in the force\n\n"
        "“We are all struggling to understand how this could happen,” Jane Doe said.\n\n"
        "More from News\n\n"
        "“It will have damaged trust and confidence,” John Roe said.\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", "John Roe"]


def test_a_read_more_link_after_a_closed_passage_does_not_end_the_speech() -> None:
    text = (
        "Reform of the force\n\n"
        "“We can succeed because of the honest officers of the force,” Jane Doe said.\n\n"
        "Read more: Force chief sorry after missed chances to stop 'rogue officer'\n\n"
        "“We cannot achieve the reforms needed quickly or without the help of others.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]
    assert "We cannot achieve" in snippet_quotes(text)[0][1]


# Guard: a subheading after a closed passage may bring in another voice; it still ends
# the speech.
def test_a_subheading_after_a_closed_passage_still_ends_the_speech() -> None:
    text = (
        "Bus safety\n\n"
        "Jane Doe said: “This is welcome news for every passenger.”\n\n"
        "Drivers respond\n\n"
        "“We have asked for this for years and it will make a difference to staff.”\n"
    )
    assert snippet_quotes(text)[0] == ("Jane Doe", "This is welcome news for every passenger.")
