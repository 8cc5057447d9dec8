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


_CELLS = (
    "Cells are no place for the ill, says Jane Doe\n\n"
    "Jane Doe told the conference that officers were not meant to be social workers.\n\n"
)


# A long lead-in ending on a reported clause ("..., that it was ...:") has the person set
# off before the clause as the verb's object: the sentence's subject speaks, never them.
def test_a_name_set_off_before_a_reported_clause_is_not_the_speaker() -> None:
    text = (
        _CELLS + "She had agreed with the health secretary, John Roe, that it was not "
        "acceptable for any local area to lack a health-based place of safety: “We will "
        "therefore undertake an urgent review of the places of safety we have.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# Guard: a long lead-in ending on the speaker set off after a post still names them.
def test_a_long_lead_in_ending_on_the_speaker_still_names_them() -> None:
    text = (
        _CELLS + "Reacting to the news that the review would take place over the next two "
        "months, the health secretary, John Roe:"
        " “We will therefore undertake an urgent review of the places of safety we have.”\n"
    )
    assert snippet_speakers(text) == ["John Roe"]


# The body addressed after "told" may be named with a possessive and a few words more
# before the place: "..., she told the federation's annual conference in Leeds."
def test_told_a_bodys_conference_with_a_possessive_attributes_the_quote() -> None:
    text = (
        _CELLS + "“Officers need to know that vulnerable people will be dealt with by health "
        "services, not the police,” she told the federation's annual conference in Leeds.\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# An attribution set in after reported words ("..., Mrs Doe said, adding:") names who
# goes on speaking, whatever the reported words' own subject.
def test_an_attribution_set_in_before_adding_names_the_speaker() -> None:
    text = (
        _CELLS + "The Government has already reduced the grant from £300,000 to £100,000 a year, "
        "Mrs Doe said, adding: “But I can announce today that this grant will end in May.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# Guard: the subject who acted and then went on speaking is still the one read.
def test_the_subject_going_on_to_add_still_speaks() -> None:
    text = (
        _CELLS + "Jane Doe said the grant had already been cut to £100,000 a year, adding: "
        "“But I can announce today that this grant will end in May.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# A scene before the subject with no comma may end on a name with its post written
# before it: "In a tweet Prime Minister Jane Doe said:" is hers.
def test_a_scene_before_a_post_and_name_leaves_the_name() -> None:
    text = (
        "Support for the injured\n\n"
        "Jane Doe and John Roe have sent their support to those hurt in the attack.\n\n"
        "In a tweet Prime Minister Jane Doe said: 'Thank you to all emergency services "
        "responding to the incident, which has been declared terrorism-related.'\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# Guard: capitals joined by "and" to a place before are no one's name after a scene.
def test_a_place_joined_by_and_is_not_read_into_the_name() -> None:
    text = (
        "Centre daubed\n\n"
        "At the time of the attack MP for Chelsea and Fulham John Roe wrote on Twitter: "
        "“Am hearing that the centre has been smeared with slogans. This is awful.”\n"
    )
    assert snippet_speakers(text) == [None]
