"""Property-based: any text through decode, parse, records, store and search never raises.

The text mixes what real releases hold (quote marks, £, %, digits, dates, bullets)
with what hostile ones might (Rich markup, ANSI/OSC escapes, controls, any unicode).
Bounded (about a hundred examples each, no deadline) so the suite stays fast.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.documents import build_records
from briefing.format import release_text
from briefing.ingest import InputError, SourceFile, safe_name, source_from_bytes
from briefing.parse.release import parse_release
from briefing.parse.text import strip_controls
from briefing.store import Store

FRAGMENTS = [
    # Rich/Textual markup and terminal escapes
    "[bold red]", "[/]", "[link=file:///etc/passwd]", "[@click=app.quit]", "[/link]", "[", "]",
    "\\[", "\x1b[2J", "\x1b]52;c;ZXZpbA==\x07", "\x1b]8;;http://x\x1b\\", "\x1b", "\x9b",
    "\x07", "\x00", "\r", "\t",
    # quote marks, bullets, dashes
    "“", "”", "‘", "’", '"', "'", "«", "»", "–", "—", "…", "•", "- ", "* ", "· ", "1. ",
    # figures
    "£", "€", "$", "%", "per cent", "0", "7", "12.5", "1,234", "£3m", "£1.2 billion", "up 12%",
    "down 5 per cent",
    # dates, attributions, sections, page furniture
    "20 March 2017", "Created on", "11/26/2024 | Press release |", "2025/26", "Monday, 20th May",
    "January 2024", "said:", " said Sadiq Khan, Mayor of London.", "The Mayor said: “",
    "Notes to editors", "Background", "Skip to main content", "Home", "Press release -",
    # whitespace and unusual unicode
    "\n", "\n\n", " ", "\u00a0", "\u202e", "\u200b", "\ufeff",
    "Ω", "😀", "é", "ß", "İ", "ﬁ", "\u0301", "𝕏",
]  # fmt: skip
WORDS = st.sampled_from(
    [
        "the",
        "Mayor",
        "London",
        "police",
        "crime",
        "fund",
        "young",
        "people",
        "officers",
        "Met",
        "Khan",
        "Rowley",
    ]
)
piece = st.one_of(st.sampled_from(FRAGMENTS), WORDS, st.text(max_size=12))
release_texts = st.lists(piece, max_size=80).map(" ".join) | st.text(max_size=400)
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TODAY = date(2025, 6, 1)


@PROPERTY
@given(text=release_texts)
def test_parse_never_raises_and_cleans(text):
    parsed = parse_release(text, "any.txt", TODAY)
    assert parsed.title and parsed.title == strip_controls(parsed.title)
    assert "\n" not in parsed.title
    for block in parsed.blocks:
        assert block.text == strip_controls(block.text) and "\x1b" not in block.text
    if parsed.date:
        assert date.fromisoformat(parsed.date) <= TODAY


@PROPERTY
@given(text=release_texts)
def test_records_never_raise_and_point_at_their_release(text):
    release, quotes, stats = build_records(text, "any.txt", TODAY)
    json.dumps([release, quotes, stats], ensure_ascii=False)  # storable as JSON
    blocks = len(release["blocks"])
    for quote in quotes:
        assert quote["release_id"] == release["id"]
        assert 0 <= quote["block_start"] <= quote["block_end"] < max(blocks, 1)
    for stat in stats:
        assert stat["release_id"] == release["id"]


# Whole lines of the shapes real pages stack up (date lines, bylines, contents, table
# cells, attributions), in any order and repeated: a page ending in two date lines once
# sent the parser round a loop for ever.
LINES = [
    "Knife wands offered to every school", "20 March 2017", "- Published2 October 2023",
    "Last updated: 15 November 2018", "Updated 6 August 2024", "By Jane Smith",
    "Jane Smith", "Press release", "Contents", "Executive summary........ 5", "1.", "2019",
    "2011-12", "8,667", "-9%", "Notes to editors", "Ends", "The Mayor said:",
    "“We will act,” he said.", "He added: “It matters.”", "Sir Mark Rowley said:",
    "Figures rose by 12% to 1,234 offences.", "£3m was awarded to the fund.", "",
    "date 2021-03-18 Mayor urges action", "Picture: Alamy", "Read More", "%image(1, alt=\"x\")",
]  # fmt: skip
release_lines = st.lists(st.sampled_from(LINES), max_size=30).map("\n".join)


@PROPERTY
@given(text=release_lines)
def test_any_stack_of_real_line_shapes_parses(text):
    release, quotes, stats = build_records(text, "lines.txt", TODAY)
    assert release["title"] and "\n" not in release["title"]
    for quote in quotes + stats:
        assert quote["release_id"] == release["id"]


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]
encoded_texts = release_texts.flatmap(
    lambda text: st.sampled_from(ENCODINGS).map(lambda codec: text.encode(codec, errors="ignore"))
)


@PROPERTY
@given(
    data=st.binary(max_size=2000) | encoded_texts, suffix=st.sampled_from([".txt", ".md", ".html"])
)
def test_any_bytes_decode_to_text_or_a_one_line_reason(data, suffix):
    try:
        source = source_from_bytes(data, "file" + suffix)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(source.text, str) and source.text.strip()


@settings(PROPERTY, max_examples=50)  # a store per example: half as many, as long as before
@given(text=release_texts, name=st.text(min_size=1, max_size=20))
def test_store_import_and_reading_never_raise(text, name):
    # A store of its own per example: what one imported never decides what the next sees.
    with tempfile.TemporaryDirectory(prefix="briefing-prop-") as folder:
        store = Store(folder, seed=False)
        source = SourceFile(safe_name(name + ".txt"), text, "utf-8")  # as read_source names it
        results = store.import_sources([(name, source)])
        assert len(results) == 1 and results[0].status in {"imported", "failed"}
        if results[0].status == "failed":
            assert "\n" not in results[0].error
            return
        rid = results[0].release_id
        release = store.release(rid)
        shown = release_text(release)
        assert "\x1b" not in shown and "\x07" not in shown
        store.quotes(rid)
        store.stats(rid)
        store.releases()
        store.read_model.close()


HOSTILE_QUERIES = ['"', "*", "NEAR(", "AND OR", "col:", "-", "tags:kquote", "(", "^", "😀"]


@PROPERTY
@given(texts=st.lists(release_texts, min_size=1, max_size=3), query=release_texts)
def test_search_over_arbitrary_releases_never_raises(texts, query):
    from briefing.search.service import SearchService

    with tempfile.TemporaryDirectory(prefix="briefing-prop-search-") as folder:
        store = Store(folder, seed=False)
        sources = [
            (f"r{n}.txt", SourceFile(f"r{n}.txt", text, "utf-8")) for n, text in enumerate(texts)
        ]
        store.import_sources(sources)
        service = SearchService(store)
        ids = set(store.release_ids())
        typed_queries = (
            query,
            query[:3],
            strip_controls(query),
            "speaker:" + query[:10],
            f'"{query[:20]}"',
            "-" + query[:10],
            query[:10] + " " + HOSTILE_QUERIES[len(query) % len(HOSTILE_QUERIES)],
        )
        for typed in typed_queries:
            result = service.search(typed)
            assert result.total >= len(result.hits) or result.partial
            for hit in result.hits:
                assert hit.release_id in ids
                assert 0 <= hit.score <= 100
                assert all(0 <= start <= end <= len(hit.text) for start, end in hit.spans)
        for word in {w for t in texts for w in t.split()[:5]}:
            service.search(word)  # a word of a release, as it is written
        store.read_model.close()


@PROPERTY
@given(query=release_texts)
def test_search_of_the_seeds_with_any_query_never_raises(seeded_store_dir, query):
    from briefing.search.service import SearchService

    # The seeded dir is only read; the service (and its engine) is new for each example.
    service = SearchService(Store(seeded_store_dir))
    for typed in (query, query + " ", query[:8]):
        result = service.search(typed)
        assert result.total >= len(result.hits) or result.partial
        for hit in result.hits:
            assert 0 <= hit.score <= 100
            assert all(0 <= start <= end <= len(hit.text) for start, end in hit.spans)
