"""Forms found in the spent fourteenth blind batch (tests/blind14, round 15) for quotes,
speakers, titles, dates and publishers, each fixed as a class: the batch's own case in our
own words and others of the same class written in the styles of other real publishers
(Met, GOV.UK, London Assembly, Mayor, No 10, news sites), with guard cases that must not
change. A wrong name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date

BODY = "\n\nThe Mayor has announced £5 million for youth clubs across London.\n\nMore follows."

# ------------------------------------------------------------------ titles


# Page furniture above the headline: an organisation's logo by its alternative text, a
# search box by its label, a menu's items set apart by bars, a "Latest stories" rail, a
# site's plea for feedback and GOV.UK's banner on a page kept from an earlier government.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own (a neighbourhood watch's page: logo, then its menu)
            "Hornsey Residents Watch logo\nHome | About us | Appeals | News | Contact\n"
            "Drink-drive campaign results." + BODY,
            "Drink-drive campaign results",  # the full stop is dropped, as for any headline
        ),
        (  # the batch's own (a news site's search box and its story rail)
            "Skip to content\nSearch AI Powered\n\nLatest Stories\n\n"
            "Home Secretary sets out plan against acid attacks" + BODY,
            "Home Secretary sets out plan against acid attacks",
        ),
        (  # the batch's own (a cycling site's banner)
            "Enjoying this site? Tell us how to make it better.\n\n"
            "Police recover 30 stolen bikes in one day" + BODY,
            "Police recover 30 stolen bikes in one day",
        ),
        (  # the batch's own (the Home Office's blog on GOV.UK)
            "Home Office in the media\n\nThis blog post was published under the 2015-2024 "
            "Conservative Administration\n\nHome Office in the media: 3 March 2017" + BODY,
            "Home Office in the media: 3 March 2017",
        ),
        (
            "This news story was published under the 2010 to 2015 Conservative and Liberal "
            "Democrat coalition government\n\nNew powers to tackle gang crime" + BODY,
            "New powers to tackle gang crime",
        ),
        (
            "Metropolitan Police Federation logo\n\nOfficers welcome new body cameras" + BODY,
            "Officers welcome new body cameras",
        ),
        (
            "Search this site\n\nMet opens new custody suite in Lambeth" + BODY,
            "Met opens new custody suite in Lambeth",
        ),
        (
            "News | Events | Policing | Community | Contact\n\nWard panel meets on Tuesday" + BODY,
            "Ward panel meets on Tuesday",
        ),
    ],
)
def test_page_furniture_above_the_headline_is_no_title(text, title):
    assert parse_snippet(text).title == title


@pytest.mark.parametrize(
    "line",
    [
        "Met unveils new logo for its cadets",  # a sentence-case headline ending in a noun
        "Search for missing teenager in Croydon widens",  # a search, not a search box
        "Search powered by dogs finds missing girl",
        "Knife crime | Mayor funds youth clubs",  # a headline's own bar: two parts
        "Latest stories from the Met's Safer Transport Command",
        "Do you like this new scheme? Residents asked about street lights",
    ],
)
def test_a_headline_like_furniture_stays(line):
    assert parse_snippet(line + BODY).title == line


# ------------------------------------------------------------------ dates


# The headline repeated a line or two below with its date after it, in brackets or after a
# dash, states the date (its full stop kept it from being read as a headline above).
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # the batch's own (a neighbourhood watch's copy of a Met campaign's results)
            "Drink-drive crackdown update.\n\nCampaign news.\n\n"
            "Drink-drive crackdown update. (14/1/2010)\n\nOver 9,000 breath tests were made.",
            "2010-01-14",
        ),
        (
            "Ward panel minutes\n\nWard panel minutes - 3 March 2015\n\nThe panel met at "
            "the library.",
            "2015-03-03",
        ),
        (
            "Safer Neighbourhoods newsletter.\n\nSafer Neighbourhoods newsletter "
            "[12 June 2012]\n\nOfficers held a street briefing.",
            "2012-06-12",
        ),
    ],
)
def test_a_headline_repeated_with_its_date_states_it(text, when):
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # the headline's words go on past it: a sentence, not the headline and a date
        "Campaign update.\n\nCampaign update shows 300 arrests since 1 December 2009."
        "\n\nOfficers made arrests.",
        # the repeat comes too far below to be the headline's
        "Campaign update.\n\nOne.\n\nTwo.\n\nThree.\n\nCampaign update. (14/1/2010)",
    ],
)
def test_a_headline_repeated_without_its_date_states_none(text):
    assert stated_date(text) is None


# ------------------------------------------------------------------ speakers


# A long rank misspelt by one letter is still the rank, not part of the name.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the batch's own (a local site's copy of a Met campaign's results)
            "Results\n\nChief Superintendant Alan Brook said: “The number of drivers failing "
            "the test has fallen this year.”",
            "Alan Brook",
        ),
        (
            "Arrests\n\nDetective Inspecter Ruth Bell said: “We have charged three men.”",
            "Ruth Bell",
        ),
        (
            "Fines\n\nCommissionar Neil Hart said: “Officers issued more fines this week.”",
            "Neil Hart",
        ),
    ],
)
def test_a_misspelt_rank_is_no_part_of_the_name(text, speaker):
    assert snippet_quotes(text)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title spelt right, and a long surname no letter away from a title, stay as they are
        (
            "Results\n\nSuperintendent Alan Brook said: “The figures are encouraging.”",
            "Alan Brook",
        ),
        ("Results\n\nMaria Santander said: “The figures are encouraging.”", "Maria Santander"),
    ],
)
def test_names_near_no_title_stay_whole(text, speaker):
    assert snippet_quotes(text)[0][0] == speaker


# ------------------------------------------------------------------ publishers


# A news copy's lead naming the Met is no cue that the Met issued it when the lead tells
# of what the Met said, names one of its people, or is a photo's caption.
@pytest.mark.parametrize(
    "text",
    [
        (  # the batch's own (a news site's copy of the Met's knife crime figures)
            "Knife crime down\n\nThe Metropolitan Police yesterday announced that knife crime "
            "has fallen by a fifth.\n\nOfficers made 900 arrests."
        ),
        (  # the batch's own (the Standard): one of its people
            "Misconduct review\n\nMet Police chief urged Londoners to back his plan to remove "
            "rogue officers.\n\nSome 600 cases are being rechecked."
        ),
        (  # the batch's own (a road safety charity's copy): a photo's caption
            "Festive patrols\n\nMet Police drink driving\n\nThe Met Police is stepping up "
            "patrols over Christmas.\n\nOfficers made 300 arrests."
        ),
        (
            "Carnival arrests\n\nThe Metropolitan Police confirmed on Monday that 120 people "
            "were arrested.\n\nMost were held for drugs offences."
        ),
        (
            "Fines\n\nMet Police deputy commissioner Jane Doe said fines had risen sharply."
            "\n\nOfficers issued 300 fines."
        ),
        (
            "Burglary\n\nThe Met has revealed that burglaries rose last year.\n\n"
            "There were 5,000 more."
        ),
    ],
)
def test_a_lead_telling_of_the_met_is_no_publisher(text):
    assert parse_snippet(text).publisher is None


@pytest.mark.parametrize(
    "text",
    [
        # the Met's own leads: its command, its unit
        "Glock recovered\n\nThe Met's Specialist Crime Command has recovered a loaded "
        "handgun.\n\nTwo men were arrested.",
        "Car crime\n\nThe Metropolitan Police's Roads Unit has made 14 arrests in a "
        "crackdown on car crime.\n\nSeven cars were recovered.",
    ],
)
def test_the_mets_own_lead_stays_its_release(text):
    assert parse_snippet(text).publisher == "Metropolitan Police"


# A bare lead naming the force as its subject, with no page cue ("The Met is urging ...",
# "Met officers have made ..."), opens reports and copies on any site as readily: since
# round 40 it names no publisher (golds of blind5-51 reject it 26 times out of 28).
@pytest.mark.parametrize(
    "text",
    [
        "Car crime\n\nMet officers have made 14 arrests in a crackdown on car crime."
        "\n\nSeven cars were recovered.",
        "West End\n\nThe Metropolitan Police Service has made more than 140 arrests in the "
        "West End.\n\nOfficers patrolled for a month.",
        "Patrols\n\nThe Met is urging Londoners to report drink drivers.\n\nMore follows.",
    ],
)
def test_a_bare_lead_on_the_met_is_no_publisher(text):
    assert parse_snippet(text).publisher is None


# ------------------------------------------------------------------ quotes


# "X said that ..., adding:" (or "saying:", "explaining:"): the reported sentence's subject
# goes on to the words after the colon.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (a local paper at a police briefing)
            "Moped thefts\n\nSuperintendent Tom Hale spoke at the briefing.\n\n"
            "“Lock it up,” said Superintendent Tom Hale.\n\nHe said that few owners lock "
            "their scooters, adding: “This is as easy to take as a bicycle and nobody locks "
            "it.”",
            "This is as easy",
            "Tom Hale",
        ),
        (
            "Knives\n\nCommander Jane Smith said the week of action had gone well, adding: "
            "“We have taken 200 knives off the streets this month.”",
            "We have taken",
            "Jane Smith",
        ),
        (
            "Budget\n\nSadiq Khan told the Assembly that funding had fallen, saying: “City "
            "Hall cannot fill the gap left by the Government alone.”",
            "City Hall cannot",
            "Sadiq Khan",
        ),
    ],
)
def test_a_speaker_adding_words_after_reported_speech(text, opening, speaker):
    found = [who for who, words in snippet_quotes(text) if words.startswith(opening)]
    assert found == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # no verb of speech in the sentence: a finding, not a speaker
        "Thefts\n\nThe review found that thefts had risen, adding: “Most thefts happen at "
        "night in the town centre.”",
        "Thefts\n\nOfficers searched forty homes in the area, adding: “Most thefts happen at "
        "night in the town centre.”",
    ],
)
def test_adding_without_a_speaker_names_no_one(text):
    assert all(who is None for who, _ in snippet_quotes(text))


# "“...,” X told a press conference at the Olympic Park.": a few words after the verb, then
# the place, before the sentence ends.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (a news agency's report of the Prime Minister)
            "Games security\n\nPrime Minister John Major spoke on the eve of the Games.\n\n"
            "“Safety has always got to come first at these Games,” Major told a press "
            "conference at the stadium in east London. “Nothing matters more.”",
            "Safety has always",
            "John Major",
        ),
        (
            "Knife crime\n\nCommissioner Jane Doe met community leaders in Brixton.\n\n"
            "“We will not stop until every knife is off our streets,” Doe told a public "
            "meeting in Brixton.",
            "We will not stop",
            "Jane Doe",
        ),
        (
            "Funding\n\nSadiq Khan visited a youth club.\n\n“This funding will change "
            "lives across London,” Khan told young people at the club in Hackney.",
            "This funding will",
            "Sadiq Khan",
        ),
    ],
)
def test_a_speaker_told_an_audience_at_a_place(text, opening, speaker):
    found = [who for who, words in snippet_quotes(text) if words.startswith(opening)]
    assert found == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a sign, not a person, told visitors at a place: no one the release names
        "Games\n\nJohn Major spoke.\n\n“Safety first,” the sign told visitors at the "
        "stadium gates.",
    ],
)
def test_a_thing_told_at_a_place_names_no_one(text):
    assert all(who is None for who, _ in snippet_quotes(text))


# "X has vowed to “...”" (pledged, promised): a quoted clause of a dozen words or more of
# what the subject undertook is theirs, wherever the sentence goes on after it.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (a business paper on a review of the Met)
            "Met culture\n\nCommissioner Sir Paul Lane has vowed to “face up to the habits, "
            "rules and leaders that have failed both the public and our own officers” after "
            "a critical review.",
            "face up to the habits",
            "Paul Lane",
        ),
        (
            "Youth clubs\n\nSadiq Khan pledged to “keep every youth club in London open for "
            "as long as I am Mayor and the funding lasts” at a rally in Lewisham.",
            "keep every youth club",
            "Sadiq Khan",
        ),
        (
            "Patrols\n\nCommander Jane Smith has promised to “put more officers on the "
            "streets of Croydon than at any time in the last ten years”, residents heard.",
            "put more officers",
            "Jane Smith",
        ),
    ],
)
def test_a_long_pledge_in_marks_is_the_subjects(text, opening, speaker):
    found = [who for who, words in snippet_quotes(text) if words.startswith(opening)]
    assert found == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a short phrase pledged stays no one's; a pledge of no one the release names too
        "Met culture\n\nCommissioner Sir Paul Lane has vowed to “face up to the culture” "
        "after a critical review.",
        "Met culture\n\nThe new plan has vowed to “face up to the habits, rules and leaders "
        "that have failed both the public and our own officers” after a review.",
    ],
)
def test_a_short_or_unowned_pledge_names_no_one(text):
    assert all(who is None for who, _ in snippet_quotes(text))
