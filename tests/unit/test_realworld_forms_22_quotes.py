"""Quote forms found in the spent blind20 batch (round 22), each fixed as a class and
shown here on text written for the test."""

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(parse_release(text).blocks)]


def test_a_participle_opening_a_paragraph_sets_the_scene_not_the_subject():
    # "Opening the Mayor's Question Time session ..., Khan said": the subject is after
    # the comma, not the capitalised words the participle takes as its object.
    text = (
        "Mayor thanks fire crews\n\n"
        "Sadiq Khan has paid tribute to members of the London Fire Brigade.\n\n"
        "Opening the Mayor’s Question Time session at City Hall on Thursday, Khan said he "
        "wished to start by paying tribute to the brigade.\n\n"
        "He said: “Tuesday was the busiest day for the brigade in living memory, with a "
        "dozen large fires burning at once.”\n"
    )
    assert speakers(text) == ["Sadiq Khan"]


def test_a_name_ending_in_ing_still_opens_on_its_own_subject():
    text = (
        "Council backs new patrols\n\n"
        "Councillor Anna Browning, cabinet member for community safety, welcomed the plan.\n\n"
        "She said: “Residents asked us for more patrols and this plan puts officers where "
        "they are needed most.”\n"
    )
    assert speakers(text) == ["Anna Browning"]
