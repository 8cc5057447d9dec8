"""What lands on the clipboard, exactly (briefing.clips), on the bundled seeds."""

from __future__ import annotations

import pytest

from briefing import clips, format
from briefing.search.service import SearchService, collapse


def test_dates_read_in_words_and_never_with_a_tilde():
    assert format.reader_date({"date": "2024-11-26"}) == "26 November 2024"
    assert format.reader_date({"date": "2024-05-01", "date_estimated": True}) == (
        "May 2024 (date estimated)"
    )
    assert format.reader_date({"date": None}) == "undated"


@pytest.mark.parametrize(
    ("speaker", "role", "written", "expected"),
    [
        ("Mark Rowley", "Commissioner", "Sir Mark Rowley", "Commissioner Sir Mark Rowley"),
        ("Louisa Rolfe", "Assistant Commissioner", None, "Assistant Commissioner Louisa Rolfe"),
        ("Sadiq Khan", "Mayor of London", None, "Sadiq Khan, Mayor of London"),
        ("Ros Morgan", "Chief Executive, Heart of London Business Alliance", None,
         "Ros Morgan, Chief Executive, Heart of London Business Alliance"),
        (None, "Met Police spokesperson", None, "Met Police spokesperson"),
        # an unnamed spokesperson speaks by the post: named once, not twice
        ("Home Office spokesperson", "Home Office spokesperson", None,
         "Home Office spokesperson"),
        ("Home Secretary", "Home Secretary", None, "Home Secretary"),
        (None, None, None, "Unattributed"),
    ],
)  # fmt: skip
def test_credit_names_the_person_as_the_release_does(speaker, role, written, expected):
    assert format.credit(speaker, role, written) == expected


def test_the_honorific_is_taken_from_the_release_text():
    texts = ["Metropolitan Police Commissioner Sir Mark Rowley said:"]
    assert format.written_name("Mark Rowley", texts) == "Sir Mark Rowley"
    assert format.written_name("Sadiq Khan", ["The Mayor, Sadiq Khan, said"]) == "Sadiq Khan"


def test_a_multi_paragraph_quote_opens_each_paragraph_and_closes_the_last():
    assert format.quoted("One.\n\nTwo.") == "“One.\n\n“Two.”"


def test_rowleys_quote_attributed_exactly(store):
    quote = store.quotes(None, speaker="Mark Rowley", limit=1)[0]
    text = clips.quote_clip(store, quote["id"], "attributed").text
    assert text.startswith("“The Met is getting smaller but more capable.")
    assert text.endswith(
        "robbery and theft.”\n— Commissioner Sir Mark Rowley, May 2025 (date estimated)"
    )
    assert "≈" not in text


def test_the_mayors_cost_of_living_sentence_from_a_search_hit(store):
    hit = SearchService(store).search('"cost of living" kind:quote').hits[1]
    assert clips.hit_clip(store, hit, "attributed", "sentence").text == (
        "“It’s clear the level of violence in London remains far too high and I remain very "
        "concerned that the cost of living crisis could jeopardise the progress we’ve made.”\n"
        "— Sadiq Khan, Mayor of London, 11 November 2022"
    )
    paragraph = clips.hit_clip(store, hit, "plain", "paragraph")
    assert paragraph.text.startswith("“Record investment from City Hall")
    assert paragraph.text.endswith("the progress we’ve made.”")
    assert paragraph.what == "Sadiq Khan's paragraph of a quote"
    whole = clips.hit_clip(store, hit, "plain", "whole").text
    assert whole.startswith("“Tackling violence is my top priority") and whole.count("“") == 4


def test_a_press_office_paragraph_is_not_put_in_quotation_marks(store):
    hit = SearchService(store).search('"cost of living" kind:paragraph').hits[0]
    clip = clips.hit_clip(store, hit, "attributed")
    assert clip.text.startswith("Mayor warns the ongoing cost-of-living crisis")
    assert clip.text.endswith(
        "\n— “Mayor joins Met neighbourhood officers in central London who are working to "
        "bear down on robbery and make city safer for everyone”, Mayor of London, "
        "May 2024 (date estimated)"
    )


def test_a_copied_figure_carries_its_stale_flag(store):
    old = next(s for s in store.stats() if s["label"] == "officers" and s["value"] == 34542)
    clip = clips.figures_clip(store, [old["id"]])
    assert clip.text.splitlines() == [
        "34,542 officers — Mayor of London, “Mayor joins local neighbourhood policing teams "
        "working to keep London’s communities safe”, 11 November 2022",
        "Out of date: a newer release gives 34,200 officers — “Mayor joins Met neighbourhood "
        "officers in central London who are working to bear down on robbery and make city "
        "safer for everyone”, May 2024 (date estimated).",
    ]
    assert [stat["id"] for stat, _ in clip.stale] == [old["id"]]


def test_where_the_best_match_is():
    assert clips.focus([(0, 5), (10, 24), (30, 35)]) == 10  # the phrase, not the first word
    text = "One. Two three.\n\nFour five. Six seven."
    assert clips.part_of(text, [(23, 26)], "paragraph") == "Four five. Six seven."
    assert clips.part_of(text, [(23, 26)], "sentence") == "Four five."
    assert clips.part_of(text, [(29, 32)], "sentence") == "Six seven."
    assert clips.part_of(text, [(23, 26)], "whole") == text


def test_word_for_word_boilerplate_folds_into_one_hit(store):
    hits = SearchService(store).search("knife crime").hits
    twice = [hits[0], hits[0], *hits[1:]]
    folded = collapse(twice)
    assert folded[0] == (hits[0], 2) and len(folded) == len(hits)
