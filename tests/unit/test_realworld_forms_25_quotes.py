"""Quote, speaker, title, date and publisher forms found in the blind22 batch (round
25), each fixed as a class and shown here on text written for the test."""

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(parse_release(text).blocks)]


def test_he_said_after_a_name_whose_post_lacks_its_closing_comma():
    text = (
        "New powers for police\n\n"
        "Jane Porter, minister for crime prevention said the changes would cut red tape.\n\n"
        "“We are determined to free officers from needless paperwork,” he said.\n\n"
        "“By dropping the form, we are giving forces the flexibility they asked for.”\n"
    )
    assert quotes(text) == [
        (
            "Jane Porter",
            "We are determined to free officers from needless paperwork.\n\n"
            "By dropping the form, we are giving forces the flexibility they asked for.",
        )
    ]


def test_a_place_before_a_comma_is_no_speaker_with_a_post():
    # "In London, officers said": no one named in full speaks, so "he" is no one
    text = (
        "New powers for police\n\n"
        "In London, officers said the changes would cut red tape.\n\n"
        "“We are determined to free officers from needless paperwork,” he said.\n"
    )
    assert quotes(text) == []


def test_a_clause_quoted_to_finish_the_sentence_attributed_after_it():
    text = (
        "Review of rape cases\n\n"
        "Victims felt let down by the process, the review showed.\n\n"
        "Cases were dropped because “officers may be unwittingly swaying the confidence "
        "and choices of victims,” said Mary Lane, the city’s victims’ commissioner.\n"
    )
    assert quotes(text) == [
        (
            "Mary Lane",
            "officers may be unwittingly swaying the confidence and choices of victims.",
        )
    ]


def test_a_short_phrase_quoted_mid_sentence_stays_no_ones():
    text = (
        "Review of rape cases\n\n"
        "Mary Lane is the city’s victims’ commissioner.\n\n"
        "Cases were dropped in “worrying numbers,” said Mary Lane.\n"
    )
    assert quotes(text) == []


def test_first_person_words_are_not_carried_past_someone_elses_quote():
    text = (
        "Review of rape cases\n\n"
        "Cases were dropped because “officers may be unwittingly swaying the confidence "
        "and choices of victims,” said Mary Lane, the city’s victims’ commissioner.\n\n"
        "“They did not believe me and they questioned my lifestyle and my friends,” "
        "the victim said in the report.\n\n"
        "“I felt worse for months than I did before I ever went to the police station.”\n"
    )
    assert [speaker for speaker, _ in quotes(text)] == ["Mary Lane"]
