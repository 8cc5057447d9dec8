"""Benchmark: ``python -m briefing.bench [--releases N] [--json]``.

Builds a deterministic synthetic archive (see ``bench_corpus``) in a temp data
dir and measures, through the real code paths: import throughput, opening the
store and building the search index, the app's first paint and search-ready
time (headless), search latency over a fixed query set against the naive
thefuzz scan, a user's save (set-date) latency, and peak memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefing.bench_corpus import write_archive

QUERIES = [
    # words
    "knife crime", "gun crime", "robbery", "police officers", "violence reduction unit",
    "neighbourhood policing", "cost of living", "mobile phone", "shoplifting", "burglary",
    "town centre teams", "facial recognition", "young londoners", "record funding", "west end",
    "city hall", "homicides", "antisocial behaviour", "victims of crime", "safer london",
    # phrases
    '"build a safer London"', '"cost-of-living crisis"', '"Violence Reduction Unit"',
    '"record 34,200 officers"', '"tough on crime"', '"neighbourhood policing"',
    '"mobile police station"', '"personal robbery"', '"Police and Crime Plan"', '"West End"',
    # speakers
    "speaker:khan robbery", "speaker:rowley", "speaker:rolfe violence", "speaker:\"the mayor\" safer",
    "speaker:richards patrols", "kind:quote safer", "kind:stat gun crime", "after:2023 robbery",
    "before:2020 police", "knife -injury",
    # typos and unfinished words
    "knif crme", "rowly", "facial recogniton", "polise oficers", "robery", "violance",
    "neighbourhod", "shopliftng", "burglery", "mayer of londn", "cost of liv", "safer neighb",
]  # fmt: skip


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": p95 * 1000,
        "max_ms": ordered[-1] * 1000,
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory."""
    try:  # Linux: VmHWM is this process's own (ru_maxrss can carry the parent's over a fork)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(releases: int, naive_queries: int | None = None) -> dict:
    from briefing.searching import SearchService
    from briefing.searching import passages as all_passages
    from briefing.store import Store

    results: dict = {"releases": releases, "queries": len(QUERIES)}
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as temp:
        temp_dir = Path(temp)
        started = time.perf_counter()
        write_archive(temp_dir / "archive", releases)
        results["generate_s"] = time.perf_counter() - started

        data_dir = temp_dir / "data"
        store = Store(data_dir, seed=False)
        started = time.perf_counter()
        report = store.import_paths([temp_dir / "archive"])
        elapsed = time.perf_counter() - started
        results["import_s"] = elapsed
        results["import_per_s"] = releases / elapsed
        results["import_failed"] = len(report.failed)
        del store

        started = time.perf_counter()
        store = Store(data_dir, seed=False)
        results["open_store_s"] = time.perf_counter() - started
        service = SearchService(store)
        started = time.perf_counter()
        service.build(use_cache=False)
        results["build_index_s"] = time.perf_counter() - started
        started = time.perf_counter()
        service.save_cache()
        results["save_index_cache_s"] = time.perf_counter() - started
        started = time.perf_counter()
        SearchService(store).build()
        results["load_index_cache_s"] = time.perf_counter() - started
        results["passages"] = service.passage_count

        timings, hits = [], []
        for query in QUERIES:
            started = time.perf_counter()
            found = service.search(query, limit=50)
            timings.append(time.perf_counter() - started)
            hits.append(len(found.hits))
        results["search"] = _percentiles(timings)
        results["queries_with_hits"] = sum(1 for count in hits if count)

        naive = QUERIES[: naive_queries or len(QUERIES)]
        passages = [p.text for p in all_passages(store)]
        naive_timings = []
        from thefuzz import process

        for query in naive:
            started = time.perf_counter()
            process.extract(query, passages, limit=50)
            naive_timings.append(time.perf_counter() - started)
        results["naive"] = _percentiles(naive_timings)
        results["naive_queries"] = len(naive)
        results["speedup_p50"] = results["naive"]["p50_ms"] / max(results["search"]["p50_ms"], 1e-6)
        results["speedup_p95"] = results["naive"]["p95_ms"] / max(results["search"]["p95_ms"], 1e-6)

        save_timings = []
        ids = store.release_ids()
        for n in range(40):
            started = time.perf_counter()
            store.set_date(ids[n % len(ids)], f"2020-01-{1 + n % 28:02d}")
            save_timings.append(time.perf_counter() - started)
        results["save"] = _percentiles(save_timings)

        results["bench_peak_rss_mb"] = _peak_rss_mb()
        del store, service, passages
        # Cold: no index cache (the first start after an upgrade); warm: every start after.
        (data_dir / "cache" / "search-index.bin").unlink(missing_ok=True)
        results["app_cold"] = _app_timings(data_dir)
        results["app"] = _app_timings(data_dir)
        results["peak_rss_mb"] = results["app"]["peak_rss_mb"]
    return results


def _app_timings(data_dir: Path) -> dict:
    """The app in a process of its own, as a user starts it: first paint, search-ready, memory."""
    import subprocess

    command = [sys.executable, "-m", "briefing.bench", "--app-only", str(data_dir)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output)


async def _measure_app(data_dir: Path) -> dict:
    """Headless: time to the first painted screen, to a search that returns hits, and RSS."""
    from briefing.ui.app import make_app

    started = time.perf_counter()
    app = make_app(data_dir)
    timings: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        timings["first_paint_s"] = time.perf_counter() - started
        while not app.search_ready and time.perf_counter() - started < 300:
            await pilot.pause(0.01)
        timings["search_ready_s"] = time.perf_counter() - started
        for query in QUERIES[:10]:
            app.search_service.search(query)
    timings["peak_rss_mb"] = _peak_rss_mb()
    return timings


def format_table(results: dict) -> str:
    app, cold = results["app"], results["app_cold"]
    rows = [
        ("releases", f"{results['releases']:,}  ({results['passages']:,} passages)"),
        ("import", f"{results['import_per_s']:.0f} releases/s  ({results['import_s']:.1f} s)"),
        ("open store", f"{results['open_store_s']:.2f} s"),
        (
            "build index",
            f"{results['build_index_s']:.2f} s  (from cache {results['load_index_cache_s']:.2f} s)",
        ),
        ("app first paint", f"{app['first_paint_s']:.2f} s  (cold {cold['first_paint_s']:.2f} s)"),
        (
            "app search-ready",
            f"{app['search_ready_s']:.2f} s  (cold {cold['search_ready_s']:.2f} s)",
        ),
        (
            "search p50 / p95 / max",
            "{p50_ms:.1f} / {p95_ms:.1f} / {max_ms:.1f} ms".format(**results["search"]),
        ),
        (
            "naive p50 / p95 / max",
            "{p50_ms:.0f} / {p95_ms:.0f} / {max_ms:.0f} ms".format(**results["naive"]),
        ),
        ("speed-up (p50, p95)", f"{results['speedup_p50']:.0f}×, {results['speedup_p95']:.0f}×"),
        ("save (set-date) p50 / p95", "{p50_ms:.1f} / {p95_ms:.1f} ms".format(**results["save"])),
        ("peak memory (RSS), app", f"{results['peak_rss_mb']:.0f} MB"),
        ("peak memory (RSS), bench", f"{results['bench_peak_rss_mb']:.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"| {name:<{width}} | {value} |" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m briefing.bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--releases", type=int, default=10_000, metavar="N")
    parser.add_argument("--naive-queries", type=int, default=None, metavar="K",
                        help="run only the first K queries through the naive baseline")  # fmt: skip
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--app-only", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.app_only:
        print(json.dumps(asyncio.run(_measure_app(Path(args.app_only)))))
        return 0
    results = run(args.releases, args.naive_queries)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(format_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
