"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 42 and
43 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers

_CONFIDENCE = "“The Mayor has full confidence in the commissioner and in the work of his officers.”"
_MAYOR_NAMED = "Mayor backs Met chief\n\nBoris Johnson, the Mayor of London, backed the commissioner in 2012.\n\n"


# A spokesperson speaks by the post, never as the one spoken for: the owner stays in the
# post where written in full or as an office, and is dropped where written only by an
# honorific and surname; "a spokesman for Mr X" is the spokesman's post too.
@pytest.mark.parametrize(
    ("attribution", "speakers"),
    [
        ("The Mayor of London’s spokesman said:", ["Mayor of London’s spokesman"]),
        ("The PM's official spokesman said:", ["PM's official spokesman"]),
        ("Boris Johnson’s spokesman said:", ["Boris Johnson’s spokesman"]),
        ("Mr Johnson’s official spokesman said:", ["official spokesman"]),
        ("A spokesman for Mr Johnson said:", ["spokesman for Mr Johnson"]),
        ("A spokeswoman for the Mayor said:", ["spokeswoman for the Mayor"]),
        # guards: the principal himself, and an office's spokesperson
        ("Mr Johnson said:", ["Boris Johnson"]),
        ("A City Hall spokesman said:", ["City Hall spokesman"]),
    ],
)
def test_a_spokespersons_words_are_never_the_principals(
    attribution: str, speakers: list[str]
) -> None:
    assert snippet_speakers(f"{_MAYOR_NAMED}{attribution} {_CONFIDENCE}\n") == speakers


# A paper (or the reporter's "we") putting questions to someone named in full: the words
# in quote marks that follow are the answer, not the paper's.
_ANSWER = (
    "“There could be many reasons why assaults have risen, but what is clear is that "
    "they are rising and must be tackled.”"
)


@pytest.mark.parametrize(
    ("told", "speakers"),
    [
        (
            "The Local Gazette spoke to Superintendent Jane Doe, head of response policing.",
            ["Jane Doe"],
        ),
        ("We talked to Superintendent Jane Doe, head of response policing.", ["Jane Doe"]),
        # guards: the subject speaking to a paper, an office holder speaking to someone
        ("Superintendent Jane Doe spoke to the Local Gazette.", ["Jane Doe"]),
        ("The Mayor spoke to Superintendent Jane Doe about the figures.", ["Sadiq Khan"]),
    ],
)
def test_the_one_a_paper_spoke_to_answers(told: str, speakers: list[str]) -> None:
    text = f"Assaults on officers rise\n\nAssaults on officers rose by 17% in 2021.\n\n{told}\n\n{_ANSWER}\n"
    assert snippet_speakers(text) == speakers


# The subject of an act goes on to speak through a verb joined on after it: "..., then
# asked:", "... before adding:" (with a phrase of theirs quoted in between).
@pytest.mark.parametrize(
    ("lead", "speakers"),
    [
        ("Jane Doe welcomed the news that a summit would be held, then asked:", ["Jane Doe"]),
        (
            "Jane Doe repeated her statement that “responsibility lies with the offenders” "
            "before adding:",
            ["Jane Doe"],
        ),
        ("Jane Doe praised the officers involved and then added:", ["Jane Doe"]),
    ],
)
def test_a_verb_joined_on_after_an_act_keeps_its_subject(
    lead: str, speakers: list[str | None]
) -> None:
    text = (
        "Knife crime summit\n\nJane Doe, the shadow policing minister, spoke in the Commons.\n\n"
        f"{lead} “What extra funding is being provided to tackle the root causes of violence?”\n"
    )
    assert snippet_speakers(text) == speakers


_HEADLINE = "Prime Minister urged to stay out of choice of new police chief"
_LEAD = (
    "The Prime Minister is under pressure to stay out of the process to select the new "
    "head of the force, opposition parties said on Monday."
)


# A headline the page prints twice: the site's name, motto and date banner over it are
# the site's; an office's name printed twice under it is a picture's credit, neither
# headline nor publisher.
@pytest.mark.parametrize(
    ("top", "title", "publisher"),
    [
        (
            f"Westshire Daily\n\nKeeping you informed.\n\nSaturday, May 31, 2025\n\n{_HEADLINE}\n\n{_HEADLINE}",
            _HEADLINE,
            None,
        ),
        (f"{_HEADLINE}\n\nMetropolitan Police\n\nMetropolitan Police", _HEADLINE, None),
        # guards: a caption printed twice under the headline; the office's line once
        (
            f"{_HEADLINE}\n\nThe Prime Minister in Downing Street (Photo: PA)\n\nThe Prime Minister in Downing Street (Photo: PA)",
            _HEADLINE,
            None,
        ),
        (f"{_HEADLINE}\n\nHome Office", _HEADLINE, "Home Office"),
    ],
)
def test_the_site_lines_over_and_credits_under_a_headline_printed_twice(
    top: str, title: str, publisher: str | None
) -> None:
    parsed = parse_snippet(f"{top}\n\n{_LEAD}\n")
    assert (parsed.title, parsed.publisher) == (title, publisher)


# A picture's alternative text over the headline (a few words opening in lower case, a
# caption in square brackets) is no headline; a hashtag in a headline is no navigation
# run together ("#WalkTheTown" runs its words together by design).
@pytest.mark.parametrize(
    ("top", "title"),
    [
        (f"police station front\n{_HEADLINE}", _HEADLINE),
        (f"[The Commissioner and the Mayor at the parade]\n{_HEADLINE}", _HEADLINE),
        (
            "Home / Community / It’s time to #WalkTheTown\nnsy building\n\nIt’s time to #WalkTheTown",
            "It’s time to #WalkTheTown",
        ),
        # guard: navigation run together is still the site's
        (f"HomeLondon NewsPolitics\n{_HEADLINE}", _HEADLINE),
    ],
)
def test_picture_text_over_a_headline_and_hashtags_in_it(top: str, title: str) -> None:
    assert parse_snippet(f"{top}\n\n{_LEAD}\n").title == title


# A site's notice of its own faults over the headline is the site's, not the headline.
@pytest.mark.parametrize(
    "notice",
    [
        "We are currently experiencing network problems with the desktop version of the site. "
        "We hope to have these resolved soon.",
        "We are experiencing technical difficulties with our website",
    ],
)
def test_a_sites_notice_of_its_faults_is_no_headline(notice: str) -> None:
    assert parse_snippet(f"{notice}\n\n{_HEADLINE}\n\n{_LEAD}\n").title == _HEADLINE
