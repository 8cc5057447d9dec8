"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 54 and
55 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers

_HEAD = "Wildlife unit faces funding gap\n\n"


# "City Council Green Party member Baroness Smith said:": a party's name is no person,
# however many capitalised words come before it; the one after the post speaks.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the peer never named in full is known by title and surname, never the party
        ("City Council Green Party member Baroness Smith said:", "Baroness Smith"),
        ("Labour Party member Lord Brown said:", "Lord Brown"),
        # guards: a member named in full speaks
        ("City Council Green Party member Jane Smith said:", "Jane Smith"),
        ("Green Party member Jane Smith said:", "Jane Smith"),
    ],
)
def test_a_party_before_a_members_post_is_no_speaker(lead: str, speaker: str | None) -> None:
    text = (
        f"{_HEAD}{lead} “The city is a hub for criminals who traffic wildlife and the "
        "unit cannot be left to find money from charities.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# A release trailing a speech tells of its speaker in the future ("Jane Doe will reveal
# her plan ..."): she is the one the office then named ("the prime minister will say:")
# stands for, as she would be had she "revealed" it.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Jane Doe will reveal her plan to end the lottery on Thursday.", "Jane Doe"),
        ("Jane Doe will set out her plan to end the lottery on Thursday.", "Jane Doe"),
        # two people trailed: which of them holds the office is not said
        (
            "Jane Doe will reveal her plan on Thursday. Ann Smith will announce the money.",
            None,
        ),
        # a future of no public act names no subject
        ("Jane Doe will travel to Leeds on Thursday.", "prime minister"),
    ],
)
def test_a_subject_trailed_in_the_future_holds_the_office(lead: str, speaker: str | None) -> None:
    text = (
        f"{_HEAD}{lead}\n\n"
        "In the announcement, the prime minister will say: “Everyone deserves to feel safe "
        "and secure on the streets they call home.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "She defended the remarks, as reported, but said:": the pronoun opening the clause is
# the subject of the speaking verb too, and means the one the paragraphs since the last
# quote are about ("Hall, a former council leader, has pledged ..."), not the one quoted
# last; a place word with a post set off after it is a surname, as after "Ms".
@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Hall, a former council leader, has pledged", "Susan Hall"),
        ("Mills, a former council leader, has pledged", "Ann Mills"),
        ("Ms Hall has pledged", "Susan Hall"),
    ],
)
def test_a_pronoun_opening_a_clause_means_the_rival_described(subject: str, speaker: str) -> None:
    rival = "Susan Hall" if "Hall" in subject else "Ann Mills"
    text = (
        f"{_HEAD}John Brown has pledged more police if re-elected.\n\n"
        "He said: “A return to proper neighbourhood policing will be at the heart of my "
        "third term.”\n\n"
        f"A poll found that he held a lead over candidate {rival}.\n\n"
        f"{subject} to restore borough commanders.\n\n"
        "She defended the remarks, as reported by the Times, but said: “Openness and "
        "transparency is fundamental to restoring the public’s trust.”\n"
    )
    assert snippet_speakers(text) == ["John Brown", speaker]


# "While Cooper added:": a conjunction opening the sentence is no part of the subject's
# name; the surname is the one the release names in full.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("While Doe added:", "Jane Doe"),
        ("But Doe added:", "Jane Doe"),
        ("And Doe added:", "Jane Doe"),
        ("Doe added:", "Jane Doe"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_name(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}The mayor made the announcement on a visit with shadow home secretary "
        "Jane Doe in Wandsworth.\n\n"
        f"{lead} “Our party has always been the champion of neighbourhood policing.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "Asked about the European Commission ..., the spokesperson said:": the definite post
# goes on with the spokesperson quoted just before; what it was asked about names no one
# else speaking.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Asked about the European Commission stepping up its plans, the spokesperson said:",
            "Number 10 spokesperson",
        ),
        ("Asked about the plans, the spokesperson said:", "Number 10 spokesperson"),
    ],
)
def test_the_definite_spokesperson_goes_on_whatever_it_was_asked_about(
    lead: str, speaker: str | None
) -> None:
    text = (
        f"{_HEAD}Asked whether the Prime Minister had confidence in the chief whip, a "
        "Number 10 spokesperson said: “Yes, she has full confidence in him.”\n\n"
        "NO-DEAL BREXIT\n\n"
        f"{lead} “That is exactly what we are doing ourselves.”\n"
    )
    assert snippet_speakers(text) == ["Number 10 spokesperson", speaker]


# A page's accessibility links run together on one line ("Skip to main contentSkip to
# navigation") are furniture, as one alone is: the headline after them is the title.
@pytest.mark.parametrize(
    "links",
    [
        "Skip to main contentSkip to navigation",
        "Skip to contentSkip to navigation",
        "Skip to content",
    ],
)
def test_accessibility_links_run_together_are_no_title(links: str) -> None:
    text = (
        f"{links}\n\nProject Guardian: making public transport safer\n\n"
        "A week-long police crackdown leads to arrests for sexual offences on the network.\n"
    )
    assert parse_snippet(text).title == "Project Guardian: making public transport safer"
