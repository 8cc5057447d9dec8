"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 56 and
57 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers

_HEAD = "Depot raid finds stolen vans\n\n"


# "Det Ch Sup Jane Doe", "Minister for Roads and the Courts Jane Doe": an abbreviated
# rank's last word and the end of a post's remit after "the" are not part of the name.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Det Ch Sup Jane Doe, leading the operation, said:", "Jane Doe"),
        ("Det Supt Jane Doe said:", "Jane Doe"),
        ("Minister for Roads and the Courts Jane Doe, who attended the raid, said:", "Jane Doe"),
        ("Minister for the Courts Jane Doe said:", "Jane Doe"),
        # guards: a three-word name after no article or remit stays whole
        ("Mary Jane Doe, leading the operation, said:", "Mary Jane Doe"),
        ("Courts minister Jane Doe said:", "Jane Doe"),
    ],
)
def test_a_ranks_or_remits_last_word_is_no_part_of_the_name(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} “We opened the containers on Tuesday and they are packed with "
        "stolen vans.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "Proposing the motion, Caroline said:": a first name alone is the full name the release
# gives it, a possessive's too ("Caroline Doe's motion"), when only one person has it.
@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Assembly has backed Jane Doe's motion on scrap metal.", "Jane Doe"),
        ("The Assembly has backed Jane Doe’s motion on scrap metal.", "Jane Doe"),
        ("The motion was proposed by Jane Doe.", "Jane Doe"),
        # guards: two people with that first name, or none named in full, keep it as written
        ("The Assembly has backed Jane Doe's motion, seconded by Jane Roe.", "Jane"),
        ("The Assembly has backed the motion on scrap metal.", "Jane"),
    ],
)
def test_a_first_name_is_the_one_full_name_the_release_gives_it(opening: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{opening}\n\nProposing the motion, Jane said: “Metal theft costs the "
        "economy dearly and disrupts thousands of journeys.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# A photo's caption closed by its credit after its last sentence ("Police sergeant Jane
# Doe. Photo by John Roe") and a "Read More" link left as a line are page furniture:
# "He continued:" after them is still the one quoted last, not the photographer.
@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("Police sergeant Tom Doe. Photo by John Roe", "Tom Doe"),
        ("Sergeant Tom Doe on patrol. Picture: John Roe", "Tom Doe"),
        ("Read More", "Tom Doe"),
        ("Read more:", "Tom Doe"),
        # guards: a reporter's sentence naming another man in full leaves "he" unsure, as
        # does a credit followed by more of the reporter's sentences
        ("Officers were joined on the day by Inspector John Roe.", None),
        ("Police sergeant Tom Doe. Photo by John Roe. He joined last year", None),
    ],
)
def test_captions_and_read_more_lines_do_not_break_the_pronoun_chain(
    between: str, speaker: str | None
) -> None:
    text = (
        f"{_HEAD}Police sergeant Tom Doe said: “We have spent a month telling riders what "
        f"the law is on the scooters.”\n\n{between}\n\nHe continued: “A lot of the people we "
        "stop say nobody ever told them this at the shop.”\n"
    )
    assert snippet_speakers(text) == ["Tom Doe", speaker]


# A site's warning about an old browser over the page is no headline.
@pytest.mark.parametrize(
    "warning",
    [
        "Your browser is no longer supported\n\nFor the best possible experience using our "
        "website we recommend you upgrade to a newer version or another browser.\n\n",
        "Your browser is not supported\n\n",
    ],
)
def test_an_old_browser_warning_is_no_title(warning: str) -> None:
    text = (
        f"{warning}Ministers reject tougher scrap metal laws\n\nThe Home Office has "
        "rejected calls for tougher laws on scrap metal dealers after a review.\n"
    )
    assert parse_snippet(text).title == "Ministers reject tougher scrap metal laws"


# "TFL PRESS RELEASE:Title" (the issuer's initials, the label glued to a headline cut
# short) over the headline in full: the label is no part of the title, the full one is it.
@pytest.mark.parametrize(
    ("label", "title"),
    [
        (
            "TFL PRESS RELEASE:Night patrols: Over 300 drivers arrested\n\n",
            "Night patrols: Over 300 drivers arrested as part of a crackdown on touts",
        ),
        (
            "PRESS RELEASE: Night patrols: Over 300 drivers arrested\n\n",
            "Night patrols: Over 300 drivers arrested as part of a crackdown on touts",
        ),
        # guard: with no label, the first headline stands
        (
            "Night patrols: Over 300 drivers arrested\n\n",
            "Night patrols: Over 300 drivers arrested",
        ),
    ],
)
def test_a_glued_press_release_label_gives_way_to_the_full_headline(label: str, title: str) -> None:
    text = (
        f"{label}Night patrols: Over 300 drivers arrested as part of a crackdown on touts\n\n"
        "Officers arrested more than 300 drivers for touting last year, the transport body "
        "said today.\n"
    )
    assert parse_snippet(text).title == title


# A copy of a written question: its headline names the department it was put to and a
# line says when it was asked, in ISO form; the department answers, on that day.
@pytest.mark.parametrize(
    ("headline", "asked", "publisher", "day"),
    [
        (
            "Jane Doe – 2015 Parliamentary Question to the Home Office",
            "The below Parliamentary question was asked by Jane Doe on 2015-10-09.",
            "Home Office",
            "2015-10-09",
        ),
        # guards: a headline that only mentions a question, and no line of asking
        (
            "Jane Doe raises trafficking in a question to ministers",
            "Jane Doe asked ministers about trafficking last week.",
            None,
            None,
        ),
    ],
)
def test_a_written_questions_copy_names_its_department_and_day(
    headline: str, asked: str, publisher: str | None, day: str | None
) -> None:
    text = (
        f"{headline}\n{asked}\nTo ask the Secretary of State for the Home Department, what "
        "steps she is taking to tackle human trafficking.\nThe Government has set out its "
        "plan for responding to human trafficking in its strategy.\n"
    )
    parsed = parse_snippet(text)
    assert parsed.publisher == publisher
    assert (None if parsed.date_estimated else parsed.date) == day
