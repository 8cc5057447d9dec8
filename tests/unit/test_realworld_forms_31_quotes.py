"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 30 and
31, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers


# Someone brought into a report by one name ("Priya, a nurse, said ...", "... is Tomas,
# who said ...") speaks the quotes "he said" or "she said" gives next: never the
# official quoted before them. One name alone is no speaker, so those quotes are no
# one's; a surname the release gives in full still resolves.
@pytest.mark.parametrize(
    ("introduction", "speakers"),
    [
        ("Among those caught up in the attacks is Tomas, who said he was pushed over.", None),
        ("Priya, a nurse from Hackney, said her bag was grabbed from her shoulder.", None),
        ("Smith said she had asked for more patrols on the estate.", "Jane Smith"),
    ],
)
def test_one_named_newcomer_stops_the_earlier_speaker_carrying_over(
    introduction: str, speakers: str | None
) -> None:
    text = (
        "Street robberies\n\n"
        "Commander Jane Smith said: “We are targeting the gangs behind these thefts and "
        "we will not let up.”\n\n"
        f"{introduction}\n\n"
        "“It was over in seconds and nobody stopped to help me,” she said."
    )
    assert snippet_speakers(text) == ["Jane Smith", speakers]


# A capitalised run ending on a building's or an estate's word is a place, never a person:
# a line opening "Hillcrest Tower fire: ..." names no subject who speaks, so "She issued
# the following statement" is the woman the report names in full.
@pytest.mark.parametrize("place", ["Hillcrest Tower", "Marsh Lane Estate"])
def test_a_building_named_before_a_statement_never_speaks(place: str) -> None:
    text = (
        "Statement after the fire\n\n"
        f"{place} fire: dozens still unaccounted for\n\n"
        "Families met the Home Secretary Jane Doe at the Home Office for an hour on Sunday.\n\n"
        "She issued the following statement after the meeting:\n\n"
        f"“Earlier today I met families from {place} and the volunteers who have worked so "
        "hard to help them.”"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# An office of several words before a surname ("Prime Minister Kerr added:", "Home
# Secretary Kerr said:") is one post: the person the release names in full by that
# surname speaks.
@pytest.mark.parametrize("office", ["Prime Minister", "Home Secretary"])
def test_an_office_of_several_words_before_a_surname_is_the_person_named_in_full(
    office: str,
) -> None:
    text = (
        "Apology to Commonwealth leaders\n\n"
        f"{office} Alison Kerr has apologised over the treatment of the families.\n\n"
        "At a meeting in Downing Street, Mrs Kerr said: “I want to dispel any impression "
        "that we are clamping down on anyone.”\n\n"
        f"{office} Kerr added: “Those who arrived before 1973 have the right to remain "
        "and we will make sure that they can.”"
    )
    assert snippet_speakers(text) == ["Alison Kerr", "Alison Kerr"]


# "They added:" straight after an unnamed spokesperson's words goes on in the post's
# voice, not the person quoted before the spokesperson; someone said to speak between
# is whom the pronoun means, as before.
@pytest.mark.parametrize(
    ("between", "speakers"),
    [
        ("", ["Jane Doe", "Met Police spokesperson", "Met Police spokesperson"]),
        (
            "Local councillor Tom Smith said the venue had been warned before.\n\n",
            ["Jane Doe", "Met Police spokesperson", "Tom Smith"],
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_spokesperson_goes_on_in_their_voice(
    between: str, speakers: list[str | None]
) -> None:
    text = (
        "Spiking inquiry\n\n"
        "Jane Doe, who runs the club, said: “We are working closely with police on this.”\n\n"
        "A Met Police spokesperson added: “Spiking is rare, but there are precautions you "
        "can take.”\n\n"
        f"{between}"
        "They added: “We would urge people never to put any substance into a drink without "
        "the drinker knowing.”"
    )
    assert snippet_speakers(text) == speakers


# A post in lower case after its remit ("Shadow home secretary Ann Smith backed ...") opens
# a paragraph on its holder: "She said:" next is her, not the man the paragraph before
# opened on.
@pytest.mark.parametrize("post", ["Shadow home secretary", "Shadow policing minister"])
def test_a_post_written_after_its_remit_in_lower_case_opens_on_its_holder(post: str) -> None:
    text = (
        "Water cannon blocked\n\n"
        "The Mayor, Tom Brown, had asked for the machines to be licensed.\n\n"
        "In a defiant move, Mr Brown will keep the machines, believing they will be needed.\n\n"
        f"{post} Ann Smith backed the decision and said it was right.\n\n"
        "She said: “Today, I could not agree with the decision more. It is exactly right "
        "to refuse the application.”"
    )
    assert snippet_speakers(text) == ["Ann Smith"]


# An adverb before the pronoun of an attribution ("There she said:", "Then he added:") leaves
# the pronoun the subject: the person the paragraph before opens on.
@pytest.mark.parametrize("lead", ["There she said:", "Then she added:"])
def test_an_adverb_before_the_pronoun_of_an_attribution(lead: str) -> None:
    text = (
        "Bravery awards\n\n"
        "Jane Doe had earlier addressed the nominees at a reception in Downing Street.\n\n"
        f"{lead} “I want to say my own personal thank you for all that you do.”"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# Words in quote marks inside an attribution ("Ann, who launched her “Stop Now” campaign
# this year, said:") are part of it: read whole, it names the speaker, by the full name
# the release gives her first name.
def test_words_in_marks_inside_an_attribution_are_read_with_it() -> None:
    text = (
        "Knife crime coalition\n\n"
        "The singer Ann Sesay will meet ministers as part of a new coalition on knife crime.\n\n"
        "Ann, who launched her “Stop Now” campaign with the paper this year, said: “We need "
        "to tackle the root causes of knife crime, not just the symptoms.”"
    )
    assert snippet_speakers(text) == ["Ann Sesay"]


# "..., saying, “...”" introduces the subject's words as "..., saying:" does.
@pytest.mark.parametrize("participle", ["saying", "adding"])
def test_a_speaking_participle_set_off_by_a_comma_introduces_a_quote(participle: str) -> None:
    text = (
        "Stabbings over New Year\n\n"
        "Commander Jane Doe addressed the recent murders at a briefing, "
        f"{participle}, “Four families got the worst news imaginable and our thoughts remain "
        "with them.”"
    )
    assert snippet_quotes(text) == [
        (
            "Jane Doe",
            "Four families got the worst news imaginable and our thoughts remain with them.",
        )
    ]


# Reported words whose speaker has a post set off after the name ("Jane Doe, deputy mayor
# for policing, who chaired the hearing, said she was ...") go on in the whole sentences
# quoted straight after them, as they do after a bare name.
@pytest.mark.parametrize(
    "subject",
    [
        "Jane Doe, deputy mayor for policing, who chaired the hearing,",
        "Jane Doe, the deputy mayor,",
    ],
)
def test_quoted_sentences_after_reported_words_of_a_named_speaker_with_a_post(
    subject: str,
) -> None:
    text = (
        "Hate crime after the vote\n\n"
        f"{subject} said she was still getting daily reports about hate crime in the "
        "capital. “It is worrying that it does not appear to have gone back down. We will "
        "keep watching it closely.”"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# A clause quoted inside a sentence and attributed to a pronoun straight after it ("Smith
# said he had been convinced, saying he had “taken into account ...,” he wrote.") is the
# words of the person the sentence opens on.
def test_a_pronoun_after_a_clause_quoted_inside_a_sentence_is_its_subject() -> None:
    text = (
        "Water cannon approved\n\n"
        "The Mayor, John Smith, has approved the use of water cannon.\n\n"
        "Smith said he had been convinced of the benefits, saying he had “taken into account "
        "both the professional advice of the police and the broad public backing for its "
        "use,” he wrote in a letter."
    )
    assert snippet_speakers(text) == ["John Smith"]


# Page furniture over a headline is no title: a ticker of the latest stories ("Latest",
# "57m agoDrivers warned ..."), an empty image slot ("No Images"), and Hansard's page
# over a debate's heading (the chamber, the volume and day, the House, its sitting, its
# chair); the debate's day is still read as the date.
@pytest.mark.parametrize(
    ("header", "stated"),
    [
        (
            "Latest\nLatest\n12m agoRoads closed as storm hits the coast\nLatest\n2h agoMan charged",
            None,
        ),
        ("No Images", None),
        (
            "Skip to main content\n\nCommons Chamber\n\nVolume 612: debated on Monday 3 March "
            "2014\n\nHouse of Commons\n\nMonday 3 March 2014\n\nThe House met at half-past "
            "Two o’clock\n\n[Mr Speaker in the Chair]",
            "2014-03-03",
        ),
    ],
)
def test_page_furniture_over_a_headline_is_no_title(header: str, stated: str | None) -> None:
    parsed = parse_snippet(
        f"{header}\n\nStreet Violence\n\nWith permission, I would like to make a statement "
        "on the events of the last week in our cities."
    )
    assert parsed.title == "Street Violence"
    assert (None if parsed.date_estimated else parsed.date) == stated


# A dateline glued to its paragraph with its place before the date, each part set off by
# a comma ("London, England, April 17, 2018- British ...") states the date; a place and a
# date with no separator after it are the sentence's own words.
@pytest.mark.parametrize(
    ("lead", "stated"),
    [
        ("London, England, April 17, 2018- British", "2018-04-17"),
        ("LONDON, 3 May 2019 – The", "2019-05-03"),
        ("In London, on 3 May 2019 the", None),
    ],
)
def test_a_dateline_with_its_place_before_the_date(lead: str, stated: str | None) -> None:
    parsed = parse_snippet(
        "Minister apologises to Caribbean leaders\n\n"
        f"{lead} minister has apologised over the treatment of the families."
    )
    assert (None if parsed.date_estimated else parsed.date) == stated


# A photo under the standfirst with two caption lines over its credit (in capitals or
# not) still leaves the byline's date under the credit to be read.
@pytest.mark.parametrize("credit", ["REUTERS", "PA Wire"])
def test_a_bylines_date_under_a_photos_captions_and_credit(credit: str) -> None:
    parsed = parse_snippet(
        "Police attend fewer than half of shoplifting reports\n\n"
        "Shop owners say theft has all but been decriminalised, a politician has warned\n"
        "Shoppers on Oxford Street in London\n"
        "Only a third of calls were attended by officers last year\n"
        f"{credit}\n"
        "Jane Smith15 December 2023\n\n"
        "Fewer than half of reports of shoplifting were attended by police last year."
    )
    assert (None if parsed.date_estimated else parsed.date) == "2023-12-15"


# A parliamentary record's line of when a statement was made states the date, with the
# time the page left empty ("made at on 13 December 2010") as without it.
@pytest.mark.parametrize("made", ["made at on 13 December 2010.", "made on 13 December 2010."])
def test_a_statement_made_with_its_time_left_empty(made: str) -> None:
    parsed = parse_snippet(
        "Police Grants (England and Wales)\n\n"
        f"Home Department written statement – {made}\n\n"
        "I have today placed in the library my proposals for the grant to police authorities."
    )
    assert (None if parsed.date_estimated else parsed.date) == "2010-12-13"


# A lead paragraph opening on the Met as acted on ("... has been urged to ...") or as said
# to say something ("The Met Police say ...") is a report about the force, not its own
# page: no publisher. The force writing of its own work still is.
@pytest.mark.parametrize(
    ("lead", "publisher"),
    [
        ("The Metropolitan Police Service has been urged to review its vetting process.", None),
        ("The Met Police say it has created a new response to drink spiking.", None),
        ("The Met's Safeguarding Unit has launched a new response.", "Metropolitan Police"),
    ],
)
def test_a_lead_about_the_met_is_not_its_own_page(lead: str, publisher: str | None) -> None:
    parsed = parse_snippet(
        f"Drink spiking response\n\n{lead}\n\nOffences have risen fourfold in five years."
    )
    assert parsed.publisher == publisher
