"""The search engine on its own: seeds as paragraphs plus a few hand-made passages."""

from __future__ import annotations

import os
import pickle
import re

import pytest
from tests_support import SEEDS

from briefing.search import Passage, SearchIndex
from briefing.search.text import fold

# One fake date per seed file, oldest first, so "newer" is easy to reason about.
SEED_DATES = ["2017-03-20", "2018-06-01", "2019-09-15", "2021-02-10", "2022-11-30"]


def seed_passages() -> list[Passage]:
    passages = []
    for path, date in zip(SEEDS, SEED_DATES, strict=True):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for block, line in enumerate(lines):
            passages.append(Passage(path.stem, "paragraph", line, date, block, section="body"))
    return passages


HANDMADE = [
    Passage("q-khan", "quote", "Knife crime is falling across London.", "2024-05-01", 7,
            speaker="Sadiq Khan", ref="quote-1", section="quote"),
    Passage("q-rowley", "quote", "Live facial recognition is taking dangerous offenders off "
            "our streets.", "2023-05-01", 4, speaker="Mark Rowley", ref="quote-2",
            section="quote"),
    Passage("q-rowley", "stat", "Robbery down 12% in Westminster", "2023-05-01", 5,
            ref="stat-1", section="body"),
    Passage("cafe", "paragraph", "The Mayor opened a café for young carers in Hackney.",
            "2020-01-01", 1, section="body"),
    Passage("syntax", "paragraph", "Officers reviewed the syntax of the new byelaw.",
            "2020-01-01", 2, section="body"),
    # Newer than every seed: they must still rank below the exact phrase.
    Passage("apart", "paragraph", "Crime fell after knife arches went into stations.",
            "2025-03-01", 1, section="body"),
    Passage("plural", "paragraph", "Knife crimes are recorded separately.", "2025-03-02", 1,
            section="body"),
]  # fmt: skip


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return seed_passages() + HANDMADE


@pytest.fixture(scope="module")
def index(passages) -> SearchIndex:
    return SearchIndex.build(passages)


def words_of(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W_]+", text)}


def has_phrase(text: str, phrase: str) -> bool:
    tokens = [fold(w) for w in re.findall(r"[^\W_]+", text)]
    wanted = phrase.split()
    return any(tokens[i : i + len(wanted)] == wanted for i in range(len(tokens)))


def highlighted(hit) -> list[str]:
    return [hit.text[a:b] for a, b in hit.spans]


# ------------------------------------------------------------------ typos, prefixes


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("knif crme", {"knife", "crime"}),
        ("facial recogniton", {"facial", "recognition"}),
        ("rowly", {"rowley"}),
        ("neighborhood policing", {"neighbourhood", "policing"}),
    ],
)
def test_typos_find_what_was_meant(index, query, expected):
    hits = index.search(query).hits
    assert hits
    assert expected <= words_of(hits[0].text)
    assert all(expected & words_of(h.text) for h in hits)


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
    for hit in index.search("crime ", limit=500).hits:
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


def test_phrase_match_first_even_when_older():
    newer = Passage("b", "paragraph", "Crime involving a knife fell.", "2024-01-01", 1)
    older = Passage("a", "paragraph", "Knife crime fell.", "2010-01-01", 1)
    hits = SearchIndex.build([newer, older]).search("knife crime").hits
    assert [h.release_id for h in hits] == ["a", "b"]


def test_ties_go_to_the_newer_release():
    same = "Youth clubs reopen across the capital."
    ps = [Passage(r, "paragraph", same, d, 1) for r, d in
          [("old", "2019-01-01"), ("new", "2024-06-01"), ("mid", "2021-01-01")]]  # fmt: skip
    hits = SearchIndex.build(ps).search("youth clubs").hits
    assert [h.release_id for h in hits] == ["new", "mid", "old"]
    assert len({h.score for h in hits}) == 1


def test_title_and_quote_beat_the_same_words_in_notes():
    ps = [
        Passage("n", "paragraph", "Violence Reduction Unit funding", "2025-01-01", 9,
                section="notes"),
        Passage("t", "title", "Violence Reduction Unit funding", "2020-01-01", 0,
                section="title"),
        Passage("q", "quote", "Violence Reduction Unit funding", "2019-01-01", 3,
                speaker="Sadiq Khan", section="quote"),
        Passage("b", "paragraph", "Violence Reduction Unit funding", "2018-01-01", 2,
                section="body"),
    ]  # fmt: skip
    hits = SearchIndex.build(ps).search("violence reduction unit funding").hits
    order = [h.release_id for h in hits]
    assert order.index("t") < order.index("n")
    assert order.index("q") < order.index("n")
    assert order.index("b") < order.index("n")
    assert order[-1] == "n"


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
    for query in ["knife crime", "knif", "speaker:khan", "mayor london police", "zebra knife"]:
        for hit in index.search(query).hits:
            assert 0 < hit.score <= 100


# ------------------------------------------------------------------ query syntax


def test_quoted_phrase_must_appear(index):
    hits = index.search('"violence reduction unit"', limit=500).hits
    assert hits
    assert all(has_phrase(hit.text, "violence reduction unit") for hit in hits)


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
    assert result.hits == [] and result.messages


def test_after_and_before_bounds():
    dates = ["2022-12-31", "2023-01-01", "2023-06-30", "2023-12-31", "2024-01-01", None]
    ps = [Passage(f"r{i}", "paragraph", "Patrols in Croydon", d, 1) for i, d in enumerate(dates)]
    ix = SearchIndex.build(ps)

    def found(query):
        return sorted(h.date for h in ix.search(query).hits)

    assert found("patrols after:2023 before:2024") == dates[1:4]
    assert found("patrols after:2023-06 before:2023-12") == ["2023-06-30"]
    assert found("patrols after:2023-12-31") == ["2023-12-31", "2024-01-01"]
    assert found("patrols before:2023") == ["2022-12-31"]
    assert len(ix.search("patrols").hits) == 6  # undated only drops out under a date filter


def test_kind_filter_and_aliases(index):
    assert {h.kind for h in index.search("kind:quote london").hits} == {"quote"}
    figures = index.search("robbery kind:figure").hits
    assert figures and {h.kind for h in figures} == {"stat"}
    paras = index.search("robbery kind:para").hits
    assert paras and {h.kind for h in paras} == {"paragraph"}


def test_release_prefix_filter(index):
    stem = SEEDS[1].stem
    hits = index.search(f"police release:{stem[:6]}", limit=500).hits
    assert hits and {h.release_id for h in hits} == {stem}


def test_filters_alone_list_newest_first(index):
    result = index.search("kind:quote")
    assert [h.release_id for h in result.hits] == ["q-khan", "q-rowley"]
    assert result.facets["speaker"] == {"Sadiq Khan": 1, "Mark Rowley": 1}


@pytest.mark.parametrize("query", ["", "   ", "?!", "the of and", '""', "-", "...", "“”"])
def test_queries_that_clean_to_nothing_find_nothing(index, query):
    result = index.search(query)
    assert result.hits == [] and result.total == 0


# ------------------------------------------------------------------ facets, spans


def test_facets_count_every_match_not_just_the_hits(index, passages):
    result = index.search("police ", limit=3)
    expected_years: dict[str, int] = {}
    expected_kinds: dict[str, int] = {}
    for p in passages:
        if words_of(p.text) & {"police", "polices"}:
            expected_years[p.date[:4]] = expected_years.get(p.date[:4], 0) + 1
            expected_kinds[p.kind] = expected_kinds.get(p.kind, 0) + 1
    assert len(result.hits) == 3
    assert result.total == sum(expected_years.values()) > 3
    assert result.facets["year"] == expected_years
    assert result.facets["kind"] == expected_kinds
    assert list(result.facets["year"]) == sorted(expected_years, reverse=True)


def test_speaker_facet(index):
    result = index.search("london")
    assert result.facets["speaker"] == {"Sadiq Khan": 1}


def test_spans_point_at_the_matched_words(index):
    hit = index.search("knife crime ").hits[0]
    marked = highlighted(hit)
    assert marked and all(fold(m) in {"knife crime", "knife", "crime"} for m in marked)
    assert any(fold(m) == "knife crime" for m in marked)  # the phrase as one span
    spans = hit.spans
    assert spans == sorted(spans) and all(a < b <= len(hit.text) for a, b in spans)


def test_spans_cover_a_phrase_with_its_small_words(index):
    hit = index.search("mayor of london ").hits[0]
    assert "Mayor of London" in highlighted(hit)


def test_quoted_phrase_is_one_span_and_its_small_words_are_not_marked_elsewhere(index):
    for hit in index.search('"mayor of london"').hits:
        assert all(fold(m) == "mayor of london" for m in highlighted(hit))


def test_spans_for_typos_mark_the_real_words(index):
    hit = index.search("facial recogniton ").hits[0]
    assert {fold(m) for m in highlighted(hit)} >= {"facial", "recognition"}


def test_accents_fold_both_ways(index):
    hit = index.search("cafe").hits[0]
    assert hit.release_id == "cafe" and highlighted(hit) == ["café"]
    assert index.search("CAFÉ").hits[0].release_id == "cafe"
    ix = SearchIndex.build([Passage("d", "paragraph", "Cafe\u0301 society", "2020-01-01", 1)])
    assert ix.search("café").hits


def test_hit_carries_everything_the_reader_needs(index):
    hit = index.search("facial speaker:rowley").hits[0]
    assert (hit.release_id, hit.kind, hit.block, hit.ref, hit.section, hit.date) == (
        "q-rowley", "quote", 4, "quote-2", "quote", "2023-05-01")  # fmt: skip
    assert hit.to_dict()["spans"] == [list(s) for s in hit.spans]


def test_limit(index):
    result = index.search("london", limit=5)
    assert len(result.hits) == 5 and result.total > 5
    assert index.search("london", limit=0).hits == []


# ------------------------------------------------------------------ updates, disk


def test_add_and_remove_release(index, passages):
    ix = SearchIndex.build(passages)
    extra = Passage("new", "paragraph", "Zebra crossings repainted near schools.", "2025-02-02", 1)
    ix.add([extra])
    assert [h.release_id for h in ix.search("zebra").hits] == ["new"]
    ix.add([Passage("new", "paragraph", "Pelican crossings repainted.", "2025-02-02", 1)])
    assert ix.search("zebra").hits == []  # re-adding a release replaces it
    assert ix.remove_release("new") == 1
    assert ix.search("pelican").hits == []
    assert ix.remove_release("new") == 0
    assert len(ix) == len(passages)


def test_add_older_release_keeps_newest_first_order():
    ix = SearchIndex.build(
        [Passage(f"r{y}", "paragraph", "Bus lanes extended", f"{y}-01-01", 1) for y in (2015, 2020)]
    )
    ix.add([Passage("r2010", "paragraph", "Bus lanes extended", "2010-01-01", 1)])
    ix.add([Passage("r2024", "paragraph", "Bus lanes extended", "2024-01-01", 1)])
    ix.add([Passage("r2018", "paragraph", "Bus lanes extended", "2018-01-01", 1)])
    expected = ["r2024", "r2020", "r2018", "r2015", "r2010"]
    assert [h.release_id for h in ix.search("bus lanes").hits] == expected
    assert [h.release_id for h in ix.search("bus lanes", limit=2).hits] == expected[:2]
    assert [h.release_id for h in ix.search("bus after:2016 before:2021").hits] == expected[1:3]
    assert ix.search("bus").facets["year"] == {y[1:]: 1 for y in expected}
    ix.compact()
    assert [h.release_id for h in ix.search("bus lanes").hits] == expected
    assert [h.release_id for h in ix.search("bus after:2016 before:2021").hits] == expected[1:3]


def test_bad_passages_are_rejected_before_anything_changes():
    ix = SearchIndex.build([Passage("a", "paragraph", "Bus lanes", "2020-01-01", 1)])
    with pytest.raises(TypeError):
        ix.add([Passage("a", "paragraph", "Fine", "2021-01-01", 1),
                Passage("a", "paragraph", None, "2021-01-01", 2)])  # type: ignore[arg-type]  # fmt: skip
    assert len(ix) == 1 and ix.search("bus").hits


def test_serialisation_round_trip(index, tmp_path):
    queries = ["knif crme", '"knife crime" speaker:khan', "robbery after:2019", "kind:quote"]
    copy = SearchIndex.loads(index.dumps())
    path = tmp_path / "search.idx"
    index.to_file(path)
    from_disk = SearchIndex.from_file(path)
    for query in queries:
        expected = index.search(query)
        for other in (copy, from_disk):
            got = other.search(query)
            assert got.hits == expected.hits and got.facets == expected.facets
    copy.add([Passage("z", "paragraph", "Zebra crossings", "2025-01-01", 1)])
    assert copy.search("zebra").hits and not index.search("zebra").hits


@pytest.mark.parametrize(
    "data",
    [b"", b"not a pickle", b"\x80\x05N.", pickle.dumps({"format": "other"})[:-3],
     pickle.dumps(os.getcwd)],  # a tampered cache must not get to run code
)  # fmt: skip
def test_loading_garbage_raises_value_error(data):
    with pytest.raises(ValueError):
        SearchIndex.loads(data)


def test_meta_is_saved_with_the_index(tmp_path):
    ix = SearchIndex.build([Passage("a", "paragraph", "Bus lanes", "2020-01-01", 1)])
    ix.meta["fingerprint"] = "abc123"
    ix.to_file(tmp_path / "ix")
    assert SearchIndex.from_file(tmp_path / "ix").meta == {"fingerprint": "abc123"}
    assert [p.name for p in tmp_path.iterdir()] == ["ix"]  # no temp file left behind


def test_custom_speaker_matcher(passages):
    calls = []

    def matcher(query, names):
        calls.append(query)
        return ["Mark Rowley"]

    ix = SearchIndex.build(passages, speaker_matcher=matcher)
    assert {h.speaker for h in ix.search("speaker:anyone").hits} == {"Mark Rowley"}
    assert calls == ["anyone"]
