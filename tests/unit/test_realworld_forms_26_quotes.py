"""Quote, speaker, title, date and publisher forms found in the blind23 batch (round
26), each fixed as a class and shown here on text written for the test."""

from tests_support import snippet_quotes, snippet_speakers, stated_date


def test_a_wire_photo_caption_under_the_headline_gives_its_issue_date():
    text = (
        "Council offers cash for old scooters\n\n"
        "File photo of scooters parked on a pavement. Owners are being offered money to"
        " hand them in. PA Photo. Issue date: Tuesday March 7, 2023. The scheme opened on"
        " Tuesday. - Jane Smith/PA Wire\n\n"
        "The council has offered to buy unsafe scooters ahead of a ban.\n"
    )
    assert stated_date(text) == "2023-03-07"


def test_a_wire_photo_caption_gives_no_date_the_picture_was_merely_taken_on():
    text = (
        "Council offers cash for old scooters\n\n"
        "Scooters parked on a pavement. PA Photo. Picture date: Tuesday March 7, 2023."
        " - Jane Smith/PA Wire\n\n"
        "The council has offered to buy unsafe scooters ahead of a ban.\n"
    )
    assert stated_date(text) is None


def test_a_chief_inspectors_abbreviated_rank_before_the_surname_named_earlier():
    text = (
        "Drugs found in raid\n\n"
        "Chief Inspector Jane Porter said the plants were worth a great deal of money.\n\n"
        "CI Porter added:\n\n"
        "“I’d like to thank the neighbours who called us.\n\n"
        "“Because they spoke up, the drugs are off the streets.”\n"
    )
    assert snippet_speakers(text) == ["Jane Porter"]


def test_a_caption_set_inside_an_open_quote_does_not_split_it():
    text = (
        "Drugs found in raid\n\n"
        "Inspector Jane Porter, of the local team, said: 'This was a large drugs factory"
        " run for profit.\n\n"
        "'Raids like this one keep our streets safer.\n\n"
        "Officers were sent to the warehouse after a tip-off from a neighbour, with a"
        " drone able to spot the heat from the lamps inside\n\n"
        "'We would urge anyone who sees signs of a drugs factory to call us.'\n\n"
        "Three men were arrested at the scene.\n"
    )
    assert snippet_quotes(text) == [
        (
            "Jane Porter",
            "This was a large drugs factory run for profit.\n\n"
            "Raids like this one keep our streets safer.\n\n"
            "We would urge anyone who sees signs of a drugs factory to call us.",
        )
    ]


def test_a_closed_quote_then_a_caption_leaves_the_next_quote_its_own():
    text = (
        "Drugs found in raid\n\n"
        "Inspector Jane Porter, of the local team, said: 'This was a large drugs factory"
        " run for profit.'\n\n"
        "Officers were sent to the warehouse after a tip-off from a neighbour, with a"
        " drone able to spot the heat from the lamps inside\n\n"
        "'We would urge anyone who sees signs of a drugs factory to call us,' said"
        " Detective Sergeant Tom Reid.\n"
    )
    assert snippet_speakers(text) == ["Jane Porter", "Tom Reid"]


_REPORT_OF_ONE = (
    "Jane Porter has urged residents to carry on as normal after the flood.\n\n"
    "Homes were damaged across the town overnight.\n\n"
    "Some had called on the council leader to cancel the fair, saying it was too soon.\n\n"
    "But after chairing an emergency meeting this morning, she ruled out a delay.\n\n"
)


def test_her_statement_introduced_by_a_report_naming_only_her():
    text = (
        _REPORT_OF_ONE + "Here is her statement:\n\n"
        '"Last night, our town was hit by the worst flood in memory.\n\n'
        '"I want to update you on what we know."\n'
    )
    assert snippet_speakers(text) == ["Jane Porter"]


def test_her_statement_is_no_ones_where_the_report_names_two_people():
    text = (
        _REPORT_OF_ONE + "Tom Reid, the fire chief, is due to visit later.\n\n"
        "Here is her statement:\n\n"
        '"Last night, our town was hit by the worst flood in memory."\n'
    )
    assert snippet_speakers(text) == [None]
