"""Figure forms found in the blind24 batch (round 27), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_values


# A ranking before a bracketed figure: the figure measures the category ranked (the
# complement of "the most common ... were", the subject of "made the highest number of"),
# and the items of a ranked list may end on a common noun ("the Health sector").
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Councils made the largest number of complaints (820; 40%), followed by the "
            "Health sector (610; 30%).",
            [(820, "Councils"), (40, "Councils"), (610, "Health sector"), (30, "Health sector")],
        ),
        (
            "Of the 400 reports, the most common were thefts of bicycles (120; 30%).",
            [(400, "reports"), (120, "thefts of bicycles"), (30, "thefts of bicycles")],
        ),
        (
            "Most callers were for women (900; 75%).",
            [(900, "women"), (75, "women")],
        ),
        (
            "The most frequent offences were shoplifting (45%) and burglary (20%).",
            [(45, "shoplifting"), (20, "burglary")],
        ),
    ],
)
def test_ranked_category_labels_its_bracketed_figure(text, labels):
    assert headed_labels(text) == labels


# A "most" that ranks no subject of a copula (a relative clause between them) is no ranking.
def test_most_outside_the_subject_is_no_ranking():
    text = (
        "Police sought the most wanted thieves, including a man who is believed to have "
        "stolen 9,000 euros ($9,800) of gold."
    )
    assert dict(headed_labels(text))[9800] == (
        "Police sought the most wanted thieves, including a man"
    )


# What happened to staff counted, said right after them, is part of their label: "were
# dismissed", "have been suspended", "resigned"; other verbs stay out.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("In 2020, 31 officers were dismissed.", [(31, "officers dismissed")]),
        ("A total of 12 staff have been suspended.", [(12, "staff suspended")]),
        ("Figures show 9 employees resigned before a hearing.", [(9, "employees resigned")]),
        ("Figures show 9 employees worked overtime.", [(9, "employees")]),
    ],
)
def test_what_happened_to_staff_counted_joins_the_label(text, labels):
    assert headed_labels(text) == labels


# A service number told by when to call it is no count: "or 101 in a non-emergency".
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Call 999 in an emergency, or 101 in a non-emergency.", []),
        ("Officers made 101 in a single week.", [101]),
    ],
)
def test_service_number_for_an_emergency_is_no_count(text, values):
    assert headed_values(text) == values


# "Sept" is a month abbreviation as "Sep" and "Aug" are: "(Oct to Sept 17)" holds no count.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Burglary rose by 4% (Oct to Sept 18).", [4]),
        ("Burglary rose by 4% (Sep 18).", [4]),
    ],
)
def test_abbreviated_september_is_a_month(text, values):
    assert headed_values(text) == values


# A count in words before an adverb, a participle and a name or two, then the plural noun
# counted: "five specially trained Met police officers".
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The unit is made up of six specially trained Met police officers who patrol.",
            [(6, "specially trained Met police officers")],
        ),
        (
            "The unit is made up of six specially trained Met sites.",
            [(6, "specially trained Met sites")],
        ),
        ("The unit is made up of six specially trained in the city.", []),
    ],
)
def test_count_in_words_before_an_adverb_participle_and_name(text, labels):
    assert headed_labels(text) == labels


# A count whose noun repeats the head of the number its clause changes takes that number's
# full name: "the number of police officers has fallen by 941 officers".
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The number of special constables has fallen by 300 constables.",
            [(300, "special constables")],
        ),
        ("The number of burglaries has risen by 200 cases.", [(200, "cases")]),
    ],
)
def test_count_repeating_the_changed_numbers_head(text, labels):
    assert headed_labels(text) == labels


# A sum split by year in brackets: each part is the sum's, and the bracket is no part of
# the label of the sum before it.
def test_sum_split_by_year_in_brackets():
    text = "The amounts will be:\n-\n£90,000 to Camden (£40,000 in FY 2023/24 and £50,000 in FY 2024/25)."
    assert headed_labels(text) == [
        (90000, "funding to Camden"),
        (40000, "funding to Camden"),
        (50000, "funding to Camden"),
    ]


# A time between a sum and what it is invested in is no part of either: "a record £1bn
# over the last five years in policing", "£20m a year in youth services".
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The council is investing £4m over the last three years in street lighting.",
            [(4000000, "investment in street lighting")],
        ),
        (
            "The council is investing £4m a year in street lighting.",
            [(4000000, "investment in street lighting")],
        ),
        (
            "The council is investing £4m annually in street lighting.",
            [(4000000, "investment in street lighting")],
        ),
    ],
)
def test_time_between_sum_and_purpose(text, labels):
    assert headed_labels(text) == labels


# A lowercase gloss in brackets between a listed item and its bracketed figure is no
# boundary: "death star (shuriken) (£5)"; the items after it keep their own names.
def test_gloss_in_brackets_inside_a_bracketed_list():
    text = "Prices include a cosh (£4), a kubotan (key stick) (£6), a baton (£8) and a sai (£3)."
    assert [label for _, label in headed_labels(text)][1:] == ["kubotan", "baton", "sai"]


# An aside between paired dashes stands between a subject and its verb: the change is the
# subject's, not the aside's last noun.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Cycle thefts – a crime reported in most boroughs – increased by 15% last year.",
            "Cycle thefts",
        ),
        (
            "Cycle thefts – a crime reported in most boroughs – have risen by 15% since then.",
            "Cycle thefts",
        ),
    ],
)
def test_paired_dash_aside_between_subject_and_verb(text, label):
    assert headed_labels(text) == [(15, label)]


# Harm done to people counted after it names them: "killed 22 people", "injured 59 others"
# ("others" says no more than "people").
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The crash killed 4 people and injured 31 others.",
            [(4, "people killed"), (31, "others injured")],
        ),
        ("The blast wounded 12 people.", [(12, "people wounded")]),
        ("The crash involved 31 others.", [(31, "others")]),
    ],
)
def test_harm_done_to_people_counted_after_it(text, labels):
    assert headed_labels(text) == labels


# A sum "on top of" or "in addition to" the one before it is more of what that one
# measures, not "top" or "addition".
@pytest.mark.parametrize(
    "joiner",
    ["on top of the", "in addition to the"],
)
def test_sum_added_to_the_one_before(joiner):
    text = f"Another £30 million in savings must be found, {joiner} £90 million so far."
    assert headed_labels(text) == [(30000000, "savings"), (90000000, "savings")]


# A bare count followed by the state it is in is of what is in that state; after "with",
# of the clause before's subject.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("In May there were 420 in force across the region.", [(420, "in force")]),
        (
            "The number of closure orders has risen, with about 85 now in place, officers said.",
            [(85, "closure orders in place")],
        ),
        ("In May there were 420 across the region.", [(420, None)]),
    ],
)
def test_bare_count_in_a_state(text, labels):
    assert headed_labels(text) == labels


# A change named by its noun, then what changed, then "by" and its size: "resulted in a
# drop in catalytic converter thefts by 38 per cent".
def test_change_noun_in_what_changed_by_size():
    text = "The scheme resulted in a fall in bicycle thefts by 21 per cent, police said."
    assert headed_labels(text) == [(21, "bicycle thefts")]


# An adjective set off by commas between a count and its noun is skipped: "2,229, mainly
# older, people"; a comma after a count with no such aside still ends it.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The fraud has hit 1,480, mostly elderly, victims.", [(1480, "victims")]),
        ("The fraud has hit 1,480, and victims are angry.", [(1480, "hit")]),
    ],
)
def test_comma_aside_between_count_and_noun(text, labels):
    assert headed_labels(text) == labels


# A sum "focused on", "targeted at" or "dedicated to" something is for it, an adverb of
# focus allowed before the verb.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Of this, £4.5m will be specifically focused on youth outreach.",
            "focused on youth outreach",
        ),
        ("A further £1m is dedicated to victim support.", "funding to victim support"),
    ],
)
def test_sum_focused_on_a_purpose(text, label):
    assert headed_labels(text)[-1][1] == label
