"""Figure label forms found in the spent blind17 and blind18 batches (round 20), each
fixed as a class and tested on sentences written for it in the styles of real publishers
(Met, BTP, Home Office, NCA, councils, news sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels


# A bare count that adds to or sums what was said before ("a further", "an additional",
# "a total of") stands as its clause's subject: its label is the state it is in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers arrested 20 people. A further 9 were charged with theft.",
         [(20, "people arrested"), (9, "charged with theft")]),
        ("Six men were charged. An additional 14 have been released under investigation.",
         [(6, "men charged"), (14, "released under investigation")]),
        ("A total of 12 were arrested during the day of action.", [(12, "arrested during the day of action")]),
        # guard: a counted noun after the number keeps its noun
        ("A further 11 arrests were made in Kent.", [(11, "further arrests")]),
    ],
)  # fmt: skip
def test_a_bare_further_count_takes_its_state(text, expected):
    assert headed_labels(text) == expected


# A past participle opening a clause with nothing before it describes the subject's noun
# ("recorded burglaries"), it is no verb whose subject stands before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seized vehicles have also risen by 12 per cent.", [(12, "Seized vehicles")]),
        ("Recorded burglaries fell by 8 per cent last year.", [(8, "Recorded burglaries")]),
        # guard: a participle after its subject is still the verb
        ("The Fund was set up in 2018 with £45m.", [(45000000, "Fund")]),
    ],
)
def test_an_opening_participle_belongs_to_the_subject(text, expected):
    assert headed_labels(text) == expected


# A finite verb of summing ("totals", "totalled", "amounted to", "will total") ends the
# clause before the figure: the figure is the size of the clause's subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new youth fund totals £2m over two years.", [(2000000, "new youth fund")]),
        ("Arrests totalled 45 over the weekend.", [(45, "Arrests")]),
        ("Fines issued by the council amounted to £12,000 last year.",
         [(12000, "Fines issued by the council")]),
        ("Losses to fraud will total £3 billion.", [(3000000000, "Losses to fraud")]),
        ("Recovered firearms have totalled 31 since April.", [(31, "Recovered firearms")]),
    ],
)  # fmt: skip
def test_a_summing_verb_gives_its_subject(text, expected):
    assert headed_labels(text) == expected


# Items of a list, each followed by its own count in brackets: every count is its own
# item's, not the first item's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Romanians (40), Poles (31) and Lithuanians (12) made up the rest.",
         [(40, "Romanians"), (31, "Poles"), (12, "Lithuanians")]),
        ("Croydon (120) and Lambeth (98) had the most.", [(120, "Croydon"), (98, "Lambeth")]),
        # guards: a bracket after a counted noun, and a clause with its own verb
        ("Officers made 30 arrests (12 charged) and 4 seizures (2 firearms).",
         [(30, "arrests"), (12, "arrests"), (4, "seizures"), (2, "seizures")]),
        ("Knife crime fell (12%) and gun crime has risen (8%).",
         [(12, "Knife crime fell"), (8, "gun crime")]),
    ],
)  # fmt: skip
def test_each_listed_item_owns_its_bracketed_count(text, expected):
    assert headed_labels(text) == expected


# "Of the N things, M did X": the part is labelled by what it did, a verb in the past
# tense kept ("resulted in a charge"), also when the group has its own count and no comma
# and when the part's share follows it in brackets.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 90 stops 30 found drugs.", [(90, "stops 30"), (30, "found drugs")]),
        ("Of the 40 people stopped 12 (30%) were arrested.",
         [(40, "people stopped 12"), (12, "arrested"), (30, "arrested")]),
        ("Of the 300 calls, 120 related to noise.", [(300, "calls"), (120, "related to noise")]),
        ("Of the 186 arrests 57 (31%) resulted in a charge.",
         [(186, "arrests 57"), (57, "resulted in a charge"), (31, "resulted in a charge")]),
    ],
)  # fmt: skip
def test_a_part_of_a_counted_group_takes_what_it_did(text, expected):
    assert headed_labels(text) == expected


# A change verb in the passive before "from N to M" ("are being increased from"): both
# levels are of the clause's subject (not "money raised", not the words "from 300").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patrols are being increased from 20 to 35.", [(20, "Patrols"), (35, "Patrols")]),
        ("Officer numbers will be raised from 300 to 420.",
         [(300, "Officer numbers"), (420, "Officer numbers")]),
        ("Speed cameras in the county were cut from 80 to 45 last year.",
         [(80, "Speed cameras in the county"), (45, "Speed cameras in the county")]),
        # guard: the active verb keeps what it raises
        ("The force will boost its numbers to 272 for three months.", [(272, "numbers")]),
    ],
)  # fmt: skip
def test_a_passive_change_from_a_level_is_its_subjects(text, expected):
    assert headed_labels(text) == expected


# A sum that "will be used" (or "is proposed to be used") to do something or for
# something: what it is used for is its label, as for a sum spent or allocated.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The remaining £1m will be used to fund youth workers.",
         [(1000000, "funding for youth workers")]),
        ("£500,000 will be used for youth clubs in Hackney.",
         [(500000, "funding for youth clubs")]),
        ("Some £3m is proposed to be used to support the drive for higher standards.",
         [(3000000, "funding to support the drive for higher standards")]),
        ("£40,000 is expected to be spent on new CCTV.", [(40000, "spent on new CCTV")]),
        # guard: counted people used for a task keep their noun
        ("The 2,000 officers will be used to patrol streets.", [(2000, "officers")]),
    ],
)  # fmt: skip
def test_a_sum_used_for_a_purpose_is_labelled_by_it(text, expected):
    assert headed_labels(text) == expected


# A sum with a rate of time or of a head ("per night", "per shift", "per head") before
# the noun it sizes: the noun is its label.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It proposed a new £50 per night allowance for officers.",
         [(50, "new allowance for officers")]),
        ("Officers get a £30 per shift payment.", [(30, "payment")]),
        ("A £2 per head levy was agreed.", [(2, "levy")]),
        # guard: a rate that ends the phrase leaves the subject as label
        ("Overtime is paid at £12.40 per hour.", [(12.4, "Overtime")]),
    ],
)  # fmt: skip
def test_a_sum_per_night_or_head_sizes_the_noun_after_it(text, expected):
    assert headed_labels(text) == expected


# guard for the bracketed list rule: places where a measure is, each with its own share,
# keep the measure's label
def test_places_with_bracketed_shares_keep_the_measure():
    assert "crime" in (
        headed_labels("Knife crime rose in London (12%) and Kent (5%).")[-1][1] or ""
    )
