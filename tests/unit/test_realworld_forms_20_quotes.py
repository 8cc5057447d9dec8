"""Forms found in the spent seventeenth and eighteenth blind batches (tests/blind17 and
tests/blind18, round 20) for quotes and speakers, each fixed as a class: the batch's own
case in our own words and others of the same class in the styles of other publishers,
with guard cases that must not change. A wrong name is worse than none, and no quote text
is ever made up."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes

_LEAD = "Crime on the buses fell by a fifth last year, figures released today show."

# ------------------------------------------------------------------ subheadings inside a quote


# A web page sets a subheading between the paragraphs of one long quote, each paragraph
# reopened in the quote's marks and left open: the quote runs on past the heading, the
# heading's words are no one's, and the paragraph after it is not a new quote.
@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        # the batch's form: straight single marks, each paragraph reopened
        ("'", "'"),
        # other sites' styles: curly double and curly single marks
        ("“", "”"),
        ("‘", "’"),
    ],
)
def test_a_subheading_inside_an_open_quote_does_not_split_it(opening, closing):
    text = (
        f"Bus safety report\n\n{_LEAD}\n\n"
        f"Council leader Priya Natarajan said: {opening}This is welcome news for every "
        "passenger in the borough.\n\n"
        f"{opening}We will keep patrols on the late routes where people feel least safe.\n\n"
        "More patrols promised\n\n"
        f"{opening}I have asked officers to report back to me every month on progress.{closing}"
        "\n\nMore paragraphs follow."
    )
    quotes = snippet_quotes(text)
    assert len(quotes) == 1
    speaker, words = quotes[0]
    assert speaker == "Priya Natarajan"
    assert words.startswith("This is welcome news")
    assert words.endswith("every month on progress.")
    assert "More patrols promised" not in words


@pytest.mark.parametrize(
    "after_heading",
    [
        # a closed quote, then a heading, then someone else's words: two quotes
        "“Drivers deserve to feel safe at work,” said union organiser Tom Beckett.",
        # a new attribution after the heading's quote: its own speaker
        "‘Drivers deserve to feel safe at work,’ said union organiser Tom Beckett.",
    ],
)
def test_a_quote_after_a_subheading_with_its_own_speaker_stays_apart(after_heading):
    text = (
        f"Bus safety report\n\n{_LEAD}\n\n"
        "Council leader Priya Natarajan said: “This is welcome news for every passenger "
        "in the borough.\n\n"
        "“We will keep patrols on the late routes where people feel least safe.\n\n"
        f"Drivers respond\n\n{after_heading}\n\nMore paragraphs follow."
    )
    quotes = snippet_quotes(text)
    assert ("Tom Beckett", "Drivers deserve to feel safe at work.") in quotes
    assert all("Drivers deserve" not in words for who, words in quotes if who != "Tom Beckett")


def test_a_closed_quote_before_a_subheading_is_not_run_on():
    text = (
        f"Bus safety report\n\n{_LEAD}\n\n"
        "Council leader Priya Natarajan said: “This is welcome news for every passenger "
        "in the borough.”\n\n"
        "Drivers respond\n\n"
        "“We have asked for this for years and it will make a difference to staff.”\n\n"
        "More paragraphs follow."
    )
    quotes = snippet_quotes(text)
    assert quotes[0] == (
        "Priya Natarajan",
        "This is welcome news for every passenger in the borough.",
    )
    assert all("Drivers respond" not in words for _, words in quotes)


# ------------------------------------------------------------------ where the words were said


# "X said <how or where> :" over a quote: a longer phrase of the channel or the occasion
# between the verb and the colon (a social media account and its handle, a statement on
# a website) still leaves X the speaker.
@pytest.mark.parametrize(
    "lead",
    [
        # the batch's form: a social media account and its handle
        "Inspector Laura Okafor said via her official Twitter account @NorthTownCops:",
        # other styles: a statement on a website, a radio interview
        "Inspector Laura Okafor said in a statement published on the force website today:",
        "Inspector Laura Okafor told listeners during a phone-in on BBC Radio Kent:",
    ],
)
def test_a_long_channel_phrase_before_the_colon_keeps_the_speaker(lead):
    words = "Patrols on the late routes will be doubled from next month."
    text = f"Bus safety report\n\n{_LEAD}\n\n{lead} “{words}”\n\nMore paragraphs follow."
    assert snippet_quotes(text) == [("Laura Okafor", words)]


def test_a_speaker_named_only_in_a_long_phrase_after_the_verb_is_not_taken():
    # the verb's subject is a role nobody names: the name in the phrase is an addressee
    text = (
        f"Bus safety report\n\n{_LEAD}\n\n"
        "A council officer told a meeting chaired by councillor Laura Okafor last night: "
        "“Patrols on the late routes will be doubled from next month.”\n\nMore paragraphs follow."
    )
    assert all(who != "Laura Okafor" for who, _ in snippet_quotes(text))


# ------------------------------------------------------------------ a quote the reporter goes on after


# A paragraph opens on whole sentences in quote marks and the reporter goes on in it
# ("“...” More advice is on the council’s website."), after a paragraph about the person
# quoted ("Natarajan added that ..."): the quoted sentences are that person's, and the
# reporter's sentence is not part of them.
@pytest.mark.parametrize(
    "about",
    [
        # the batch's form: the surname alone, reported words, then the quote
        "Natarajan added that most thefts happen at stops without cameras.",
        # other styles: a title and surname, a full name
        "Ms Natarajan urged passengers to report anything suspicious.",
        "Priya Natarajan also thanked drivers for their patience.",
    ],
)
def test_a_quote_opening_a_paragraph_the_reporter_goes_on_in(about):
    words = "Keep your phone out of sight at the stop and sit near the driver at night."
    text = (
        f"Bus safety report\n\n{_LEAD}\n\n"
        "Council leader Priya Natarajan said: “This is welcome news for every passenger.”\n\n"
        f"{about}\n\n“{words}” More advice is on the council’s website.\n\nMore paragraphs follow."
    )
    assert snippet_quotes(text)[-1] == ("Priya Natarajan", words)


@pytest.mark.parametrize(
    "before",
    [
        # nobody named before it: no one's, so not listed
        "Passengers were asked for their views in the spring.",
        # someone else named in the paragraph before: never given to the one quoted
        "Driver Tom Beckett said he had seen fewer incidents this year.",
    ],
)
def test_a_quote_the_reporter_goes_on_after_is_not_given_wrongly(before):
    words = "Keep your phone out of sight at the stop and sit near the driver at night."
    text = (
        f"Bus safety report\n\n{_LEAD}\n\n"
        "Council leader Priya Natarajan said: “This is welcome news for every passenger.”\n\n"
        "Officers will also visit schools on the routes this term.\n\n"
        f"{before}\n\n“{words}” More advice is on the council’s website.\n\nMore paragraphs follow."
    )
    quotes = snippet_quotes(text)
    assert all(who != "Priya Natarajan" for who, said in quotes if said.startswith("Keep"))
    assert all("More advice" not in said for _, said in quotes)


# ------------------------------------------------------------------ a title with its tenure


# "the two-time mayor said", "the long-serving chief constable said": words of how long
# or how often someone has held the office describe the holder the release names, who is
# the speaker; words that mean another holder ("former", "acting") never resolve to them.
_NAMED = (
    "Bus safety report\n\nCouncil leader Priya Natarajan and Chief Constable Mark Hollis "
    "announced more patrols on the late routes.\n\n"
)
_WORDS = "There is much more to do on the buses at night"


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        # the batch's form
        ("the two-time leader", "Priya Natarajan"),
        # other styles
        ("the three-term Council Leader", "Priya Natarajan"),
        ("the long-serving Chief Constable", "Mark Hollis"),
    ],
)
def test_a_title_with_its_tenure_is_the_named_holder(who, speaker):
    text = f"{_NAMED}“{_WORDS},” {who} said.\n\nMore paragraphs follow."
    assert snippet_quotes(text) == [(speaker, f"{_WORDS}.")]


@pytest.mark.parametrize(
    "who",
    ["the former Council Leader", "the acting Chief Constable", "the ex-Chief Constable"],
)
def test_another_holder_of_the_office_is_not_the_named_one(who):
    text = f"{_NAMED}“{_WORDS},” {who} said.\n\nMore paragraphs follow."
    assert all(said not in {"Priya Natarajan", "Mark Hollis"} for said, _ in snippet_quotes(text))
