"""Forms found in the spent thirteenth blind batch (tests/blind13, round 14) for quotes,
speakers, titles, dates and publishers, each fixed as a class: the batch's own case and
others of the same class written in the styles of other real publishers (Met, GOV.UK,
London Assembly, Mayor, MOPAC, No 10, news sites), with guard cases that must not change. A
wrong name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date

BODY = "\n\nThe Mayor has announced £5 million for youth clubs across London.\n\nMore follows."

# ------------------------------------------------------------------ titles


# A news site's section label of two topics and a newswire's tagline inviting releases,
# above the headline, are page furniture.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own (London Multimedia News)
            "Crime & the Law\n\nCounter-terrorism arrests reach all time high" + BODY,
            "Counter-terrorism arrests reach all time high",
        ),
        (  # the batch's own (WebWire's copy of an Assembly release)
            "Deliver Your News to the World\n\nAssembly hears concerns over Met budget planning"
            + BODY,
            "Assembly hears concerns over Met budget planning",
        ),
        (
            "Law & Order\n\nMet launches new gangs unit in Croydon" + BODY,
            "Met launches new gangs unit in Croydon",
        ),
        (
            "Politics & Society\n\nHome Secretary announces 20,000 more police officers" + BODY,
            "Home Secretary announces 20,000 more police officers",
        ),
        (
            "Submit your press releases\n\nMayor sets out plan for safer streets" + BODY,
            "Mayor sets out plan for safer streets",
        ),
    ],
)
def test_a_section_label_or_newswire_tagline_is_no_title(text, title):
    assert parse_snippet(text).title == title


@pytest.mark.parametrize(
    "line",
    [
        "Stop and search: Mayor & Commissioner set out reforms",  # '&' inside a headline
        "Crime & the Law: what the new Act means for victims",
        "Send your views on policing to City Hall, says Mayor",  # not a tagline's form
    ],
)
def test_a_headline_with_an_ampersand_or_send_stays(line):
    assert parse_snippet(line + BODY).title == line


# ------------------------------------------------------------------ dates


# A slashed date whose second field cannot be a month is read month-first, the only
# reading it allows; a dateline's place may stand before it.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # the batch's own (Channel 1 Los Angeles' repost of a MOPAC statement)
            "MOPAC refers complaint to the IOPC\n\nChannel 1 Los Angeles\n\nLondon 12/20/19\n\n"
            "The complaint was passed to MOPAC by the Met.",
            "2019-12-20",
        ),
        ("Met opens new hub\n\nLONDON, 03/25/2021\n\nThe Met has opened a hub.", "2021-03-25"),
        ("Tonight 18/8/11\n\nOfficers patrol Tottenham.", "2011-08-18"),  # day first stays
        ("Mayor funds youth clubs\n\nLondon 20/12/19\n\nThe Mayor has funded clubs.", "2019-12-20"),
    ],
)
def test_a_slashed_date_is_read_the_only_way_it_can_be(text, when):
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "Met opens new hub\n\nLondon 21/22/19\n\nThe Met has opened a hub.",  # no reading
        "Met opens new hub\n\nThe Met opened 12/20 hubs.\n\nMore follows.",  # no year
    ],
)
def test_a_slashed_number_that_is_no_date_states_none(text):
    assert stated_date(text) is None


# ------------------------------------------------------------------ publishers


# "Today, the London Assembly agreed a motion": the Assembly acting in its lead
# paragraph after a time word is its own release, as "The London Assembly has today ...".
@pytest.mark.parametrize(
    "lead",
    [
        # the batch's own
        "Today, the London Assembly agreed a motion calling on the government to fully fund"
        " a pay rise for the police.",
        "Yesterday the Assembly called on the Mayor to publish his plans for police stations.",
        "This week, the London Assembly unanimously backed a motion on knife crime.",
    ],
)
def test_the_assembly_acting_after_a_time_word_is_the_publisher(lead):
    text = (
        "Skip to main content\nMayor of London logo London Assembly logo\nHome\n\n"
        "Police pay rise must be paid for by Government\n\n" + lead + "\n\nMore follows."
    )
    assert parse_snippet(text).publisher == "London Assembly"


def test_the_assembly_told_something_after_a_time_word_is_not_the_publisher():
    # the guard: the Assembly was told something, a report of its meeting
    text = (
        "Met budget gap\n\nToday, the London Assembly was told the Met faces a £200m gap.\n\n"
        "More follows."
    )
    assert parse_snippet(text).publisher != "London Assembly"


# ------------------------------------------------------------------ body speakers


# The police speaking as a body: "the police said" is 'police' (the role the text uses);
# "the force", "the Met", "Scotland Yard" are 'Metropolitan Police' where the Met is the
# one force the release names.
@pytest.mark.parametrize(
    ("text", "speaker", "first"),
    [
        (  # the batch's own (PM News): paragraphs in marks ending on "the police said"
            "The Met Police say they have arrested more than 100 burglars.\n\n"
            "“Using precision technology and tactics, officers are monitoring repeat offenders.\n\n"
            "“The drive to tackle burglary comes as part of the Commissioner’s mission,” the police"
            " said.",
            "police",
            "Using precision technology",
        ),
        (  # the batch's own (PM News): a paragraph in marks after "The police said ..."
            "The Met Police say they have arrested more than 100 burglars.\n\n"
            "The police said he had now been sentenced to two years in jail.\n\n"
            "“Officers worked for weeks to identify Delaney through DNA evidence and CCTV.",
            "police",
            "Officers worked for weeks",
        ),
        (  # the batch's own (the BBC): a long clause the force warned of
            "The Met has opened hubs in Greenwich.\n\nHowever, the force has warned that it "
            '"will have to make some tough choices with its current estate, which includes more '
            'than 200 buildings across the capital".',
            "Metropolitan Police",
            "will have to make some tough choices",
        ),
        (  # the batch's own (NewsDrum): sentences in marks after "The force said ..."
            "The Metropolitan Police is launching drones.\n\nThe force said these drones will "
            "be used for searching for missing people. “The drones will provide intelligence "
            "quicker. This will help officers catch criminals.”",
            "Metropolitan Police",
            "The drones will provide intelligence quicker",
        ),
        (  # a news site's report of a Met appeal
            "Officers from the Met are appealing for witnesses.\n\n“We need anyone who saw the "
            "attack to come forward, however small the detail,” Scotland Yard said.",
            "Metropolitan Police",
            "We need anyone who saw the attack",
        ),
        (  # a Home Office-style story quoting the Met
            "The Metropolitan Police has made 40 arrests.\n\n“These arrests show that we will "
            "not tolerate violence on our streets,” the Met said.",
            "Metropolitan Police",
            "These arrests show",
        ),
    ],
)
def test_the_police_speaking_as_a_body(text, speaker, first):
    found = [
        (who, words) for who, words in snippet_quotes("Police news\n\n" + text) if first in words
    ]
    assert found and found[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two forces named: "the force" may be either
        "British Transport Police and the Met patrolled the Tube.\n\n“We will keep passengers "
        "safe on every line, every night of the week,” the force said.",
        # only another force named
        "Essex Police arrested three men.\n\n“We will not tolerate this behaviour in our towns "
        "and we will keep patrolling,” the force said.",
    ],
)
def test_the_force_is_no_one_where_the_met_is_not_the_one_force(text):
    quotes = snippet_quotes("Police news\n\n" + text)
    assert all(who != "Metropolitan Police" for who, _ in quotes)


def test_a_short_scare_quote_of_the_force_stays_no_ones():
    # the guard: a phrase of a few words in passing is no quote of the force
    text = "Police news\n\nThe Met has opened hubs.\n\nThe force said it was “deeply concerned”."
    assert all(who != "Metropolitan Police" for who, _ in snippet_quotes(text))


def test_a_person_is_still_named_over_the_body():
    text = (
        "Police news\n\nThe Met has made 40 arrests.\n\n“These arrests show that we will not "
        "tolerate violence,” said Commander Jane Smith."
    )
    assert snippet_quotes(text)[0][0] == "Jane Smith"


def test_body_speakers_read_the_release_once(monkeypatch):
    """Whether the Met is the only force named is read once per release, not once per
    quote of "the force": 600 such quotes read the text once."""
    from functools import lru_cache

    from briefing.parse import speakers

    reads: list[int] = []
    only_the_met = speakers._only_the_met.__wrapped__

    def counted(context: str) -> bool:
        reads.append(len(context))
        return only_the_met(context)

    monkeypatch.setattr(speakers, "_only_the_met", lru_cache(maxsize=4)(counted))
    paragraph = (
        "The force said he had now been sentenced. “Officers worked for weeks to identify him "
        "through DNA evidence and CCTV in the area.”\n\nThe Met named no one else.\n\n"
    )
    quotes = snippet_quotes("Police news\n\n" + paragraph * 600)
    assert quotes and {speaker for speaker, _ in quotes} == {"Metropolitan Police"}
    assert len(reads) == 1


# ------------------------------------------------------------------ long attributions


# "X AM, <post>, commenting on ... , where ..., said:": a long speaker line whose subject
# opens it, before a participle clause; the speaker is that subject, not the clause's end.
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (  # the batch's own (a Lib Dem page)
            "Caroline Pidgeon AM, leader of the Liberal Democrat London Assembly Group, "
            "commenting on the Mayor's response today to her questions about the future of "
            "Safer Neighbourhood Teams across London, where he failed to recognise that there "
            "would be a reduction in dedicated police officers for each team said:",
            "Caroline Pidgeon",
        ),
        (  # an Assembly release's chair
            "Unmesh Desai AM, Chair of the Police and Crime Committee, responding to the "
            "publication of the Met's latest figures on stop and search, which show another "
            "rise in the number of searches carried out across the capital, said:",
            "Unmesh Desai",
        ),
        (  # a Home Office minister
            "Policing Minister Chris Philp, speaking at the launch of the new national "
            "strategy on neighbourhood crime in Westminster this morning, where he met officers "
            "from across the country and community groups, said:",
            "Chris Philp",
        ),
    ],
)
def test_the_subject_before_a_participle_clause_speaks(line, speaker):
    text = f"Police news\n\n{line}\n\n“We need to see more officers on the streets of London.”"
    assert snippet_quotes(text) == [
        (speaker, "We need to see more officers on the streets of London.")
    ]


def test_a_lead_in_opening_on_a_participle_keeps_its_speaker_at_the_end():
    # the guard: the line opens on the participle, its speaker is in its last parts
    line = (
        "Responding to Sadiq Khan's plan for the Met, including its proposals for new hubs and "
        "a review of the estate across London, the Green Party's spokesperson, Jenny Jones said:"
    )
    text = f"Police news\n\n{line}\n\n“We need to see more officers on the streets of London.”"
    assert [who for who, _ in snippet_quotes(text)] != ["Sadiq Khan"]


# ------------------------------------------------------------------ a motion's text


# "The full text of the motion is:" over words in marks: the motion is the London
# Assembly's, where the release tells of the Assembly putting it.
@pytest.mark.parametrize(
    ("lead", "intro"),
    [
        (  # the batch's own
            "Today, the London Assembly agreed a motion calling on the government to fund a "
            "pay rise for the police.",
            "The full text of the motion is:",
        ),
        (
            "The London Assembly has today unanimously passed a motion on police station closures.",
            "The motion reads:",
        ),
        (
            "Yesterday the Assembly backed a motion urging the Mayor to protect neighbourhood "
            "policing.",
            "The text of the motion agreed by the Assembly is as follows:",
        ),
    ],
)
def test_the_text_of_an_assembly_motion_is_the_assemblys(lead, intro):
    words = "This Assembly praises the dedication and bravery of police officers in London."
    text = f"Police pay\n\n{lead}\n\n{intro}\n\n“{words}”"
    assert ("London Assembly", words) in snippet_quotes(text)


@pytest.mark.parametrize(
    "lead",
    [
        # a council's motion: not the Assembly's
        "Last night Islington Council agreed a motion on knife crime.",
        # the Assembly named, but another body putting the motion
        "The London Assembly heard that Camden Council had passed a motion on policing.",
    ],
)
def test_a_motion_the_assembly_did_not_put_is_no_ones(lead):
    words = "This Council praises the dedication and bravery of police officers in London."
    text = f"Police pay\n\n{lead}\n\nThe full text of the motion is:\n\n“{words}”"
    assert all(who != "London Assembly" for who, _ in snippet_quotes(text))


# ------------------------------------------------------------------ a statement given


# "X released the following statement:" over a paragraph with no quote marks: a statement
# in X's name, as "X said:" is.
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Assistant Commissioner Mark Rowley released the following statement:", "Mark Rowley"),
        ("Home Secretary Yvette Cooper has issued this statement:", "Yvette Cooper"),
        ("The Mayor of London, Sadiq Khan, made the following statement:", "Sadiq Khan"),
        ("Deputy Mayor Sophie Linden gave the following statement:", "Sophie Linden"),
    ],
)
def test_a_statement_given_is_the_givers(line, speaker):
    words = "The type and level of threat is complex and ranges from lone actors to networks."
    text = f"Counter-terrorism arrests\n\nOfficers made 338 arrests.\n\n{line}\n\n{words}"
    assert (speaker, words) in snippet_quotes(text)


@pytest.mark.parametrize(
    "line",
    [
        "Assistant Commissioner Mark Rowley released the following figures:",  # not a statement
        "Assistant Commissioner Mark Rowley released a statement on Friday.",  # no lead-in
    ],
)
def test_figures_released_or_a_statement_reported_are_no_statement(line):
    words = "There were 338 arrests in the last financial year, a rise of a third."
    text = f"Counter-terrorism arrests\n\nOfficers made 338 arrests.\n\n{line}\n\n{words}"
    assert snippet_quotes(text) == []
