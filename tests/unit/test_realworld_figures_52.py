"""Figure forms found in the blind74-75 batches (round 52) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_values


# A bus named by its route: a number before a singular "route" or "bus route", and the
# route numbers listed after "bus routes (including the)".
def test_number_before_singular_route_is_the_route() -> None:
    text = "Police want to trace two boys who damaged a seat on 94 route in Acton."
    assert headed_values(text) == []


def test_number_before_bus_route_is_the_route() -> None:
    assert headed_values("Seats were slashed on the 207 bus route last month.") == []


def test_numbers_listed_after_bus_routes_including_are_routes() -> None:
    text = "The attacks happened on several bus routes including the 12, 36, 185 and 436."
    assert headed_values(text) == []


def test_count_of_bus_routes_is_still_a_figure() -> None:
    assert headed_values("Transport for London cut 78 bus routes last year.") == [78]


def test_share_after_routes_is_still_a_figure() -> None:
    text = "Crowding on the busiest bus routes fell by 25% over the year."
    assert headed_values(text) == [25]


# Age bounds a question lists under its letters after "aged" are ages, none a count.
def test_lettered_age_bounds_after_aged_are_ages() -> None:
    text = "How many people aged a) under 16 b) under 18 and c) under 21 were stopped?"
    assert headed_values(text) == []


def test_count_after_aged_and_over_is_still_a_figure() -> None:
    assert headed_values("Of those arrested, 120 were aged 18 and over.") == [120]


# A header row of bands, each range running on from the one before: column heads.
def test_header_of_contiguous_age_bands_is_no_figure() -> None:
    assert headed_values("Detentions in March 2020 10-13 14-16 17-18 Total") == []


def test_lone_range_of_counts_is_still_a_figure() -> None:
    assert headed_values("Officers made 10-12 arrests a week.") == [10, 12]


# A page's tally line with the page's date after a bullet, or with the title of the post
# commented on, counts nothing.
def test_view_tally_with_its_date_is_no_figure() -> None:
    assert headed_values("Knife arches at stations\n\n1,204 views • Mar 3, 2022") == []


def test_comment_tally_with_the_post_title_is_no_figure() -> None:
    assert headed_values("Safer parks\n\n3 Comments to “Safer parks for London”") == []


def test_views_counted_in_a_sentence_are_still_a_figure() -> None:
    assert headed_values("The appeal video had 40,000 views in a day.") == [40000]


# A question's number on its heading, the asker named under it with no colon.
def test_question_number_above_its_asker_is_no_figure() -> None:
    text = "Dog thefts (2)\n\nQuestion by Jane Smith\n\nHow many dogs were stolen?"
    assert headed_values(text) == []


def test_count_in_brackets_in_a_list_is_still_a_figure() -> None:
    assert headed_values("Arrests by offence\n\nRobbery (4)\n\nBurglary (7)") == [4, 7]


# A phone number whose area code is bracketed is one number, no counts.
def test_phone_number_with_bracketed_area_code_is_no_figure() -> None:
    assert headed_values("Call the appeal line on (020) 8721 4622 with information.") == []


# The emergency lines named, not counted: "999 responses", and 101 rung as the other line
# after a number written unspaced.
def test_999_responses_names_the_service() -> None:
    assert headed_values("Residents deserve to know what is happening to 999 responses.") == []


def test_101_after_an_unspaced_phone_number_is_the_line_rung() -> None:
    text = "Anyone with information should contact DC Jones via 02071234567 or 101 today."
    assert headed_values(text) == []


def test_101_occasions_is_still_a_count() -> None:
    assert headed_values("Officers were called on 101 occasions last year.") == [101]


def test_101_beside_crimestoppers_is_the_line_rung() -> None:
    text = "Witnesses are asked to phone\n\n101 or Crimestoppers anonymously on 0800 555 111."
    assert headed_values(text) == []


# An age said of a person at the time of an event.
def test_who_was_n_at_the_time_is_an_age() -> None:
    text = "His killer, who was 17 at the time of the attack, was jailed for life."
    assert headed_values(text) == []


def test_count_of_people_at_the_time_is_still_a_figure() -> None:
    assert headed_values("There were 17 at the time of the raid.") == [17]


# A tweet signed off with a caret and its officer's number.
def test_caret_signature_of_a_tweet_is_no_figure() -> None:
    text = "Two knives seized in Brixton tonight. #knifefree ^4127 pic.twitter.com/abc"
    assert headed_values(text) == [2]


# A contract's term written as its parts summed.
def test_term_written_as_a_sum_is_no_figure() -> None:
    text = "The contract runs for three years with two optional (1+1) extensions worth £40,000."
    assert headed_values(text) == [40000]


# A list of modifiers closed by "and" a word after the comma stays whole in a purpose.
def test_purpose_keeps_a_list_of_modifiers_whole() -> None:
    text = "More than £12 million to tackle drug, gun and gang crime has been announced."
    assert headed_labels(text) == [(12000000, "funding to tackle drug, gun and gang crime")]


def test_purpose_still_ends_at_a_clause_comma() -> None:
    text = "The Mayor gave £2m to tackle violence, and officers welcomed it."
    assert headed_labels(text) == [(2000000, "funding to tackle violence")]


# A pronoun with its verb contracted is never the label.
def test_contracted_pronoun_is_no_label() -> None:
    text = "Look at burglary, which worries most people, and it’s down by about 20 per cent."
    assert headed_labels(text)[0][1] != "it’s"


# What was done to animals counted, said right after them, names them as it does people.
def test_animals_counted_keep_what_was_done_to_them() -> None:
    text = "The cruelty inquiry ended with 30 dogs rescued by the RSPCA."
    assert headed_labels(text) == [(30, "dogs rescued")]


def test_animals_counted_without_an_act_are_unchanged() -> None:
    assert headed_labels("Officers seized 12 dogs in the raid.") == [(12, "dogs in the raid")]
