"""Query syntax, folding/tokenising helpers, bitmaps, and never crashing on odd input."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.search import Passage, SearchIndex, bitset, parse_query
from briefing.search.text import (
    TOKEN_RE,
    fold,
    fold_raw,
    index_tokens,
    merge_spans,
    token_spans,
    tokens,
)


def test_words_phrases_and_exclusions():
    q = parse_query('Knife crime "Mayor of London" -robbery -"west end"')
    assert q.words == ["knife", "crime"]
    assert q.phrases == [["mayor", "of", "london"]]
    assert q.exclude == [["robbery"], ["west", "end"]]
    assert q.terms == ["knife", "crime"]


def test_stopwords_stay_in_words_but_not_terms():
    q = parse_query("the mayor of london")
    assert q.words == ["the", "mayor", "of", "london"]
    assert q.terms == ["mayor", "london"]
    assert parse_query("the of and").terms == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("speaker:khan", "khan"), ('speaker:"mark rowley" knife', "mark rowley"),
     ("by:rowly", "rowly"), ("speaker:“the mayor”", "the mayor")],
)  # fmt: skip
def test_speaker(text, speaker):
    assert parse_query(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("after:2023", "2023-01-01", None),
        ("after:2023-04", "2023-04-01", None),
        ("after:2023-04-09 before:2024", "2023-04-09", "2024-01-01"),
        ("before:2024-02", None, "2024-02-01"),
        ("since:2020/5", "2020-05-01", None),
    ],
)
def test_dates(text, after, before):
    q = parse_query(text)
    assert (q.after, q.before) == (after, before)
    assert not q.errors


@pytest.mark.parametrize("text", ["after:yesterday", "before:2024-13", "after:2023-02-30"])
def test_bad_dates_are_reported_not_fatal(text):
    q = parse_query(text)
    assert q.after is None and q.before is None and q.errors


@pytest.mark.parametrize(
    ("typed", "kind"),
    [("quote", "quote"), ("quotes", "quote"), ("figure", "stat"), ("stat", "stat"),
     ("para", "paragraph"), ("paragraph", "paragraph"), ("title", "title")],
)  # fmt: skip
def test_kinds(typed, kind):
    assert parse_query(f"kind:{typed}").kind == kind


def test_unknown_kind_is_reported():
    q = parse_query("kind:video knife")
    assert q.kind is None and q.errors and q.terms == ["knife"]


def test_release_and_unknown_fields():
    q = parse_query("release:3b58 10:30 http://x.org")
    assert q.release == "3b58"
    assert q.words == ["10", "30", "http", "x", "org"]


def test_prefix_only_while_typing_a_word():
    assert parse_query("knife cr").prefix
    assert not parse_query("knife cr ").prefix
    assert not parse_query('knife "crime"').prefix
    assert not parse_query("knife -crime").prefix
    assert not parse_query("knife speaker:khan").prefix


def test_filters_only_and_noise():
    assert not parse_query("kind:quote").has_text
    assert parse_query("kind:quote").has_filters
    assert parse_query("?!").stray and not parse_query("?!").has_text


def test_fold_and_tokens():
    assert fold("Café") == "cafe"
    assert fold("STRAẞE") == "strasse"
    assert fold("Øresund") == "oresund"
    text = "The Mayor’s £151m plan – “safer” streets"
    assert tokens(text) == ["the", "mayor", "s", "151m", "plan", "safer", "streets"]
    assert [text[a:b] for a, b in token_spans(text)][:3] == ["The", "Mayor", "s"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9 _-’“”–£\xa0…é\u0301²ßİ.\n")), max_size=40)
       | st.text(max_size=40))  # fmt: skip
def test_fast_index_tokens_equal_the_regex(text):
    got = [t.decode() if isinstance(t, bytes) else t for t in index_tokens(text)]
    assert got == TOKEN_RE.findall(text)
    assert [fold_raw(t) for t in index_tokens(text)] == tokens(text)


def test_merge_spans():
    assert merge_spans([(5, 9), (0, 3), (2, 4), (9, 10)]) == [(0, 4), (5, 10)]


def test_bitset_helpers():
    rng = random.Random(3)
    for size in (0, 1, 50, 5000, 20000):
        ids = sorted(rng.sample(range(100_000), size))
        bm = bitset.from_positions(ids)
        assert bitset.positions(bm) == ids
        assert bitset.top(bm, 10) == ids[::-1][:10]
        assert bitset.top(bm, size + 5) == ids[::-1]
    assert bitset.positions(bitset.range_mask(3, 7)) == [3, 4, 5, 6]
    assert bitset.positions(bitset.from_flags(b"\x00\x01\x00\x07")) == [1, 3]


PASSAGES = [
    Passage("a", "paragraph", "Knife crime fell in Croydon.", "2024-01-01", 1),
    Passage("b", "quote", "We will not rest.", "2023-01-01", 2, speaker="Sadiq Khan",
            section="quote"),
    Passage("c", "stat", "Robbery down 12%", None, 3, section="notes"),
]  # fmt: skip
_INDEX = SearchIndex.build(PASSAGES)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list('ab kc:-"“”’.é_12\u0301\x00')), max_size=30)
       | st.text(max_size=30))  # fmt: skip
def test_any_input_is_safe(text):
    result = _INDEX.search(text)
    for hit in result.hits:
        assert 0 <= hit.score <= 100
        assert all(0 <= a < b <= len(hit.text) for a, b in hit.spans)
    assert sum(result.facets["kind"].values()) == result.total
