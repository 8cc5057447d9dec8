"""Forms found in the spent eleventh blind batch (tests/blind11, round 12) for titles,
dates and publishers, each fixed as a class: the batch's own case and others of the same
class written in the styles of other real publishers (Met, GOV.UK, London Assembly, Mayor,
MOPAC, No 10, news sites), with guard cases that must not change. No publisher is better
than a wrong one."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date

BODY = "\n\nThe Mayor has announced £5 million for youth clubs across London.\n\nMore follows."

# ------------------------------------------------------------------ titles


# A photo's caption over the headline, or under it and printed twice, is never the
# headline: one closed by its credit, or any short line over a Member's own heading.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own: a caption printed twice under the headline (news site)
            "Number of Metropolitan Police officers being dismissed hits new high\n\n"
            "There are nearly 400 Met Police misconduct cases waiting to be heard (PA Archive)\n"
            "There are nearly 400 Met Police misconduct cases waiting to be heard (PA Archive)"
            "\n\nThe number of Met police officers being dismissed has reached a new peak.",
            "Number of Metropolitan Police officers being dismissed hits new high",
        ),
        (  # the batch's own: a caption without credit over a Member's heading (Assembly)
            "Assembly Member, Sian Berry, outside of the Grove Park Youth Centre\n\n"
            "News from Siân Berry: Mayor must help people left behind\n\n16 January 2017"
            "\n\nLondon council youth services have lost a third of staff.",
            "News from Siân Berry: Mayor must help people left behind",
        ),
        (  # a Mayor's page: the caption's credit over the headline
            "Sadiq Khan visits a youth club in Croydon (Photo: GLA)\n\n"
            "Mayor doubles funding for youth clubs" + BODY,
            "Mayor doubles funding for youth clubs",
        ),
        (  # a Met story on a news site: "(Picture: ...)" credit over the headline
            "Officers at one of the raids (Picture: Metropolitan Police)\n\n"
            "Met smashes county lines network in dawn raids" + BODY,
            "Met smashes county lines network in dawn raids",
        ),
        (  # a Member's heading with a note after the name, under a caption (Assembly)
            "Unmesh Desai AM at City Hall\n\nNews from Unmesh Desai (former AM): Police "
            "misconduct backlog must be cleared" + BODY,
            "News from Unmesh Desai (former AM): Police misconduct backlog must be cleared",
        ),
    ],
)
def test_a_photo_caption_is_no_title(text, title):
    assert parse_snippet(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a headline with a bracket that is not a credit stays (Home Office)
            "Home Secretary sets out new powers (updated)" + BODY,
            "Home Secretary sets out new powers (updated)",
        ),
        (  # a headline over a short standfirst line is not a caption (No 10)
            "PM launches anti-social behaviour action plan\n\nZero tolerance for yobs" + BODY,
            "PM launches anti-social behaviour action plan",
        ),
        (  # a headline printed twice under a tagline keeps its tagline rule (Assembly)
            "London assembly for North East London\n\nDesai calls for more officers\n\n"
            "Desai calls for more officers" + BODY,
            "Desai calls for more officers",
        ),
    ],
)
def test_a_headline_that_is_no_caption_stays(text, title):
    assert parse_snippet(text).title == title


# A newsroom's "Follow <office>" button over the headline is furniture, and names the
# office whose newsroom it is; a headline that opens on "Follow" stays.
@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (  # the batch's own (the Met's Mynewsdesk newsroom)
            "Follow Metropolitan Police\n\nMet Police urge people not to drink and drive\n\n"
            "News • Dec 01, 2020 18:30 GMT\n\nThis December officers are warning people.",
            "Met Police urge people not to drink and drive",
            "Metropolitan Police",
        ),
        (  # the Home Office's newsroom
            "Follow Home Office\n\nNew powers to tackle knife crime\n\n"
            "Press release • Mar 03, 2021 09:00 GMT\n\nNew powers come into force today.",
            "New powers to tackle knife crime",
            "Home Office",
        ),
        (  # the Mayor's newsroom
            "Follow Mayor of London\n\nMayor doubles funding for youth clubs" + BODY,
            "Mayor doubles funding for youth clubs",
            "Mayor of London",
        ),
        (  # a body that is no publisher: furniture still, but no publisher from it
            "Follow Crimestoppers\n\nCharity urges witnesses to come forward\n\n"
            "Witnesses are urged to come forward anonymously.",
            "Charity urges witnesses to come forward",
            None,
        ),
    ],
)
def test_a_follow_button_is_furniture_and_names_its_office(text, title, publisher):
    parsed = parse_snippet(text)
    assert (parsed.title, parsed.publisher) == (title, publisher)


@pytest.mark.parametrize(
    "headline",
    [
        "Follow the money: how fraud gangs launder cash",
        "Follow our advice to stay safe this Christmas",
    ],
)
def test_a_headline_opening_on_follow_stays(headline):
    assert parse_snippet(headline + BODY).title == headline


# A news site's section after the headline (" | UK News") is not the headline's.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        (  # the batch's own
            "Drugs worth £4.3m seized and 230 arrested in county lines crackdown | UK News",
            "Drugs worth £4.3m seized and 230 arrested in county lines crackdown",
        ),
        (
            "Mayor announces £5m for youth clubs | London News",
            "Mayor announces £5m for youth clubs",
        ),
        (
            "Home Secretary unveils knife crime plan | News",
            "Home Secretary unveils knife crime plan",
        ),
        # guards: a pipe that is part of the headline, a section that is not "News"
        ("Stop and search | the facts", "Stop and search | the facts"),
        ("Met Police | Annual report", "Met Police | Annual report"),
        ("Police and Crime Plan | Good News", "Police and Crime Plan | Good News"),
    ],
)
def test_a_news_section_suffix_is_dropped(line, title):
    assert parse_snippet(line + BODY).title == title


# A headline run on into its standfirst on one line, the standfirst opening the body too:
# the words before the repeated opening are the headline.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own (No 10 on a news site)
            "The number of suspected terrorist plots being investigated is soaring, says "
            "Downing Street Police have foiled 13 Islamist plots in the last 18 months, as "
            "well as four which were being planned by extreme right terrorists.\n\nA total "
            "of 676 live terrorism investigations were underway.\n\nPolice have foiled 13 "
            "Islamist plots in the last 18 months, including one in recent weeks.",
            "The number of suspected terrorist plots being investigated is soaring, says "
            "Downing Street",
        ),
        (  # a Met story
            "Forty arrested in county lines crackdown across London Officers arrested 40 "
            "people and seized 12 knives in a week of action.\n\nOfficers arrested 40 people "
            "and seized 12 knives in a week of action, the Met said.",
            "Forty arrested in county lines crackdown across London",
        ),
        (  # a Mayor's release
            "Mayor doubles youth club funding The Mayor of London has doubled funding for "
            "youth clubs across the capital.\n\nThe Mayor of London has doubled funding for "
            "youth clubs across the capital to £10m.",
            "Mayor doubles youth club funding",
        ),
        (  # GOV.UK (Home Office)
            "£10 million for Taser uplift announced by Home Office The Home Office is giving "
            "police forces £10 million in additional funding.\n\nThe Home Office is giving "
            "police forces £10 million in additional funding to increase Taser numbers.",
            "£10 million for Taser uplift announced by Home Office",
        ),
    ],
)
def test_a_headline_run_on_into_its_standfirst(text, title):
    parsed = parse_snippet(text)
    assert (parsed.title, parsed.title_derived) == (title, False)


@pytest.mark.parametrize(
    "text",
    [
        # a body opening the text, a later paragraph's opening after a sentence's end
        "Police arrested 40 people in raids across London this week. Officers also seized "
        "12 knives in the raids today.\n\nOfficers also seized 12 knives in the raids today, "
        "the Met said.",
        # a body opening the text, nothing repeated (London Assembly)
        "The London Assembly Police and Crime Committee has today published its report on "
        "fraud, which accounts for over a third of all crime.\n\nThe Committee makes 16 "
        "recommendations.",
    ],
)
def test_a_body_opening_the_text_stays_untitled(text):
    assert parse_snippet(text).title_derived


# ------------------------------------------------------------------ dates


# A document's labelled date line: the label on its own line ("Date signed:") or before
# the date ("Date of decision: 4 May 2021").
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # the batch's own (a MOPAC decision)
            "Uplift in funding to support victims of hate crime\n\nReference code:\nPCD 623\n"
            "Date signed:\n02 September 2019\nAuthorisation name:\nSophie Linden\n\n"
            "Executive summary\n\nHate crime has been on the rise.",
            "2019-09-02",
        ),
        (  # a Mayoral decision with its label and date on one line
            "Funding for knife crime prevention\n\nReference code: MD2801\n"
            "Date of decision: 4 May 2021\n\nThe Mayor approves £2m of funding.",
            "2021-05-04",
        ),
        (  # a Home Office letter's "Date approved:" after its reference
            "Letter to police chiefs on Taser uplift\n\nReference: HO-2019-44\n"
            "Date approved: 12 September 2019\n\nThe Home Secretary has written to chiefs.",
            "2019-09-12",
        ),
    ],
)
def test_a_documents_labelled_date_is_stated(text, when):
    assert stated_date(text) == when


# A newsroom's item kind before its date: "News • Dec 01, 2020 18:30 GMT".
@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("News • Dec 01, 2020 18:30 GMT", "2020-12-01"),  # the batch's own (the Met)
        ("Press release • Mar 03, 2021 09:00 GMT", "2021-03-03"),  # the Home Office's
        ("Blog post | 5 May 2023", "2023-05-05"),  # a Mayor's blog
    ],
)
def test_a_newsroom_item_kind_before_the_date(line, when):
    text = "Met Police urge people not to drink and drive\n\n" + line + BODY
    assert stated_date(text) == when


def test_a_word_before_a_bullet_and_a_date_that_is_no_item_kind_gives_no_date():
    text = "Met Police urge people not to drink and drive\n\nLondon • Dec 01, 2020" + BODY
    assert stated_date(text) is None


# A reporter's name glued to the date under the headline: the date is stated.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # the batch's own (Evening Standard), under a photo's caption
            "Police smash violent burglary network\n\n"
            "Raid: police officers during the operation today (Picture: Metropolitan Police)\n"
            "David Churchill24 March 2015\nWEST END FINAL\n\nPolice today smashed a network.",
            "2015-03-24",
        ),
        (  # "By" and a three-word name (a news site's Home Office story)
            "Home Secretary unveils knife crime plan\n\nBy Martin Bentham Smith12 June 2019"
            "\n\nThe Home Secretary today unveiled a plan.",
            "2019-06-12",
        ),
        (  # a Mayor's story on a local paper
            "Mayor doubles funding for youth clubs\n\nRuth Bloomfield3 October 2018" + BODY,
            "2018-10-03",
        ),
    ],
)
def test_a_byline_glued_to_its_date_is_stated(text, when):
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "line",
    [
        "Operation Orochi24 March 2015 was the start of a crackdown on gangs",  # prose after
        "officers arrested24 March 2015",  # not a name
        "Hundreds of officers in Camden3 March 2015",  # a sentence, not a byline
    ],
)
def test_a_glued_date_that_is_no_byline_is_not_stated(line):
    text = "Police smash violent burglary network\n\n" + line + BODY
    assert stated_date(text) is None


# ------------------------------------------------------------------ publishers


# A Member's own heading under a caption makes the page the Assembly's.
def test_a_members_heading_under_a_caption_is_the_assemblys():
    text = (
        "Assembly Member, Sian Berry, outside of the Grove Park Youth Centre\n\n"
        "News from Siân Berry: Mayor must help people left behind\n\n16 January 2017"
        "\n\nLondon council youth services have lost a third of staff."
    )
    assert parse_snippet(text).publisher == "London Assembly"


# ------------------------------------------------------------------ quotes and speakers


def _speaker_of(text: str, opening: str):
    found = [s for s, t in snippet_quotes(text) if t.startswith(opening)]
    assert found, f"no quote opening {opening!r} in {snippet_quotes(text)}"
    return found[0]


# A clause before a paragraph's subject ("As the scale of the threat was underlined, the
# Prime Minister urged ...", "While visiting ..., Deputy Mayor Sophie Linden thanked ..."):
# the subject after it is who "She said:" in the next paragraph refers to.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (No 10, on a news site)
            "Theresa May’s official spokesman said: “The threat from terrorism is one of the "
            "starkest that we have faced.”\n\nThere are some 3,000 active subjects of "
            "interest.\n\nAs the scale of the threat facing the UK was underlined, the Prime "
            "Minister urged the public to “come together and carry on as normal”.\n\n"
            "“Terrible scenes”\n\nShe said in a statement: “For the second time in as many "
            "years the home of our democracy has witnessed terrible scenes.”\n\nMrs May "
            "added: “The twisted aim of the extremists is to divide us.”",
            "For the second time",
            "Theresa May",
        ),
        (  # a Met story: "Amid ..." before a detective who praised, then "He said:"
            "Commander Jane Smith said: “We have made 40 arrests this week.”\n\nAmid growing "
            "concern over knife crime, Detective Superintendent Paul Brown praised parents "
            "who talk to their children.\n\nHe said: “Knives ruin lives and families.”",
            "Knives ruin lives",
            "Paul Brown",
        ),
        (  # a Mayor's release: "While visiting ..." before the Deputy Mayor
            "Sadiq Khan said: “Youth clubs keep young Londoners safe.”\n\nWhile visiting the "
            "project in Croydon, Deputy Mayor Sophie Linden thanked the youth workers.\n\n"
            "She said: “Their work changes lives every single day.”",
            "Their work changes",
            "Sophie Linden",
        ),
        (  # GOV.UK: "When ..., the Home Secretary ..." named with her post elsewhere
            "Home Secretary Priti Patel has announced £10 million for Tasers.\n\nPolicing "
            "Minister Kit Malthouse said: “Officers deserve the right kit.”\n\nWhen the "
            "figures were published, the Home Secretary welcomed the fall in knife crime.\n\n"
            "She said: “This is a welcome step forward for victims.”",
            "This is a welcome step",
            "Priti Patel",
        ),
    ],
)
def test_the_subject_after_a_leading_clause_is_who_she_said_means(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # a leading clause with no person after it: the last speaker goes on
            "Commander Jane Smith said: “We have made 40 arrests this week.”\n\nAs a result, "
            "officers seized 12 knives.\n\nShe said: “Every knife off the street matters.”",
            "Every knife",
            "Jane Smith",
        ),
        (  # a woman after the clause (Ms Pidgeon) is no "He": no name beats a guess
            "Unmesh Desai said: “The Mayor must act now.”\n\nAs the report was published, "
            "Caroline Pidgeon welcomed its findings. Ms Pidgeon has long campaigned on it.\n\n"
            "He said: “Londoners deserve better than this.”",
            "Londoners deserve",
            None,
        ),
    ],
)
def test_a_leading_clause_guard(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker
