"""Query syntax, folding/tokenising helpers, and never crashing on odd input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests_support import engine_of, read_model_of, release_record

from briefing.search.query import parse_query
from briefing.tokens import (
    TOKEN_RE,
    fold,
    folded_words,
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
@given(
    st.text(alphabet=st.sampled_from(list("aZ9 _-’“”–£\xa0…é\u0301²ßİ.\n")), max_size=40)
    | st.text(max_size=40)
)
def test_fast_folded_words_equal_the_regex(text):
    """Both fast tokenisers find exactly what the definition finds: every match, folded."""
    expected = [fold(t) for t in TOKEN_RE.findall(text)]
    got = [t.decode() if isinstance(t, bytes) else t for t in folded_words(text)]
    assert got == expected
    assert tokens(text) == expected


def test_merge_spans():
    assert merge_spans([(5, 9), (0, 3), (2, 4), (9, 10)]) == [(0, 4), (5, 10)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    records = [
        release_record("a", "2024-01-01", [("body", "Knife crime fell in Croydon.")]),
        release_record(
            "b", "2023-01-01", [("body", "We will not rest.")], quotes=[(0, "Sadiq Khan")]
        ),
        release_record(
            "c",
            None,
            [("notes", "Robbery fell 12% in the year.")],
            figures=[
                {
                    "value": 12,
                    "unit": "percent",
                    "label": "Robbery",
                    "direction": "down",
                    "block": 0,
                }
            ],
        ),
        release_record(
            "d",
            "2020-01-01",
            [("body", "Near the café: “AND”, OR, NOT, col:x.")],
            title="Straße, Øresund and NEAR(things)",
        ),
    ]
    model = read_model_of(tmp_path_factory.mktemp("query") / "read.sqlite", records)
    yield engine_of(model)
    model.close()


def check(result) -> None:
    """What every result must be, whatever was typed."""
    for hit in result.hits:
        assert 0 <= hit.score <= 100
        assert all(0 <= a < b <= len(hit.text) for a, b in hit.spans)
    assert len(result.hits) <= max(result.total, 0) or result.partial
    assert sum(result.facets["kind"].values()) == (0 if result.partial else result.total)


# FTS5 query syntax and other things people paste: every term is quoted by the engine,
# so none of these may reach SQLite as syntax (an "fts5: syntax error" would escape).
HOSTILE = [
    '"',
    '""',
    '"""',
    "*",
    "**",
    "knife*",
    "*knife",
    "NEAR(",
    "NEAR(knife crime, 2)",
    "NEAR",
    "AND OR",
    "AND",
    "OR",
    "NOT",
    "knife NOT crime",
    "knife AND",
    "OR crime",
    "(",
    ")",
    "()",
    "(knife",
    "knife)",
    "col:",
    "text:knife",
    "tags:kquote",
    "tags : kquote",
    "-",
    "--",
    "- -",
    "-knife",
    '-"',
    '-""',
    "^knife",
    "+knife",
    "knife + crime",
    "{text tags}: knife",
    ":",
    "::",
    "knife:",
    "a:b:c",
    "kquote",
    "ktitle",
    "ra",
    "speaker:",
    'speaker:"',
    "speaker:*",
    "speaker:(",
    "kind:",
    "kind:*",
    "release:",
    "release:*",
    'release:"',
    "release:(",
    "release:a*",
    "release:-",
    "release:é²",
    "release:ß",
    "after:",
    "before:*",
    "after:0000",
    "after:9999-12-31",
    "before:0001-01-01",
    "after:1899-12-31",
    "\x00",
    "\x00knife",
    "knife\x00crime",
    "\u202eknife",
    "😀",
    "𝕏",
    "ﬁ",
    "²",
    "Ⅻ",
    "İ",
    "ß",
    "straße",
    "øresund",
    "café",
    "cafe\u0301",
    "\u0301",
    "\ufeff",
    "\u200b",
    "Ω",
    "“knife crime”",
    "«knife»",
    "knife’s",
    "'knife'",
    "`knife`",
    "knife\ncrime",
    "\t",
    "1,234",
    "12%",
    "£3m",
    "x" * 300,
    "knife " * 50,
    '"knife ' * 20,
    "-" * 50,
    "near near",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_fts5_syntax_in_queries_never_escapes(engine, text):
    for typed in (text, text + " ", text + " knife", "knife " + text, f'"{text}"', "-" + text):
        check(engine.search(typed))


@pytest.mark.parametrize("text", ["*", "NEAR(", "AND", '"', "col:", "-", "a b", "", "😀", "\x00"])
def test_filters_given_as_arguments_never_raise(engine, text):
    for name in ("speaker", "kind", "after", "before", "release"):
        check(engine.search("knife", **{name: text}))
        check(engine.search("", **{name: text}))


def test_fts5_keywords_are_searched_as_words(engine):
    # "and"/"or" are stopwords; "near" and "not" are words like any other.
    hits = engine.search("near").hits
    assert hits and {h.release_id for h in hits} == {"d"}
    assert engine.search("knife OR robbery").partial  # OR is not an operator here
    result = engine.search("knife NOT crime")  # nor NOT: "not" is one more word
    assert result.partial and result.hits[0].release_id == "a"
    assert {"a", "b"} <= {h.release_id for h in result.hits}


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.text(alphabet=st.sampled_from(list('ab kc:-"“”’.é_12\u0301\x00*()^+NEARO')), max_size=30)
    | st.text(max_size=30)
)
def test_any_input_is_safe(engine, text):
    check(engine.search(text))
    check(engine.search(text, limit=1))


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=12), st.sampled_from(["speaker", "kind", "after", "before", "release"]))
def test_any_filter_value_is_safe(engine, value, name):
    check(engine.search("crime", **{name: value}))
    check(engine.search(f"{name}:{value}"))


@pytest.mark.parametrize(
    "typed",
    ['"kquote"', '"ktitle"', '"kparagraph"', '"kstat"', '"ra"', 'knife "kparagraph"', '"rb"'],
)
def test_typed_words_match_text_never_the_index_tags(engine, typed):
    # Kind, release and speaker live in the index as tags ("kquote", "r" + id): what
    # people type is looked for in the text of a passage only.
    assert engine.search(typed).hits == []


def test_excluding_a_word_nobody_wrote_excludes_nothing(engine):
    expected = [(h.release_id, h.kind) for h in engine.search("fell", limit=100).hits]
    assert expected
    for typed in ("fell -kquote", "fell -kparagraph", 'fell -"ra"', "fell -zebra"):
        assert [(h.release_id, h.kind) for h in engine.search(typed, limit=100).hits] == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.characters(whitelist_categories=["Lu", "Ll", "Lt", "Lo", "Nd"]),
        min_size=3,
        max_size=10,
    )
)
def test_a_word_typed_as_written_finds_its_passage(word):
    # Text and queries must be folded alike, whatever the letters.
    import tempfile
    from pathlib import Path

    from briefing.tokens import STOPWORDS, tokens

    folded = tokens(word)
    if len(folded) != 1 or folded[0] in STOPWORDS:
        return
    with tempfile.TemporaryDirectory() as folder:
        model = read_model_of(
            Path(folder) / "read.sqlite",
            [release_record("w", "2020-01-01", [("body", f"Before {word} after.")])],
        )
        try:
            hits = engine_of(model).search(word + " ").hits
        finally:
            model.close()
    assert [h.kind for h in hits if h.release_id == "w"] == ["paragraph"], word


def test_filters_come_out_of_a_query_by_any_alias():
    from briefing.search.query import without_filters

    text = 'knife crime by:"the mayor" Kind:quote since:2023 until:2024'
    assert without_filters(text) == "knife crime"
    assert without_filters(text, "speaker") == "knife crime Kind:quote since:2023 until:2024"
    assert without_filters(text, "after", "before") == 'knife crime by:"the mayor" Kind:quote'
    assert without_filters("at 10:30 http://x") == "at 10:30 http://x"  # not filters
