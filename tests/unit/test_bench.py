"""The benchmark runs end to end on a small archive (the full run is separate: see README).

No wall-clock asserts: a shared machine makes any bound flaky. What is checked is that
every measure of issue 11 is taken and printed, and that nothing timed out or failed.
"""

import json

import pytest

from briefing import bench
from briefing.bench_corpus import write_archive
from briefing.store import Store

# Every measure the targets name, as the table labels them.
MEASURES = [
    "import from scratch (CLI)",
    "cold: releases --json",
    'cold: search "knife crime" --json',
    "cold: speakers --json",
    "cold: quotes --speaker rowley --json",
    "output of quotes --speaker rowley --json",
    "cold: stats --release ID --json",
    'cold: latest "police officers" --json',
    'output of latest "police officers" --json',
    "cold: compare ID ID --json",
    "cold: show ID",
    "search p50 / p95 / max",
    "naive scan p50 / p95 / max",
    "speed-up at p50 / p95",
    "top-10 overlap with baseline",
    "app: first paint (from launch; each app row the median of 3 starts)",
    'app: first query "knife crime" answered (from launch)',
    "app: Quotes pane shows quotes (after 2)",
    "app: Releases pane shows rows (after 4)",
    "app: Releases sorted by title (s, after oldest)",
    "app: Releases filter per keystroke",
    "app: peak memory (RSS)",
    "app: ctrl+q to process exit",
    "set-date (CLI, cold process)",
    "pin: pack add (CLI, cold process)",
    "set-date (the app's store call) p50 / p95",
    "pin (the app's store call) p50 / p95",
    "import 10 new files (CLI)",
    "rebuild a deleted cache/ (first search)",
]


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


def test_a_smaller_archive_is_a_prefix_of_a_larger_one_and_new_batches_are_new(tmp_path):
    small = write_archive(tmp_path / "small", 5)
    large = write_archive(tmp_path / "large", 12)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:5]]
    extra = write_archive(tmp_path / "new", 3, seed=bench.EXTRA_SEED, first=12)
    assert [p.name for p in extra] == [f"synthetic_{n:06d}.txt" for n in (12, 13, 14)]
    assert not {p.read_bytes() for p in extra} & {p.read_bytes() for p in large}


def test_overlap_counts_the_baselines_hits_the_engine_still_returns():
    hit = {"release_id": "r1", "kind": "quote", "block": 3, "ref": "r1.q1", "text": "a"}
    other = {**hit, "block": 4, "ref": "r1.q2"}
    current = {query: [hit, other] for query in bench.QUERIES}
    baseline = {"releases": 10, "queries": {q: [hit, other] for q in bench.QUERIES}}
    assert bench.overlap(baseline, current)["mean"] == 1.0
    current[bench.QUERIES[0]] = [{**hit, "text": "new text, same place"}]
    share = bench.overlap(baseline, current)
    assert share["per_query"][bench.QUERIES[0]] == 0.5
    assert share["identical"] == len(bench.QUERIES) - 1


def test_saved_top_hits_overlap_fully_with_the_same_engine(seeded_store_dir, tmp_path, capsys):
    saved = tmp_path / "top10.json"
    assert bench.main(["--data-dir", str(seeded_store_dir), "--save-top10", str(saved)]) == 0
    assert set(json.loads(saved.read_text(encoding="utf-8"))["queries"]) == set(bench.QUERIES)
    capsys.readouterr()
    assert bench.main(["--data-dir", str(seeded_store_dir), "--overlap", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["mean"] == 1.0


def test_a_kept_folder_from_an_earlier_run_is_refused(tmp_path, capsys):
    # Its data dir would make the import measure a re-import of unchanged files.
    (tmp_path / "data").mkdir()
    with pytest.raises(SystemExit):
        bench.main(["--releases", "10", "--keep", str(tmp_path)])
    assert "not empty" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


@pytest.mark.slow
def test_smoke_run_at_200_releases_prints_every_measure(tmp_path, capsys):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"releases": 200, "queries": {}}), encoding="utf-8")
    keep = tmp_path / "run"
    argv = ["--releases", "200", "--naive-queries", "2", "--timeout", "60"]
    assert bench.main([*argv, "--overlap", str(baseline), "--keep", str(keep)]) == 0
    table = capsys.readouterr().out
    for measure in MEASURES:
        assert f"| {measure}" in table or f"|   {measure}" in table, measure

    results = json.loads((keep / "results.json").read_text(encoding="utf-8"))
    children = [
        results["import"],
        *results["cli"].values(),
        results["writes"]["cli_set_date"],
        results["writes"]["cli_pin"],
        results["import_new"],
        results["cache_rebuild"],
        results["app"]["process"],
    ]
    assert [c["status"] for c in children] == ["ok"] * len(children), children
    assert results["import"]["imported"] == 200 and results["import"]["failed"] == 0
    app = results["app"]
    for step in (*bench.APP_STEPS, "quit_s"):
        assert not isinstance(app[step], str), (step, app[step])  # not "timeout" / "error"
    assert app["filter"]["keys"] == 3 and app["filter"]["rows_left"] >= 1
    # Each app measure is the median of the separate starts.
    starts = app["runs"]
    assert len(starts) == bench.APP_RUNS == 3
    assert app["first_paint"] == sorted(run["first_paint"] for run in starts)[1]
    assert results["queries_with_hits"] >= len(bench.QUERIES) - 2
    assert results["passages"] > 200 * 10 and results["naive_queries"] == 2
