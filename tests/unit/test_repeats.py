"""Repeats: quotes that reuse a line of another quote, exactly or nearly."""

from __future__ import annotations

import random
import time
from datetime import date

import pytest
from tests_support import seed_text

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.repeats import find_repeats, units


@pytest.fixture(scope="module")
def seed_quotes() -> list[tuple[str, str]]:
    found = []
    for prefix in ("000", "001", "002", "003", "004"):
        release = parse_release(seed_text(prefix), prefix, today=date(2026, 11, 21))
        for n, quote in enumerate(extract_quotes(release.blocks)):
            found.append((f"{prefix}-{n}-{quote.speaker}", quote.text))
    return found


def test_khans_closing_line_links_four_seed_quotes(seed_quotes):
    repeats = find_repeats(seed_quotes)
    closing = ["000-0-Sadiq Khan", "001-0-Sadiq Khan", "002-1-Sadiq Khan", "003-0-Sadiq Khan"]
    for quote_id in closing:
        assert repeats[quote_id] == [other for other in closing if other != quote_id]
    # Nothing else in the seeds reuses a line: 004's Khan quote and every other speaker.
    assert {k for k, v in repeats.items() if v} == set(closing)
    assert set(repeats) == {quote_id for quote_id, _ in seed_quotes}


def test_exact_sentence_reused():
    repeats = find_repeats(
        [
            ("a", "Crime is down. Keeping Londoners safe is my top priority as Mayor."),
            ("b", "Keeping Londoners safe is my top priority as Mayor. We will go further."),
            ("c", "Nothing in common with the others here at all."),
        ]
    )
    assert repeats == {"a": ["b"], "b": ["a"], "c": []}


def test_near_repeat_of_a_closing_clause():
    repeats = find_repeats(
        [
            ("a", "We will invest in prevention so that we can build a safer London for everyone."),
            ("b", "Officers are on patrol today - to build a safer London for all."),
        ]
    )
    assert repeats == {"a": ["b"], "b": ["a"]}


def test_case_punctuation_apostrophes_and_hyphens_do_not_hide_a_repeat():
    repeats = find_repeats(
        [
            ("a", "We’re tackling anti-social behaviour in every single ward."),
            ("b", "WE'RE TACKLING ANTISOCIAL BEHAVIOUR IN EVERY SINGLE WARD!"),
        ]
    )
    assert repeats == {"a": ["b"], "b": ["a"]}


def test_generic_short_sentences_do_not_flood():
    quotes = [
        ("a", "But more must be done. We are working with partners."),
        ("b", "But more must be done. We are working with partners."),
        ("c", "Thank you. There is more to do."),
        ("d", "Thank you. There is more to do."),
    ]
    assert find_repeats(quotes) == {"a": [], "b": [], "c": [], "d": []}


def test_shared_stock_phrase_is_not_a_repeated_line():
    quotes = [
        ("a", "We are tackling shoplifting, phone robbery and violence against women and girls."),
        (
            "b",
            "We discussed robbery, shoplifting and violence against women and girls with "
            "residents.",
        ),
    ]
    assert find_repeats(quotes) == {"a": [], "b": []}


def test_a_different_sentence_on_the_same_topic_is_not_a_repeat():
    quotes = [
        ("a", "Thanks to the hard work of our local teams, neighbourhood crime has fallen."),
        ("b", "Thanks to the hard work of Met officers, personal robbery offences are down."),
    ]
    assert find_repeats(quotes) == {"a": [], "b": []}


def test_repeats_within_one_quote_do_not_list_itself():
    line = "We will build a safer London for everyone."
    assert find_repeats([("a", f"{line} {line}")]) == {"a": []}


def test_empty_input_and_empty_text():
    assert find_repeats([]) == {}
    assert find_repeats([("a", ""), ("b", "   ")]) == {"a": [], "b": []}


def test_units_are_clauses_without_leading_connectives():
    found = units(
        "So I urge the Government to act so that we can build a safer London for everyone."
    )
    assert ("build", "a", "safer", "london", "for", "everyone") in found


def _synthetic_quotes(count: int) -> list[tuple[str, str]]:
    """Quotes of made-up words, with a few hundred reusing one line."""
    rng = random.Random(7)
    syllables = ["ba", "ko", "ri", "sen", "tal", "mu", "dor", "vi", "lek", "pa", "zu", "ner"]
    vocabulary = [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(6000)
    ] + ["the", "and", "of", "to", "we", "will", "in", "for"] * 40
    quotes = []
    for n in range(count):
        sentences = [
            " ".join(rng.choices(vocabulary, k=rng.randint(8, 24))).capitalize() + "."
            for _ in range(rng.randint(2, 7))
        ]
        if n % 100 == 0:
            sentences.append("So we can build a safer London for everyone.")
        quotes.append((f"q{n}", " ".join(sentences)))
    return quotes


@pytest.mark.slow
def test_fast_enough_for_fifty_thousand_quotes():
    quotes = _synthetic_quotes(50_000)
    started = time.perf_counter()
    repeats = find_repeats(quotes)
    elapsed = time.perf_counter() - started
    assert len(repeats) == 50_000
    assert len(repeats["q0"]) == 499  # the other quotes closing with the shared line
    assert repeats["q1"] == []
    assert elapsed < 45, f"find_repeats took {elapsed:.1f}s for 50,000 quotes"
