"""Figure forms found in the spent fifteenth blind batch (tests/blind15, round 16), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, news
sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of


# A count in brackets after an offence or kind named by a noun and its prepositional
# phrase is labelled from the noun, not from the preposition the last four words open on.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met): an arrest breakdown, one offence a line
        (
            "Arrests so far:\n\nAttack on an emergency worker (12)\n\nTheft (3)",
            12,
            "Attack on an emergency worker",
        ),
        ("Arrests so far:\n\nPossession of a bladed article (7)\n\nTheft (3)", 7, "Possession"),
        # Home Office and local news: a head noun with its adjective
        ("Charges:\n\nCriminal damage to a vehicle (4)\n\nTheft (3)", 4, "Criminal damage"),
        ("Charges:\n\nTheft from a motor vehicle (15)\n\nRobbery (3)", 15, "Theft from"),
        # MOPAC: in running text
        (
            "Officers dealt with threats against a shop worker (31) last year.",
            31,
            "threats against a shop worker",
        ),
    ],
)
def test_bracketed_count_head_noun(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a past-tense verb is no head noun
        ("Police arrested men on suspicion of burglary (4).", 4, "men on suspicion of burglary"),
        # guard: no preposition opens the last words
        ("Arrests so far:\n\nPublic order offences reported (6)\n\nTheft (3)", 6, None),
    ],
)
def test_bracketed_count_head_noun_guard(text, value, label):
    found = figure_of(text, value).label
    assert found == label if label else not found.lower().startswith(("of ", "on "))


# A part of a group named right after its figure ("N of whom were ...", "N per cent of which
# were ...") is labelled by what it was or what was done to it, not by the whole group.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (local news): a share of attacked officers hurt
        ("Last year 5,200 staff were assaulted, 38 per cent of whom were injured.", 38, "injured"),
        # Met: a count of those arrested, later charged
        (
            "Officers arrested 120 people, 40 of whom were later charged with robbery.",
            40,
            "charged with robbery",
        ),
        # Home Office: a part named by a noun
        ("Officers seized 300 weapons, 120 of which were knives.", 120, "knives"),
        # news sites: what caused the part, named by a noun
        (
            "Officers suffered 2,100 injuries, 900 of these were the result of being punched.",
            900,
            "result of being punched",
        ),
    ],
)
def test_part_named_after_of_whom(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: "of whom" before the figure keeps its own form
        ("In total 500 people were stopped, of whom 40 were arrested.", 40, "arrested"),
        # guard: a place is no part's name
        ("They opened 300 cases, 12 of which were in London.", 12, "cases"),
    ],
)
def test_part_named_after_of_whom_guard(text, value, label):
    assert figure_of(text, value).label == label


# An adverb of time between the people counted and what was done to them does not end
# the label: the act is still what the count is of.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Home Office): arrests since a law came in
        (
            "The new law is working, with over 420 people already arrested under it.",
            420,
            "people arrested",
        ),
        # Met: a named kind of people, later charged
        ("Detectives said 12 men subsequently charged will appear in court.", 12, "men charged"),
        # news sites: "now"
        (
            "There are 75 drivers now convicted of the offence.",
            75,
            "drivers convicted of the offence",
        ),
    ],
)
def test_people_with_adverb_then_act(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guard: a participle that is no act on people
        ("There are 40 officers now trained in first aid.", 40, "officers"),
        # guard: a state, not an act
        ("There were 300 people already waiting for a decision.", 300, "people"),
    ],
)
def test_people_with_adverb_then_act_guard(text, value, label):
    assert figure_of(text, value).label == label


# Where a change already done lands ("jumped ... to", "had fallen to") is a level reached
# up or down, as where a change to be made lands ("reduce ... to") is.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the batch's own (Police Federation, local news)
        ("Attacks on staff jumped by 12% to 4,310 last year.", 4310, "up"),
        ("The number of officers had fallen to 2.9 per 1,000 residents.", 2.9, "down"),
        # Met and Home Office: other verbs of a change done
        ("Knife crime rose by 8 per cent to 14,200 offences.", 14200, "up"),
        ("Burglaries dropped sharply to 41,000 in the year.", 41000, "down"),
        ("The backlog has decreased to 60,000 cases.", 60000, "down"),
        ("Funding for the unit increased to £12 million this year.", 12_000_000, "up"),
    ],
)
def test_change_done_lands_at_level(text, value, direction):
    assert figure_of(text, value).direction == direction


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: "to" after the verb names whom, not a level
        ("Officers were sent to 300 addresses.", 300),
        # guard: a figure before the verb is not where it lands
        ("Some 500 officers rose to the challenge.", 500),
    ],
)
def test_change_done_lands_at_level_guard(text, value):
    assert figure_of(text, value).direction is None


# A multiplying change lands at a level too ("trebled to"), and a qualifier between "to" and
# the figure ("increased to over 1,000") does not hide the change.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the batch's own (Home Office, MOPAC)
        ("The scheme has nearly trebled to 17 partner countries.", 17, "up"),
        ("Members of the pledge have now increased to over 800 venues.", 800, "up"),
        # Met and news sites
        ("Officer vacancies have halved to around 400.", 400, "down"),
        ("Patrol hours doubled to more than 6,000 last summer.", 6000, "up"),
        ("The waiting list was reduced to under 2,000 cases.", 2000, "down"),
    ],
)
def test_change_done_lands_past_qualifier(text, value, direction):
    assert figure_of(text, value).direction == direction


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guard: a qualified figure after "to" with no verb of change
        ("Funding was given to over 300 venues.", 300),
        ("The scheme is open to around 40 forces.", 40),
    ],
)
def test_change_done_lands_past_qualifier_guard(text, value):
    assert figure_of(text, value).direction is None
