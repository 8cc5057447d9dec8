"""Round 62's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_skip_links_with_a_colon_are_not_the_headline() -> None:
    text = (
        "Skip to: Content\n"
        "Skip to: Site Navigation\n"
        "Skip to: Search\n\n"
        "After the riots, a city's war on gangs\n\n"
        "The Prime Minister has vowed an all-out war on gangs."
    )
    assert parse_snippet(text).title == "After the riots, a city's war on gangs"


def test_a_contact_link_over_the_headline_is_not_the_headline() -> None:
    text = (
        "Contact Us\n\n"
        "Home secretary vows safer streets through policing reforms\n\n"
        "The Home Secretary on Monday set out plans to halve knife crime."
    )
    assert parse_snippet(text).title == "Home secretary vows safer streets through policing reforms"


def test_a_date_whose_comma_lost_its_space_is_stated() -> None:
    text = (
        "Home secretary vows safer streets through policing reforms\n\n"
        "News Agency EUROPE\n"
        "Published January 13,2025\n\n"
        "The Home Secretary on Monday set out plans to halve knife crime."
    )
    assert str(stated_date(text)) == "2025-01-13"


def test_a_bylines_post_glued_to_the_name_before_a_slashed_date() -> None:
    text = (
        "After the riots, a city's war on gangs\n\n"
        "The Prime Minister has vowed an all-out war on gangs and gang culture.\n\n"
        "By Jane SmithCorrespondent / August 18, 2011\n\n"
        "Police officers prepare to carry out a raid."
    )
    assert str(stated_date(text)) == "2011-08-18"


def test_a_bylines_post_after_a_comma_before_a_barred_date() -> None:
    text = (
        "After the riots, a city's war on gangs\n\n"
        "The Prime Minister has vowed an all-out war on gangs and gang culture.\n\n"
        "By Jane Smith, Staff Writer | 10 January 2014\n\n"
        "Police officers prepare to carry out a raid."
    )
    assert str(stated_date(text)) == "2014-01-10"


_FORWARDED = (
    "RE: [localcyclists] Know your enemy\n\n"
    "Expand Messages\n\n"
    "Thanks, information like this does need to be given out.\n\n"
    "From: {sender} [mailto:office@...]\n"
    "Sent: 25 May 2012 11:59\n"
    "Subject: Operation Wheel: 555 cars seized\n\n"
    "In the latest day of action against uninsured drivers a further 555 cars were seized."
)


def test_an_offices_forwarded_email_gives_its_sender_and_sent_date() -> None:
    text = _FORWARDED.format(sender="MPS Press Bureau")
    assert parse_snippet(text).publisher == "Metropolitan Police"
    assert str(stated_date(text)) == "2012-05-25"


def test_a_forwarded_email_from_no_office_tells_neither() -> None:
    text = _FORWARDED.format(sender="Jane Smith")
    assert parse_snippet(text).publisher is None
    assert stated_date(text) is None


_NEWSROOM_ITEM = (
    "{label}"
    "Dangerous e-bikes seized during police operation\n"
    "Nearly 40 dangerous e-bikes have been seized during a Met Police operation in the south-west.\n"
    "Local officers also made 57 arrests during the week of activity.\n"
    "The Met is prioritising community crime-fighting. We are also strengthening partnerships "
    "with the community.\n"
    "Anyone with information should call 101."
)


def test_the_force_speaking_as_we_under_its_newsrooms_label_is_its_page() -> None:
    text = _NEWSROOM_ITEM.format(label="News -\n")
    assert parse_snippet(text).publisher == "Metropolitan Police"


def test_a_later_we_without_the_newsrooms_label_names_no_publisher() -> None:
    assert parse_snippet(_NEWSROOM_ITEM.format(label="")).publisher is None
