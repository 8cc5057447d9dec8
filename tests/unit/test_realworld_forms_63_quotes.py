"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_quotes, snippet_speakers


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


# "I would expect the noble Lord to say, “...”", "an accountant would say, “...”": words a
# modal puts in someone's mouth were never said, and are no quote.
def test_words_a_modal_imagines_are_no_quote() -> None:
    text = (
        "Lords debate\n\n"
        "If it were the Government saying that, I would expect the noble Lord to say, "
        "“I am not at all sure about that claim”. In fact, the councils say just that.\n\n"
        "There is no doubt an accountant would say, “What do you get out of the money "
        "you spend on the horses?” We answer that every year.\n"
    )
    assert snippet_quotes(text) == []


# Guard: an announcement's "would only say:" and a speaker who "took to social media to
# say:" still speak.
def test_words_said_through_an_infinitive_are_still_quoted() -> None:
    text = (
        "Statement\n\n"
        "A spokeswoman for the force would only say: “Enquiries are continuing at this "
        "stage.”\n\n"
        "Jane Doe took to social media to say: “I am so proud of every one of our "
        "officers.”\n"
    )
    assert snippet_speakers(text) == ["spokeswoman", "Jane Doe"]


# "A Met policespokesman said: “...”": a post glued to the word before it, the page's
# space lost, still speaks, as written.
def test_a_spokesman_glued_to_the_word_before_speaks_as_written() -> None:
    text = (
        "Fireworks halted\n\n"
        "A Met policespokesman said: “We received calls about anti-social behaviour and "
        "officers attended.”\n"
    )
    assert snippet_speakers(text) == ["Met policespokesman"]


# "Commander BJ Doe, in charge of public order policing said:": a forename written as two
# initials without dots, after a rank, is part of the name.
def test_a_forename_of_undotted_initials_after_a_rank_is_named() -> None:
    text = (
        "Summer events\n\n"
        "Commander BJ Doe, in charge of public order policing said:\n\n"
        "“London is a vibrant city and is always busy during the summer months.”\n"
    )
    assert snippet_speakers(text) == ["BJ Doe"]


# Guard: a rank's own initials before a surname are the rank, not a forename: the surname
# speaks alone, as written.
def test_a_ranks_initials_are_no_forename() -> None:
    text = "Arrest\n\nCommander DC Doe said: “We will not tolerate this behaviour in our city.”\n"
    assert snippet_speakers(text) == ["Doe"]
