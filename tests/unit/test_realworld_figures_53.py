"""Figure forms found in the blind76-77 batches (round 53) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_values


# What police do to anything counted, said right after it, names it as it does people.
def test_things_counted_keep_what_police_did_to_them() -> None:
    text = "The raids saw 180 homes searched, 95 suspects arrested and 27 knives seized."
    assert headed_labels(text) == [
        (180, "homes searched"),
        (95, "suspects arrested"),
        (27, "knives seized"),
    ]


def test_irregular_participle_after_a_count_is_kept() -> None:
    text = "The inquiry into puppy farming led to three arrests and six kittens found dead."
    assert headed_labels(text)[-1] == (6, "kittens found dead")


def test_irregular_past_after_a_count_still_ends_the_phrase() -> None:
    text = "Some 40 volunteers took part in the clean-up."
    assert headed_labels(text) == [(40, "volunteers")]


def test_people_counted_may_act_on_an_object() -> None:
    text = "A poll of 2,000 residents found 58% felt safe at night."
    assert headed_labels(text)[0] == (2000, "residents")


def test_things_counted_before_an_object_are_not_acted_on() -> None:
    text = "The 40 raids found the stolen goods."
    assert headed_labels(text)[0] == (40, "raids")


# "N per cent of X are (thought to be) Y": the share measures the Y among the X.
def test_share_of_a_group_names_what_the_part_is() -> None:
    text = "Police said 31 per cent of all those charged with burglary are repeat offenders."
    assert headed_labels(text) == [(31, "repeat offenders among charged with burglary")]


def test_share_of_a_group_thought_to_be_a_kind() -> None:
    text = "Forty per cent of those tenants are now thought to be students, the council said."
    assert headed_labels(text) == [(40, "students among tenants")]


def test_share_of_a_group_with_a_state_keeps_the_group() -> None:
    text = "Some 35 per cent of the officers were satisfied with the new shift pattern."
    assert headed_labels(text) == [(35, "officers")]


# A conjunction after a share is never the part of the whole it measures.
def test_conjunction_after_a_share_is_no_label() -> None:
    text = "The sickness rate in the unit is 12 per cent and, by contrast, 8 per cent elsewhere."
    assert headed_labels(text)[0] == (12, "sickness rate in the unit")


def test_one_word_after_a_share_is_still_its_part() -> None:
    assert headed_labels("Recruits were 40% BME, and the rest white.")[0] == (40, "BME")


# Money tied to a named fund or programme takes its name, whatever the spelling of
# "programme" and with the sum's own noun between them.
def test_sum_invested_into_a_named_program_takes_its_name() -> None:
    text = "The grant is part of a £12 million investment into the Mayor's Safe Homes program."
    assert headed_labels(text) == [(12000000, "Safe Homes program")]


def test_sum_with_its_noun_and_no_named_fund_keeps_the_noun() -> None:
    text = "The grant is part of a £12 million investment into the city's youth services."
    assert headed_labels(text) == [(12000000, "investment")]


def test_named_grant_just_before_its_sum_names_it() -> None:
    text = "The board approved the award of a Youth Diversion Grant for £25,000 to the charity."
    assert headed_labels(text) == [(25000, "Youth Diversion Grant")]


def test_funding_totalling_a_sum_from_a_named_scheme_keeps_the_funding() -> None:
    text = "Approve grant funding from the Home Office Recovery Scheme totalling £120,000."
    assert headed_labels(text) != [(120000, "Home Office Recovery Scheme")]


# An old year before an Act's name is the year it was passed, no count.
def test_old_year_before_an_acts_name_is_no_figure() -> None:
    text = "The 1861 Offences Against the Person Act still governs 300 prosecutions a year."
    assert headed_values(text) == [300]


def test_count_before_a_name_without_act_is_still_a_figure() -> None:
    assert headed_values("Police seized 1500 Class A wraps in the raids.") == [1500]
