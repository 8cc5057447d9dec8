"""The search engine on its own, over a read model built from synthetic records:
the seeds as paragraphs (with their first line as title) plus a few hand-made releases."""

from __future__ import annotations

import re

import pytest
from tests_support import SEEDS, engine_of, read_model_of, release_record

from briefing.format import figure_phrase
from briefing.tokens import fold

# One fake date per seed file, oldest first, so "newer" is easy to reason about.
SEED_DATES = ["2017-03-20", "2018-06-01", "2019-09-15", "2021-02-10", "2022-11-30"]


def seed_id(path) -> str:
    """The hex half of a seed's file name: a release id like the store's."""
    return path.stem.split("_")[1]


def seed_records() -> list:
    records = []
    for path, date in zip(SEEDS, SEED_DATES, strict=True):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        records.append(
            release_record(
                seed_id(path), date, [("body", line) for line in lines[1:]], title=lines[0]
            )
        )
    return records


HANDMADE = [
    release_record(
        "qkhan",
        "2024-05-01",
        [("body", "Knife crime is falling across London.")],
        quotes=[(0, "Sadiq Khan")],
    ),
    release_record(
        "qrowley",
        "2023-05-01",
        [
            ("body", "Robbery fell 12% in Westminster."),
            ("body", "Live facial recognition is taking dangerous offenders off our streets."),
        ],
        quotes=[(1, "Mark Rowley")],
        figures=[
            {
                "value": 12,
                "unit": "percent",
                "label": "Robbery in Westminster",
                "direction": "down",
                "block": 0,
            }
        ],
    ),
    release_record(
        "cafe", "2020-01-01", [("body", "The Mayor opened a café for young carers in Hackney.")]
    ),
    release_record(
        "syntax", "2020-01-01", [("body", "Officers reviewed the syntax of the new byelaw.")]
    ),
    # Newer than every seed: they must still rank below the exact phrase.
    release_record(
        "apart", "2025-03-01", [("body", "Crime fell after knife arches went into stations.")]
    ),
    release_record("plural", "2025-03-02", [("body", "Knife crimes are recorded separately.")]),
]


def passages_of(records) -> list[tuple[str, str, str, str | None]]:
    """(release id, kind, text, date) of every passage the records should give search:
    what the tests expect, worked out independently of the read model."""
    out = []
    for _shard, release, quotes, figures in records:
        rid, date, blocks = release["id"], release["date"], release["blocks"]
        out.append((rid, "title", release["title"], date))
        quoted = {q["block_start"] for q in quotes}
        out += [(rid, "paragraph", b[1], date) for i, b in enumerate(blocks) if i not in quoted]
        out += [(rid, "quote", blocks[q["block_start"]][1], date) for q in quotes]
        out += [(rid, "stat", figure_phrase(f), date) for f in figures]
    return out


@pytest.fixture(scope="module")
def records() -> list:
    return seed_records() + HANDMADE


@pytest.fixture(scope="module")
def passages(records) -> list:
    return passages_of(records)


@pytest.fixture(scope="module")
def model(records, tmp_path_factory):
    model = read_model_of(tmp_path_factory.mktemp("search") / "read.sqlite", records)
    yield model
    model.close()


@pytest.fixture(scope="module")
def index(model):
    return engine_of(model)


@pytest.fixture
def build(tmp_path):
    """A fresh engine over just ``records`` (for ranking cases built by hand)."""
    models = []

    def make(records):
        models.append(read_model_of(tmp_path / f"read{len(models)}.sqlite", records))
        return engine_of(models[-1])

    yield make
    for model in models:
        model.close()


def body(rid: str, date: str | None, text: str, section: str = "body"):
    return release_record(rid, date, [(section, text)])


def words_of(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W_]+", text)}


def has_phrase(text: str, phrase: str) -> bool:
    tokens = [fold(w) for w in re.findall(r"[^\W_]+", text)]
    wanted = phrase.split()
    return any(tokens[i : i + len(wanted)] == wanted for i in range(len(tokens)))


def highlighted(hit) -> list[str]:
    return [hit.text[a:b] for a, b in hit.spans]


def norm(text: str) -> str:
    """Folded words joined by one space: "Mayor-of-London" -> "mayor of london"."""
    return " ".join(fold(w) for w in re.findall(r"[^\W_]+", text))


# ------------------------------------------------------------------ typos, prefixes


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("knif crme", {"knife", "crime"}),
        ("facial recogniton", {"facial", "recognition"}),
        ("neighborhood policing", {"neighbourhood", "policing"}),
    ],
)
def test_typos_find_what_was_meant(index, query, expected):
    hits = index.search(query).hits
    assert hits
    assert expected <= words_of(hits[0].text)
    assert all(expected & words_of(h.text) for h in hits)


def test_a_typo_in_a_name_finds_the_person(index):
    # A quote is found by its speaker's name even though the name is not in its text.
    hits = index.search("rowly").hits
    assert hits and hits[0].speaker == "Mark Rowley"
    assert all("rowley" in words_of(h.text) or h.speaker == "Mark Rowley" for h in hits)


def test_typo_matches_rank_below_exact_ones(index):
    exact = index.search("facial recognition ").hits[0]
    typo = index.search("facial recogniton ").hits[0]
    assert exact.text == typo.text
    assert typo.score < exact.score


def test_unfinished_last_word_completes(index):
    hits = index.search("facial recog").hits
    assert hits and all("recognition" in words_of(h.text) for h in hits)


def test_a_real_word_is_not_fuzzed_into_another(index):
    # "crime" exists, so "prime"/"crimea" style neighbours must not be dragged in.
    hits = index.search("crime ", limit=500).hits
    assert hits
    for hit in hits:
        assert words_of(hit.text) & {"crime", "crimes"}


def test_tax_does_not_match_syntax(index):
    assert index.search("tax").hits == []
    assert index.search("tax ").total == 0


# ------------------------------------------------------------------ ranking


def test_exact_phrase_beats_all_words_beats_fuzzy(index):
    hits = index.search("knife crime ", limit=200).hits
    tiers = []
    for hit in hits:
        if has_phrase(hit.text, "knife crime"):
            tiers.append(0)
        elif {"knife", "crime"} <= words_of(hit.text):
            tiers.append(1)
        else:
            tiers.append(2)
    assert tiers == sorted(tiers)
    assert set(tiers) == {0, 1, 2}


def test_phrase_match_first_even_when_older(build):
    engine = build(
        [
            body("b", "2024-01-01", "Crime involving a knife fell."),
            body("a", "2010-01-01", "Knife crime fell."),
        ]
    )
    hits = engine.search("knife crime").hits
    assert [h.release_id for h in hits] == ["a", "b"]


def test_ties_go_to_the_newer_release(build):
    same = "Youth clubs reopen across the capital."
    engine = build(
        [
            body(r, d, same)
            for r, d in [("old", "2019-01-01"), ("new", "2024-06-01"), ("mid", "2021-01-01")]
        ]
    )
    hits = engine.search("youth clubs").hits
    assert [h.release_id for h in hits] == ["new", "mid", "old"]
    assert len({h.score for h in hits}) == 1


def test_title_and_quote_beat_the_same_words_in_notes(build):
    words = "Violence Reduction Unit funding"
    engine = build(
        [
            body("n", "2025-01-01", words, section="notes"),
            release_record("t", "2020-01-01", [], title=words),
            release_record("q", "2019-01-01", [("body", words)], quotes=[(0, "Sadiq Khan")]),
            body("b", "2018-01-01", words),
        ]
    )
    hits = engine.search("violence reduction unit funding").hits
    assert [(h.release_id, h.kind, h.section) for h in hits] == [
        ("t", "title", "title"),
        ("q", "quote", "quote"),
        ("b", "paragraph", "body"),
        ("n", "paragraph", "notes"),
    ]


def test_summary_beats_body_beats_notes(build):
    words = "Safer streets fund"
    engine = build(
        [
            body("n", "2025-01-01", words, "notes"),
            body("b", "2024-01-01", words),
            body("s", "2020-01-01", words, "summary"),
        ]
    )
    hits = engine.search("safer streets fund").hits
    assert [h.release_id for h in hits] == ["s", "b", "n"]
    assert hits[0].score > hits[1].score > hits[2].score


def test_more_words_matched_beats_fewer(index):
    result = index.search("knife crime zebra ")
    assert result.partial  # nobody mentions zebras
    counts = [
        ("knife" in words_of(h.text)) + bool({"crime", "crimes"} & words_of(h.text))
        for h in result.hits
    ]
    assert counts and counts == sorted(counts, reverse=True)
    assert counts[0] == 2 and counts[-1] == 1


def test_words_nobody_has_are_not_counted_as_matches(index):
    result = index.search("knife zebra giraffe ")
    assert result.partial and result.hits
    assert all("knife" in words_of(h.text) for h in result.hits)


def test_scores_are_between_0_and_100(index):
    queries = [
        "knife crime",
        "knif",
        "speaker:khan",
        "mayor london police",
        "zebra knife",
        '"knife crime"',
        "kind:quote",
        "knife crime zebra ",
    ]
    for query in queries:
        hits = index.search(query).hits
        assert hits, query
        for hit in hits:
            assert 0 < hit.score <= 100


# ------------------------------------------------------------------ query syntax


def test_quoted_phrase_must_appear(index):
    hits = index.search('"violence reduction unit"', limit=500).hits
    assert hits
    assert all(has_phrase(hit.text, "violence reduction unit") for hit in hits)


def test_quoted_phrase_with_other_words(index):
    hits = index.search('"knife crime" london', limit=500).hits
    assert hits
    assert all(has_phrase(h.text, "knife crime") and "london" in words_of(h.text) for h in hits)


def test_minus_word_excludes(index):
    with_theft = index.search("robbery ", limit=500)
    without = index.search("robbery -theft", limit=500)
    assert without.total < with_theft.total
    assert without.hits
    assert not any({"theft", "thefts"} & words_of(h.text) for h in without.hits)


def test_minus_phrase_excludes(index):
    hits = index.search('crime -"knife crime"', limit=1000).hits
    assert hits
    assert not any(has_phrase(hit.text, "knife crime") for hit in hits)


@pytest.mark.parametrize("typed", ["khan", "sadiq", "the mayor", "Sadiq Khan"])
def test_speaker_filter_accepts_what_people_type(index, typed):
    result = index.search(f'speaker:"{typed}"')
    assert result.hits
    assert {h.speaker for h in result.hits} == {"Sadiq Khan"}


@pytest.mark.parametrize("typed", ["rowly", "rowley", "mark rowley"])
def test_speaker_filter_tolerates_typos(index, typed):
    result = index.search("facial", speaker=typed)
    assert [h.speaker for h in result.hits] == ["Mark Rowley"]
    assert result.speakers == ["Mark Rowley"]


def test_unknown_speaker_finds_nothing_and_says_so(index):
    result = index.search("speaker:zzyzx knife")
    assert result.hits == [] and result.messages and result.total == 0


def test_after_and_before_bounds(build):
    dates = ["2022-12-31", "2023-01-01", "2023-06-30", "2023-12-31", "2024-01-01", None]
    engine = build([body(f"r{i}", d, "Patrols in Croydon") for i, d in enumerate(dates)])

    def found(query):
        return sorted(h.date for h in engine.search(query).hits)

    assert found("patrols after:2023 before:2024") == dates[1:4]
    assert found("patrols after:2023-06 before:2023-12") == ["2023-06-30"]
    assert found("patrols after:2023-12-31") == ["2023-12-31", "2024-01-01"]
    assert found("patrols before:2023") == ["2022-12-31"]
    # keyword arguments say the same as the query text
    assert (
        sorted(h.date for h in engine.search("patrols", after="2023", before="2024").hits)
        == (dates[1:4])
    )
    assert len(engine.search("patrols").hits) == 6  # undated only drops out under a date filter
    assert engine.search("patrols after:2024 before:2023").hits == []


def test_kind_filter_and_aliases(index):
    quotes = index.search("kind:quote london").hits
    assert quotes and {h.kind for h in quotes} == {"quote"}
    figures = index.search("robbery kind:figure").hits
    assert figures and {h.kind for h in figures} == {"stat"}
    paras = index.search("robbery kind:para").hits
    assert paras and {h.kind for h in paras} == {"paragraph"}
    titles = index.search("robbery", kind="title").hits
    assert titles and {h.kind for h in titles} == {"title"}


def test_unknown_kind_keyword_is_reported(index):
    result = index.search("robbery", kind="video")
    assert result.messages


def test_release_prefix_filter(index):
    rid = seed_id(SEEDS[1])
    hits = index.search(f"police release:{rid[:6]}", limit=500).hits
    assert hits and {h.release_id for h in hits} == {rid}
    hits = index.search("police", release=rid[:4].upper(), limit=500).hits
    assert hits and {h.release_id for h in hits} == {rid}


def test_filters_alone_list_newest_first(index):
    result = index.search("kind:quote")
    assert [h.release_id for h in result.hits] == ["qkhan", "qrowley"]
    assert result.facets["speaker"] == {"Sadiq Khan": 1, "Mark Rowley": 1}
    dated = index.search("after:2023").hits
    assert dated and [h.date for h in dated] == sorted((h.date for h in dated), reverse=True)


@pytest.mark.parametrize("query", ["", "   ", "?!", "the of and", '""', "-", "...", "“”"])
def test_queries_that_clean_to_nothing_find_nothing(index, query):
    result = index.search(query)
    assert result.hits == [] and result.total == 0


# ------------------------------------------------------------------ facets, spans


def test_facets_count_every_match_not_just_the_hits(index, passages):
    result = index.search("police ", limit=3)
    expected_years: dict[str, int] = {}
    expected_kinds: dict[str, int] = {}
    for _rid, kind, text, date in passages:
        if words_of(text) & {"police", "polices"}:
            expected_years[date[:4]] = expected_years.get(date[:4], 0) + 1
            expected_kinds[kind] = expected_kinds.get(kind, 0) + 1
    assert len(result.hits) == 3
    assert result.total == sum(expected_years.values()) > 3
    assert result.total_exact
    assert result.facets["year"] == expected_years
    assert result.facets["kind"] == expected_kinds
    assert list(result.facets["year"]) == sorted(expected_years, reverse=True)


def test_speaker_facet(index):
    result = index.search("london")
    assert result.facets["speaker"] == {"Sadiq Khan": 1}


def test_spans_point_at_the_matched_words(index):
    hit = index.search("knife crime ").hits[0]
    marked = highlighted(hit)
    assert marked and all(norm(m) in {"knife crime", "knife", "crime"} for m in marked)
    assert any(norm(m) == "knife crime" for m in marked)  # the phrase as one span
    spans = hit.spans
    assert spans == sorted(spans) and all(a < b <= len(hit.text) for a, b in spans)


def test_spans_cover_a_phrase_with_its_small_words(index):
    hit = index.search("mayor of london ").hits[0]
    assert "Mayor of London" in highlighted(hit)


def test_quoted_phrase_is_one_span_and_its_small_words_are_not_marked_elsewhere(index):
    hits = index.search('"mayor of london"').hits
    assert hits
    for hit in hits:
        assert all(norm(m) == "mayor of london" for m in highlighted(hit))


def test_spans_for_typos_mark_the_real_words(index):
    hit = index.search("facial recogniton ").hits[0]
    assert {fold(m) for m in highlighted(hit)} >= {"facial", "recognition"}


def test_quote_hits_do_not_show_the_speaker_line(index, model):
    hit = index.search("khan knife").hits[0]
    assert (hit.kind, hit.speaker) == ("quote", "Sadiq Khan")
    assert hit.text == "Knife crime is falling across London."
    assert all(b <= len(hit.text) for _, b in hit.spans)


def test_accents_fold_both_ways(index, build):
    hit = index.search("cafe").hits[0]
    assert hit.release_id == "cafe" and highlighted(hit) == ["café"]
    assert index.search("CAFÉ").hits[0].release_id == "cafe"
    assert build([body("d", "2020-01-01", "Cafe\u0301 society")]).search("café").hits


@pytest.mark.parametrize(
    ("written", "typed"),
    [("Straße", "strasse"), ("Straße", "straße"), ("Øresund", "oresund"),
     ("Øresund", "Øresund"), ("Łódź", "lodz"), ("Łódź", "łódź"), ("Encyclopædia", "encyclopaedia"),
     ("ﬁnance", "finance"), ("İstanbul", "istanbul"), ("İstanbul", "İstanbul"),
     ("ISTANBUL", "istanbul"), ("Café", "CAFE")],
)  # fmt: skip
def test_letters_that_fold_to_others_are_found(build, written, typed):
    # The old index folded text and queries alike (``text.fold``): "Straße" is "strasse".
    engine = build([body("x", "2020-01-01", f"{written} works begin")])
    hits = engine.search(typed + " ").hits
    assert [h.release_id for h in hits] == ["x"], (written, typed)
    assert highlighted(hits[0]) == [written]


def test_hit_carries_everything_the_reader_needs(index, model):
    hit = index.search("facial speaker:rowley").hits[0]
    assert (hit.release_id, hit.kind, hit.block, hit.ref, hit.section, hit.date) == (
        "qrowley",
        "quote",
        1,
        "qrowley.q1",
        "quote",
        "2023-05-01",
    )
    stored = model.one("SELECT text FROM quotes WHERE id = ?", (hit.ref,))
    assert hit.text == stored[0]
    assert hit.to_dict()["spans"] == [list(s) for s in hit.spans]
    stat = index.search("robbery kind:stat").hits[0]
    assert (stat.release_id, stat.ref, stat.block) == ("qrowley", "qrowley.s1", 0)
    assert stat.text == "Robbery in Westminster down 12%"


def test_limit(index):
    result = index.search("london", limit=5)
    assert len(result.hits) == 5 and result.total > 5
    assert index.search("london", limit=0).hits == []


# ------------------------------------------------------------------ updates


def _count(model, sql, *params) -> int:
    return model.one(sql, params)[0]


def test_add_and_remove_release(build, records, passages):
    engine = build(records)
    model = engine.model
    with model.transaction():
        model.add_releases(
            [body("new", "2025-02-02", "Zebra crossings repainted near schools.")], {}
        )
    assert [h.release_id for h in engine.search("zebra").hits] == ["new"]
    with model.transaction():
        model.add_releases([body("new", "2025-02-02", "Pelican crossings repainted.")], {})
    assert engine.search("zebra").hits == []  # re-adding a release replaces it
    assert [h.release_id for h in engine.search("pelican").hits] == ["new"]
    with model.transaction():
        model.remove_releases(["new"])
    assert engine.search("pelican").hits == []
    assert engine.search("pelicn").hits == []  # nor found through the vocabulary
    assert _count(model, "SELECT count(*) FROM terms WHERE term IN ('pelican', 'zebra')") == 0
    with model.transaction():
        model.remove_releases(["new"])  # removing what is not there changes nothing
    assert _count(model, "SELECT count(*) FROM passages") == len(passages)


def test_add_older_release_keeps_newest_first_order(build):
    engine = build([body(f"r{y}", f"{y}-01-01", "Bus lanes extended") for y in (2015, 2020)])
    for year in (2010, 2024, 2018):
        with engine.model.transaction():
            engine.model.add_releases([body(f"r{year}", f"{year}-01-01", "Bus lanes extended")], {})
    expected = ["r2024", "r2020", "r2018", "r2015", "r2010"]
    assert [h.release_id for h in engine.search("bus lanes").hits] == expected
    assert [h.release_id for h in engine.search("bus lanes", limit=2).hits] == expected[:2]
    assert [h.release_id for h in engine.search("bus after:2016 before:2021").hits] == expected[1:3]
    assert engine.search("bus").facets["year"] == {y[1:]: 1 for y in expected}


def test_a_failed_add_changes_nothing(build):
    engine = build([body("a", "2020-01-01", "Bus lanes")])
    bad = body("b", "2021-01-01", "Fine")
    bad[1]["blocks"].append(["body", None, False])
    with pytest.raises(Exception), engine.model.transaction():  # noqa: B017 - any error
        engine.model.add_releases([body("c", "2021-01-01", "Fine words"), bad], {})
    assert engine.search("bus").hits and engine.search("fine").hits == []
    assert _count(engine.model, "SELECT count(*) FROM passages") == 2
