"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers


# "Detective Chief Inspector Jane Doe, of the Met’s ... is leading the investigation. She
# said: “...”": a name after a title of three words or more is still a person named in
# full, and the place after "in" earlier is no one.
def test_a_name_after_a_long_rank_is_whom_the_pronoun_means() -> None:
    text = (
        "Appeal for information\n\n"
        "Detectives investigating the murder of John Smith in Tower Hamlets are appealing "
        "for witnesses.\n\n"
        "Detective Chief Inspector Jane Doe, of the Met’s Specialist Crime Command is "
        "leading the investigation. She said: “I would ask anyone who saw what happened "
        "to get in touch with us.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# A place after "in" is never whom "he said" refers back to: with no one else named in
# full, no one speaks.
def test_a_place_after_in_is_no_one() -> None:
    text = (
        "Appeal for information\n\n"
        "Officers were called to a disturbance in Tower Hamlets on Sunday night.\n\n"
        "He said: “I would ask anyone who saw what happened to get in touch with us.”\n"
    )
    assert snippet_speakers(text) == [None]


# "the PM refused to comment on whether ... was working with Police Commissioner Jane
# Doe. / But he added: “...”": whoever is "with" the subject does not compete with the
# one quoted before for the pronoun.
def test_someone_with_the_subject_leaves_the_speaker_quoted_before() -> None:
    text = (
        "PM on crime\n\n"
        "Prime Minister John Smith said: “We will do more to fight knife crime in every "
        "part of the country.”\n\n"
        "Pressed on the radio, the PM refused to comment on whether the mayor was working "
        "closely with Metropolitan Police Commissioner Jane Doe.\n\n"
        "But he added: “You need to be tough on the gangs and tough on the causes.”\n"
    )
    assert snippet_speakers(text) == ["John Smith", "John Smith"]


# Guard: someone the release says the work reports "to" is still whom "she" means.
def test_the_one_reported_to_is_still_whom_she_means() -> None:
    text = (
        "New commissioner\n\n"
        "John Smith said: “Victims deserve a champion in every part of this city.”\n\n"
        "The new commissioner will report directly to Jane Doe, Mr Smith’s deputy for "
        "policing.\n\n"
        "She said: “Too often victims are not receiving the support they need.”\n"
    )
    assert snippet_speakers(text) == ["John Smith", "Jane Doe"]
