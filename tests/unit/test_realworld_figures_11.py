"""Figure forms found in the spent tenth blind batch (tests/blind10, round 10), each fixed
as a class: the batch's own case and others of the same class written in the styles of
other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, No10),
with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_stats, headed_values


# Numbers that are no figures: footnote markers in braces, the top of an age range, an
# age bound after "aged" or said of someone at the end of a clause, the whole of a ratio
# of times, and a picture's caption counting the people in it.
@pytest.mark.parametrize(
    ("text", "junk"),
    [
        # the batch's own (London Assembly): footnotes in braces
        ("The Met’s budget for 2017-18 is £3.269 billion {3}.", 3),
        ("London’s population continues to grow by just over 100,000 every year {1} and "
         "the crime rate shows no sign of slowing {2}.", 1),
        ("MOPAC has allocated £12 million {2} to the scheme.", 2),  # MOPAC
        # the batch's own (Mayor's email): an age range's top
        ("It provides young people aged 14-24 with more than 2,500 opportunities.", 24),
        ("The Home Office fund supports children aged 10–17 in 18 areas.", 17),  # GOV.UK
        ("The Met spoke to people aged 18-24 in 12 boroughs.", 24),  # Met
        # the batch's own (Met): "aged under 25" before "than" or a verb
        ("There were 176 fewer victims of knife crime with injury aged under 25 than in "
         "the same three months in 2017.", 25),
        ("The number of knife injury victims aged under 25 has been decreasing.", 25),
        ("Hospital admissions of Londoners aged over 65 rose by 300.", 65),  # Mayor
        # the batch's own (Home Office blog): "is over 18" ending its clause
        ("It is an offence to dispatch knives sold online without verifying the buyer is "
         "over 18.", 18),
        ("Officers check that every applicant is over 18, the Met said.", 18),  # Met
        ("Licences are issued only where the holder is over 21; 40 were refused.", 21),  # MOPAC
        # the batch's own (Met): a ratio of times
        ("Greater than nine times out of 10 you will be arrested and charged.", 10),
        ("Seven times out of 10 the caller was known to police, No10 said.", 10),  # No10
    ],
)  # fmt: skip
def test_numbers_that_are_not_figures(text, junk):
    assert junk not in headed_values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: a bound that is a figure, a count after "over", a range of sums
        ("Crime in the borough is over 20 per cent higher than in 2010.", 20),
        ("The Met recruited over 18 new detectives last month.", 18),
        ("Between 10-20 officers will join each team, MOPAC said.", 20),
        ("The Met now has 1,200 officers {see note} in the unit.", 1200),
        ("Nine out of 10 Londoners say they feel safe.", 9),
    ],
)
def test_figures_next_to_those_forms_stay(text, value):
    assert value in headed_values(text)


@pytest.mark.parametrize(
    "caption",
    [
        "Two police officers walk side by side",  # the batch's own (London Assembly)
        "Three PCSOs patrol Oxford Street",  # Met
        "Two officers talking to residents in Brixton",  # Mayor
    ],
)
def test_a_picture_caption_counts_no_one(caption):
    assert 2 not in headed_values(caption + "\n\nThe Met has 31,000 officers.")
    assert 3 not in headed_values(caption + "\n\nThe Met has 31,000 officers.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: a count opening a sentence, with a full stop or a verb of the record
        ("Two police officers walk every street in the ward.", 2),
        ("Eighteen forces receive funding this year", 18),
        ("Three officers were injured", 3),
    ],
)
def test_counts_opening_a_line_stay(text, value):
    assert value in headed_values(text)


# Directions. A loss "between" two sums is a loss of both; "as low as" a level after a fall
# is a fall; a change to a level takes its verb ("push ... to", "extending ... to", "likely
# to fall ... to"); a change restated as "equivalent to" a count keeps its direction; a
# figure compared "(up from Y)", "(from Y)" with the next one is up or down.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the batch's own (London Assembly)
        ("In 2015, the Met. stood to lose between £174 million and £700 million a year.",
         174_000_000, "down"),
        ("In 2015, the Met. stood to lose between £174 million and £700 million a year.",
         700_000_000, "down"),
        ("Force budgets could increase between 2 and 4 per cent next year, the Home Office "
         "said.", 2, "up"),  # GOV.UK
        ("Boroughs face cuts of between £3m and £5m, the Mayor warned.", 3_000_000, "down"),
        # the batch's own (London Assembly, MayorWatch)
        ("Mayor Sadiq Khan has warned that officer numbers could plummet as low as 26,900 "
         "by 2021.", 26900, "down"),
        ("MOPAC warned PCSO numbers may fall as low as 1,200.", 1200, "down"),
        ("Recorded knife crime could rise as high as 15,000 offences, the Met said.", 15000,
         "up"),
        # the batch's own (Mayor, Met, thelondoneconomic)
        ("The latest round of graduates is set to push the number of officers working "
         "across London to 31,955, the highest numbers since the 2012 Olympics.", 31955, "up"),
        ("The mayor also committed to extending MyEnds to 30 neighbourhoods.", 30, "up"),
        ("Police projections also revealed the number of officers is likely to fall by "
         "April 2013 to 31,913 and 31,800 the following year.", 31913, "down"),
        ("Police projections also revealed the number of officers is likely to fall by "
         "April 2013 to 31,913 and 31,800 the following year.", 31800, "down"),
        ("The Home Office is expanding the scheme to 20 forces.", 20, "up"),  # GOV.UK
        ("Met detective numbers are falling to 5,200, the Assembly said.", 5200, "down"),
        # the batch's own (Met via the Standard)
        ("The total number of crimes in the capital declined by three per cent last year - "
         "equivalent to 25,000 offences.", 25000, "down"),
        ("Burglary rose by 4 per cent, equivalent to 2,100 homes.", 2100, "up"),  # Mayor
        ("Knife crime fell by 8% in 2023, the equivalent of 1,200 offences.", 1200,
         "down"),  # Met
        # the batch's own (Mayor, 2012; Met via the Standard, 2025)
        ("The Mayor wants the Commissioner to achieve a result of 75 per cent of all "
         "Londoners saying the police in their area do a 'good' or 'excellent' job, by 2016 "
         "(up from 62 per cent today).", 75, "up"),
        ("But homicide was down nine per cent to 104 killings (from 114 the previous year).",
         104, "down"),
        ("MOPAC’s survey found 68% of Londoners trust the Met (down from 74% in 2019).", 68,
         "down"),
        ("There were 29 domestic homicides – up from nine the previous year.", 29, "up"),
        ("The Home Office counted 1,400 new officers in London (from 1,100 last year).", 1400,
         "up"),
    ],
)  # fmt: skip
def test_directions_of_this_round(text, value, direction):
    assert figure_of(text, value).direction == direction


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: "between" a range with no verb of change, "as low as" after no change,
        # "from X to Y" whose first figure has none, "equated to an extra" (extra: none),
        # "to" a level after a verb that is no change
        ("Sentences range between 2 and 4 years for 300 offenders.", 300),
        ("Response times were as low as 9 minutes in 12 boroughs.", 12),
        ("Officer numbers rose from 30,000 to 34,000.", 30000),
        ("A 16 per cent rise in rapes - which equated to an extra 306 crimes.", 306),
        ("The Met sent the report to 32 boroughs.", 32),
        ("The 12 officers came from 3 forces.", 12),
        # after a comma a bare "from" names no comparison: "from 12 forces" is a source
        ("The unit has 700 officers, from 12 forces.", 700),
    ],
)
def test_directions_that_stay_none(text, value):
    assert figure_of(text, value).direction is None


# A standfirst's bullets run on in one paragraph: each bullet is a clause of its own.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Officer numbers rise to highest levels in three years • Proportion of BME officers "
         "has risen 50 percent since Mayor elected • Proportion of female officers jumps from "
         "20 to 26 percent", 50, "BME officers"),  # the batch's own (Mayor)
        ("Knife crime down 12% • Robbery down 9% across London • Burglary down 4%", 9,
         "Robbery"),  # Met
        ("£25m for youth services • Neighbourhood crime has fallen 20% since 2016 • 1,300 "
         "more officers", 20, "Neighbourhood crime"),  # MOPAC
    ],
)  # fmt: skip
def test_standfirst_bullets_are_clauses(text, value, label):
    found = figure_of(text, value).label or ""
    assert label.lower() in found.lower()
    assert "•" not in found


def test_a_footnote_after_a_sum_is_no_part_of_its_label():
    # the batch's own (London Assembly)
    text = "The Met is planning to make another £443 million {4} of savings by 2020-21."
    assert "savings" in (figure_of(text, 443_000_000).label or "")
    text = "MOPAC will spend £12 million [2] on extra patrols."
    assert "{" not in (figure_of(text, 12_000_000).label or "")


# Labels. What a report says opens after its verb ("figures saying", "revealed", "show");
# a verb of being "at" a level ends the subject; "and" inside a noun phrase with no verb
# before it joins two kinds of one thing; a relative clause that is whole ("which resulted
# an injury") leaves its antecedent the subject; "the number of" is what changes when the
# text says so; "as low as" after a fall ends the subject.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met)
        ("At a briefing Mr Cochlin outlined the latest figures saying detection rates are at "
         "92%, from 1 January to 31 July 2023.", 92, "detection rates"),
        ("Home Office figures show the charge rate is at 7.3 per cent.", 7.3, "charge rate"),
        ("MOPAC’s survey shows public confidence is at 45%, the Mayor said.", 45,
         "public confidence"),
        # the batch's own (Mayor, 2011)
        ("Police projections also revealed the number of officers is likely to fall by April "
         "2013 to 31,913 and 31,800 the following year.", 31913, "number of officers"),
        ("Met figures show that the number of PCSOs is set to fall to 1,200.", 1200,
         "number of PCSOs"),
        # the batch's own (Home Office)
        ("Indeed, the arrest rate for all types of stop and search was 17 per cent in "
         "2017-18.", 17, "arrest rate for all types of stop and search"),
        ("The Met said the number of gun and knife offences was 14,000 last year.", 14000,
         "gun and knife offences"),
        # the batch's own (Met via the Standard)
        ("Burglary dropped by one per cent and serious violent crimes which resulted an "
         "injury to the victim were down by more than three per cent.", 3,
         "serious violent crimes"),
        ("Robbery fell by 4 per cent and offences that involved a knife were down by 8 per "
         "cent, MOPAC said.", 8, "offences"),
        # the batch's own (Mayor, 2015; Standard, 2012)
        ("The latest round of graduates is set to push the number of officers working across "
         "London to 31,955.", 31955, "number of officers"),
        ("The 700 new recruits will raise the total number of officers in the capital to "
         "31,760.", 31760, "total number of officers"),
        ("The Home Office will increase the number of firearms officers to 6,000.", 6000,
         "number of firearms officers"),
        # the batch's own (London Assembly via MayorWatch)
        ("Mayor Sadiq Khan has warned that officer numbers could plummet as low as 26,900 by "
         "2021.", 26900, "officer numbers"),
        ("MOPAC warned PCSO numbers may fall as low as 1,200.", 1200, "PCSO numbers"),
    ],
)  # fmt: skip
def test_labels_read_past_reporting_verbs_and_asides(text, value, label):
    assert label.lower() in (figure_of(text, value).label or "").lower()


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guards: a clause after "and" with a verb before keeps its own subject; a relative
        # clause whose verb is the change has its own subject; "a record number of"
        ("Burglary fell and robbery fell by 5 per cent.", 5, "robbery"),
        ("The Met said knife crime is down and gun crime fell by 12 per cent.", 12,
         "gun crime"),
        ("Crime fell in models used in Glasgow where homicide rates fell by 40 per cent.", 40,
         "homicide rates"),
    ],
)  # fmt: skip
def test_labels_that_stay(text, value, label):
    found = (figure_of(text, value).label or "").lower()
    assert found == label.lower()


# A change said after a thing included in a list ("The biggest falls included gun crime,
# down 26 per cent") is that thing's; a change in a relative clause ("and robbery, which
# was 17.6per cent lower") is its antecedent's; an exact share in brackets ("almost
# two-thirds (64%) of those Londoners") stands outside the words the share is of.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Met via the Standard)
        ("The biggest falls included gun crime, down 26 per cent compared with the 2007 "
         "total, and robbery, which was 17.6per cent lower.", 26, "gun crime"),
        ("The biggest falls included gun crime, down 26 per cent compared with the 2007 "
         "total, and robbery, which was 17.6per cent lower.", 17.6, "robbery"),
        ("Reductions across London included knife crime, down 12%, the Mayor said.", 12,
         "knife crime"),  # Mayor
        ("Neighbourhood crime fell, and burglary, which fell by 9 per cent, led it.", 9,
         "burglary"),  # MOPAC
        # the batch's own (MOPAC via Risk UK)
        ("The survey reveals that almost two-thirds (64%) of those Londoners questioned feel "
         "that policing has improved.", 0.6667, "Londoners"),
        ("The Home Office found nearly half (48 per cent) of all forces met the standard.",
         0.5, "forces"),
        ("Almost a third (33%) of Met officers live in London, the Assembly said.", 0.3333,
         "Met officers"),
    ],
)  # fmt: skip
def test_labels_of_changes_after_lists_and_relatives(text, value, label):
    assert label.lower() in (figure_of(text, value).label or "").lower()


# Values. A count hyphenated to what it counts, too big for an age or a size ("a
# 20,000-officer recruitment drive"), and a count in words standing as the subject after
# the group it is part of ("Of that, six were gun-related", "Of the 34 people arrested so
# far, three have pleaded guilty").
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (Home Office)
        ("These extra numbers are part of the first wave in a 20,000-officer recruitment "
         "drive promised by the Prime Minister.", 20000, "officer"),
        ("MOPAC opened a 1,200-place diversion scheme in 2019.", 1200, "place"),
        ("The Mayor’s 500-officer town centre teams began work today.", 500, "officer"),
        # the batch's own (Met)
        ("In 2023, there have been 65 homicides. Of that, six were gun-related and 49 "
         "involved knives.", 6, "gun-related"),
        ("Of the 34 people arrested so far, three have pleaded guilty to assault on an "
         "emergency worker.", 3, "pleaded guilty"),
        ("Of those, four were charged with possession, the Home Office said.", 4, "charged"),
        ("Of these, nine had been released under investigation, MOPAC said.", 9, "released"),
    ],
)  # fmt: skip
def test_counts_in_new_forms(text, value, label):
    assert label.lower() in (figure_of(text, value).label or "").lower()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: ages, durations and sizes hyphenated; counts in words with no group before
        ("A 15-year-old boy was arrested.", 15),
        ("The Mayor launched a 100-day plan.", 100),
        ("Six were arrested at the scene.", 6),
        ("Police said three have been charged.", 3),
        ("The 5-officer team was praised.", 5),
    ],
)
def test_hyphens_and_counts_that_stay_out(text, value):
    assert value not in headed_values(text)


# More labels: "respectively" pairs the last subject only up to its verb ("burglary have
# seen the biggest fall"); a count a verb raises something "to" is a level of that thing
# ("boost its numbers to 272"); a sum someone is ordered to "pay" is a payment; a rise "of"
# a sum "for" someone is labelled by them; a phrase quoted inside a purpose goes on.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own (MOPAC via Risk UK)
        ("Of the seven key neighbourhood crimes, robbery from a person and burglary have seen "
         "the biggest fall – down 23% and 44% respectively.", 44, "burglary"),
        ("Burglary and vehicle crime saw the largest drops – down 9% and 11% respectively, "
         "the Met said.", 11, "vehicle crime"),
        ("Robbery and theft from the person have both seen big falls – down 6% and 12% "
         "respectively, the Mayor said.", 12, "theft from the person"),  # Mayor
        # the batch's own (Met via the Standard)
        ("In September, 122 traffic officers were seconded to the Met’s Violent Crime "
         "Taskforce to boost its numbers to 272 for an initial three months.", 272, "numbers"),
        ("MOPAC said 40 PCSOs joined the team, raising its strength to 160 for the year.", 160,
         "strength"),
        ("The Home Office sent 200 officers to the county to boost its force to 2,400 for "
         "three months.", 2400, "force"),
        # the batch's own (Met)
        ("He was also ordered to pay £25", 25, "pay"),
        ("The court ordered him to pay £1,200 in compensation, the Met said.", 1200, "pay"),
        ("Offenders will have to pay £50 towards victim services, the Home Office said.", 50,
         "pay"),
        # the batch's own (Home Office)
        ("The 2019-20 police funding settlement saw a total increase of £176 million for "
         "both the Metropolitan and City of London Police forces.", 176_000_000, "forces"),
        ("The settlement gives a rise of £3 million for both the British Transport Police "
         "and the Met.", 3_000_000, "British Transport Police"),  # GOV.UK
        ("MOPAC’s budget includes an uplift of £12 million for both London’s Safer "
         "Neighbourhood Boards and youth services.", 12_000_000, "Safer Neighbourhood Boards"),
        # the batch's own (thelondoneconomic)
        ("Sadiq Khan has pledged to invest an extra £7.8 million into tackling “complex "
         "causes of crime” if he is re-elected.", 7_800_000, "complex causes of crime"),
        ("The Mayor will put £3 million into tackling “county lines” gangs this year.",
         3_000_000, "county lines"),
        ("MOPAC will invest £1 million into fighting “violence against women and girls” this "
         "year.", 1_000_000, "violence against women and girls"),
    ],
)  # fmt: skip
def test_labels_of_lists_levels_and_sums(text, value, label):
    assert label.lower() in (figure_of(text, value).label or "").lower()


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guards: an increase of a sum with no "for" keeps its reading; "respectively" after
        # plain nouns
        ("Burglary and robbery fell by 10% and 12% respectively.", 12, "robbery"),
        ("The Met will recruit 1,300 officers to patrol town centres.", 1300, "officers"),
    ],
)
def test_labels_of_sums_that_stay(text, value, label):
    assert label.lower() in (figure_of(text, value).label or "").lower()


# A count in words before an adjective of a kind or place and its plural noun: "the 20
# teams working across four regional hubs".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Mr Cochlin hailed the success of the 20 teams working across four regional hubs in "
         "the city.", 4, "regional hubs"),  # the batch's own (Met)
        ("The Home Office will fund two national units to tackle county lines.", 2,
         "national units"),
        ("MOPAC has set up three tactical units for rape investigations.", 3,
         "tactical units"),
    ],
)  # fmt: skip
def test_a_count_in_words_before_an_adjective_and_its_noun(text, value, label):
    assert label in (figure_of(text, value).label or "")


@pytest.mark.parametrize(
    "text",
    [
        # guards: people of an incident, a noun that is no plural, a modifier of manner
        "Two local men were arrested.",
        "The plan took two financial years to deliver.",
        "Police spoke to two young suspects.",
    ],
)
def test_counts_in_words_that_stay_out(text):
    assert not [s for s in headed_stats(text) if s.value in (2, 3)]


# The size of a change bounded in words, given in brackets after the bound: "raise council
# tax by the maximum he can without a referendum (1.99 per cent)".
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("The Mayor should consider whether to raise council tax by the maximum he can "
         "without a referendum (1.99 per cent) to provide additional funding to the Met.",
         1.99, "up"),  # the batch's own (London Assembly)
        ("The Home Office will let forces increase the precept by the maximum allowed (£15) "
         "next year.", 15, "up"),
        ("MOPAC plans to cut the budget by the most it can (£5m) this year.", 5_000_000,
         "down"),
    ],
)  # fmt: skip
def test_a_bracketed_size_of_a_bounded_change(text, value, direction):
    assert figure_of(text, value).direction == direction


def test_a_bracketed_figure_with_no_change_before_has_no_direction():
    # guard: a bracket after a noun, no change bounded in words
    assert (
        figure_of("Crime in the borough (12 per cent of the total) was stable.", 12).direction
        is None
    )


# A share of what was just said, given by someone: "70 per cent of that is provided by the
# Home Office"; and a change's subject before who it happened under and the level it
# started from: "police numbers in London have gone down under Mr Johnson from a peak of".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("The Met’s budget is £3.269 billion. 70 per cent of that is provided by the Home "
         "Office - but no extra funding has been provided.", 70, "Home Office"),  # the batch's
        ("MOPAC’s budget is £4bn, and 20% of it is paid for by council tax.", 20,
         "council tax"),
        ("The VRU has £40m; half of that is funded by the Home Office, the Mayor said.", 0.5,
         "Home Office"),
        ("Despite today's increase, police numbers in London have gone down under Mr Johnson "
         "from a peak of 33,404 in 2009.", 33404, "police numbers"),  # the batch's own
        ("Neighbourhood officer numbers have come down under the Coalition from a high of "
         "4,500, the Assembly said.", 4500, "Neighbourhood officer numbers"),
        ("Met detective numbers have gone up under Sir Mark from a low of 5,100.", 5100,
         "Met detective numbers"),
    ],
)  # fmt: skip
def test_shares_given_by_someone_and_levels_changed_from(text, value, label):
    assert label.lower() in (figure_of(text, value).label or "").lower()


def test_a_share_of_a_noun_keeps_its_whole():
    # guard: the whole is a noun, not "that"
    assert figure_of("70 per cent of officers are provided by the Met.", 70).label == "officers"


# A share of a group said in one word after "were"/"is": "In London, were 80% male".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("In London, were 80% male - and of them 46% were white.", 80, "male"),  # the batch's
        ("The Met said new recruits were 40% BME, up on last year.", 40, "BME"),
        ("MOPAC’s workforce is 30% female and rising.", 30, "female"),
    ],
)
def test_a_share_said_in_one_word(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # guards: a change or a bound after the share is no word of what it is of
        ("Crime is 5% lower.", 5, "Crime"),
        ("The charge rate is 7% overall.", 7, "charge rate"),
    ],
)
def test_a_share_before_a_change_keeps_its_subject(text, value, label):
    assert figure_of(text, value).label == label
