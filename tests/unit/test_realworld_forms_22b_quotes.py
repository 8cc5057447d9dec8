"""Quote forms found in the spent blind20 batch (round 22, second pass): a pronoun's
speaker read back from the paragraphs before, each fixed as a class and shown here on
text written for the test."""

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(parse_release(text).blocks)]


def test_a_surname_subject_of_a_verb_of_speaking_is_the_person_named_in_full():
    text = (
        "Council leader thanks fire crews\n\n"
        "Hannah Mercer has paid tribute to fire crews across the county.\n\n"
        "At least 40 homes were damaged by fires during the heatwave.\n\n"
        "The figures were published by the fire service on Monday.\n\n"
        "Opening the council’s Question Time session on Thursday, Mercer said she wished "
        "to thank the crews first.\n\n"
        "She said: “Tuesday was the busiest day for our crews since the Second World War, "
        "with a dozen large fires burning at once.”\n"
    )
    assert speakers(text) == ["Hannah Mercer"]


def test_a_surname_not_named_in_full_gives_no_speaker_by_itself():
    # "Carter said" where no Carter is named in full: no full name, so not taken as one
    text = (
        "Council leader thanks fire crews\n\n"
        "At least 40 homes were damaged by fires during the heatwave.\n\n"
        "The figures were published by the fire service on Monday.\n\n"
        "Opening the session on Thursday, Carter said she wished to thank the crews.\n\n"
        "She said: “Tuesday was the busiest day for our crews in living memory.”\n"
    )
    assert "Second World War" not in speakers(text)
