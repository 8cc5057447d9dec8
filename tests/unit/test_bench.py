"""The benchmark runs end to end on a small archive (the full run is separate: see README)."""

from briefing import bench
from briefing.bench_corpus import write_archive
from briefing.store import Store


def test_synthetic_archive_is_deterministic_and_imports(tmp_path):
    first = write_archive(tmp_path / "a", 20)
    second = write_archive(tmp_path / "b", 20)
    assert [p.read_text(encoding="utf-8") for p in first] == [
        p.read_text(encoding="utf-8") for p in second
    ]
    store = Store(tmp_path / "data", seed=False)
    report = store.import_paths([tmp_path / "a"])
    assert report.count("imported") == 20 and not report.failed
    assert all(r["quotes"] >= 1 and r["stats"] >= 1 and r["date"] for r in store.releases())


def test_smoke_run_at_200_releases():
    results = bench.run(200, naive_queries=3)
    assert results["import_failed"] == 0 and results["passages"] > 200 * 10
    assert results["queries_with_hits"] >= len(bench.QUERIES) - 2
    assert results["search"]["p95_ms"] > 0 and results["naive_queries"] == 3
    assert results["app"]["search_ready_s"] >= results["app"]["first_paint_s"] > 0
    table = bench.format_table(results)
    assert "search p50 / p95 / max" in table and "naive" in table
