"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 64 and
65 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers, stated_date

from briefing.parse.speakers import canonical_speaker

_HEAD = "Depot plan announced\n\n"


# '... Doe said: “...” Council leader Jane Roe described the depot as ‘essential’. She
# said: “...”': someone named as the subject of the sentence after a quote closes, with
# any verb, is whom the pronoun next means, inside one paragraph as across paragraphs.
@pytest.mark.parametrize(
    "between, speaker",
    [
        (
            "Council leader Jane Roe described the depot as ‘absolutely essential’. She said:",
            "Jane Roe",
        ),
        ("Council leader Jane Roe welcomed the depot. She said:", "Jane Roe"),
        ("She added:", "Jane Doe"),
        ("The depot opens in May. She added:", "Jane Doe"),
    ],
)
def test_a_subject_named_after_a_quote_in_the_paragraph_is_whom_the_pronoun_means(
    between: str, speaker: str
) -> None:
    text = (
        f"{_HEAD}The council has announced a new depot. Depot manager Jane Doe said: “It "
        "will be an expensive option, but is vital. “By adding vans we can serve more "
        f"homes.” {between} “While this city remains safe, we must prepare.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe", speaker]


# "T/Commander Jane Doe from the City Police said:": a rank held for the time being
# ("T/" temporary, "A/" acting) is the rank, and the body after "from" the post's.
@pytest.mark.parametrize("rank", ["T/Commander", "A/Superintendent", "T/DCI"])
def test_a_temporary_or_acting_rank_is_a_rank(rank: str) -> None:
    text = (
        f"{_HEAD}{rank} Jane Doe from the City Police said: “The depot will give officers "
        "more options and will be a valuable tool.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# "Mr Doe, 58, said:": an age set off after the honorific and surname is no post; the
# speaker is the John Doe the release named before, with no role.
def test_an_age_set_off_after_a_surname_keeps_the_person_named_before() -> None:
    text = (
        f"{_HEAD}One of those hit by the thefts was John Doe, whose van was taken.\n"
        "Mr Doe, 58, said: “They broke in round the back while my son was in.”\n"
    )
    assert snippet_quotes(text)[0][0] == "John Doe"
    assert canonical_speaker("Mr Doe, 58", (), text) == ("John Doe", None)


# "Tom Doe, an ambassador for ABC, a scheme designed to divert 18-25-year-olds ...,
# said:", "Jane Roe, a shop worker who lives near the depot spoke with police ...:": a
# long description set off after the name opening the line is the subject's; a long
# lead-in ending on the speaker's name still gives the name at its end.
@pytest.mark.parametrize(
    "attribution, speaker",
    [
        (
            "Tom Doe, an ambassador for ABC, a scheme designed to divert 18-25-year-olds "
            "away from offending and into employment, development and education, said:",
            "Tom Doe",
        ),
        (
            "Jane Roe, a shop worker at the market who lives near the scene of the crime "
            "spoke with police shortly after the incident:",
            "Jane Roe",
        ),
        (
            "Reacting to the news that the depot will close after years of rising costs "
            "and falling use, the council’s transport spokesperson, Jane Roe said:",
            "Jane Roe",
        ),
    ],
)
def test_a_long_description_set_off_after_the_opening_name_is_the_subjects(
    attribution: str, speaker: str
) -> None:
    text = f"{_HEAD}{attribution} “The scheme will give young people a real chance.”\n"
    assert snippet_speakers(text) == [speaker]


# "The Labour mayor said:": a party before a post in lower case is the holder's; the
# speaker is the post's holder the release names, unless it gives that post to someone
# of another party.
@pytest.mark.parametrize(
    "opening, attribution, speaker",
    [
        (
            "Council leader Jane Doe has called for more vans.",
            "The Labour leader said:",
            "Jane Doe",
        ),
        (
            "Labour leader Jane Doe has called for more vans.",
            "The Conservative leader said:",
            None,
        ),
    ],
)
def test_a_party_before_a_post_is_its_holders(
    opening: str, attribution: str, speaker: str | None
) -> None:
    text = (
        f"{_HEAD}{opening}\nShe said she had written to the minister about it.\n"
        f"{attribution} “The depot will cost the council £4 million a year.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "On Friday, DCI Jane Doe, of the homicide command, said the inquiry was at an early
# stage, adding: “...”": the subject after a scene, with a post set off after it, goes on
# speaking after "adding:"; a subject named in full by no one is no speaker.
@pytest.mark.parametrize(
    "lead, speaker",
    [
        ("On Friday, DCI Jane Doe, of the Met’s homicide command, said", "Jane Doe"),
        ("DCI Jane Doe, of the Met’s homicide command, said", "Jane Doe"),
        ("On Friday, DCI Jane Doe said", "Jane Doe"),
        ("On Friday, officers, called to the street at noon, searched the area", None),
    ],
)
def test_adding_after_reported_speech_goes_on_with_a_subject_set_off(
    lead: str, speaker: str | None
) -> None:
    text = (
        f"{_HEAD}{lead} the investigation was in its very early stages, adding: “We are "
        "still piecing together exactly where and how the victim was attacked.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# 'He said: “... .' / '“We will have a zero-tolerance approach to fly-tipping”, before
# adding it will be a priority for the council to ...': a speaking participle after the
# close, with no subject of its own, says the words went on; the speech goes on with them.
@pytest.mark.parametrize("participle", ["before adding", "adding", "and saying"])
def test_a_paragraph_quoted_up_to_a_speaking_participle_goes_on_with_the_speech(
    participle: str,
) -> None:
    text = (
        f"{_HEAD}Council leader Jane Doe opened the new depot on Monday.\n"
        "She said: “While many disagreed with the plan, it was made for good reasons.\n"
        f"“We will have a zero-tolerance approach to fly-tipping”, {participle} it will be a "
        "priority for the council to “guard against any rise in dumping.”\n"
    )
    ((speaker, quote),) = snippet_quotes(text)
    assert speaker == "Jane Doe"
    assert quote.endswith("zero-tolerance approach to fly-tipping")


# "Responding to concerns, transport secretary Jane Doe explained that because of cuts,
# the depot will close:" / "“...”": words reported in a clause that a colon ends are its
# subject's, next (the part next to the verb, after any scene), if named in full.
@pytest.mark.parametrize(
    "lead, speaker",
    [
        (
            "Responding to concerns a week ago, transport secretary Jane Doe explained that "
            "because of cuts, the depot will just have to manage with fewer vans:",
            "Jane Doe",
        ),
        (
            "But since the closure, Doe has now claimed that there would be more vans in "
            "certain areas:",
            "Jane Doe",
        ),
        ("But since the closure, Roe has now claimed that there would be more vans:", None),
    ],
)
def test_a_reported_clause_ending_in_a_colon_introduces_its_subjects_words(
    lead: str, speaker: str | None
) -> None:
    text = (
        f"{_HEAD}Transport secretary Jane Doe visited the depot on Monday.\n"
        f"{lead}\n“There is no escaping the fact that cuts may lead to fewer vans”\n"
    )
    assert snippet_speakers(text) == [speaker]


# A news site's search box ("Search" / "Advanced search") and its newsletter button
# ("Sign up to our newsletter") over a column are page furniture, never its title.
@pytest.mark.parametrize("button", ["Sign up to our newsletter", "Sign up to our daily newsletter"])
def test_a_search_box_and_a_newsletter_button_are_no_title(button: str) -> None:
    text = (
        f"Search\n\nAdvanced search\n\n{button}\n\n"
        "Opinion: Raising awareness of depot crime\n\n"
        "PUBLISHED: 08:30 01 June 2019\n\n"
        "Council leader Jane Doe said the depot had been broken into twice this year.\n"
    )
    assert parse_snippet(text).title == "Opinion: Raising awareness of depot crime"


# "34 Jane Doe debates involving the Home Office" over "Oral Answers to Questions": a
# member's listing of debates with a department heads the page; the debate's heading is
# the title, and the department named is the publisher, as "Question to the Home Office".
def test_a_members_listing_of_debates_with_a_department_names_the_publisher() -> None:
    text = (
        "34 Jane Doe debates involving the Home Office\n\n"
        "Oral Answers to Questions\n\n"
        "Jane Doe Excerpts\nMonday 1st November 2010\n\n"
        "Commons Chamber\n"
        "John Roe (Anytown) (Lab)\n\n"
        "9. How many depots she expects there to be at the end of the spending review.\n"
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Oral Answers to Questions"
    assert parsed.publisher == "Home Office"


# "Transcript of speech given by the Prime Minister, Jane Doe in London on Monday 18
# October 2010.": a transcript's standfirst states the day the speech was given.
def test_a_transcripts_standfirst_states_the_day_of_the_speech() -> None:
    text = (
        "Prime Minister's speech at the depot memorial\n\n"
        "Transcript of speech given by the Prime Minister, Mrs Jane Doe in London on "
        "Monday 18 October 2010.\n\n"
        "Thank you, Michael, for that introduction, and a very big thank you to you all.\n"
    )
    assert stated_date(text) == "2010-10-18"
