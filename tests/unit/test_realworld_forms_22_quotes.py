"""Quote forms found in the spent blind20 batch (round 22): whom "he said" refers to,
read back from the paragraphs before, each fixed as a class and shown here on text
written for the test."""

from tests_support import snippet_speakers

from briefing.parse.speakers import last_person


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
    assert snippet_speakers(text) == ["Sadiq Khan"]


def test_a_name_ending_in_ing_still_opens_on_its_own_subject():
    text = (
        "Council backs new patrols\n\n"
        "Councillor Anna Browning, cabinet member for community safety, welcomed the plan.\n\n"
        "She said: “Residents asked us for more patrols and this plan puts officers where "
        "they are needed most.”\n"
    )
    assert snippet_speakers(text) == ["Anna Browning"]


def test_a_name_inside_the_quotation_is_never_whom_he_said_refers_to():
    text = (
        "Rally for safer streets\n\n"
        "The march was organised by Hannah Mercer, a campaigner from Leeds.\n\n"
        "She said: “I walked the whole way with Rebecca Stone and hundreds of families "
        "who want their streets back.”\n"
    )
    assert snippet_speakers(text) == ["Hannah Mercer"]


def test_a_possessives_object_or_an_event_is_no_person():
    assert last_person("Opening the Council Leader’s Question Time session, he said") is None
    assert last_person("the busiest day since the Second World War") is None
    assert last_person("a visit to the mayor’s Night Market Stall") is None
    assert last_person("tickets for the Summer Olympic Games") is None
    assert last_person("Campaigner Hannah Mercer said") == "Hannah Mercer"


def test_a_pronoun_after_an_event_in_its_own_quotation_is_nobodys():
    text = (
        "Leader thanks crews\n\n"
        "The figures were published by the council on Monday.\n\n"
        "Opening the Council Leader’s Question Time session, the leader spoke first.\n\n"
        "He said: “Tuesday was the busiest day since the Second World War for our crews.”\n"
    )
    assert snippet_speakers(text) in ([], [None])


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
    assert snippet_speakers(text) == ["Hannah Mercer"]


def test_a_surname_not_named_in_full_gives_no_speaker_by_itself():
    # "Carter said" where no Carter is named in full: no full name, so not taken as one
    text = (
        "Council leader thanks fire crews\n\n"
        "At least 40 homes were damaged by fires during the heatwave.\n\n"
        "The figures were published by the fire service on Monday.\n\n"
        "Opening the session on Thursday, Carter said she wished to thank the crews.\n\n"
        "She said: “Tuesday was the busiest day for our crews in living memory.”\n"
    )
    assert "Second World War" not in snippet_speakers(text)
