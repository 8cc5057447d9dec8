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
