"""Forms of quotes and speakers found in blind batches 78 and 79 (and open classes of
earlier batches), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

from tests_support import snippet_quotes, snippet_speakers

_SUMMIT = (
    "Mayor calls summit\n\n"
    "Jane Roe arranged the summit after a week of attacks in the city.\n\n"
    "Chief constable John Doe, who will also attend, has said the force is in control.\n\n"
)


# A surname opening a paragraph with a comma typed before "said" is still its subject:
# "he said" next is that person, not the one named before.
def test_a_comma_typed_after_an_opening_surname_leaves_it_the_subject() -> None:
    text = (
        f"{_SUMMIT}Roe, said she knew residents were determined to end the violence.\n\n"
        "“Keeping residents safe is my top priority and I want to reassure everyone,” "
        "she said.\n"
    )
    assert snippet_speakers(text) == ["Jane Roe"]


def test_a_surname_after_a_comma_before_said_is_not_taken_as_the_subject() -> None:
    text = (
        f"{_SUMMIT}Officers questioned the neighbours, Roe, said a source close to "
        "the inquiry.\n\n"
        "“Keeping residents safe is our top priority and we want to reassure everyone,” "
        "he said.\n"
    )
    assert snippet_speakers(text) == ["John Doe"]


# A line without marks under "Jane said:" that opens on that name as its subject speaks
# of her in the third person: a narrator's line, not her statement.
def test_a_line_naming_the_speaker_as_subject_under_her_attribution_is_not_hers() -> None:
    text = (
        "The force must support victims\n\n"
        "Jane spoke to the local radio about the lack of action on burglaries.\n\n"
        "Jane said:\n\n"
        "Jane spoke to the local radio about the lack of action on burglaries.\n\n"
        "Responding to the report, Assembly Member Jane Roe said:\n\n"
        "It is clear that the problems faced by the force are as bad as many feared.\n"
    )
    assert snippet_quotes(text) == [
        ("Jane Roe", "It is clear that the problems faced by the force are as bad as many feared.")
    ]


def test_a_body_named_by_one_word_keeps_its_statement_about_itself() -> None:
    text = (
        "Appeal for information\n\n"
        "Police are appealing for witnesses to the burglary in the high street.\n\n"
        "Safelines said:\n\n"
        "Safelines is an independent charity that takes information anonymously.\n"
    )
    assert snippet_speakers(text) == ["Safelines"]


_FUNDING = (
    "Forces given money for hotspots\n\n"
    "The money is subject to approval once police chiefs submit their plans.\n\n"
    "Home Secretary Jane Roe said the spending is part of a larger fund for the coming "
    "year.\n\n"
)


# A pronoun subject with words in marks in its reported clause and "but added:" before
# the quote: the pronoun is read back to the person named in the paragraph before.
def test_a_pronoun_before_a_scare_quote_and_but_added_is_the_one_named_before() -> None:
    text = (
        f"{_FUNDING}She said she was “determined to cut crime” and make the streets safer "
        "by giving police the resources they need, but added: “When it comes to gangs, "
        "we must also tackle the underlying causes.”\n"
    )
    assert snippet_speakers(text) == ["Jane Roe"]


def test_a_pronoun_that_does_not_fit_the_one_named_before_stays_no_ones() -> None:
    text = (
        f"{_FUNDING}Ms Roe spoke at the launch.\n\n"
        "He said he was “determined to cut crime” and make the streets safer "
        "by giving police the resources they need, but added: “When it comes to gangs, "
        "we must also tackle the underlying causes.”\n"
    )
    assert snippet_speakers(text) == [None]


# A rank in lower case before a name, opening its sentence on a capitalised title word
# ("Acting police sergeant Jane Roe said:"), is a title, the name after it the speaker's.
def test_a_lower_case_rank_after_a_capitalised_title_word_names_the_speaker() -> None:
    text = (
        "Vans targeted in operation\n\n"
        "Officers stopped dozens of vehicles on the main road.\n\n"
        "Acting police sergeant Jane Roe said: “What we are targeting is vans "
        "carrying stolen goods.”\n"
    )
    assert snippet_speakers(text) == ["Jane Roe"]


_PILOT = "Borough merger pilots\n\nTwo pilots merged the borough commands last year.\n\n"


# A long lead-in with no comma before a titled name, then a relative clause set off
# before the verb: the name before "who" is the speaker's.
def test_a_name_before_a_relative_clause_after_a_long_lead_in_is_the_speaker() -> None:
    text = (
        f"{_PILOT}Back in November last year before the scheme was first launched Deputy "
        "Commander Jane Roe, who is in charge of the pilot, said: “Change is important "
        "for the force to remain effective.”\n"
    )
    assert snippet_speakers(text) == ["Jane Roe"]


def test_a_described_subject_before_a_relative_clause_names_no_one() -> None:
    text = (
        f"{_PILOT}Back in November last year before the scheme was first launched a "
        "senior officer, who is in charge of the pilot, said: “Change is important "
        "for the force to remain effective.”\n"
    )
    assert snippet_speakers(text) == [None]


_SPEECH = (
    "Leader sets out plans\n\n"
    "Prime Minister John Doe set out his vision for the country in a speech.\n\n"
    "During his speech in the city on Wednesday, Mr Doe said his government would focus "
    "on reducing crime.\n\n"
)


# A description naming no one after a quote ("..., the Conservative Party leader said.")
# straight after a paragraph whose subject, named in full, speaks: that person.
def test_a_described_post_after_a_quote_is_the_subject_speaking_just_before() -> None:
    text = (
        f"{_SPEECH}“Strong communities are also built on values and on respect for "
        "others,” the Conservative Party leader said.\n"
    )
    assert snippet_speakers(text) == ["John Doe"]


def test_a_spokesperson_after_a_quote_is_not_the_subject_speaking_before() -> None:
    text = (
        f"{_SPEECH}“Strong communities are also built on values and on respect for "
        "others,” the spokesman said.\n"
    )
    assert "John Doe" not in snippet_speakers(text)
