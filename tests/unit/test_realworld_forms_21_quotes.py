"""Round 21's forms: page furniture over the headline, statistics pages' issuers, and
unnamed spokespeople (all on sentences written for these tests)."""

from datetime import date

import pytest
from tests_support import snippet_quotes

from briefing.parse.release import parse_release

_TODAY = date(2025, 12, 31)
_BODY = (
    "Officers from across the county took part in a week of action on burglary.\n\n"
    "More than 40 homes were visited by crime prevention officers during the week."
)


def _title(head: str) -> str | None:
    parsed = parse_release(f"{head}\n\n{_BODY}", "t.txt", _TODAY)
    return None if parsed.title_derived else parsed.title


# ------------------------------------------------------------ furniture over the headline


@pytest.mark.parametrize(
    "banner",
    [
        "Stay up to date with notifications from The Daily Bugle\n\n"
        "Notifications can be managed in browser preferences.",
        "Never miss a story again: we would love to send you some reminders\n\n"
        "Tap 'Yes' and then 'Allow' to enable notifications",
        "Keep up to date with notifications from Westshire Online",
    ],
)
def test_a_sites_notification_banner_is_not_the_headline(banner):
    headline = "Burglary week of action sees 40 homes visited"
    assert _title(f"{banner}\n\n{headline}") == headline


def test_a_headline_about_notifications_is_still_a_headline():
    headline = "Council changes how residents receive bin collection notifications"
    assert _title(headline) == headline


@pytest.mark.parametrize(
    "label", ["Official Statistics", "Research and analysis", "Transparency data", "News Archive"]
)
def test_a_document_type_or_archive_label_is_not_the_headline(label):
    headline = "Burglaries recorded by police, Westshire: 2023 to 2024"
    assert _title(f"{label}\n\n{headline}") == headline


def test_a_headline_naming_official_statistics_is_still_a_headline():
    headline = "Official statistics show burglary fell across Westshire"
    assert _title(headline) == headline


@pytest.mark.parametrize("token", ["debug", "main_content", "page-top"])
def test_a_lone_lower_case_token_is_not_the_headline(token):
    headline = "County to spend £2m on burglary prevention"
    assert _title(f"{token}\n\n{headline}") == headline


def test_a_one_word_capitalised_headline_is_kept():
    assert _title("Burglary") == "Burglary"


@pytest.mark.parametrize(
    "tags",
    ["Breaking Essex LONDON Kent", "BREAKING: LEEDS", "Breaking Devon CORNWALL Dorset Somerset"],
)
def test_a_breaking_tag_with_a_row_of_places_is_not_the_headline(tags):
    headline = "A week of action against burglary saw 40 homes visited and 12 people arrested"
    assert _title(f"{tags}\n\n{headline}") == headline


@pytest.mark.parametrize(
    "headline", ["Breaking Barriers Scheme Launched", "Breaking: Man arrested in LONDON"]
)
def test_a_headline_opening_on_breaking_is_kept(headline):
    assert _title(headline) == headline


def test_a_news_sites_copy_under_a_breaking_tag_has_no_publisher_from_its_lead():
    text = (
        "Breaking Essex LONDON Kent\n\nBurglary week of action sees 40 homes visited\n\n"
        "The Met took part in a national week of action against burglary.\n\n"
        "More than 40 homes were visited by crime prevention officers."
    )
    assert parse_release(text, "t.txt", _TODAY).publisher is None


# ------------------------------------------------------------ a statistics page's issuer

_STATS_PAGE = (
    "Burglaries recorded by police, England and Wales: year ending March 2024\n\n"
    "Published 3 October 2024\n\nFrequency of release: Annual\n\n{details}\n\n"
    "This release presents statistics on burglaries recorded by the police.\n\n"
    "There were 190,000 burglaries recorded, a fall of 4% on the year before."
)


@pytest.mark.parametrize(
    ("details", "publisher"),
    [
        ("Forthcoming releases: Home Office statistics release calendar", "Home Office"),
        ("Home Office responsible statistician: Alex Moreno", "Home Office"),
        # an office not among the publishers, or more than an office's name: none
        ("Westshire Council responsible statistician: Alex Moreno", None),
        (
            "Forthcoming releases: see the Home Office and partners statistics release calendar",
            None,
        ),
    ],
)
def test_a_statistics_page_names_its_issuer_in_its_details(details, publisher):
    text = _STATS_PAGE.format(details=details)
    assert parse_release(text, "t.txt", _TODAY).publisher == publisher


def test_statistics_named_in_the_body_do_not_make_a_publisher():
    text = _STATS_PAGE.format(details="Figures from Home Office statistics show the fall.")
    assert parse_release(text, "t.txt", _TODAY).publisher is None


# ------------------------------------------------------- a headline glued to its date line

_HEADLINE = "Burglary week of action sees 40 homes visited"


@pytest.mark.parametrize(
    "glued",
    [
        "10 March 2023 09:15",  # no space between the headline and its date
        "Friday 10 March 2023 09:15 GMT",
        " | 10 March 2023 09:15",
        " | 10 March 2023",
        " Published: 10 March 2023",
        " - 10/03/2023 09:15",
        " 10/03/2023 09:15",
    ],
)
def test_a_headline_glued_to_its_date_line_and_time(glued):
    parsed = parse_release(f"{_HEADLINE}{glued}\n\n{_BODY}", "t.txt", _TODAY)
    assert (parsed.title, parsed.date, parsed.date_estimated) == (_HEADLINE, "2023-03-10", False)


@pytest.mark.parametrize(
    "headline",
    [
        "Burglary week of action to run from 10 March 2023",  # a date the headline tells of
        "Burglary week of action - 10 March 2023",  # a dash and no time: an event's date
        "Covid19 March 2023 review of burglary",
    ],
)
def test_a_date_within_a_headline_is_not_split_off(headline):
    parsed = parse_release(f"{headline}\n\n{_BODY}", "t.txt", _TODAY)
    assert parsed.title == headline


@pytest.mark.parametrize(
    "furniture",
    [
        "This video can not be played\n\nTo play this video you need to enable JavaScript.",
        "Video unavailable",
        "This content is hosted by a third party. By showing it you accept its terms.\n\n"
        "Allow and continue",
        "Share this article\n\nFacebook\n\nTwitter\n\nEmail\n\nCopy link",
        "Home / News / Crime",
    ],
)
def test_video_banners_share_buttons_and_slashed_crumbs_are_not_the_headline(furniture):
    assert _title(f"{furniture}\n\n{_HEADLINE}") == _HEADLINE


def test_a_headline_about_a_video_is_still_a_headline():
    headline = "This video shows officers searching homes during the burglary week"
    assert _title(headline) == headline


# ------------------------------------------------------------------ unnamed spokespeople

_LEAD = "Crime on the buses fell by a fifth last year, figures released today show."


def _spoken(attribution: str, words: str) -> list[tuple[str | None, str]]:
    text = f"Bus safety report\n\n{_LEAD}\n\n{attribution}“{words}”\n\nMore paragraphs follow."
    return snippet_quotes(text)


# An office's spokesperson the release never names speaks words in quote marks: the
# post, as the attribution gives it, is the speaker, never a person's name (with the body
# it speaks for by its kind, but for the police, whom the body rules resolve).
@pytest.mark.parametrize(
    ("attribution", "post"),
    [
        ("A spokesperson for the council said: ", "spokesperson for the council"),
        ("A spokesperson for the force said: ", "spokesperson"),
        ("A Department for Transport spokesperson said: ", "Department for Transport spokesperson"),
        ("A force spokesman said: ", "force spokesman"),
        ("A spokeswoman for the trust said: ", "spokeswoman for the trust"),
        ("A Westshire Police spokeswoman said: ", "Westshire Police spokeswoman"),
    ],
)
def test_an_unnamed_offices_spokesperson_speaks_by_their_post(attribution, post):
    words = "Patrols on the late routes will be doubled from next month."
    assert _spoken(attribution, words) == [(post, words)]


@pytest.mark.parametrize(
    ("attribution", "words", "who"),
    [
        # a bare "a spokesman", for no one named: reported facts stay no one's
        ("A spokesman said: ", "Patrols on the late routes will be doubled next month.", None),
        ("A spokeswoman said: ", "Two men were arrested and have been bailed.", None),
        # words in the first person are the spokesman's own, as in a statement
        (
            "A spokesman said: ",
            "We will double patrols on the late routes next month.",
            "spokesman",
        ),
        ("A spokesperson said: ", "Our officers will ride the late routes.", "spokesperson"),
        # more than a post: left no one's
        (
            "A spokesperson who asked not to be named said: ",
            "Patrols on the late routes will be doubled next month.",
            None,
        ),
    ],
)
def test_a_bare_or_described_spokesperson_is_guarded(attribution, words, who):
    assert _spoken(attribution, words) == [(who, words)]


def test_a_named_persons_spokesperson_keeps_the_post_alone():
    text = (
        f"Bus safety report\n\n{_LEAD}\n\nCouncil leader Priya Natarajan welcomed the figures."
        "\n\nMs Natarajan’s official spokesman said: “The leader has asked for a monthly "
        "report.”\n\nMore paragraphs follow."
    )
    assert snippet_quotes(text) == [
        ("official spokesman", "The leader has asked for a monthly report.")
    ]


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Okafor",
        "By Jane Okafor, Crime Reporter",
        "By Tom de Vries-Hall\n\nHome Affairs Correspondent",
        "By Jane Okafor\n\nChief reporter",
    ],
)
def test_a_reporters_byline_over_the_headline_is_not_the_headline(byline):
    assert _title(f"{byline}\n\n{_HEADLINE}") == _HEADLINE


@pytest.mark.parametrize(
    "headline",
    ["By the numbers: burglary in Westshire", "Bypass closed after crash", "Reporter cleared"],
)
def test_a_headline_opening_on_by_is_kept(headline):
    assert _title(headline) == headline


@pytest.mark.parametrize(
    "masthead",
    [
        "Westshire News - Your voice in the county",
        "Westshire Gazette | Serving the county since 1880",
        "The Borough Echo – Local news that matters",
    ],
)
def test_a_newspapers_name_and_tagline_over_the_headline_is_not_the_headline(masthead):
    assert _title(f"{masthead}\n\n{_HEADLINE}") == _HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Westshire Police - 40 homes visited in burglary week",  # a force, not a paper
        "Mayor welcomes Westshire News - and its readers.",
    ],
)
def test_a_headline_with_a_dash_is_kept(headline):
    parsed = parse_release(f"{headline}\n\n{_BODY}", "t.txt", _TODAY)
    assert parsed.title.startswith(headline.rstrip(".")[:20])
