"""Repeats: quotes that reuse a line of another quote, exactly or nearly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from tests_support import read_model_of, seed_text

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.repeats import units


@pytest.fixture
def find_repeats(tmp_path):
    """Quote id -> the other quotes reusing one of its lines, as the read model groups
    them at import (each quote its own release; the answer in input order)."""

    def find(quotes: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
        records, ids = [], {}
        for n, (quote_id, text) in enumerate(quotes):
            rid = f"r{n:06d}"
            ids[f"{rid}.q1"] = quote_id
            release = {
                "id": rid,
                "title": f"Release {n}",
                "title_derived": False,
                "date": "2024-01-01",
                "date_estimated": False,
                "publisher": None,
                "source": f"{rid}.txt",
                "blocks": [["body", text, False]],
            }
            quote = {
                "id": f"{rid}.q1",
                "release_id": rid,
                "speaker": None,
                "role": None,
                "paragraphs": 1,
                "block_start": 0,
                "block_end": 0,
                "parts": [text],
            }
            records.append(("test", release, [quote], []))
        model = read_model_of(tmp_path / f"read-{len(quotes)}.sqlite", records)
        found = model.repeats(list(ids))
        order = {quote_id: n for n, (quote_id, _) in enumerate(quotes)}
        return {
            ids[qid]: sorted((ids[other] for other in others), key=order.__getitem__)
            for qid, (others, _total) in found.items()
        }

    return find


@pytest.fixture(scope="module")
def seed_quotes() -> list[tuple[str, str]]:
    found = []
    for prefix in ("000", "001", "002", "003", "004"):
        release = parse_release(seed_text(prefix), prefix, today=date(2026, 11, 21))
        for n, quote in enumerate(extract_quotes(release.blocks)):
            found.append((f"{prefix}-{n}-{quote.speaker}", quote.text))
    return found


def test_khans_closing_line_links_four_seed_quotes(seed_quotes, find_repeats):
    repeats = find_repeats(seed_quotes)
    closing = ["000-0-Sadiq Khan", "001-0-Sadiq Khan", "002-1-Sadiq Khan", "003-0-Sadiq Khan"]
    for quote_id in closing:
        assert repeats[quote_id] == [other for other in closing if other != quote_id]
    # Nothing else in the seeds reuses a line: 004's Khan quote and every other speaker.
    assert {k for k, v in repeats.items() if v} == set(closing)
    assert set(repeats) == {quote_id for quote_id, _ in seed_quotes}


def test_exact_sentence_reused(find_repeats):
    repeats = find_repeats(
        [
            ("a", "Crime is down. Keeping Londoners safe is my top priority as Mayor."),
            ("b", "Keeping Londoners safe is my top priority as Mayor. We will go further."),
            ("c", "Nothing in common with the others here at all."),
        ]
    )
    assert repeats == {"a": ["b"], "b": ["a"], "c": []}


def test_near_repeat_of_a_closing_clause(find_repeats):
    repeats = find_repeats(
        [
            ("a", "We will invest in prevention so that we can build a safer London for everyone."),
            ("b", "Officers are on patrol today - to build a safer London for all."),
        ]
    )
    assert repeats == {"a": ["b"], "b": ["a"]}


def test_case_punctuation_apostrophes_and_hyphens_do_not_hide_a_repeat(find_repeats):
    repeats = find_repeats(
        [
            ("a", "We’re tackling anti-social behaviour in every single ward."),
            ("b", "WE'RE TACKLING ANTISOCIAL BEHAVIOUR IN EVERY SINGLE WARD!"),
        ]
    )
    assert repeats == {"a": ["b"], "b": ["a"]}


def test_generic_short_sentences_do_not_flood(find_repeats):
    quotes = [
        ("a", "But more must be done. We are working with partners."),
        ("b", "But more must be done. We are working with partners."),
        ("c", "Thank you. There is more to do."),
        ("d", "Thank you. There is more to do."),
    ]
    assert find_repeats(quotes) == {"a": [], "b": [], "c": [], "d": []}


def test_shared_stock_phrase_is_not_a_repeated_line(find_repeats):
    quotes = [
        ("a", "We are tackling shoplifting, phone robbery and violence against women and girls."),
        (
            "b",
            "We discussed robbery, shoplifting and violence against women and girls with "
            "residents.",
        ),
    ]
    assert find_repeats(quotes) == {"a": [], "b": []}


def test_a_different_sentence_on_the_same_topic_is_not_a_repeat(find_repeats):
    quotes = [
        ("a", "Thanks to the hard work of our local teams, neighbourhood crime has fallen."),
        ("b", "Thanks to the hard work of Met officers, personal robbery offences are down."),
    ]
    assert find_repeats(quotes) == {"a": [], "b": []}


def test_repeats_within_one_quote_do_not_list_itself(find_repeats):
    line = "We will build a safer London for everyone."
    assert find_repeats([("a", f"{line} {line}")]) == {"a": []}


def test_empty_input_and_empty_text(find_repeats):
    assert find_repeats([]) == {}
    assert find_repeats([("a", ""), ("b", "   ")]) == {"a": [], "b": []}


def test_units_are_clauses_without_leading_connectives():
    found = units(
        "So I urge the Government to act so that we can build a safer London for everyone."
    )
    assert ("build", "a", "safer", "london", "for", "everyone") in found
