"""Forms found in the spent tenth blind batch (tests/blind10, round 11) for titles, dates,
publishers, quotes and speakers, each fixed as a class: the batch's own case and others of
the same class written in the styles of other real publishers (Met, GOV.UK, London
Assembly, Mayor, MOPAC, news sites), with guard cases that must not change. A
speechwriter must never get a quote under the wrong name: where a form leaves the speaker
in doubt, no speaker is given."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date


def _speaker_of(text: str, opening: str):
    found = [s for s, t in snippet_quotes(text) if t.startswith(opening)]
    assert found, f"no quote opening {opening!r} in {snippet_quotes(text)}"
    return found[0]


# ------------------------------------------------------------------ titles


# An office's own blog or newsroom over the headline is the site's masthead, and says who
# publishes the page: "Home Office in the media" (blog.gov.uk), "MOPAC news".
@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (  # the batch's own: the Home Office's blog, with no address line under its name
            "Skip to main content\nHome Office in the media\n\nWhat is the Government doing "
            "to tackle violent crime?          \n\nPosted by: , Posted on: - Categories: "
            "Uncategorised\n\nHome Office in the media\n\n  • Yesterday the Offensive "
            "Weapons Act received Royal Assent.",
            "What is the Government doing to tackle violent crime?",
            "Home Office",
        ),
        (  # the same blog with the post's address under its name (blind7, realworld)
            "Skip to main content\nHome Office in the media\n\n"
            "https://homeofficemedia.blog.gov.uk/2018/11/05/home-office-in-the-media/\n\n"
            "Home Office in the media blog: Monday 05 November\n\nToday's stories include "
            "the latest stabbings.",
            "Home Office in the media blog: Monday 05 November",
            "Home Office",
        ),
        (  # MOPAC's newsroom
            "MOPAC news\n\nNew funding for victims' services\n\nThe Deputy Mayor has "
            "announced £3m for victims.",
            "New funding for victims' services",
            "Mayor's Office for Policing and Crime",
        ),
        (  # the Met's blog
            "Metropolitan Police blog\n\nWhat we are doing about knife crime\n\nOfficers "
            "have seized 400 knives this month.",
            "What we are doing about knife crime",
            "Metropolitan Police",
        ),
    ],
)
def test_an_offices_blog_name_is_its_masthead(text, title, publisher):
    parsed = parse_snippet(text)
    assert parsed.title == title
    assert parsed.publisher == publisher


# A banner about the site itself above the headline is furniture: the old london.gov.uk's
# "is changing" / "Try our beta site and let us know what you think", GOV.UK's beta banner.
@pytest.mark.parametrize(
    "banner",
    [
        "is changing\n\nTry our beta site and let us know what you think",  # the batch's own
        "London.gov.uk is changing\n\nTry the new website",
        "Our website is changing",
        "BETA This is a new service – your feedback will help us to improve it.",
    ],
)
def test_a_banner_about_the_site_is_no_title(banner):
    text = (
        f"{banner}\n\nMayor welcomes appointment of new Met Police Commissioner\n\n"
        "12 September 2011\n\nThe Mayor of London today welcomed the appointment."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Mayor welcomes appointment of new Met Police Commissioner"
    assert parsed.date == "2011-09-12"


def test_a_headline_that_is_changing_stays():
    # guard: a headline about change is no banner (one that opens the page on its own
    # words, not a site's)
    text = "Policing in London is changing fast\n\nThe Met has published its new plan."
    assert parse_snippet(text).title == "Policing in London is changing fast"


# A breadcrumb row of section names set apart by "/" or "|" run on into the headline the
# page prints next: the sections are not the title, whatever their case.
@pytest.mark.parametrize(
    "crumbs",
    [
        "Home / Local news /",  # the batch's own (a community news site)
        "Home | News | Crime and justice |",
        "Home > Local news > Crime >",
        "News / London /",
    ],
)
def test_a_breadcrumb_of_sections_is_no_title(crumbs):
    headline = "London is ‘really safe’ city, says Met chief"
    text = f"{crumbs} {headline}\n\n{headline}\n\nLondon is a safe place, the commissioner said."
    assert parse_snippet(text).title == headline


def test_a_headline_with_a_slash_stays():
    # guard: a slash inside a headline's own words, with no headline repeated after it
    text = "Knife crime up / down across London boroughs\n\nThe figures were published today."
    assert parse_snippet(text).title == "Knife crime up / down across London boroughs"


# A newspaper's name printed over its headline ("Guernsey Press") is its masthead: the
# longer line under it is the headline.
@pytest.mark.parametrize(
    "masthead",
    ["Guernsey Press", "Harrow Times", "Evening Standard", "The Bangla Mirror News"],
)
def test_a_newspapers_name_over_the_headline_is_no_title(masthead):
    text = (
        f"{masthead}\n\nMay to hold Downing Street knife crime summit\n\nThe meeting on "
        "April 1 will involve experts and community leaders.\n\nPublished\n\nTheresa May "
        "is to host a major summit."
    )
    assert parse_snippet(text).title == "May to hold Downing Street knife crime summit"


@pytest.mark.parametrize(
    "text",
    [
        # guards: a short headline over its longer standfirst; a headline naming a paper
        "Met Police News\n\nThe Met has published its annual report.\n\nIt shows crime fell.",
        "Mayor backs the Standard\n\nThe Mayor today backed the newspaper's campaign "
        "against knife crime in every borough.",
    ],
)
def test_a_short_headline_over_a_sentence_stays(text):
    assert parse_snippet(text).title == text.split("\n\n")[0]


# ------------------------------------------------------------------ publishers


# "The Assembly was told that ..." is a news report of a meeting, not the Assembly's own
# release; "The London Assembly has today agreed ..." still is.
@pytest.mark.parametrize(
    "text",
    [
        (  # the batch's own: a news site's report of a committee meeting
            "Cressida Dick has said violent crime is not on the up.\n\nThe Commissioner "
            "told a meeting of the London Assembly's police and crime committee there had "
            "been a reduction.\n\nThe Assembly was told that stabbings are down."
        ),
        "The Commissioner gave evidence.\n\nThe London Assembly heard that arrests rose.",
        "The Mayor answered questions.\n\nThe Assembly has been told the plan is delayed.",
    ],
)
def test_the_assembly_told_something_is_no_publisher(text):
    assert parse_snippet(text).publisher is None


@pytest.mark.parametrize(
    "text",
    [
        "Front counters\n\nThe London Assembly has today called on the Mayor to reverse it.",
        "Motion\n\nThe Assembly calls on the Mayor to publish the figures.",
    ],
)
def test_the_assembly_acting_is_its_release(text):
    assert parse_snippet(text).publisher == "London Assembly"


# ------------------------------------------------------------------ dates


# A text with no headline whose first line leads in to an item, the item's date line under
# it: the date is stated (a forum post reposting a release, a blog quoting one).
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # the batch's own: a forum post reposting No 10's item
            "I'm surprised no one has mentioned this (from the No 10 website):\n"
            "14 January 2008\nThe Prime Minister has said that anyone found carrying "
            "knives should expect to be prosecuted.\nThe PM said:",
            "2008-01-14",
        ),
        (
            "Here is the Mayor's statement in full:\n\n3 March 2019\n\nThe Mayor has "
            "today announced £5m for youth clubs.\n\nHe said it was vital.",
            "2019-03-03",
        ),
        (
            "From the Met's press office:\n\nTuesday, 12 February 2018\n\nOfficers have "
            "arrested 12 people.\n\nInquiries continue.",
            "2018-02-12",
        ),
    ],
)
def test_a_date_line_under_a_lead_in_is_stated(text, when):
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # guards: a date in the second paragraph's prose; a year alone
        "I'm surprised no one has mentioned this:\n\nOn 14 January 2008 the Prime "
        "Minister said knives were unacceptable.\n\nHe said so again.",
        "Figures for the year:\n\n2008\n\nCrime fell by 5 per cent.\n\nIt was welcomed.",
    ],
)
def test_a_date_in_prose_under_a_lead_in_is_not_stated(text):
    assert stated_date(text) is None


# ------------------------------------------------------------------ quotes and speakers


# "asked" introduces a speaker's words as "said" does: a question put at Mayor's Question
# Time, in an interview or on camera is its asker's, however short.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own: an Assembly Member's question in single marks, never closed
            "Dismore questions Mayor\n\nAt today's Mayor's Question Time Andrew Dismore AM, "
            "Labour London Assembly Member for Barnet and Camden, questioned the Mayor.\n\n"
            "Mr Dismore asked the Mayor:\n\n‘In view of the new Home Secretary’s comments, "
            "have you discussed the needs of the Met with him?",
            "In view of the new",
            "Andrew Dismore",
        ),
        (  # the batch's own: a councillor on camera
            "Mayor confronted\n\nSir Sadiq was approached by Westminster councillor Laila "
            "Cunningham – who recently defected to Reform – and asked about knife crime.\n\n"
            "In a video clip posted on social media by Reform, she asked Sir Sadiq: “Knife "
            "crime going up 60 per cent, and you don’t care?”",
            "Knife crime going up",
            "Laila Cunningham",
        ),
        (  # the question after the words, as a news site writes it
            "Commissioner questioned\n\n“How many officers will be cut?” asked Caroline "
            "Pidgeon AM.",
            "How many officers",
            "Caroline Pidgeon",
        ),
        (  # GOV.UK: a minister asked on the record
            "Minister's visit\n\nPolicing Minister Kit Malthouse asked: “What more can we do "
            "to keep young people safe?”",
            "What more can we do",
            "Kit Malthouse",
        ),
    ],
)
def test_asked_introduces_the_askers_words(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


def test_being_asked_is_no_attribution():
    # guard: "I am asked" is said of the subject, not by them: no speaker from it
    text = (
        "Tackling violent crime\n\nThe question I am asked most as Mayor is:\n\n"
        "“What are you doing to tackle violent crime in London?”"
    )
    assert all(speaker is None for speaker, _ in snippet_quotes(text))


# "He said:" in the paragraph that opens on its subject ("Roger Hirst, ..., leads for the
# APCC ... . He said: “...”") is that subject, not whoever was quoted before.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own: a trade paper's report with a second body's response
            "The Federation’s National Chair, Steve Hartshorn, said: “It is disappointing "
            "to see PCCs yet again having to choose.”\n\nAPCC response\n\nRoger Hirst, "
            "Essex’s Conservative Police Fire and Crime Commissioner, leads for the "
            "Association of Police and Crime Commissioners (APCC) on the funding formula. He "
            "called the announcement good news for policing. He said: “The police service "
            "must adapt to meet evolving threats and challenges.”",
            "The police service must adapt",
            "Roger Hirst",
        ),
        (  # a Mayor's release: a second voice introduced in its own paragraph
            "Sadiq Khan said: “This is good news for London.”\n\nLib Peck, director of "
            "London’s Violence Reduction Unit, visited the project in Croydon. She said: "
            "“Young people deserve our support.”",
            "Young people deserve",
            "Lib Peck",
        ),
        (  # the Met: an officer after the Commissioner
            "Sir Mark Rowley said: “We are relentless.”\n\nDetective Superintendent Jane "
            "Smith, who led the operation, thanked the public. She said: “Your calls made "
            "the difference.”",
            "Your calls made",
            "Jane Smith",
        ),
        (  # guard: no one named in the paragraph: the one quoted before goes on
            "The Federation’s National Chair, Steve Hartshorn, said: “It is disappointing.”"
            "\n\nThe Federation also criticised the formula. He said: “Forces need "
            "certainty.”",
            "Forces need certainty",
            "Steve Hartshorn",
        ),
    ],
)
def test_a_pronoun_is_the_subject_of_its_own_paragraph(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


# A subject acted on by someone named ("... was approached by Westminster councillor
# Laila Cunningham – who ... – and asked ...") is not who a pronoun after means; the one
# acting is. Acted on by someone unnamed, the pronoun gets no name (round 9).
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Sadiq Khan said: “We are investing.”\n\nSadiq Khan was challenged by Tory "
            "candidate Susan Hall AM at City Hall.\n\nShe said: “Crime has soared.”",
            "Crime has soared",
            "Susan Hall",
        ),
        (
            "Sir Mark Rowley was questioned by Assembly Member Caroline Pidgeon over the "
            "figures.\n\nShe said: “Londoners deserve answers.”",
            "Londoners deserve answers",
            "Caroline Pidgeon",
        ),
        (  # guard: acted on by no one named
            "Sadiq Khan said: “We are investing.”\n\nSadiq Khan was criticised by "
            "opponents at City Hall.\n\nShe said: “Crime has soared.”",
            "Crime has soared",
            None,
        ),
    ],
)
def test_a_pronoun_after_a_passive_is_its_named_agent(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


# Narrative between a named subject and the verb ("Sir Sadiq did not stop to talk but
# replied:") leaves the subject the speaker; a subject that is no one named gives none.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own
            "Mayor confronted\n\nLondon mayor Sir Sadiq Khan was on a walkabout.\n\n"
            "Sir Sadiq did not stop to talk but replied: “Say hello to Nigel” – a "
            "reference to the Reform party leader Nigel Farage.",
            "Say hello to Nigel",
            "Sadiq Khan",
        ),
        (
            "Met chief\n\nSir Mark Rowley visited Brixton.\n\nSir Mark declined to take "
            "questions but said: “We are making progress in every borough.”",
            "We are making progress",
            "Mark Rowley",
        ),
        (
            "Committee hearing\n\nCaroline Pidgeon AM chaired the hearing.\n\nMs Pidgeon "
            "listened to the evidence and then replied: “That is not good enough.”",
            "That is not good enough",
            "Caroline Pidgeon",
        ),
        (  # guard: the subject is no one named
            "Appeal\n\nOfficers at the scene did not comment but later said: “Inquiries "
            "are continuing.”",
            "Inquiries are continuing",
            None,
        ),
    ],
)
def test_narrative_before_the_verb_keeps_the_subject(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


# "She said:" is not a man the release calls "Mr Khan" or "Sir Sadiq", nor "He said:" a
# woman it calls "Ms Hall" or "Dame Cressida"; an honorific before a place word used as a
# surname ("Ms Hall") makes it one, for the release's "Susan Hall".
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own
            "The mayor said: “Tackling violence is my priority.”\n\nHowever, Ms Hall hit "
            "back, saying Mr Khan “has nothing to offer but excuses”.\n\nShe said: “I am "
            "listening to Londoners and as mayor, I will make our city safer.”\n\nHis "
            "campaign names the Tory candidate Susan Hall.\n\nSadiq Khan is the Mayor.",
            "I am listening",
            "Susan Hall",
        ),
        (  # no one said to speak since: the man quoted before is no "she"
            "Sadiq Khan said: “We are investing in policing.”\n\nMr Khan faces a "
            "challenge from the Conservatives.\n\nHowever, the party hit back.\n\nShe "
            "said: “Crime has soared out of control.”",
            "Crime has soared",
            None,
        ),
        (  # nor is a woman quoted before a "he"
            "Dame Cressida Dick said: “We are relentless.”\n\nThe Met faces scrutiny.\n\n"
            "He said: “The figures speak for themselves.”",
            "The figures speak",
            None,
        ),
        (  # guard: the same sex goes on as before
            "Dame Cressida Dick said: “We are relentless.”\n\nThe Met faces scrutiny.\n\n"
            "She said: “The figures speak for themselves.”",
            "The figures speak",
            "Cressida Dick",
        ),
    ],
)
def test_a_pronoun_is_never_someone_of_the_other_sex(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


def test_a_place_after_a_preposition_is_no_surname():
    from briefing.parse.speakers import canonical_speaker

    context = "A debate was held in Westminster Hall. Ms Hall said it was overdue."
    assert canonical_speaker("Ms Hall", (), context) == (None, None)
    context = "The Tory candidate Susan Hall spoke. Ms Hall said it was overdue."
    assert canonical_speaker("Ms Hall", (), context)[0] == "Susan Hall"


# A scene set off by a comma before a paragraph's subject ("At a briefing with crime
# reporters in Lambeth, south London, Mr Cochlin outlined ...") leaves the subject who a
# pronoun means; a picture's caption and credit ("(Photo by Dan Kitwood/Getty Images)")
# name no one the text is about.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own: a news site's copy with an agency picture
            "Detective Chief Superintendent Neil Cochlin has hailed the success of the "
            "teams.\n\nAt a briefing with crime reporters in Lambeth, south London, Mr "
            "Cochlin outlined the latest figures.\n\nA Police Office stands in Parliament "
            "Square. (Photo by Dan Kitwood/Getty Images)\n\nHe said: “That is a phenomenal "
            "achievement.”",
            "That is a phenomenal",
            "Neil Cochlin",
        ),
        (
            "Speaking at the launch in Croydon, Sadiq Khan thanked the youth workers.\n\n"
            "The Mayor meets youth workers (Stefan Rousseau/PA)\n\nHe said: “They are "
            "changing lives.”",
            "They are changing lives",
            "Sadiq Khan",
        ),
        (  # guard: nothing before but a caption: no name, and never the agency's
            "Knife crime\n\nOfficers on patrol in London. (Photo by Dan Kitwood/Getty "
            "Images)\n\nHe said: “That is a phenomenal achievement.”",
            "That is a phenomenal",
            None,
        ),
    ],
)
def test_a_scene_and_a_caption_do_not_hide_the_subject(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


# Paragraphs of speech opened in quote marks with no attribution of their own, after
# paragraphs about someone, are that person's: the one the last sentence before opens on
# ("MrGodwin cautioned ..."), or the one those paragraphs say is speaking.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own: an old Standard report, the honorific run into the name
            "Mayor praises Met\n\nThe decline was welcomed by Met Acting Deputy "
            "Commissioner Tim Godwin and Mayor Boris Johnson. MrGodwin cautioned that the "
            'number of young victims remained "unacceptable".\n\n"These figures show that '
            'London is getting safer and that our strategies are beginning to take effect."',
            "These figures show",
            "Tim Godwin",
        ),
        (  # the batch's own: a second quote after paragraphs about the speaker
            "Detective Chief Superintendent Neil Cochlin spoke to reporters.\n\nHe said: "
            "“That is a phenomenal achievement.”\n\nMr Cochlin also said conviction rates "
            "remained high.\n\nThe job is far removed from Midsomer Murders, as he praised "
            "the Met’s response.\n\n“We have blue light capability 24/7. So it’s not like "
            "you might see on television.\n\nAdvertisement\n\n“It’s a blue lights two-tone. "
            "We will get there.”",
            "We have blue light",
            "Neil Cochlin",
        ),
        (  # the batch's own: under a picture caption about the speaker
            "May to hold summit\n\nShadow policing minister Louise Haigh said it was ‘high "
            "time’ the Government took action (Stefan Rousseau/PA)\n\n“Whilst it’s welcome "
            "that they are now convening this summit, we need to see action.”",
            "Whilst it’s welcome",
            "Louise Haigh",
        ),
        (  # a London Assembly release
            "Assembly warns on cuts\n\nJoanne McCartney AM, Chair of the Police and Crime "
            "Committee, warned the Mayor that the cuts go too far.\n\n“Londoners will pay "
            "the price for these cuts in every borough of the city.”",
            "Londoners will pay",
            "Joanne McCartney",
        ),
    ],
)
def test_unattributed_speech_after_paragraphs_about_its_speaker(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # guards: a slogan in marks; a quotation under a line about someone's manifesto;
        # speech after paragraphs naming no one
        "Campaign launch\n\nSadiq Khan launched the campaign.\n\n“Knives end lives.”",
        "Notes\n\nIn Boris Johnson’s manifesto, the following was first on the list:\n\n"
        "“Provide strong leadership by chairing the Police Authority and cutting red tape.”",
        "Appeal\n\nOfficers were called to the scene at 10pm.\n\n“Anyone with information "
        "should call police on 101 or Crimestoppers anonymously.”",
    ],
)
def test_unattributed_words_with_no_one_before_stay_no_ones(text):
    assert all(speaker is None for speaker, _ in snippet_quotes(text))


# A person's spokesperson speaks by the post alone ("Mrs May’s official spokesman" ->
# "official spokesman": not Mrs May). Changed on purpose in round 21, by the rule
# (keep the title with its role where the release never names anyone): an office's
# spokesperson in quote marks ("A Home Office spokesman said: “...”") speaks by the post
# with the office; a bare "a spokesperson" over reported facts, or one named after in
# another form ("a spokesman from the Met"), stays no one's.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the batch's own (a news agency's copy)
            "Summit\n\nMrs May’s official spokesman said: “The Prime Minister will host the "
            "summit on serious violence.”",
            "official spokesman",
        ),
        (
            "Summit\n\nThe Prime Minister’s official spokesman said: “The Prime Minister "
            "will chair the meeting.”",
            "Prime Minister’s official spokesman",  # an office's owner stays (blind11/14/28/42)
        ),
        (  # guards
            "Knife crime\n\nA Home Office spokesman said: “Knife crime has a devastating "
            "impact on families.”",
            "Home Office spokesman",
        ),
        (
            "Knife crime\n\nThe Met’s spokesperson said: “Knife crime has a devastating "
            "impact on families.”",
            "Met’s spokesperson",
        ),
        (
            "Seizures\n\nA spokesperson said: “Officers seized 809 knives.”",
            None,
        ),
        (
            "Arrest\n\nA spokesman from the Metropolitan Police said: “A man was arrested.”",
            None,
        ),
    ],
)
def test_a_persons_spokesperson_speaks_by_the_post(text, speaker):
    found = snippet_quotes(text)
    assert len(found) == 1
    assert found[0][0] == speaker


# "The PM said:" in a release that names the Prime Minister only as "Mr Brown" is Brown:
# the surname, as the release gives no more; with two such names, no one of them (the
# office speaks, as where a release names no one).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the batch's own (a forum repost of No 10's item)
            "14 January 2008\nThe Prime Minister has said that anyone carrying knives "
            'should expect to be prosecuted.\nMr Brown said carrying knives was "completely '
            'unacceptable".\nThe PM said:\n"We have to send out a message and reinforce it '
            "with action.''",
            "Brown",
        ),
        (
            "Home Secretary on knife crime\n\nMr Javid said the figures were worrying.\n\n"
            "The Home Secretary said: “We will give the police the powers they need.”",
            "Javid",
        ),
        (  # guard: two surnames speaking: neither is named
            "Summit\n\nMr Brown said the figures were worrying. Mr Straw said the law "
            "would change.\n\nThe Prime Minister said: “We will act.”",
            "Prime Minister",
        ),
    ],
)
def test_the_office_is_the_one_surname_speaking(text, speaker):
    assert snippet_quotes(text)[-1][0] == speaker


# A question left open that cites someone else's words under a line of their own goes
# on after them in new marks: a second quote of its asker; the cited words are the cited
# speaker's.
@pytest.mark.parametrize(
    "marks",
    [("‘", "’"), ("“", "”")],
)
def test_a_question_resumed_after_the_words_it_cites(marks):
    opening, closing = marks
    text = (
        "Dismore questions Mayor\n\nAndrew Dismore AM questioned the Mayor.\n\n"
        f"Mr Dismore asked the Mayor:\n\n{opening}In view of the Home Secretary’s comments, "
        "has he given you any assurances about extra funding for the Met?\n\n"
        "Home Secretary Sajid Javid MP told the Police Federation conference:\n\n"
        f"{opening}I recognise that we need to prioritise public investment in policing."
        f"{closing}\n\n{opening}That is a welcome change from his predecessor. However, do "
        "you agree we need more than warm words?"
    )
    found = snippet_quotes(text)
    assert [speaker for speaker, _ in found] == ["Andrew Dismore", "Sajid Javid", "Andrew Dismore"]
    assert found[2][1].startswith("That is a welcome change")


def test_words_after_a_citation_outside_a_question_stay_the_cited_speakers():
    # guard: a statement left open (no question) and the cited speaker's next paragraph
    text = (
        "Funding\n\nSadiq Khan said:\n\n“We need more funding for the Met.\n\n"
        "The Commissioner said:\n\n“We are stretched.”\n\n“We need more officers in every "
        "borough of London.”\n\nSir Mark Rowley is the Commissioner."
    )
    found = snippet_quotes(text)
    assert [speaker for speaker, _ in found] == ["Sadiq Khan", "Mark Rowley"]
    assert "We need more officers" in found[1][1]


# Names read as a person's: an honorific run into the surname is a typo ("MrGodwin"); a
# possessive is whose, not who ("In Boris Johnson’s manifesto").
def test_names_from_typos_and_possessives():
    from briefing.parse.speakers import canonical_speaker

    context = "Acting Deputy Commissioner Tim Godwin and Mayor Boris Johnson"
    assert canonical_speaker("MrGodwin", (), context)[0] == "Tim Godwin"
    assert canonical_speaker("In Boris Johnson’s", (), context)[0] is None
    assert canonical_speaker("Sir Mark Rowley’s", (), context)[0] is None


# An advertisement's slot left as a line ("Advertisement") is furniture: a quote over it
# is one quote.
def test_an_advertisement_line_is_furniture():
    text = (
        "Met detective\n\nDetective Chief Superintendent Neil Cochlin said: “We have blue "
        "light capability.\n\nAdvertisement\n\n“It’s a blue lights two-tone. We will get "
        "there.”"
    )
    assert [b.text for b in parse_snippet(text).blocks if b.text == "Advertisement"] == []
    found = snippet_quotes(text)
    assert len(found) == 1
    assert found[0][1].endswith("We will get there.")
