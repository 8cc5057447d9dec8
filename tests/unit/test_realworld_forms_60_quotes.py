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
