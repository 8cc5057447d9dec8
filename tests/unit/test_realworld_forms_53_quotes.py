"""Forms of quotes and speakers found in blind batches 76 and 77 (and open classes of
earlier batches), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers

_LEADER = (
    "Leader attacks mayor\n\n  • Published\n\n"
    "John Smith has claimed rising crime in the city will matter at the elections.\n\n"
    "The prime minister said that under Jane Roe the city missed its targets.\n\n"
    "Ms Roe said he had ignored a legacy of cuts.\n\n"
)


# "He said:" after a paragraph whose subject, after a scene, is a post in lower case
# ("During a visit to Tilbury, Essex, the prime minister told ..."): the post's holder,
# never the one quoted or named before, nor a place in the scene.
def test_a_post_after_a_scene_is_whom_he_said_means() -> None:
    text = (
        f"{_LEADER}During a visit to Tilbury, Essex, the prime minister told journalists "
        "local elections were always difficult.\n\n"
        'He said: "Crime is rising in the city, where it is falling elsewhere. The city '
        'under Jane Roe is failing."\n'
    )
    assert snippet_speakers(text) == ["John Smith"]


def test_without_the_post_he_said_stays_with_the_one_said_to_speak() -> None:
    text = (
        f"{_LEADER}Mr Roe's deputy Tom Lee said the cuts were deep.\n\n"
        'He said: "Crime is rising in the city, where it is falling elsewhere."\n'
    )
    assert snippet_speakers(text) == ["Tom Lee"]
