"""Figure forms found in the spent seventeenth blind batch (tests/blind17, round 18),
each fixed as a class: the batch's own case in other words and others of the same class
written in the styles of other real publishers (TfL, BTP, Met, Home Office, MOPAC, news
sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of


# A change a subject "has seen", its size inside the change's own words: the subject
# before the verb is what changed, unless the change says what it is in.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own forms, in other words
        ("Drug offences on the network have seen a reduction of almost 22 per cent.", 22,
         "Drug offences on the network"),
        ("Bag theft has seen a 14 per cent rise.", 14, "Bag theft"),
        ("Attacks on bus drivers have also seen an eight per cent reduction.", 8,
         "Attacks on bus drivers"),
        # BTP, Met, Home Office and news-site variants
        ("Cycle theft saw a 12% fall last year.", 12, "Cycle theft"),
        ("Vehicle crime has experienced a drop of 9 per cent since April.", 9, "Vehicle crime"),
        ("Knife possession offences had suffered a 30% increase by the spring.", 30,
         "Knife possession offences"),
        # what the change is in, said after it, is what it measures
        ("The borough has seen a reduction of nearly 22 per cent in robbery.", 22, "robbery"),
        ("There has been a fall of 7 per cent in residential burglary.", 7,
         "residential burglary"),
    ],
)  # fmt: skip
def test_change_a_subject_has_seen_takes_the_subject(text, value, label):
    assert figure_of(text, value).label == label


# The same change as the last block after a list, short enough to be read as an item, cut
# off by the excerpt: the half word after it is no label.
def test_seen_change_after_a_list_takes_the_subject():
    text = (
        "Figures for the year showed:\n\n"
        "  • Robbery is down by 5 per cent\n"
        "  • Theft is down by 3 per cent\n\n"
        "Assaults on station staff have also seen a nine per cent reduction wh"
    )
    assert figure_of(text, 9).label == "Assaults on station staff"


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # a change whose verb "gone"/"come" stands before the "down" that opens the figure
        ("Crimes on the Underground have gone down by 2.1 per cent this year.", 2.1,
         "Crimes on the Underground"),
        ("Moped-enabled robbery has come down by 5% across the capital.", 5,
         "Moped-enabled robbery"),
        ("Shoplifting in the town centre has gone up by 18 per cent.", 18,
         "Shoplifting in the town centre"),
    ],
)  # fmt: skip
def test_gone_down_takes_the_subject(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guards: the noun after the change, a pay rise, a recording body, a plain verb
        ("Westminster has seen an 11 per cent rise in pickpocketing.", 11, "pickpocketing"),
        ("Southwark saw a 12% fall in burglary.", 12, "burglary"),
        ("Officers have seen a 5 per cent pay rise.", 5, "pay rise"),
        ("Robbery fell by 10 per cent.", 10, "Robbery"),
        ("Crime on the Tube went down by four per cent in the year.", 4, "Crime on the Tube"),
    ],
)  # fmt: skip
def test_seen_change_guards(text, value, label):
    assert figure_of(text, value).label == label


def test_change_not_seen_keeps_no_subject():
    # "recorded" may be done by the police, not the crime: no subject is taken from it
    assert figure_of("Police recorded a 12% rise overall.", 12).label != "Police"


# A tally in an operational update, each line "N x offence": the "x" counts instances of
# the whole offence after it, its "of" phrase and all.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own forms, in other words
        ("Arrests by offence:\n\n31 x possession of a bladed article\n\n"
         "14 x assault on a police officer", 31, "possession of a bladed article"),
        ("Arrests by offence:\n\n31 x possession of a bladed article\n\n"
         "14 x assault on a police officer", 14, "assault on a police officer"),
        ("Arrests by offence:\n\n7 x possession of class C drugs", 7,
         "possession of class C drugs"),
        # other forces' and event updates' variants: the times sign, a prose tally
        ("Arrests at the match:\n\n12 × criminal damage", 12, "criminal damage"),
        ("Officers recorded 5 x thefts of a motor vehicle, and 3 x burglaries.", 5,
         "thefts of a motor vehicle"),
    ],
)  # fmt: skip
def test_times_tally_takes_the_whole_offence(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guards: a count with its noun, a dimension's first number has no word after "x"
        ("Stewards turned away 40 fans at the gates.", 40, "fans at the gates"),
        ("The pitch measures 100 x 64 metres.", 64, "metres"),
    ],
)  # fmt: skip
def test_times_tally_guards(text, value, label):
    assert figure_of(text, value).label == label
