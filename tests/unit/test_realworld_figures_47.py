"""Figure forms found in the blind64-65 batches (round 47) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_values


# A 24-hour clock time without its colon, after a word of time and before "hours", is an
# hour of the day, not a total of hours worked.
def test_colonless_clock_time_before_hours_is_no_figure() -> None:
    text = (
        "The march will form up from 1130 hours in the square, moving off at 1300 hours."
        " Roads close between 0630 hours and 1400 hours. Officers seized 12 knives."
    )
    assert headed_values(text) == [12]


def test_hours_worked_by_the_thousand_stay() -> None:
    assert headed_values("Officers worked 1500 hours of overtime on the operation.") == [1500]
    assert headed_values("The team gave up to 1,200 hours of extra patrols.") == [1200]


# A digit run in square brackets with no thousands comma is a reference key (a footnote,
# Hansard's question number), however long.
def test_bracketed_reference_key_is_no_figure() -> None:
    text = (
        "3. Jane Doe (Anytown) (Lab): What assessment she has made of knife crime. [78439]"
        " Knife crime rose by 14% last year."
    )
    assert headed_values(text) == [14]


def test_bracketed_figure_with_thousands_comma_stays() -> None:
    assert headed_values("The force [2,500 officers] was stretched.") == [2500]


# "who was 21," closing its clause gives a person's age, as "he was 21," does.
def test_age_after_relative_who_is_no_figure() -> None:
    text = (
        "After the murder of a young man who was just 21, a group was set up. It has"
        " reached 300 pupils."
    )
    assert headed_values(text) == [300]


def test_count_after_which_stays() -> None:
    assert headed_values("The number of arrests, which was 21, rose in May.") == [21]


# A broadcaster's station is named by its number, as a channel is: "BBC Radio 4".
def test_radio_station_number_is_no_figure() -> None:
    text = "Speaking to BBC Radio 4, she said the force had trained 600 extra officers."
    assert headed_values(text) == [600]


# The police non-emergency number after "use of" is the service used, not a count.
def test_use_of_the_non_emergency_number_is_no_figure() -> None:
    text = "There is new technology and increased use of 101. Burglary fell by 8%."
    assert headed_values(text) == [8]


def test_count_of_a_hundred_and_one_stays() -> None:
    assert headed_values("Officers made a total of 101 arrests.") == [101]


# A quarter's year written short, alone or as a span, is a date: "Q4 21-22".
def test_quarter_short_year_span_is_no_figure() -> None:
    text = "Trust saw a notable fall in Q4 21-22, when 45% said the police do a good job."
    assert headed_values(text) == [45]


# After a report's verb a participle opens the reported subject as its modifier: it is
# no verb whose subject lies before it.
def test_participle_after_report_verb_opens_the_subject() -> None:
    assert headed_labels("New figures show recorded knife crime rose by 22% in the year.") == [
        (22, "recorded knife crime")
    ]


def test_participle_with_nothing_reported_still_looks_back() -> None:
    assert headed_labels("The Fund was set up in 2018 with £5m.") == [(5000000, "Fund")]


# A change set after a comma belongs to what the clause reports, never to the report's
# source: "Figures from X show N offences ..., up 56 per cent".
def test_apposed_change_takes_the_reported_subject() -> None:
    text = (
        "Figures from the Mayor's office for policing and crime show 17,000 offences were"
        " reported last year, up 56 per cent on 2013."
    )
    assert headed_labels(text) == [(17000, "offences"), (56, "offences")]


def test_apposed_change_without_a_report_keeps_its_subject() -> None:
    assert headed_labels("Burglary was stable, up 2% on the year.") == [(2, "Burglary")]


# A financial year after a sum, named or numbered, says when: what the sum is for follows.
def test_financial_year_before_purpose_is_skipped() -> None:
    text = (
        "The force has been allocated £50.9m over three years, including £7.9m for this"
        " financial year (2022/23) for Grip."
    )
    assert headed_labels(text)[1] == (7900000, "funding for Grip")
    assert headed_labels("The Mayor is providing £5m for 2024/25 for youth services.") == [
        (5000000, "funding for youth services")
    ]


def test_numbered_event_after_a_sum_is_no_year_span() -> None:
    assert headed_labels("The Mayor is providing £5m for the 2012 Olympics security.") == [
        (5000000, "funding for Olympics security")
    ]


# A share of people followed by a verb of opinion is named by the group and the whole view
# it holds, not cut before the view's object.
def test_share_holding_a_view_is_named_by_it() -> None:
    assert headed_labels("Only 45% of Londoners believe the police do a good job.") == [
        (45, "Londoners believe the police do a good job")
    ]
    text = "Some 28% say drivers are ruder, compared to 11% who believe they have become kinder."
    assert headed_labels(text)[1] == (11, "believe they have become kinder")


def test_share_of_a_whole_without_a_view_stays() -> None:
    assert headed_labels("Some 40% of officers were women.") == [(40, "women among officers")]
