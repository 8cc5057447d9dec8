"""Figure forms found in the blind80-81 batches (round 55), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_stats, headed_values


# "an hour and a half": the fraction ends a length of time, not a share of anything.
def test_a_half_after_a_unit_of_time_is_no_share() -> None:
    text = "The chief met the minister for nearly an hour and a half."
    assert headed_values(text) == []


def test_a_half_of_a_thing_is_still_a_share() -> None:
    text = "Officers said a half of all calls were about theft."
    assert headed_values(text) == [0.5]


# "a 17.5 billion pound budget": a scaled number with "pound" as its modifier is a sum.
def test_a_scaled_number_before_pound_is_a_sum() -> None:
    text = "The Mayor sets London's 17.5 billion pound budget each year."
    assert headed_labels(text) == [(17500000000, "budget")]


def test_a_plain_number_before_pound_is_not_made_a_sum() -> None:
    text = "The new weights include a 20 pound plate."
    assert [fig.unit for fig in headed_stats(text)] == ["count"]


# "£5.4miliion": "million" misspelt is still the scale of the sum.
def test_a_misspelt_million_still_scales_the_sum() -> None:
    text = "The Mayor has launched a new £5.4miliion service for vulnerable adults."
    assert headed_values(text) == [5400000]


def test_a_misspelt_million_with_one_l_still_scales_the_sum() -> None:
    text = "The Mayor has launched a new £2 milion fund for victims."
    assert headed_values(text) == [2000000]


# "482 killed or seriously injured casualties": a participle joined by "or" to a qualified
# one is one measure, and the label keeps both.
def test_killed_or_seriously_injured_after_a_count_is_one_measure() -> None:
    text = "Between 2016 and 2018 there were 482 killed or seriously injured casualties."
    assert headed_labels(text) == [(482, "killed or seriously injured casualties")]


def test_people_killed_or_seriously_injured_keeps_its_noun() -> None:
    text = "Last year 30 people were killed or seriously injured."
    assert headed_labels(text) == [(30, "people killed or seriously injured")]


# Numbered paragraphs run into one line: the number between one sentence's end and the
# next's capital is no figure.
def test_paragraph_numbers_run_into_a_line_are_no_figures() -> None:
    text = (
        "No one has been brought to justice”. 2. In these circumstances, the Panel will "
        "review 14 cases. 3. The Panel will report to the Home Secretary."
    )
    assert headed_labels(text) == [(14, "cases")]


def test_a_count_opening_a_sentence_after_a_stop_is_kept() -> None:
    text = "Arrests rose in the spring. 40 officers were injured."
    assert headed_values(text) == [40]


# A media embed's markup left in the page: a key's value is an id, not a figure.
def test_a_key_value_in_embed_markup_is_no_figure() -> None:
    text = '[[{"fid":"30660","view_mode":"default","type":"media"}]] Crime fell by 27 per cent.'
    assert headed_values(text) == [27]


def test_a_title_in_quotes_before_a_colon_and_a_count_keeps_the_count() -> None:
    text = 'The report "Safer Streets": 300 offences were recorded.'
    assert headed_values(text) == [300]


# "by a two thirds majority": a vote's threshold is a rule, not a share.
def test_a_fraction_naming_a_majority_is_no_figure() -> None:
    text = "The Assembly can amend the budget by a two thirds majority at its annual meeting."
    assert headed_values(text) == []


def test_two_thirds_of_a_group_is_still_a_share() -> None:
    text = "Two thirds of the Assembly voted to amend the budget."
    assert headed_values(text) == [0.6667]


# "dwindled by around two-thirds": a fall told by its manner is a change down.
def test_a_share_that_dwindled_is_a_fall() -> None:
    text = "Figures suggested the numbers had dwindled by around two-thirds over the decade."
    assert [(fig.value, fig.direction) for fig in headed_stats(text)] == [(0.6667, "down")]


# "42 percent higher than in the year ending March 2011": against an earlier year, a rise.
def test_a_share_higher_than_in_an_earlier_year_is_a_rise() -> None:
    text = "Knife offences were 42 percent higher than in the year ending March 2011."
    assert [(fig.value, fig.direction) for fig in headed_stats(text)] == [(42, "up")]


def test_a_share_higher_than_an_average_is_no_change() -> None:
    text = "Knife offences were 42 percent higher than the national average."
    assert [(fig.value, fig.direction) for fig in headed_stats(text)] == [(42, None)]
