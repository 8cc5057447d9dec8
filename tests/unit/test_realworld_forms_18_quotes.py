"""Forms found in the spent seventeenth blind batch (tests/blind17, round 18) for quotes,
speakers, titles, dates and publishers, each fixed as a class: the batch's own case in our
own words and others of the same class written in the styles of other real publishers
(police forces, councils, charities, news sites), with guard cases that must not change.
A wrong name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes

# ------------------------------------------------------------------ titles and dates


# A page's browser title keeps the site's name after a bar ("Headline | Site Name") and the
# page prints the headline again bare as its heading, a notice line or none between: the
# name is the site's, not the headline's.
_NOTICE = "If you see anything suspicious, report it online. In an emergency call 999."
_BODY = "Officers have published new figures on crime in the area today."


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # the batch's form: a counter-terrorism network's page
        (
            "Quarterly arrest figures published today | Counter Terrorism Policing",
            "Quarterly arrest figures published today",
        ),
        # a Title Case headline over a force's name
        (
            "New Figures Show Burglary Falls By A Quarter | Metropolitan Police",
            "New Figures Show Burglary Falls By A Quarter",
        ),
        # a council's and a charity's names, with joining words
        (
            "Park patrols stepped up after complaints | London Borough of Camden",
            "Park patrols stepped up after complaints",
        ),
        (
            "Helpline calls rise over winter | The Children's Society",
            "Helpline calls rise over winter",
        ),
    ],
)
@pytest.mark.parametrize("between", [_NOTICE, None])
def test_a_site_name_after_the_headline_is_not_the_title(first_line, title, between):
    lines = [first_line, between, title, _BODY]
    text = "\n\n".join(line for line in lines if line)
    assert parse_snippet(text).title == title


@pytest.mark.parametrize(
    ("first_line", "heading"),
    [
        # no heading repeats the headline: a Title Case phrase may be the headline's own
        ("Police and Crime Plan | Good News", None),
        ("Quarterly arrest figures published today | Counter Terrorism Policing", None),
        # a headline in two halves: the second half is no name
        (
            "Knife crime falls across the city | officers praise residents",
            "Knife crime falls across the city",
        ),
        # too little before the bar to be a headline
        ("Crime figures | Metropolitan Police", "Crime figures"),
        # a name that runs on past five words is no site name
        (
            "Crime falls in the city | Report Of The Independent Review Into Community Safety",
            "Crime falls in the city",
        ),
    ],
)
def test_a_bar_without_a_site_name_after_it_is_kept(first_line, heading):
    lines = [first_line, _NOTICE, heading, _BODY]
    text = "\n\n".join(line for line in lines if line)
    assert parse_snippet(text).title == first_line


# ------------------------------------------------------------------ speakers

_SAYING = "“We saw two serious incidents this year and the public must stay alert.”"


# A title word that is also a forename ("Dean") after a rank: the rank is the title and
# the word is the forename, as no rank is followed by a second title.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the batch's form: a long rank after the organisation's post
        (
            "The network’s national coordinator, Deputy Assistant Commissioner Dean Rowe, said:",
            "Dean Rowe",
        ),
        ("Detective Sergeant Dean Marsh said:", "Dean Marsh"),  # a force's style
        ("Commander Dean Okafor, who leads the unit, said:", "Dean Okafor"),
        ("PC Dean Hollis said:", "Dean Hollis"),  # an abbreviated rank
    ],
)
def test_a_forename_that_is_a_title_word_after_a_rank(lead, speaker):
    text = f"Arrests fall\n\nOfficers reported fewer arrests.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [(speaker, _SAYING.strip("“”"))]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a dean's post before the name stays a post
        ("College Dean Mark Evans said:", "Mark Evans"),
        ("Deputy Dean Mark Evans said:", "Mark Evans"),
        ("The Dean of the Law School, Professor Ruth Ndlovu, said:", "Ruth Ndlovu"),
    ],
)
def test_a_dean_before_a_full_name_stays_a_title(lead, speaker):
    text = f"Arrests fall\n\nOfficers reported fewer arrests.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [(speaker, _SAYING.strip("“”"))]


# "He said" after a paragraph that gives a named person's view with "believes", the name
# in apposition to a post ("..., although the coordinator, Commander X, believes ..."):
# he is the one who speaks.
_HE_SAID = "“We have seen in recent months that attacks can happen anywhere at any time,” he said."
_HIS_WORDS = "We have seen in recent months that attacks can happen anywhere at any time."


@pytest.mark.parametrize(
    ("view", "speaker"),
    [
        # the batch's form: a clause after "although", the name between commas
        (
            "Arrests fell this year, although the network’s national coordinator, "
            "Commander Jo Bell, believes the rise in the last quarter shows the trend can turn.",
            "Jo Bell",
        ),
        # a force's style with a long rank, and a news site's past tense
        (
            "Arrests fell, although the unit’s head, Detective Superintendent Tom Reed, "
            "believes the trend can turn.",
            "Tom Reed",
        ),
        ("The force’s head of crime, Tom Reed, believed the trend could turn.", "Tom Reed"),
    ],
)
def test_he_said_after_a_named_persons_view(view, speaker):
    text = f"Arrests fall\n\nOfficers reported fewer arrests.\n\n{view}\n\n{_HE_SAID}"
    assert snippet_quotes(text) == [(speaker, _HIS_WORDS)]


@pytest.mark.parametrize(
    "view",
    [
        # named, but acting, thanked or cited: no one is said to speak
        "The force’s head of crime, Tom Reed, praised the officers for their work.",
        "The force thanked its head of crime, Tom Reed, for the work.",
        "Arrests fell this year, the figures compiled by Tom Reed show.",
    ],
)
def test_he_said_after_a_name_not_speaking_stays_unread(view):
    text = f"Arrests fall\n\nOfficers reported fewer arrests.\n\n{view}\n\n{_HE_SAID}"
    assert snippet_quotes(text) == []
