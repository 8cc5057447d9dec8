"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 32 and
33, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers


# A quote attributed after it, its verb followed by whom it was said to and of what
# ("..., he told a special sitting of the council, ...") or by who reported it ("..., she
# was quoted as saying by the local radio station."): the subject before the verb speaks.
@pytest.mark.parametrize(
    "attribution",
    [
        "she told a special sitting of the council, admitting that patrols had been too thin",
        "she was quoted as saying by the local radio station",
    ],
)
def test_a_quote_said_to_a_body_or_reported_by_another_is_its_subjects(attribution: str) -> None:
    text = (
        "Council leader backs new patrols\n\n"
        "Council leader Jane Doe has promised more patrols on the estate after a week of "
        "burglaries.\n\n"
        f"“The work to win back these streets has well and truly begun,” {attribution}."
    )
    assert snippet_quotes(text) == [
        ("Jane Doe", "The work to win back these streets has well and truly begun.")
    ]


# A statement's heading on a line of its own, with no colon ("Statement from <name>,
# <post>"), introduces the words quoted under it, as "<name>:" would; a name after "the
# family of" is whose family speaks, never the speaker.
@pytest.mark.parametrize(
    ("heading", "speakers"),
    [
        ("Statement from Jane Doe, Superintendent, Neighbourhood Policing", ["Jane Doe"]),
        ("A statement by Chief Inspector Tom Reyes", ["Tom Reyes"]),
        ("Statement from the family of John Smith", []),
    ],
)
def test_a_statement_heading_names_who_speaks_under_it(
    heading: str, speakers: list[str | None]
) -> None:
    text = (
        "Message to residents\n\n"
        f"{heading}\n\n"
        "“We know many of you are worried after the events of this week and I want to "
        "reassure you that officers are out on every street.”"
    )
    assert snippet_speakers(text) == speakers


def test_the_family_of_someone_named_is_not_that_person() -> None:
    text = (
        "Tributes paid\n\n"
        "The family of John Smith said: “He was a loving father who lit up every room he "
        "walked into and we will miss him every day.”"
    )
    assert snippet_speakers(text) == [None]


# A surname that is also a place's word ("Hall", "Park") is a surname after a title and a
# first name ("Group Leader Jane Hall said:"), as after a post; alone it names no one.
@pytest.mark.parametrize(
    ("attribution", "speakers"),
    [
        ("Greater London Authority (GLA) Conservatives Leader Jane Hall said:", ["Jane Hall"]),
        ("Opposition Leader Jane Hall said:", ["Jane Hall"]),
        ("Staff at City Hall said:", [None]),
    ],
)
def test_a_place_word_surname_after_a_title_and_first_name(
    attribution: str, speakers: list[str | None]
) -> None:
    text = (
        "Budget row\n\n"
        f"{attribution} “The money is there to put more officers on our streets and the "
        "Mayor is simply choosing not to spend it.”"
    )
    assert snippet_speakers(text) == speakers


# A committee's report quoted as speaking ("The report said:") speaks for the one
# committee the release names as its author; with no committee named, or two, no one.
@pytest.mark.parametrize(
    ("source", "speakers"),
    [
        (
            "A report from the London Assembly housing committee",
            ["London Assembly housing committee"],
        ),
        ("A report published on Monday", [None]),
        (
            "A report from the Assembly police committee, backed by a report from the "
            "Assembly health committee,",
            [None],
        ),
    ],
)
def test_a_report_speaks_for_the_committee_named_as_its_author(
    source: str, speakers: list[str | None]
) -> None:
    text = (
        "Committee calls for change\n\n"
        f"{source} found that the rules had left boroughs out of pocket.\n\n"
        "The report said: “The current guidance expects boroughs to hold reserves for "
        "events nobody could have planned for.”"
    )
    assert snippet_speakers(text) == speakers


# A picture stored in Markdown on a line of its own reads as its alternative text, the
# words the page gives it, never with its address: over the lead it is the headline.
def test_a_markdown_picture_line_reads_as_its_alternative_text() -> None:
    text = (
        "![Police seize hundreds of stolen bikes in a week of raids](/upload/news/2025/03/1.jpg)\n"
        "Officers seized 400 stolen bikes in a week of raids across the capital, the force said.\n"
        "The raids targeted garages in five boroughs."
    )
    assert parse_snippet(text).title == "Police seize hundreds of stolen bikes in a week of raids"


# A radio station's show on air over its page ("Jane Doe 10am - 1pm") is the page's, not
# the headline under it.
@pytest.mark.parametrize("show", ["Jane Doe 10am - 1pm", "Tom Reyes 4pm – 7pm"])
def test_a_radio_show_slot_over_the_page_is_not_the_headline(show: str) -> None:
    text = (
        f"{show}\n"
        "Minister tells police to end protest intimidation\n"
        "The minister has urged police chiefs to act against intimidating protests.\n"
        "Police chiefs met the minister in Downing Street on Wednesday."
    )
    assert parse_snippet(text).title == "Minister tells police to end protest intimidation"


# A photo's caption with its credit after its last sentence, unbracketed ("... on
# scooters. Image: Met Police"), printed twice under the headline, is a caption.
def test_a_caption_with_an_unbracketed_credit_is_not_the_headline() -> None:
    caption = "Officers stop a rider on a stolen scooter in Camden. Image: Met Police"
    text = (
        "Crime & the Law\n\n"
        "Operation Wheels- London wide crackdown on scooter crime\n\n"
        f"{caption}\n\n{caption}\n\n"
        "Police across London have launched a day of action against scooter crime."
    )
    assert parse_snippet(text).title == "Operation Wheels- London wide crackdown on scooter crime"


# A news site's short name over its full name and its date line ("Westbury Daily" /
# "Westbury Daily News" / "Sunday, Oct 25, 2020") is its masthead, whatever line follows
# the headline (a quoted standfirst reads like a heading too).
def test_a_site_name_over_its_full_name_and_date_is_the_masthead() -> None:
    text = (
        "Westbury Daily\n\n"
        "Westbury Daily News\n"
        "Sunday, Oct 25, 2020\n\n"
        "Most wanted faces go on police vans before Christmas\n\n"
        "'Sharing what you know helps your own community.'\n\n"
        "The faces of 19 suspects will be shown on the side of police vans."
    )
    parsed = parse_snippet(text)
    assert (parsed.title, str(parsed.date)) == (
        "Most wanted faces go on police vans before Christmas",
        "2020-10-25",
    )


# A question's page from a meeting states the meeting's date under its label on a line of
# its own ("Session date:" / "May 21, 2015").
@pytest.mark.parametrize("label", ["Session date:", "Meeting date:"])
def test_a_session_date_under_its_label_is_the_stated_date(label: str) -> None:
    text = (
        "Police cameras on patrol\n"
        "Meeting:\n"
        "Question Time on 2015-05-21\n"
        f"{label}\n"
        "May 21, 2015\n"
        "Reference:\n"
        "2015/1482\n"
        "Will you give every patrol officer a camera?"
    )
    assert str(parse_snippet(text).date) == "2015-05-21"
    assert not parse_snippet(text).date_estimated


# A news site's stamps with the time before the date ("Published: 3:15 pm January 24,
# 2024" / "Updated: ..."): the date published is the stated date, not the update's.
def test_a_published_stamp_with_its_time_first_states_the_date() -> None:
    text = (
        "For the second time this week, officers used cameras in Croydon...\n"
        "Published: 3:15 pm January 24, 2024\n"
        "Updated: 11:40 am October 8, 2025\n"
        "Ten people were arrested during a deployment around the two stations.\n"
        "Officers said the operation followed concerns from residents."
    )
    parsed = parse_snippet(text)
    assert (str(parsed.date), parsed.date_estimated) == ("2024-01-24", False)


# A syndicated copy's "Source: <office>" line over the lead is the page's furniture, not
# its headline, and names the publisher.
def test_a_source_line_over_the_lead_names_the_publisher_and_is_no_headline() -> None:
    text = (
        "Source: United Kingdom London Metropolitan Police\n"
        "Detectives investigating a stabbing in a Bromley park continue to appeal for "
        "witnesses.\n"
        "Officers were called to the park at about 14:30hrs on Wednesday."
    )
    parsed = parse_snippet(text)
    assert (parsed.title, parsed.publisher) == (
        "Detectives investigating a stabbing in a Bromley park continue to appeal for…",
        "Metropolitan Police",
    )


# A headline naming its issuer's own message or report ("Met Police – Message to the
# Community", "Message from the Metropolitan Police Commissioner", "MOPAC Annual Report
# 2014-15") names the publisher; a site's logo over the page names its owner first, and
# a news headline after the office's name is no message of its own.
@pytest.mark.parametrize(
    ("top", "publisher"),
    [
        ("Met Police – Message to the Community", "Metropolitan Police"),
        ("Message from the Metropolitan Police Commissioner", "Metropolitan Police"),
        ("MOPAC Annual Report 2014-15", "Mayor's Office for Policing and Crime"),
        (
            "Annual Report 2012-13 the Mayor’s Office for Policing and Crime",
            "Mayor's Office for Policing and Crime",
        ),
        ("Mayor of London logo\nMOPAC Annual Report 2013/14", "Mayor of London"),
        ("Met Police – officers arrest 14 in raids on phone shops", None),
    ],
)
def test_a_headline_naming_its_issuers_own_message_or_report(
    top: str, publisher: str | None
) -> None:
    text = (
        f"{top}\n\n"
        "The events of this week have been a tragic experience for our city and all who "
        "live and work here.\n\n"
        "We have increased patrols at key locations to reassure the public."
    )
    assert parse_snippet(text).publisher == publisher


# A lead telling what the force described ("The Metropolitan Police described the trade
# as ...") reports its words, as "said" does: a news site's copy, no publisher; a lead on
# the force's own work still names it.
@pytest.mark.parametrize(
    ("lead", "publisher"),
    [
        ("The Metropolitan Police described the resale of stolen phones as a big trade.", None),
        (
            "The Met's Safer Streets team has seized 1,000 stolen phones in a week.",
            "Metropolitan Police",
        ),
    ],
)
def test_a_lead_reporting_what_the_force_described_is_no_release_of_its_own(
    lead: str, publisher: str | None
) -> None:
    text = (
        "Police crack down on phone thieves\n\n"
        f"{lead}\n\n"
        "Officers targeted hot spots in the West End during the week of action."
    )
    assert parse_snippet(text).publisher == publisher


# A lead on the force's work in a text that goes on to tell the force's words in the
# third person ("The Met also said ...") is a report about the force: no publisher.
@pytest.mark.parametrize(
    ("later", "publisher"),
    [
        ("The Met also said it had seized 61 vehicles.", None),
        ("Officers also seized 61 vehicles.", "Metropolitan Police"),
    ],
)
def test_a_report_telling_the_forces_words_is_not_the_forces_release(
    later: str, publisher: str | None
) -> None:
    text = (
        "Hundreds arrested in licensing crackdown\n\n"
        "The Met's Licensing Unit has made 297 arrests in the latest stage of its "
        "crackdown.\n\n"
        f"{later}"
    )
    assert parse_snippet(text).publisher == publisher


# A newsroom's item label before its date under the headline ("News • Jan 10, 2020 15:10
# GMT") is read as its "News -" label is: the force's page when the headline opens on the
# force; a headline on another subject names no one.
@pytest.mark.parametrize(
    ("headline", "publisher"),
    [
        ("Met using faster new motorbikes to chase moped thieves", "Metropolitan Police"),
        ("Riders urged to lock their mopeds this winter", None),
    ],
)
def test_a_newsroom_label_before_the_date_is_an_item_label(
    headline: str, publisher: str | None
) -> None:
    text = (
        "Skip to main content\n\n"
        f"{headline}\n\n"
        "News   •   Jan 10, 2020 15:10 GMT\n\n"
        "Officers are now using faster and lighter motorbikes to pursue thieves.\n\n"
        "The bikes are being launched on Friday."
    )
    parsed = parse_snippet(text)
    assert (parsed.publisher, str(parsed.date)) == (publisher, "2020-01-10")


# A reporter's name glued to the date ("Jane Smith11 October 2024") under a standfirst, a
# photo's alternative text, its caption and a credit that is no agency's: the stated date.
def test_a_glued_byline_date_under_a_photo_with_any_credit_is_read() -> None:
    text = (
        "Mayor names council leader as new policing deputy\n"
        "The incoming deputy said she was thrilled to have been chosen for the job\n"
        "Jane Doe\n"
        "Council leader Jane Doe has been proposed as the Mayor's new deputy for policing\n"
        "Westbury Council\n"
        "Tom Reyes11 October 2024\n"
        "The Mayor has revealed the leader of Westbury Council as his new deputy."
    )
    parsed = parse_snippet(text)
    assert (str(parsed.date), parsed.date_estimated) == ("2024-10-11", False)


# "She said:" after a paragraph naming someone new, when the one quoted last is a man the
# release calls "Mr ...": she can only be the one named since; "He said:" there may be
# either, and no name beats a wrong one.
@pytest.mark.parametrize(("pronoun", "speaker"), [("She", "Jane Doe"), ("He", None)])
def test_a_pronoun_that_cannot_be_the_last_speaker_is_the_one_named_since(
    pronoun: str, speaker: str | None
) -> None:
    text = (
        "Council appoints victims champion\n\n"
        "Mr Reyes made the pledge during his election campaign.\n\n"
        "Council leader Tom Reyes said: “Crime can have a lasting impact on people and "
        "victims deserve a champion of their own.”\n\n"
        "The champion will report to Jane Doe, the council's deputy leader for safety.\n\n"
        f"{pronoun} said: “Too often victims are not getting the support they need after "
        "a crime and are left to find their own way.”"
    )
    assert snippet_speakers(text) == ["Tom Reyes", speaker]


# A paragraph opening on an office in lower case ("The mayor said he wanted ...") tells
# who "he added" after the next quote is: the office's holder the release names in full;
# an office it names no one with ("The commissioner will ...") tells nobody.
@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("The mayor said he wanted to put victims first.", ["Jon Marsh"]),
        ("The commissioner will work with the government.", []),
    ],
)
def test_an_office_in_lower_case_opening_a_paragraph_is_who_he_refers_to(
    paragraph: str, speakers: list[str | None]
) -> None:
    text = (
        "Victims champion\n\n"
        "Westbury Mayor Jon Marsh is to appoint a victims commissioner.\n\n"
        "It is the first time the town has had such a post.\n\n"
        "The post was promised in the last election campaign.\n\n"
        f"{paragraph}\n\n"
        "“Crime can have a devastating and lasting impact on people’s lives, which is why "
        "victims come first,” he added."
    )
    assert snippet_speakers(text) == speakers


# The Home Office by its name, or its report, speaks as the Home Office ("According to the
# Home Office, “...”", "A Home Office report on the data said:"); a spokesperson of it
# stays a spokesperson.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("According to the Home Office,", "Home Office"),
        ("A Home Office report on the data said:", "Home Office"),
        ("A Home Office spokesperson said:", "Home Office spokesperson"),
    ],
)
def test_the_home_office_by_its_name_speaks_as_the_home_office(lead: str, speaker: str) -> None:
    text = (
        "Illegal working raids rise\n\n"
        f"{lead} “Enforcement teams carried out hundreds more workplace raids across the "
        "country than in the year before.”"
    )
    assert snippet_speakers(text) == [speaker]


# A magazine's initials alone over its headline ("MCN" / "POLICE BATTLE ..." / a
# standfirst) are its masthead: no headline is a few capitals alone.
def test_a_publications_initials_over_the_headline_are_its_masthead() -> None:
    text = (
        "WPN\n\n"
        "POLICE BATTLE AGAINST MOPED THIEVES HOTS UP\n\n"
        "But most of the thieves are still getting away with it\n\n"
        "Police in London have stepped up their fight against moped crime this year."
    )
    assert parse_snippet(text).title == "POLICE BATTLE AGAINST MOPED THIEVES HOTS UP"


# A written question's page sets the question in a table: a header row naming its
# columns, the date first ("Date Title Questioner"), over the row that opens on the date.
def test_a_date_column_over_its_row_states_the_date() -> None:
    text = (
        "Written Question on Police: Westshire\n"
        "Written Questions are submitted by MPs or Lords to receive information.\n"
        "Date Title Questioner\n"
        "26 Jun 2018, 12:34 p.m. Police: Westshire Jane Doe\n"
        "To ask the Secretary of State for the Home Department, if the grant meets the "
        "force's needs.\n"
        "We have been clear that the police will have the resources they need."
    )
    parsed = parse_snippet(text)
    assert (str(parsed.date), parsed.date_estimated) == ("2018-06-26", False)
