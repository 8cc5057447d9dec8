"""Forms of quotes and speakers found in blind batches 74 and 75 (and open classes of
earlier batches), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes, snippet_speakers

_HEAD = "Patrol review\n\nThe force has confirmed an officer attended the scene.\n\n"
_NAMED = f"{_HEAD}Dame Jane Roe, the Deputy Commissioner, said the review would report soon.\n\n"


# A long reporting sentence whose verb is joined on with ", but"/", and" before the colon
# ("X told the panel that ... , but added:"): the sentence's opening subject speaks.
@pytest.mark.parametrize("joined", ["but added", "and added", "but warned"])
def test_a_verb_joined_on_after_a_long_clause_keeps_the_subject(joined: str) -> None:
    text = (
        f"{_NAMED}Dame Jane told the Police and Crime Committee on Tuesday that it was "
        "never the job of patrol officers to look for people breaking the rules at "
        f'private events, {joined}: "If we find officers should have acted, we will act."\n'
    )
    assert snippet_speakers(text) == ["Jane Roe"]


def test_a_long_joined_sentence_opening_on_a_scene_names_nobody() -> None:
    text = (
        f"{_NAMED}On Tuesday, the committee heard that it was never the job of patrol "
        "officers to look for people breaking the rules at private events or parties, "
        'but added: "If we find officers should have acted, we will act."\n'
    )
    assert snippet_speakers(text) == [None]


# "He said:" read back to the last person named in full is never a woman known only by a
# first name given to women ("Sue Doe", no "Ms Doe" in the release), nor "she" a man: no
# name beats a wrong one.
@pytest.mark.parametrize(("pronoun", "named"), [("he", "Sue Doe"), ("she", "Keith Doe")])
def test_a_pronoun_never_reads_back_to_a_name_of_the_other_sex(pronoun: str, named: str) -> None:
    text = (
        f"{_HEAD}The Deputy Commissioner said the officer involved had spoken to {named} as "
        f'part of the inquiry.\n\nAsked about the alarm, {pronoun} said: "One officer '
        'was involved in responding to an alarm pressed in error."\n'
    )
    assert snippet_speakers(text) == [None]


@pytest.mark.parametrize(("pronoun", "named"), [("she", "Sue Doe"), ("he", "Keith Doe")])
def test_a_pronoun_still_reads_back_to_a_name_of_its_sex(pronoun: str, named: str) -> None:
    text = (
        f"{_HEAD}{named}, the Deputy Commissioner, confirmed the officer had been spoken "
        f'to.\n\nAsked about the alarm, {pronoun} said: "One officer was involved in '
        'responding to an alarm pressed in error."\n'
    )
    assert snippet_speakers(text) == [named]


# A paraphrase's pronoun ("He said he expected ...") then speech opened in quote marks:
# the pronoun is read back from there, to the man named in the paragraph, not to the woman
# quoted before him.
def test_speech_after_a_pronoun_paraphrase_is_the_one_named_before_it() -> None:
    text = (
        f'{_HEAD}Jenny Doe, a member of the assembly, said: "I am delighted the '
        'minister has seen sense on this."\n\nThe deputy mayor, John Roe, had told a '
        "committee in January that he expected a decision soon. He said he expected the "
        'decision by the end of the month.\n\n"I met the minister about this very '
        'recently. She made it clear that she will decide before the election."\n'
    )
    assert snippet_speakers(text) == ["Jenny Doe", "John Roe"]


# A thing rejected by someone named ("His comments were rejected by Mr Roe.") makes them
# whom "he told ...:" next refers to, as "criticised by" or "welcomed by" does, across a
# chart's caption lines between.
@pytest.mark.parametrize("verb", ["rejected", "criticised"])
def test_the_one_rejecting_a_claim_speaks_next(verb: str) -> None:
    text = (
        "Knife crime funding row\n\nCouncil leader John Roe has rebuked demands by the "
        "minister Jane Doe that police shift resources.\n\nHer comments, which also "
        f"included a pledge of more cash, were {verb} by Mr Roe.\n\nOffences involving a "
        "knife (12 months to September)\nSource: Home Office figures\n\nDuring a visit in north London, he told reporters: “We are "
        "prioritising our efforts towards tackling violent crime.”\n"
    )
    assert snippet_speakers(text) == ["John Roe"]


# A name alone in brackets just after quoted words cites whose they are; a picture credit
# or a year in the brackets, or a short phrase, is no one's quote.
@pytest.mark.parametrize(
    ("cited", "speakers"),
    [
        ("(John Roe)", ["John Roe"]),
        ("(John Roe, 2014)", []),
        ("(Jacob King/PA)", []),
    ],
)
def test_a_name_in_brackets_after_quoted_words_cites_them(cited: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}If much of our police property is “quite literally unfit for purpose in "
        f"the modern age” {cited} then we need to think boldly about the new estate.\n"
    )
    assert snippet_speakers(text) == speakers


def test_a_short_phrase_before_a_bracketed_name_is_no_quote() -> None:
    text = f"{_HEAD}The scheme, known as “Safer Streets” (John Roe) locally, is now closed.\n"
    assert snippet_quotes(text) == []


# Reported words closed by their reporting clause with whom it was told or the occasion
# ("..., Roe told Assembly members at Question Time.") go on in the sentences quoted after
# them, in the same paragraph or the next.
@pytest.mark.parametrize(
    "clause",
    [
        "Roe told Assembly members (AMs) at yesterday’s Question Time",
        "Roe said in a statement",
        "Roe said",
    ],
)
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_speech_after_a_reporting_clause_closing_a_sentence(clause: str, between: str) -> None:
    text = (
        f"{_HEAD}Council leader John Roe opened the debate.\n\nThe event had become a "
        f"“victim of its own success” and a review was now needed, {clause}.{between}“You "
        "have got a finite space and more and more people wanting to come.”\n"
    )
    assert snippet_speakers(text) == ["John Roe"]


def test_a_reporting_clause_of_someone_unnamed_gives_no_speaker() -> None:
    text = (
        f"{_HEAD}A review was now needed, Assembly members told the Mayor at Question "
        "Time. “You have got a finite space and more and more people wanting to come.”\n"
    )
    assert snippet_speakers(text) == []


# A sentence ending on the one backing or criticising ("He was backed by Tory AM Tom
# Doe.") gives them the sentences quoted after it.
@pytest.mark.parametrize(
    "judged",
    [
        "He was backed by Tory AM Tom Doe.",
        "The plan was criticised by Assembly Member Tom Doe.",
        "The plan was welcomed by Tom Doe.",
    ],
)
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_speech_after_a_sentence_ending_on_its_judge(judged: str, between: str) -> None:
    text = (
        f"{_HEAD}Council leader John Roe said: “The route must be reviewed before the "
        f"summer.”\n\n{judged}{between}“I am a big believer in the carnival, and I think it "
        "should carry on in its home.”\n"
    )
    assert snippet_speakers(text) == ["John Roe", "Tom Doe"]
