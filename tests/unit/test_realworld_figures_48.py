"""Figure forms found in the blind66-67 batches (round 48) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_values


# A share "of (all) those VERB-ed" is a share of the group the participle names.
def test_share_of_all_those_arrested_is_labelled_by_the_participle() -> None:
    text = (
        "Recent figures showed that 31 per cent of all those arrested for a criminal offence"
        " in the city were foreign nationals."
    )
    assert headed_labels(text) == [(31, "foreign nationals among arrested")]


def test_share_of_all_those_people_arrested_keeps_the_noun() -> None:
    text = "Data shows that 22% of all those people charged with burglary were foreign nationals."
    assert headed_labels(text) == [(22, "foreign nationals among people charged with burglary")]


def test_share_of_all_the_group_is_unchanged() -> None:
    text = "Records show 15 per cent of all the recorded offences in the borough were burglaries."
    assert headed_labels(text) == [(15, "burglaries among recorded offences in the borough")]


# A listing page's counter ("Showing 1-20 out of 42") and its choice of page sizes ("Results
# per page 20 | 50 | 100") are navigation, not figures.
def test_listing_counter_and_page_sizes_are_no_figures() -> None:
    text = (
        "Showing 1-20 out of 64\nResults per page\nResults per page 20 | 50 | 100\n"
        "Officers made 35 arrests during the operation."
    )
    assert headed_values(text) == [35]


def test_results_counted_per_page_of_a_report_stay() -> None:
    assert headed_values("The review found 12 errors per page of the old forms.") == [12]


# A question heading's number ("Title (2)") filed with the question's reference or asker
# under it numbers the question, even where no answer heading repeats the title.
def test_question_heading_filed_with_its_reference_is_no_figure() -> None:
    text = (
        "Knife crime on buses (2)\n\n  • Reference: 2023/0411\n  • Question by: Jane Doe\n\n"
        "What are you doing about the 40% rise in knife crime on buses?"
    )
    assert headed_values(text) == [40]


def test_count_in_brackets_after_a_category_stays() -> None:
    text = "Arrests by offence:\n\nRobbery (3)\n\nCriminal damage (2)\n\nPublic order (6)"
    assert headed_values(text) == [3, 2, 6]


# "all" or "both" after a preposition is a determiner inside the subject ("arrests across
# all operations"), not an adverb closing off the subject before it ("have all fallen").
def test_all_after_a_preposition_stays_in_the_subject() -> None:
    text = "The number of charges across all investigations stands at 214."
    assert headed_labels(text) == [(214, "number of charges across all investigations")]


def test_all_as_an_adverb_still_ends_the_subject() -> None:
    text = "Burglary and robbery offences have all fallen by 12 per cent."
    assert headed_labels(text) == [(12, "Burglary and robbery offences")]


# A share "of those VERB-ed" who say or feel something is named with the view they hold, as
# a share "of respondents" is; the view may follow a participle ("saying they ...").
def test_share_of_those_questioned_saying_keeps_the_view() -> None:
    text = "Many feel unsafe, with 14 per cent of those asked saying they carry a knife."
    assert headed_labels(text) == [(14, "asked saying they carry a knife")]


def test_share_of_those_surveyed_who_think_keeps_the_view() -> None:
    text = "Nearly 40% of those surveyed thought the police did a good job."
    assert headed_labels(text) == [(40, "surveyed thought the police did a good job")]


# A share's change "in" a period names nothing changed; a subject that saw the change does:
# "the bus network experienced a 28.6% increase in 2024/25".
def test_change_seen_in_a_period_is_labelled_by_who_saw_it() -> None:
    text = "Robberies fell, while the tram network experienced a 17.5% increase in 2023/24."
    assert headed_labels(text) == [(17.5, "tram network")]


def test_change_in_a_period_with_no_one_seeing_it_keeps_the_change() -> None:
    text = "There was a 12% fall in the first five months."
    assert headed_labels(text) == [(12, "fall")]


# A scale written in the plural ("£17 millions") still scales the sum before it.
def test_plural_scale_word_scales_the_sum() -> None:
    assert headed_values("£17 millions have been given to the force.") == [17_000_000]


def test_plural_of_a_one_letter_scale_is_no_scale() -> None:
    assert 20_000_000 not in headed_values("Officers found 20 ms of lost audio in 45 calls.")


# An age in apposition to a full name may be followed by "and" and the next name with its
# age: "Emma Wynn, 48 and Ian Kent, 51, were jailed".
def test_age_before_the_next_named_person_is_no_figure() -> None:
    text = "Jane Morton, 44 and Paul Drake, 39, were jailed for 12 years."
    assert headed_values(text) == []


def test_count_after_a_place_and_before_and_stays() -> None:
    text = "Across Tower Hamlets, 48 and more officers were deployed to 30 schools."
    assert headed_values(text) == [48, 30]
