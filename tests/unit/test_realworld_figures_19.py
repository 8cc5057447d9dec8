"""Figure forms found in the spent eighteenth blind batch (tests/blind18, round 19),
each fixed as a class: the batch's own case in other words and others of the same class
written in the styles of other real publishers (Met, BTP, Home Office, MOPAC, news sites),
with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_stats, headed_values


# Numbers that name, date or describe rather than count: none is a figure.
@pytest.mark.parametrize(
    "text",
    [
        # ages listed after "aged", each keyed by a letter, past the five words looked at
        "Three youths, aged 17 [A], 19 [B] and 22 [C], were held on suspicion of burglary.",
        "Five men, aged 31 [A], 26 [B], 44 [C], 29 [D] and 35 [E], were charged.",
        "Two women aged 40 (1) and 52 (2) were arrested at the scene.",
        "Four suspects aged 18, 19, 23 and 30 have been bailed.",
        # an age range opened by "from"
        "Those detained were aged from 16-55 and held overnight.",
        "Those arrested were aged from 19 to 48.",
        # a weather widget's temperature in the page's furniture, and temperatures in words
        "-3.5 C",
        "Highs of 31°C are expected at the weekend.",
        "Overnight it fell to 2 degrees Celsius.",
        # a decision's reference number in brackets
        "The grants are run under an existing contract (PCD 1314 refers).",
        "This follows the earlier approval (DMPC 2217 refers).",
        # numbered parts named in the plural, every number of the list
        "The bill changes Sections 12 and 14 of the Act.",
        "See paragraphs 3, 4 and 7 of the guidance.",
        "It replaces chapters 2 to 5 of the code.",
        # a product's model, in its brand's camel case
        "Thieves want an iPhone 13 rather than an older handset.",
        "He was carrying a stolen iPad 9 when stopped.",
        # a job advert's pay, alone on its line in the site's jobs box
        "Up to £21345.00 per annum",
        "£28,000 - £31,500 pa",
        "From £12.40 per hour plus benefits",
    ],
)
def test_names_dates_and_furniture_are_no_figures(text):
    assert headed_values(text) == []


# Near misses: the same words where the number counts something.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "aged" ends the list: the next number is a count, as is the number arrested
        ("Two men aged 19 and 23 were arrested and 40 phones recovered.", [40]),
        ("Officers detained 30 people, aged from 16-55, during the operation.", [30]),
        # a count after the age range's end
        ("Those aged from 18 to 24 made up 320 of the arrests.", [320]),
        # "C" that starts a word or a new line of text, not a temperature
        ("Officers seized 12 Class C drugs packages.", [12]),
        # plural part names not followed by a number: the count stands
        ("She answered questions and 10 officers took notes.", [10]),
        # a plural part name with a count after other words
        ("The sections were rewritten and 14 forces adopted them.", [14]),
        # pay said in a sentence is a figure
        ("The starting salary is £24,000 per annum for new recruits.", [24000]),
        ("Recruits earn £24,000 per annum", [24000]),
        # a brand in ordinary capitals is no model name
        ("Apple sold 6 phones to the force.", [6]),
    ],
)
def test_counts_beside_those_forms_stay(text, values):
    assert headed_values(text) == values


# The words police use for the people arrested count as "men" and "women" do: three or
# more are a tally; a pair, people in apposition and people described by their ages are
# the incident's, not a figure.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the batch's own forms, in other words
        ("Officers arrested three teenagers near the station.", [3]),
        ("The raids led to the charging of eight males linked to the thefts.", [8]),
        # BTP, Met and news-site variants
        ("Four females were later cautioned for shoplifting.", [4]),
        ("Patrols detained six youths for carrying weapons.", [6]),
        # guards: a pair, an apposition and ages after the people
        ("Two males were arrested at the scene.", []),
        ("The occupants, three teenagers and a driver, were spoken to.", []),
        ("Five youths, aged between 15 and 17, were detained.", []),
    ],
)
def test_people_arrested_in_police_words_are_tallied(text, values):
    assert headed_values(text) == values


# A part of a group said in its own words after the group's count, "N of which were X",
# in brackets or after a comma, in digits or words; and the next part of a group a
# sentence opens on, a bare subject of its own clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the batch's own form, in other words
        (
            "Of the 120 collisions, 80 were caused by speeding (6 of which were fatal); "
            "whilst 40 were caused by phone use (three of which were fatal).",
            [(120, "collisions"), (80, "caused by speeding"), (6, "fatal"),
             (40, "caused by phone use"), (3, "fatal")],
        ),
        # Met, BTP and Home Office variants
        ("There were 14 stabbings, four of which were fatal.", [(14, "stabbings"), (4, "fatal")]),
        ("Officers made 30 arrests (seven of whom were charged).", [(30, "arrests"),
                                                                   (7, "charged")]),
        ("Of the 300 calls, 120 were about noise, while 52 were about parking.",
         [(300, "calls"), (120, "about noise"), (52, "about parking")]),
        # guards: "of which" with no "were" after it, and a bracketed breakdown, keep
        # what they were
        ("There were 14 stabbings, four of which involved knives.", [(14, "stabbings")]),
        ("There were 5,868 calls (3,199 emergency, 2,669 non-emergency).",
         [(5868, "calls"), (3199, "emergency"), (2669, "non-emergency")]),
    ],
)  # fmt: skip
def test_parts_of_a_group_take_what_they_were(text, expected):
    assert [(s.value, s.label) for s in headed_stats(text)] == expected
