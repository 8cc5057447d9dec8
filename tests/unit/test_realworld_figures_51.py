"""Figure forms found in the blind72-73 batches (round 51) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_values


# A participle before a plural noun qualifies it when nothing before it could be its
# subject: an open compound modifier ("full time") or a preposition.
def test_participle_after_open_compound_modifier_keeps_the_noun() -> None:
    text = "The two boroughs have lost 40 full time warranted officers since 2010."
    assert headed_labels(text) == [(40, "full time warranted officers")]


def test_participle_after_preposition_keeps_the_noun() -> None:
    text = "The board will approve £250,000 for the delivery of specialised services."
    assert headed_labels(text) == [(250000, "funding for delivery of specialised services")]


def test_participle_after_plural_counted_noun_still_ends_the_phrase() -> None:
    assert headed_labels("There were 300 officers recruited last year.") == [(300, "officers")]


# A preposition's object opens with no verb, so a participle after it goes on into the
# noun: "£X worth of suspected stolen power tools".
def test_sum_worth_of_participles_keeps_what_it_is_worth() -> None:
    text = "Officers seized about £60,000 worth of suspected stolen power tools at a market."
    assert headed_labels(text) == [(60000, "worth of suspected stolen power tools")]


def test_sum_worth_of_plain_noun_is_unchanged() -> None:
    text = "Other seizures included £5,000 worth of cocaine and a taser."
    assert headed_labels(text) == [(5000, "worth of cocaine")]


# "<noun phrase> worth £X": after an article a participle modifies the noun valued.
def test_participle_after_article_before_worth_stays_in_the_label() -> None:
    text = "Officers recovered a generator worth £3,000 and a motorised hoist worth £12,000."
    assert headed_labels(text) == [(3000, "generator worth"), (12000, "motorised hoist worth")]


def test_participle_as_act_before_worth_is_left_out() -> None:
    assert headed_labels("Police seized drugs worth £40,000.") == [(40000, "drugs worth")]


# A page's counter bracketed after its name in a row of links counts nothing reported.
def test_bracketed_comment_counter_in_a_link_row_is_no_figure() -> None:
    text = (
        "Posted at 10:15 | Read the full post | Comments (4)\n\nThe force recruited 120 officers."
    )
    assert headed_values(text) == [120]


def test_bracketed_count_after_a_noun_in_prose_is_kept() -> None:
    text = "The survey gathered views (40) and comments from residents."
    assert headed_values(text) == [40]


# A sum, then who gave it: "£X awarded by the Home Office" is named by the giver.
def test_sum_awarded_by_a_named_giver_is_labelled_by_the_giver() -> None:
    text = "The unit's budget includes £4 million awarded by the Home Office for 2020/21."
    assert headed_labels(text) == [(4000000, "awarded by the Home Office")]


def test_sum_funded_by_a_named_body_without_article() -> None:
    text = "The scheme was given £3m funded by Lambeth Council."
    assert headed_labels(text) == [(3000000, "funded by Lambeth Council")]


# A participle that defines what is counted as a preposition would, or a state left undone.
def test_count_keeps_a_defining_participle_and_its_object() -> None:
    text = "The borough recorded 240 offences involving a firearm last year."
    assert headed_labels(text) == [(240, "offences involving a firearm")]


def test_share_keeps_a_state_left_undone() -> None:
    text = "Policing has declined, with up to 80% of burglaries going unsolved."
    assert headed_labels(text) == [(80, "burglaries going unsolved")]


def test_people_doing_something_still_end_the_phrase() -> None:
    text = "There were 9,000 people coming into the centre each day."
    assert headed_labels(text) == [(9000, "people")]


# A fraction of a scale word is one sum: "half a million pounds", "a quarter of a billion".
def test_half_a_million_pounds_is_one_sum() -> None:
    text = "Officers seized around half a million pounds worth of stolen tools."
    assert headed_labels(text) == [(500000, "worth of stolen tools")]


def test_quarters_of_a_million_are_one_count() -> None:
    assert headed_values("It cost a quarter of a million pounds.") == [250000]
    assert headed_values("Three quarters of a million people visited.") == [750000]


def test_half_of_a_group_is_still_a_share() -> None:
    assert headed_labels("Half of victims were young.") == [(0.5, "victims")]


# "hundred" after a digit scales it as "thousand" does: "more than 4 hundred people".
def test_digit_then_hundred_is_one_count() -> None:
    text = "A crowd of more than 4 hundred people were standing outside."
    assert headed_labels(text) == [(400, "people")]


# "<Subject> were ..., with N taken": a bare count of what was done counts the subject.
def test_bare_count_done_after_with_counts_the_clause_subject() -> None:
    text = "Spaniels were the third most popular choice for thieves, with 21 taken across the city."
    assert headed_labels(text) == [(21, "Spaniels")]


def test_bare_count_after_with_keeps_its_own_noun_or_the_figure_before() -> None:
    assert headed_labels("The Met made 100 arrests, with 20 charged.") == [
        (100, "arrests"),
        (20, "charged"),
    ]
    text = "A task force was set up, with over 200 dedicated officers on patrol."
    assert headed_labels(text) == [(200, "dedicated officers on patrol")]
