"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_quotes, snippet_speakers


# A heading clause opened by a question word ("What residents told us:") over a summary
# in the page's own words names no speaker: the summary is no one's quote.
def test_a_question_word_heading_over_a_summary_is_no_attribution() -> None:
    text = (
        "Consultation on the draft plan closes\n\n"
        "More than two thousand people took part in the survey this spring.\n\n"
        "What Residents told us:\n\n"
        "The draft plan had three overarching themes: safer streets, cleaner parks and "
        "better buses.\n"
    )
    assert snippet_quotes(text) == []


# Guard: a named speaker over the same shape of paragraph still makes a statement.
def test_a_named_speaker_over_a_summary_still_speaks() -> None:
    text = (
        "Consultation on the draft plan closes\n\n"
        "Council leader Jane Roberts told us:\n\n"
        "The draft plan had three overarching themes: safer streets, cleaner parks and "
        "better buses.\n"
    )
    assert snippet_speakers(text) == ["Jane Roberts"]


# A witness brought in with a relative clause that names others ("who was behind PCs A,
# B and C as they ..., told the court") is the one "he said" refers to next, never a name
# listed inside the clause.
def test_names_listed_in_a_relative_clause_are_not_the_subject() -> None:
    text = (
        "Officers describe dog attack in court\n\n"
        "Det Con Paul Hargreaves, who was behind three uniformed PCs - Dean Fowler, Ian "
        "Marsh and Rob Kent - as they forced their way into the flat, told the court the "
        "officers started backing away.\n\n"
        '"I heard Ian Marsh shout, it was the sort of shout you make when something bad '
        'has happened," he said.\n'
    )
    assert snippet_speakers(text) == ["Paul Hargreaves"]


# The same subject with a short relative clause: its surname, read again inside the
# subject, no longer counts as someone named by one word only.
def test_a_subject_with_a_short_relative_clause_speaks() -> None:
    text = (
        "Officers describe dog attack in court\n\n"
        "PC Dean Fowler, who was first through the door, told the court the dog "
        "attacked at once.\n\n"
        '"It went for my colleague straight away and would not let go of him," he said.\n'
    )
    assert snippet_speakers(text) == ["Dean Fowler"]


# Words given ahead of a speech, attributed after them in the future ("..., he will
# say."), are the speaker's, as "He will say:" before them already is.
def test_words_attributed_after_in_the_future_are_the_speakers() -> None:
    text = (
        "Prime minister to promise more officers on the beat\n\n"
        "Keir Hollis will set out the plan in a speech on Thursday.\n\n"
        "Hollis will pledge thousands more neighbourhood officers by the end of the "
        "parliament.\n\n"
        "“These officers must spend their time on visible patrol and not be taken off "
        "the beat to fill gaps elsewhere,” he will say.\n"
    )
    assert snippet_speakers(text) == ["Keir Hollis"]


def test_words_a_post_is_expected_to_say_are_the_posts() -> None:
    text = (
        "Home Secretary to address conference\n\n"
        "“We will give every force the powers it needs to close these gangs down for "
        "good,” the Home Secretary is expected to say.\n"
    )
    assert snippet_speakers(text) == ["Home Secretary"]


# "went on to say" / "goes on to say" before the words is a verb of speaking, with a comma
# as with a colon after it.
def test_went_on_to_say_before_a_quote_attributes_it() -> None:
    text = (
        "Raids on illegal outbuildings\n\n"
        "Immigration minister Daniel Marsh joined officers on the raids.\n\n"
        "Mr Marsh went on to say, “Operations like this show our determination to do "
        "whatever is necessary to enforce our laws.”\n"
    )
    assert snippet_speakers(text) == ["Daniel Marsh"]


def test_goes_on_to_say_with_a_colon_attributes_it() -> None:
    text = (
        "Mayor writes to council leaders\n\n"
        "In the letter, Mayor Jane Whitfield goes on to say: “A priority for all of us "
        "must be to ease the burden on households this winter.”\n"
    )
    assert snippet_speakers(text) == ["Jane Whitfield"]


# A body's statement speaks for the body when the sentence opens on a conjunction too
# ("But a statement from the Met said:", "And the police said:").
def test_a_bodys_statement_after_an_opening_but_speaks_for_the_body() -> None:
    text = (
        "Station closures clarified\n\n"
        "A newspaper claimed that half the police stations could be closed.\n\n"
        'But a statement from the Met said: "As we said openly in October we are '
        'considering proposals to close the least used front counters."\n'
    )
    assert snippet_speakers(text) == ["Metropolitan Police"]


def test_the_police_after_an_opening_and_speak_as_police() -> None:
    text = (
        "Crowds gather at lido\n\n"
        'And the police said: "Officers remain at the scene to prevent a breach of the '
        'peace this evening."\n'
    )
    assert snippet_speakers(text) == ["police"]
