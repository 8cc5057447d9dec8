"""Forms found in the spent ninth blind batch (tests/blind9, round 9), each fixed as a
class: the batch's own case and others of the same class written in the styles of other
real publishers (Met, GOV.UK, London Assembly, Mayor, MOPAC), with guard cases that must
not change. A speechwriter must never get a quote under the wrong name: where a form
leaves the speaker in doubt, no speaker is given."""

from __future__ import annotations

import pytest
from tests_support import figure_of, snippet_quotes, snippet_stats, stated_date

from briefing.parse.speakers import canonical_speaker


def _speaker_of(text: str, opening: str):
    found = [s for s, t in snippet_quotes(text) if t.startswith(opening)]
    assert found, f"no quote opening {opening!r} in {snippet_quotes(text)}"
    return found[0]


# A seat or remit after "member for" / "Minister of" runs into the name that follows it
# ("member for Barnet and Camden  Andrew Dismore AM"): the capitalised word after the
# connector belongs to the title, not the name.
@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        (  # the batch's own: a London Assembly member's seat
            "Labour London Assembly member for Barnet and Camden  Andrew Dismore AM",
            "Andrew Dismore",
            "Labour London Assembly member for Barnet and Camden",
        ),
        ("MP for Tottenham David Lammy", "David Lammy", "MP for Tottenham"),
        (  # an Assembly Member's own site
            "Assembly Member for Enfield and Haringey Joanne McCartney AM",
            "Joanne McCartney",
            "Assembly Member for Enfield and Haringey",
        ),
        (  # Met: a borough commander's borough
            "Borough Commander for Lambeth Colin Wingrove",
            "Colin Wingrove",
            "Borough Commander for Lambeth",
        ),
        ("Director of Audit Gareth Davies", "Gareth Davies", "Director of Audit"),  # NAO
        # guards: a title with no place, a three-word name with no connector before it
        ("Commander Jane Smith", "Jane Smith", "Commander"),
        ("Mayor of London Sadiq Khan", "Sadiq Khan", "Mayor of London"),
        ("Detective Superintendent Mary Jane Smith", "Mary Jane Smith", None),
    ],
)
def test_a_seat_before_the_name_is_not_part_of_it(written, name, role):
    found = canonical_speaker(written)
    assert found[0] == name
    if role is not None:
        assert found[1] == role


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own: an Assembly member's reaction, attribution over the quote
            "Speaking after the Commissioner’s comments, Labour London Assembly member for "
            "Barnet and Camden  Andrew Dismore AM said:\n\n‘The Commissioner’s warning of a "
            "return to the 1970s shows how wrong the Home Secretary is.’",
            "The Commissioner’s warning",
            "Andrew Dismore",
        ),
        (  # a Mayor's release quoting an MP
            "Sadiq Khan visited the estate today.\n\nMP for Tottenham David Lammy said: "
            "“This investment is long overdue for our young people.”",
            "This investment",
            "David Lammy",
        ),
    ],
)
def test_a_seat_before_the_name_in_an_attribution(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


# "She said:" after a paragraph whose subject is someone other than the person quoted
# last ("Susan Hall, leader of the GLA Conservatives, hit back at the Mayor ...", "Lib
# Peck, director of ..., said community funding ..."): the pronoun is that subject's.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (Mayor's page reported by a news site): the opposition leader
            "Mr Khan said: “This funding means the Met can protect officer numbers.”\n\n"
            "Sadiq Khan has urged the Government to help.\n\n"
            "He added: “Ministers are refusing to refund City Hall.”\n\n"
            "Susan Hall, leader of the GLA Conservatives, hit back at the Mayor and claimed "
            "he is prioritising “bureaucracy and spin at City Hall”.\n\n"
            "She said: “Sadiq Khan has consistently found millions of pounds for more "
            "bureaucrats. We identified savings which the Mayor could make.”",
            "Sadiq Khan has consistently",
            "Susan Hall",
        ),
        (  # the batch's own: the VRU's director after the Mayor, with her post in apposition
            "The Mayor said: “We invest in our communities.”\n\n"
            "Lib Peck, director of London’s Violence Reduction Unit, said community funding "
            "would play an important part in bringing down violence.\n\n"
            "She said: “Empowering communities is key to making fundamental change.”",
            "Empowering communities",
            "Lib Peck",
        ),
        (  # Met: a commander after the Commissioner
            "Sir Mark Rowley said: “We are taking knives off the streets.”\n\n"
            "Jane Smith, the Met’s lead for violent crime, praised the officers involved.\n\n"
            "She said: “Every weapon seized is a life potentially saved.”",
            "Every weapon seized",
            "Jane Smith",
        ),
        (  # GOV.UK: a minister after the Home Secretary
            "Home Secretary Priti Patel said: “We are backing the police.”\n\n"
            "Kit Malthouse, the Policing Minister, visited the force on Friday.\n\n"
            "He said: “Officers will have the resources they need.”",
            "Officers will have",
            "Kit Malthouse",
        ),
        (  # guard: narrative about no one in between, "He added" stays with the last speaker
            "Sadiq Khan said: “We are investing £15m.”\n\nThe money will fund youth clubs.\n\n"
            "He added: “This is only the start.”",
            "This is only the start",
            "Sadiq Khan",
        ),
        (  # guard: the last speaker opens the paragraph in between
            "Sadiq Khan said: “We are investing £15m.”\n\nSadiq Khan, Mayor of London, visited "
            "a youth club in Lewisham.\n\nHe added: “This is only the start.”",
            "This is only the start",
            "Sadiq Khan",
        ),
    ],
)
def test_a_pronoun_is_the_subject_of_the_paragraph_before(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


# Whoever "she" is, nobody opens their own words on their own full name: rather than
# give "She said: “Sadiq Khan has ...”" to Sadiq Khan, no speaker is given.
@pytest.mark.parametrize(
    "text",
    [
        (  # a critic unnamed in a form the rules cannot read
            "Sadiq Khan said: “We are protecting the police.”\n\n"
            "The Conservatives were quick to respond.\n\n"
            "She said: “Sadiq Khan has consistently failed to keep Londoners safe.”"
        ),
        (  # Met
            "Mark Rowley said: “Crime is falling.”\n\nThe figures were challenged.\n\n"
            "He said: “Mark Rowley has not told the whole story.”"
        ),
    ],
)
def test_a_pronoun_never_gives_words_that_open_on_the_speakers_own_name(text):
    speakers = [s for s, t in snippet_quotes(text) if t.endswith(("safe.", "story."))]
    assert speakers == [None]


# With nobody quoted yet, "he said" / "He said:" is the person the paragraphs just before
# say is speaking ("Mr Khan said tackling violence ... was his “top priority”.", "Mr Khan
# also warned ..."), not the last full name anywhere, and not nobody.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (Evening Standard on the Mayor): attribution after the quote
            "Sadiq Khan has announced a £14.5m investment.\n\nThe mayor was challenged on "
            "crime.\n\nMr Khan said tackling violence and its “complex causes” was his “top "
            "priority”.\n\n“I said on my re-election that young Londoners would be the focus "
            "of my third term,” he said.\n\n“I have always been clear that we will never "
            "arrest our way out of violence.",
            "I said on my re-election",
            "Sadiq Khan",
        ),
        (  # the batch's own (a news site on a Home Office release): "He said:" before it
            "Funding will rise by £1.1bn.\n\nBut Mayor of London Sadiq Khan attacked the plan "
            "and said the officers should be for London.\n\nMr Khan also warned the plan fell "
            "short.\n\nHe said: “Both the Met Commissioner and I will push the Government.”",
            "Both the Met Commissioner",
            "Sadiq Khan",
        ),
        (  # Met: a detective named in full, then her words with "she said" after
            "Officers arrested three men.\n\nDetective Inspector Jane Smith said the "
            "investigation was continuing.\n\n“We are determined to bring those responsible "
            "to justice,” she said.",
            "We are determined",
            "Jane Smith",
        ),
        (  # London Assembly: a member named with a post in apposition
            "The committee met today.\n\nCaroline Russell, Chair of the Police and Crime "
            "Committee, said the report raised questions.\n\nShe said: “Londoners deserve "
            "answers about these cuts.”",
            "Londoners deserve",
            "Caroline Russell",
        ),
    ],
)
def test_a_pronoun_with_nobody_quoted_yet_is_who_was_said_to_speak(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


def test_a_passive_subject_is_not_who_a_pronoun_means():
    # guard: "Sadiq Khan was criticised by ..." does not make "she" Sadiq Khan
    text = (
        "Sadiq Khan was criticised by opposition members.\n\n"
        "She said: “The Mayor has failed Londoners on crime.”"
    )
    assert all(s != "Sadiq Khan" for s, _ in snippet_quotes(text))


# A new person brought in after the last quote with a long post before the name ("But
# Scotland Yard Deputy Assistant Commissioner Graham McNulty indicated ...") is who "He
# said:" means; someone named in a form the rules cannot read as the subject leaves the
# pronoun unresolved rather than given to the person quoted before.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (a newspaper on No10): the Met after the Prime Minister
            "Theresa May said: “What matters is how police respond.”\n\n"
            "But Scotland Yard Deputy Assistant Commissioner Graham McNulty indicated that "
            "extra officers did make a difference.\n\n"
            "He said: “In advance of the weekend we had arranged for more officers.”",
            "In advance of the weekend",
            "Graham McNulty",
        ),
        (  # GOV.UK: a minister's long post
            "Priti Patel said: “We are backing the police.”\n\n"
            "Meanwhile Minister of State for Crime and Policing Kit Malthouse visited Essex.\n\n"
            "He said: “Officers will have what they need.”",
            "Officers will have",
            "Kit Malthouse",
        ),
        (  # MOPAC: a deputy mayor after the Mayor
            "The Mayor said: “We are investing.”\n\n"
            "Deputy Mayor for Policing and Crime Sophie Linden welcomed the plans.\n\n"
            "She said: “This will help victims.”",
            "This will help victims",
            "Sophie Linden",
        ),
        (  # unresolved: the new person is named only as an object
            "Sadiq Khan said: “We are investing.”\n\n"
            "The plans were drawn up after a review by Jane Smith.\n\n"
            "She said: “This will help victims.”",
            "This will help victims",
            None,
        ),
        (  # guard (blind7): a paragraph about the one quoted keeps her
            "“This is a sham,” says Nicky Gavron.\n\n"
            "She says that last month, Boris was questioned at Mayor’s Question Time.\n\n"
            "She adds: “This is a deliberate strategy.”",
            "This is a deliberate strategy",
            "Nicky Gavron",
        ),
    ],
)
def test_a_pronoun_after_a_new_person_is_theirs_or_nobodys(text, opening, speaker):
    assert _speaker_of("Police news in brief\n\n" + text, opening) == speaker


# A Police and Crime Commissioner's "PCC" after the name (or before it) is a post, like
# "MP" or "AM": "APCC Serious Violence Deputy Lead, Marc Jones PCC said:" names Marc Jones.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (GOV.UK): a statement with no marks under the speaker line
            "Funding for violence reduction units\n\nKit Malthouse said:\n\nThese units "
            "will help.\n\nAPCC Serious Violence Deputy Lead, Marc Jones PCC said:\n\n"
            "This funding to tackle serious violent crime is welcome.",
            "This funding to tackle",
            "Marc Jones",
        ),
        (  # a PCC's own office, quote marks, the post before the name
            "Essex Police gets more officers\n\nPCC Roger Hirst said: “Essex will have 300 "
            "more officers on its streets.”",
            "Essex will have",
            "Roger Hirst",
        ),
        (  # Met/MOPAC style: a neighbouring PCC after a comma
            "Forces join up against county lines\n\nThe operation ran for a week.\n\n"
            "Katy Bourne PCC, APCC Chair, said: “County lines gangs do not respect force "
            "boundaries.”",
            "County lines gangs",
            "Katy Bourne",
        ),
    ],
)
def test_pcc_is_a_post_by_the_name(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


# One long quoted clause (a dozen words or more) ending its paragraph after reported words
# is the named speaker's quote: "Mr Khan also warned the announcement did “not even make up
# for ...”.", "She said "a lot of this is gang-related, ..."."; a short phrase quoted in
# passing, or a clause after someone the release does not name, stays no one's.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (a news site on a Home Office release): an adverb before the verb
            "Police funding rises\n\nBut Mayor of London Sadiq Khan attacked the plan.\n\n"
            "Mr Khan also warned the announcement did “not even make up for the number of "
            "police officers lost since 2010, even though our population has grown”.",
            "not even make up",
            "Sadiq Khan",
        ),
        (  # the batch's own: a short phrase quoted first in the same sentence
            "Police funding rises\n\nHome Secretary Priti Patel said the announcement showed "
            "the Government was “delivering on the people’s priorities” and would mean “more "
            "officers tackling the crime blighting our streets, so people can feel safe in "
            "their communities”.",
            "more officers tackling",
            "Priti Patel",
        ),
        (  # the batch's own (No10 in a newspaper): straight marks, "She said" before
            "Knife crime response\n\nTheresa May said: “What matters is how police respond.”"
            '\n\nShe said "a lot of this is gang-related, some of it will be drugs-related, '
            "there are a wide variety of issues that need to be addressed here and that's "
            'what the Government is doing".',
            "a lot of this is gang-related",
            "Theresa May",
        ),
        (  # London Assembly: a member's reported criticism
            "Assembly criticises budget\n\nCaroline Pidgeon AM said the Mayor was “setting up "
            "a massive capital reserve to fund a series of projects which he has yet to even "
            "announce”.",
            "setting up a massive",
            "Caroline Pidgeon",
        ),
        (  # Met: a commander's reported warning
            "Knife arches in Croydon\n\nCommander Jane Smith today warned that officers would "
            "“not hesitate to use every power we have to take dangerous weapons off the "
            "streets of Croydon”.",
            "not hesitate to use",
            "Jane Smith",
        ),
    ],
)
def test_a_long_quoted_clause_in_reported_speech_is_the_speakers(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # guards: a short phrase in passing; a long clause from a report, no one named
        "Knife crime\n\nSadiq Khan said tackling violence was his “top priority”.",
        "Audit findings\n\nThe report said the Met had “failed to put in place the basic "
        "checks needed to protect the public from officers who abuse their power”.",
        "Budget\n\nMOPAC said the plan would “deliver better outcomes”.",
    ],
)
def test_a_phrase_in_passing_or_an_unnamed_source_stays_no_ones(text):
    assert snippet_quotes(text) == []


# A date line away from the headline: under a standfirst ("Tuesday, 5th March 2019, 7:54
# am" / "Updated ..."), a dateline opening the first paragraph (perhaps glued to an
# image's file name, "met-officer-met.jpg18th January 2011: Latest ..."), or run on after
# the page's last words and closed by a separator ("... said: July 14th 2014 |").
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # the batch's own (a newspaper on No10): standfirst, then date and "Updated"
            "Prime Minister promises to tackle knife crime\n\nTheresa May has promised a "
            "cross-Government response.\n\nTuesday, 5th March 2019, 7:54 am\nUpdated Tuesday, "
            "5th March 2019, 2:03 pm\nTheresa May. Picture by PA\n\nThe Prime Minister vowed "
            "to act on knife crime.",
            "2019-03-05",
        ),
        (  # a Mayor's page: standfirst, then the date line
            "Mayor funds youth clubs\n\nNew money for every borough\n\n10 March 2023\n\n"
            "The Mayor has today announced £5m for youth clubs.",
            "2023-03-10",
        ),
        (  # the batch's own (old Met page): the dateline glued to an image's name
            'Crime in London continues to fall\n\nJohnson urges all to "work together"\n\n'
            "met-officer-met.jpg18th January 2011: Latest crime figures released by the "
            "Metropolitan Police show that crime in London continues to fall.",
            "2011-01-18",
        ),
        (  # GOV.UK-style dateline with a dash
            "Knife crime funding announced\n\n12 March 2019 – The Home Secretary has today "
            "announced £100m for forces.",
            "2019-03-12",
        ),
        (  # the batch's own (Mayor's page on a local site): the date after the last words
            "London Crime Figures Show Drop In Offences\n\nMayor welcomes the crime drop\n\n"
            "Crime fell by 6 per cent.\n\nBoris Johnson, Mayor of London, said: Stephen "
            "Greenhalgh, Deputy Mayor for Policing and Crime said: July 14th 2014 |",
            "2014-07-14",
        ),
        (  # London Assembly page footer
            "Assembly questions Commissioner\n\nMembers questioned the Commissioner.\n\n"
            "Share this page | 4 February 2015 |",
            "2015-02-04",
        ),
    ],
)
def test_a_date_line_away_from_the_headline_is_stated(text, when):
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # guards: a date in the prose of the first paragraph, at the end of the last one
        "Knife crime funding\n\nThe scheme, launched on 12 March 2019, has helped 500 people.",
        "Knife crime funding\n\nThe scheme opened.\n\nIt will run until 31 March 2025.",
        "Knife crime funding\n\nThe scheme opened.\n\nFunding ends 31 March 2025 | see notes",
    ],
)
def test_a_date_in_prose_is_not_a_date_line(text):
    assert stated_date(text) is None


# A currency's code glued to the sum, as news agencies write it ("GBP1.1billion",
# "GBP8.7million"), is money like "£1.1billion"; a code inside a word or an identifier
# with digits is not.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (  # the batch's own (a news agency's copy of a Home Office release)
            "Funding for police forces will increase by more than GBP1.1billion in 2020/21.",
            1_100_000_000,
            "gbp",
        ),
        ("The colossal sum includes GBP700million to recruit officers.", 700_000_000, "gbp"),
        (  # Met, through an agency: a seizure's street value
            "Officers seized drugs with a street value of GBP250,000 in Croydon.",
            250_000,
            "gbp",
        ),
        ("The Mayor's fund of GBP 15m will go to youth clubs.", 15_000_000, "gbp"),
        ("MOPAC paid USD2.5million for the licences.", 2_500_000, "usd"),
    ],
)
def test_a_currency_code_before_a_sum_is_money(text, value, unit):
    found = [(s.value, s.unit) for s in snippet_stats("Police funding\n\n" + text)]
    assert (value, unit) in found


@pytest.mark.parametrize(
    "text",
    [
        # guards: a code inside a word or a reference
        "The form SGBP12 must be returned by officers.",
        "Quote reference XGBP4471 when calling.",
    ],
)
def test_a_currency_code_inside_a_word_is_no_money(text):
    assert all(s.unit != "gbp" for s in snippet_stats("Police funding\n\n" + text))


# A loss in the passive with a modal ("up to 8,000 police officers may be lost"), after a
# noun of up to five words ("891 Police Community Support Officers will be lost"), and
# counts listed after one verb of cutting ("cutting 12 fire stations, 18 fire engines and
# 560 fire-fighters"): all down.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        (  # the batch's own (London Assembly)
            "The Commissioner warned that up to 8,000 police officers may be lost as a result "
            "of Government cuts.",
            8000,
            "down",
        ),
        ("• Up to 8,000 police officers could be lost in the capital.", 8000, "down"),
        (  # the batch's own (an Assembly member's page): a four-word noun
            "New Scotland Yard will be sold off, 891 Police Community Support Officers will be "
            "lost and up to 65 police stations will go.",
            891,
            "down",
        ),
        (  # MOPAC: a modal and a long noun
            "Around 400 police community support officer posts might be cut next year.",
            400,
            "down",
        ),
        (  # the batch's own (London Assembly): a list after "cutting"
            "The closures include cutting 12 fire stations, 18 fire engines and 560 "
            "fire-fighters; and the closure of 65 police front counters.",
            560,
            "down",
        ),
        (  # Met: a list after "axing"
            "The plan means axing 30 front counters, 12 custody suites and 200 staff posts.",
            200,
            "down",
        ),
        (
            "The plan means axing 30 front counters, 12 custody suites and 200 staff posts.",
            12,
            "down",
        ),
        # guards: a new clause in the list, a gain, and a modal with no loss
        (
            "The plan means cutting 12 fire stations, while 40 officers were recruited.",
            40,
            None,
        ),
        ("Up to 8,000 police officers may be recruited in the capital.", 8000, None),
    ],
)
def test_losses_in_the_passive_and_listed_after_a_cut(text, value, direction):
    assert figure_of(text, value).direction == direction


# A sum for a rate glued on with hyphens ("£50million-a-year trade") is the whole sum; a
# thousands group cut short where an excerpt stops ("more than 2,50") is no figure.
def test_a_sum_a_year_with_hyphens_is_whole():
    for text in (
        "The Met’s clampdown on the £50million-a-year trade in stolen phones continues.",
        "GOV.UK: the £2bn-a-year cost of reoffending.",
        "The Mayor's £15m-per-year fund for youth clubs.",
    ):
        values = [s.value for s in snippet_stats("Police figures\n\n" + text)]
        assert any(v >= 1_000_000 for v in values) and not any(v in (50, 2, 15) for v in values)


@pytest.mark.parametrize(
    "text",
    [
        "Officers conducted more than 2,50",  # the batch's own: an excerpt cut mid-number
        "The Met seized more than 1,2",
    ],
)
def test_a_number_cut_short_is_no_figure(text):
    assert [s.value for s in snippet_stats("Police figures\n\n" + text)] == []


def test_a_whole_thousands_number_is_kept():
    assert [
        s.value for s in snippet_stats("Police figures\n\nOfficers made more than 2,500 stops.")
    ] == [2500]


# Directions told once for two figures or by what the figure is compared with: a change
# restated after ", or" ("fallen by £700 million, or nearly 40 per cent in real terms");
# "from X in 2000 to Y in 2010" with the first figure's year between; "78% higher than at
# the end of 2019" (against an earlier time; "higher than the national average" is no
# change); "£45.5 million in cuts" (the sum is a cut, labelled by it).
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        (  # the batch's own (Mayor's release)
            "Since 2010-11, the Met’s grant has fallen by more than £700 million, or nearly 40 "
            "per cent in real terms, on a like-for-like basis.",
            40,
            "down",
        ),
        (  # GOV.UK: up, restated
            "Funding has risen by £1.1 billion, or around 8 per cent, this year.",
            8,
            "up",
        ),
        (  # the batch's own (old Met page)
            "Theft of motor vehicles has fallen from 63,376 in 2000 to 26,475 in 2010.",
            26475,
            "down",
        ),
        (  # MOPAC: a rise with financial years between
            "Officer numbers went from 30,000 in 2017/18 to 34,000 in 2023/24.",
            34000,
            "up",
        ),
        (  # the batch's own (NAO)
            "Outstanding cases are 78% higher than at the end of 2019, and 11% higher than at "
            "the end of June 2021.",
            11,
            "up",
        ),
        ("Robbery is 12 per cent lower than last year across London.", 12, "down"),  # Met
        (  # the batch's own (Mayor's page in a local paper)
            "The money will cover half of the £45.5 million in cuts facing London’s police.",
            45_500_000,
            "down",
        ),
        ("Councils face £300m in cuts to youth services next year.", 300_000_000, "down"),
        # guards: a comparison with no time is no change; an alternative that is a new clause
        ("Knife crime in Lambeth is 10 per cent higher than the national average.", 10, None),
    ],
)
def test_directions_restated_or_against_an_earlier_time(text, value, direction):
    assert figure_of(text, value).direction == direction


def test_a_sum_in_cuts_keeps_cuts_in_its_label():
    fig = figure_of(
        "The money will cover half of the £45.5 million in cuts facing police.", 45_500_000
    )
    assert "cuts" in (fig.label or "")


# People counted, then what was done to them ("230 people arrested", "17 men charged"):
# the act is part of the label; other participles still end the noun phrase.
@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        (  # the batch's own (Met): a week's operation
            "The clampdown has seen 230 people arrested in the space of a week.",
            230,
            ("people", "arrested"),
        ),
        (  # the batch's own (Met): a list opening on the count
            "Of the 17 people arrested, 12 were charged or recalled to prison.",
            17,
            ("people", "arrested"),
        ),
        ("Officers saw 40 people injured in the attacks in Croydon.", 40, ("people", "injured")),
        (  # GOV.UK
            "In 2023, 5,000 suspects charged with knife offences were under 18.",
            5000,
            ("suspects", "charged"),
        ),
        ("Police recorded 2,400 people stabbed across England.", 2400, ("people", "stabbed")),
        (  # MOPAC
            "The scheme has 300 young people referred by schools.",
            300,
            ("young", "people"),
        ),
    ],
)
def test_people_counted_keep_what_was_done_to_them(text, value, words):
    label = figure_of(text, value).label or ""
    assert all(w in label for w in words)


def test_other_participles_still_end_the_noun():
    # guard: "officers recruited as well as ..." stays "officers"
    label = figure_of("There are 500 officers recruited as well as 200 staff.", 500).label
    assert label == "officers"


# A count in words before an abbreviation's plural ("Eighteen PCCs have been awarded",
# "two PCSOs") counts it, as before a plural word.
@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        (  # the batch's own (GOV.UK)
            "Eighteen PCCs have been awarded £35 million to set up specialist teams.",
            18,
            "PCCs",
        ),
        ("The Met will deploy two PCSOs to every ward in Lambeth.", 2, "PCSOs"),  # Met
        ("Three VRUs were set up by MOPAC and partners last year.", 3, "VRUs"),  # MOPAC
    ],
)
def test_a_count_in_words_before_an_abbreviations_plural(text, value, noun):
    assert noun in (figure_of(text, value).label or "")


def test_a_count_before_a_name_in_capitals_is_still_no_count():
    # guard: "Seven Kings" is a place, "Five Metropolitan Police officers" an incident
    values = [
        s.value for s in snippet_stats("Police figures\n\nOfficers attended Seven Kings station.")
    ]
    assert 7 not in values


# Counts in words in a change: the first of "grow from eight to 11 boroughs" (after any
# verb of growth or fall, "risen from nine to 14"), and a difference "seven fewer than the
# previous year" (down: against an earlier time).
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        (  # the batch's own (Evening Standard on the Mayor)
            "This would enable the programme to grow from eight to 11 boroughs.",
            8,
            None,
        ),
        ("Knife crime has risen from nine to 14 incidents a week in Croydon.", 9, None),  # Met
        ("The MOPAC scheme has expanded from four to 12 boroughs.", 4, None),  # MOPAC
        (  # the batch's own (old Met page)
            "A total of 125 homicides were committed in 2010 – seven fewer than the previous year.",
            7,
            "down",
        ),
        ("Forces recorded 412 deaths, nine more than the year before.", 9, "up"),  # GOV.UK
    ],
)
def test_counts_in_words_in_a_change(text, value, direction):
    assert figure_of(text, value).direction == direction


def test_a_range_in_words_is_no_change():
    # guard: "from two to three officers" is a range, not a change from two
    assert 2 not in [
        s.value for s in snippet_stats("Police figures\n\nTeams range from two to three officers.")
    ]


# A decimal after "a"/"an" and before a capitalised name is a make's model ("A live 2.2
# Berringer hand pistol"), not a count; a rate or a change stays.
@pytest.mark.parametrize(
    "text",
    [
        "Officers recovered a live 2.2 Berringer hand pistol and ammunition.",  # the batch's
        "Police seized an old 1.6 Ford used in the robbery.",  # Met
        "The suspect carried a 9.5 Glock handgun, MOPAC said.",
    ],
)
def test_a_model_number_is_no_figure(text):
    assert snippet_stats("Guns seized\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rate was 2.2 per 1,000 people in London.", 2.2),  # guard: a rate
        ("Crime fell by 2.5 per cent, a 2.5 Home Office figure shows.", 2.5),  # percent stays
    ],
)
def test_a_decimal_that_measures_stays(text, value):
    assert value in [s.value for s in snippet_stats("Police figures\n\n" + text)]


# "The Prime Minister" is the one person a release has promising, vowing, pledging or
# insisting ("Theresa May has promised a cross-Government response"), as it is the one
# it has saying or announcing.
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the batch's own (a newspaper on No10)
            "PM promises action on knife crime\n\nTheresa May has promised a cross-Government "
            "response to knife crime.\n\nThe Prime Minister, a former home secretary, insisted "
            'there was "no direct correlation".\n\n"What matters is how we ensure that police '
            'are responding," she said.',
            "What matters",
            "Theresa May",
        ),
        (  # GOV.UK: a pledge, then the office speaks
            "PM pledges 20,000 officers\n\nBoris Johnson has pledged 20,000 more police "
            "officers.\n\nThe Prime Minister said: “People want to feel safe.”",
            "People want",
            "Boris Johnson",
        ),
    ],
)
def test_the_office_is_the_one_person_pledging(text, opening, speaker):
    assert _speaker_of(text, opening) == speaker


def test_the_office_is_nobody_in_particular_when_two_pledge():
    # guard: two people pledging: "the Prime Minister" is not given to either of them
    text = (
        "Leaders pledge officers\n\nBoris Johnson has pledged 20,000 officers.\n\nKeir "
        "Starmer has vowed to match it.\n\nThe Prime Minister said: “People want to feel safe.”"
    )
    assert _speaker_of(text, "People want") not in ("Boris Johnson", "Keir Starmer")


# A year or "next year" after a sum says when, not what: the label is the subject of the
# change, past a bound on it ("Funding for police forces will increase by more than
# £1.1billion in 2020/21").
@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        (  # the batch's own (a news agency on a Home Office release)
            "Funding for police forces will increase by more than GBP1.1billion in 2020/21, "
            "the Home Office today confirmed.",
            1_100_000_000,
            ("Funding",),
        ),
        (  # Mayor
            "Funding for youth clubs will rise by almost £15m next year.",
            15_000_000,
            ("youth", "clubs"),
        ),
        (  # MOPAC
            "The Met's budget will fall by over £200m in 2024/25.",
            200_000_000,
            ("budget",),
        ),
    ],
)
def test_a_year_is_no_label(text, value, words):
    label = figure_of(text, value).label or ""
    assert all(w in label for w in words), label


# A sum whose own words open on the change it is ("losses of up to £493 million", "cuts of
# £184 million") is labelled by that change, not by the verb before it ("facing", "result").
@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (  # the batch's own (Mayor's page in a local paper)
            "City Hall is facing losses of up to £493 million over the next two years.",
            493_000_000,
            "losses",
        ),
        (  # the batch's own (London Assembly)
            "The Minister has called for changes which could result in cuts of £184 million.",
            184_000_000,
            "cuts",
        ),
        ("The Met faces cuts of £184 million to its neighbourhood teams.", 184_000_000, "cuts"),
        ("MOPAC must make reductions of £60m next year.", 60_000_000, "reductions"),  # MOPAC
    ],
)
def test_a_sum_named_by_its_own_change_noun(text, value, word):
    assert word in (figure_of(text, value).label or "")


def test_savings_in_running_costs_keep_what_they_are_in():
    # guard (blind6): "full year savings of £12.5m in running costs"
    fig = figure_of("It delivered full year savings of £12.5m in running costs.", 12_500_000)
    assert "running costs" in (fig.label or "")


# How and over what time a change happened, between its verb and "from"/"by" ("has fallen
# substantially over the past ten years from 63,376 ..."), is no part of the subject.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (  # the batch's own (old Met page)
            "Theft of motor vehicles has fallen substantially over the past ten years from "
            "63,376 in 2000 to 26,475 in 2010.",
            26475,
            "Theft of motor vehicles",
        ),
        ("Knife crime has risen sharply from 9,000 to 12,000.", 12000, "Knife crime"),  # Met
        (  # MOPAC
            "Residential burglary has fallen over the last five years from 60,000 to 45,000.",
            45000,
            "Residential burglary",
        ),
    ],
)
def test_a_change_aside_is_no_part_of_the_subject(text, value, label):
    assert figure_of(text, value).label == label


# People counted in words by what was done to them, with no noun ("= two arrested on
# suspicion of ...", "three charged with murder"), are a count; "the two arrested men"
# (an incident's people) is not.
@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (  # the batch's own (Met): a results list
            "Results:\n= two arrested on suspicion of a firearm with intent to endanger life",
            2,
            "arrested",
        ),
        ("Police said three charged with murder will appear in court.", 3, "charged"),  # Met
        ("Operation results: five convicted for supplying drugs, MOPAC said.", 5, "convicted"),
    ],
)
def test_people_counted_by_what_was_done_to_them(text, value, word):
    assert word in (figure_of(text, value).label or "")


def test_an_incidents_people_are_no_count():
    assert snippet_stats("Police figures\n\nThe two arrested men were released on bail.") == []


# A share in words standing as a subject, with no "of" ("a fifth have a learning
# disability"), is a fraction, as "a third of young people" is.
@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (  # the batch's own (MOPAC newsletter)
            "A third of young offenders have mental health needs, and a fifth have a learning "
            "disability.",
            0.2,
            "learning disability",
        ),
        ("Of the victims questioned, a quarter were repeat victims of burglary.", 0.25, None),
        ("Of those stopped, half had knives on them, the Met said.", 0.5, "knives"),
    ],
)
def test_a_share_standing_as_a_subject(text, value, word):
    found = [s for s in snippet_stats("Police figures\n\n" + text) if s.value == value]
    if word is None:
        assert found == []  # guard: "were" before a word that is no plural or article
    else:
        assert found and word in (found[0].label or "")


def test_half_an_hour_is_no_share():
    assert snippet_stats("Police figures\n\nOfficers waited half an hour for backup.") == []


# A sum that comes from somewhere is labelled by its source ("of which £8.7million will
# come from Government grants", "£20m comes from business rates income").
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (  # the batch's own (a news agency on a Home Office release)
            "Funding will rise by £1.1billion in 2020/21, of which £8.7million will come from "
            "Government grants, the Home Office today confirmed.",
            8_700_000,
            "Government grants",
        ),
        (  # Mayor
            "The Mayor said £20m comes from business rates income.",
            20_000_000,
            "business rates income",
        ),
        ("Some £5m came from the sale of police buildings, MOPAC said.", 5_000_000, None),
    ],
)
def test_a_sum_that_comes_from_a_source(text, value, label):
    found = figure_of(text, value).label or ""
    assert label in found if label else "sale of police buildings" in found


# The verb of an amount after an auxiliary ("could reach £15.2billion", "will reach £4bn",
# "has exceeded £30m") is no label: the subject is.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (  # the batch's own (a news agency on a Home Office release)
            "The total amount of funding available for the year could reach GBP15.2billion – "
            "if police and crime commissioners ask council taxpayers again.",
            15_200_000_000,
            "total amount of funding available for the year",
        ),
        ("The Met budget will reach £4bn next year.", 4_000_000_000, "Met budget"),  # Met
        (  # Mayor
            "Spending on youth services has exceeded £30m.",
            30_000_000,
            "Spending on youth services",
        ),
    ],
)
def test_the_verb_of_an_amount_is_no_label(text, value, label):
    assert figure_of(text, value).label == label


# A purpose after a sum runs past the comma or point inside a number ("£700million to
# recruit 6,000 officers"), which ends no clause.
@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        (  # the batch's own (a news agency on a Home Office release)
            "The colossal sum includes GBP700million to recruit 6,000 officers – the first "
            "phase of the 20,000 pledged.",
            700_000_000,
            ("recruit", "6,000 officers"),
        ),
        (  # GOV.UK
            "The Home Secretary announced £100 million to kickstart the recruitment of 13,000 "
            "additional neighbourhood officers.",
            100_000_000,
            ("13,000 additional neighbourhood officers",),
        ),
        ("MOPAC set aside £2m to fund 2.5 extra analyst posts.", 2_000_000, ("2.5 extra analyst",)),
    ],
)
def test_a_purpose_runs_past_a_number(text, value, words):
    label = figure_of(text, value).label or ""
    assert all(w in label for w in words), label


def test_a_purpose_still_ends_at_its_clause():
    # guard: "£5m to tackle knife crime, the Mayor said" stops at the comma
    label = figure_of("City Hall gave £5m to tackle knife crime, the Mayor said.", 5_000_000).label
    assert label is not None and "Mayor" not in label and "knife crime" in label


# Where a change "to" a level lands takes the verb's direction, a few words back:
# "to reduce the Crown Court backlog of 67,573 cases to 53,000" (down), "raise the number of
# officers to 34,000" (up); an infinitive "to" before a number is no such change.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        (  # the batch's own (NAO)
            "The ambition to reduce the Crown Court backlog of 67,573 cases to 53,000 by March "
            "2025 is no longer achievable.",
            53000,
            "down",
        ),
        ("The ambition to reduce the caseload to 53,000 is no longer achievable.", 53000, "down"),
        ("The Mayor will raise the number of officers to 34,000.", 34000, "up"),  # Mayor
        (  # GOV.UK (blind5's form)
            "Counter terrorism police funding will also increase by around £50 million to £757 "
            "million.",
            757_000_000,
            "up",
        ),
        ("The Met plans to reduce violence and to help 500 families.", 500, None),  # guard
    ],
)
def test_a_change_to_a_level(text, value, direction):
    assert figure_of(text, value).direction == direction


# Two kinds of one thing joined by "and" before a change ("race and religious crime fell
# by 10.9 per cent", "Gun and knife crime rose") are one subject; "and" after a clause of
# its own still starts the subject ("Burglary fell and robbery fell by 5 per cent").
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (  # the batch's own (old Met page)
            "At the same time, race and religious crime fell by 10.9 per cent; domestic "
            "violence fell by 5.2 per cent.",
            10.9,
            "race and religious crime",
        ),
        ("Gun and knife crime rose by 8 per cent in Lambeth.", 8, "Gun and knife crime"),  # Met
        (
            "Drug and alcohol referrals fell by 12 per cent, MOPAC said.",
            12,
            "Drug and alcohol referrals",
        ),
        ("Burglary fell and robbery fell by 5 per cent.", 5, "robbery"),  # guard
    ],
)
def test_two_kinds_of_one_subject(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        (  # the batch's own (Mayor): the first figure's noun and year between
            "The unit saw homicides halve, from 137 deaths in 2004/05 to 62 in 2016/17.",
            62,
            "down",
        ),
        (
            "Knife injuries went from 1,200 victims in 2019 to 900 in 2023, the Met said.",
            900,
            "down",
        ),
        ("MOPAC grants rose from 40 projects in 2020 to 65 this year.", 65, "up"),
    ],
)
def test_from_a_figure_with_its_noun_and_year_to_another(text, value, direction):
    assert figure_of(text, value).direction == direction
