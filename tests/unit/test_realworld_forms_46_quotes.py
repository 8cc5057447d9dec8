"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 62 and
63 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_quotes, snippet_speakers

_HEAD = "Depot raid finds stolen vans\n\n"


# '%image(123, type="article-full", alt="Jane Roe said: ...")' inside someone's quote: a
# publishing system's placeholder for a picture is page furniture, so its alternative
# text names no speaker and the quote it interrupts runs on.
@pytest.mark.parametrize(
    "embed",
    [
        '%image(4417, type="article-full", alt="Councillor Jane Roe, who chairs the board, '
        'said: [The mayor] is doing all she can." Picture: Office of Jane Roe")',
        '[caption id="attachment_51" align="alignnone"]Councillor Jane Roe said: the board '
        "is doing all it can.[/caption]",
        '{{image id="4417" caption="Councillor Jane Roe said: the board is doing all it can."}}',
    ],
)
def test_an_embedded_pictures_placeholder_does_not_interrupt_a_quote(embed: str) -> None:
    text = (
        f"{_HEAD}Depot manager John Doe said: “We have lost two vans this month.\n"
        "“The depot is the busiest site in the county.\n"
        f"{embed}\n"
        "“Further thefts are simply not something we can absorb.”\n"
        "He will write to the council next week.\n"
    )
    ((speaker, quote),) = snippet_quotes(text)
    assert speaker == "John Doe"
    assert quote.endswith("simply not something we can absorb.")
    assert "Roe" not in quote


# "Trade Association director general John Roe welcomed ... . / He said: “...”": a post in
# lower case after the body it serves ("chairman", "director general") opens the subject
# as "director" does, so "he said" next goes on with the man named, not whoever spoke last.
@pytest.mark.parametrize(
    "subject",
    [
        "Van Hire Trade Association director general John Roe",
        "Van Hire Federation chairman John Roe",
        # guard: the post already read
        "Van Hire Trade Association director John Roe",
    ],
)
def test_he_said_goes_on_with_a_subject_after_a_lower_case_post(subject: str) -> None:
    text = (
        f"{_HEAD}Depot manager Jane Doe said: “Four vans were taken in a single night.”\n"
        f"{subject} welcomed the arrests, but he outlined the doubts of the trade.\n"
        "He said: “A ban on cash sales will not stop the thefts on its own.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", "John Roe"]


# 'Commander Mark Roe the BCU structure will let the force “...”. / He added:': a paragraph
# opening on a rank and a full name whose verb the copy dropped still has him as subject,
# so "He added:" goes on with him, never with someone named before.
@pytest.mark.parametrize(
    ("opening", "speakers"),
    [
        ("Commander Mark Roe the BCU structure will", ["Mark Roe"]),
        # guard: the verb kept, as before
        ("Commander Mark Roe said the BCU structure will", ["Mark Roe"]),
    ],
)
def test_he_added_goes_on_with_a_subject_whose_verb_was_dropped(
    opening: str, speakers: list[str]
) -> None:
    text = (
        f"{_HEAD}Council leader John Doe claims the depot was left open by the new owners.\n"
        "Examples of the new areas include the north and the east of the county.\n"
        f"{opening} let officers “put victims first”.\n"
        "He added: “Our new structure will also give us the resilience we need.”\n"
    )
    assert snippet_speakers(text) == speakers


# "According to Sgt Roe, the owner did not stop the dog. / He said: “...”": a paragraph
# opening on whose account it gives leaves that person speaking next, by the full name
# the release gives them, even with a place named in between.
@pytest.mark.parametrize(
    ("account", "speakers"),
    [
        ("According to Sgt Roe, the owner did not stop the dog.", ["Mark Roe", "Mark Roe"]),
        # guard: an account by a body names no one
        ("According to the council, the owner did not stop the dog.", ["Mark Roe", None]),
    ],
)
def test_he_said_goes_on_with_whose_account_a_paragraph_opens_on(
    account: str, speakers: list[str | None]
) -> None:
    text = (
        f"{_HEAD}The paper spoke to Sgt Mark Roe, the local dog crime officer.\n"
        "Sgt Roe said: “The dog was not on a lead and the owner walked off.”\n"
        "On Friday, a woman reported that a dog had bitten her brother in Hill Park, "
        "Green Lane. The teenager was taken to hospital.\n"
        f"{account}\n"
        "He said: “Owners who do not control their dogs could face a conviction.”\n"
    )
    assert snippet_speakers(text) == speakers


# '... said: “Knife crime ruins lives. / These deaths reinforce the county’s resolve. /
# “But this is a problem ...”': a paragraph whose opening mark the copy dropped is still
# the open passage's own though an apostrophe is in it, so the passage is one quote.
@pytest.mark.parametrize(
    "middle",
    [
        "These deaths reinforce the county’s resolve to rid its streets of this crime.",
        # guard: with no apostrophe, as before
        "These deaths reinforce our resolve to rid the streets of this crime.",
    ],
)
def test_a_paragraph_with_its_opening_mark_dropped_may_hold_an_apostrophe(middle: str) -> None:
    text = (
        f"{_HEAD}Council leader John Doe said: “Theft ruins livelihoods, and my thoughts "
        "are with the drivers who lost their vans.\n"
        f"{middle}\n"
        "“But this is a problem that cannot be solved by the police alone.”\n"
    )
    ((speaker, quote),) = snippet_quotes(text)
    assert speaker == "John Doe"
    assert quote.startswith("Theft ruins") and quote.endswith("by the police alone.")
