"""Benchmark: ``python -m briefing.bench [--releases N] [--json] [--overlap FILE]``.

Writes a deterministic synthetic archive (see ``bench_corpus``) into a temp folder and
measures every target of the archive-scale issue through the paths a user takes:

- import from scratch and importing 10 new files, by ``briefing import`` in a process;
- every CLI read command cold, each in a fresh process: wall time, peak RSS, output size;
- ``set-date`` and a pin, by the CLI (a cold process) and by the store calls the app makes;
- the app in a process of its own, headless, as a user starts it: first paint, the
  first query typed at launch answered, the Quotes pane, the Releases filter per
  keystroke, RSS, ``ctrl+q``;
- in-process search latency over 52 fixed queries against the naive thefuzz scan;
- the top-10 overlap with a saved baseline (``--overlap FILE``);
- rebuilding a deleted ``cache/`` (the first ``search`` after ``rm -rf cache``).

Every child process has a timeout and a memory cap: a path that stalls reports
"timeout" (or "error") instead of hanging the run or swamping the machine.

What the bench reaches into besides the CLI and the app is kept in a few small
functions, to re-point when the store or the search engine changes: ``_open_search``,
``_naive_corpus``, ``_open_writer`` (and the widget ids in ``_measure_app``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

SEED = 2024
EXTRA_SEED = 2025  # the 10 new files imported into the full archive
NEW_FILES = 10
TOP = 10
APP_QUERY = "knife crime"
SPEAKER = "rowley"
LATEST_QUERY = "police officers"
PACK = "bench"
WRITES = 20  # in-process set-date and pin calls timed
DEFAULT_TIMEOUT = 120.0
DEFAULT_MEM_CAP_MB = 4096

# Targets (the issue's, for 50,000 releases on the 2-core development machine).
CLI_SECONDS, CLI_MB = 0.5, 150
QUOTES_OUTPUT_MB = 5
IMPORT_PER_S = 500
IMPORT_NEW_S = 3.0
WRITE_MS = 100
FIRST_PAINT_S, FIRST_QUERY_S, QUOTES_PANE_S, FILTER_MS = 0.5, 1.5, 0.5, 100
APP_MB, QUIT_S = 300, 0.5
SEARCH_P95_MS, SPEEDUP = 30, 20
CACHE_REBUILD_S = 60


# ------------------------------------------------------------------ engine hooks
# The only places the bench calls the store or the search engine in-process: re-point
# these when the engine changes. Everything else goes through the CLI or the app.


def _open_search(data_dir: Path) -> Callable[[str, int], list[dict]]:
    """The engine as the app uses it: ``search(query, limit)`` -> hits, best first.

    Each hit is a dict with at least release_id, kind, block, ref, text (and score).
    Opening (including bringing any cache up to date) happens here, not in the call.
    """
    from briefing.search.service import SearchService
    from briefing.store import Store

    service = SearchService(Store(data_dir, seed=False))

    def search(query: str, limit: int = 50) -> list[dict]:
        return [hit.to_dict() for hit in service.search(query, limit=limit).hits]

    return search


def _naive_corpus(data_dir: Path) -> list[str]:
    """Every searchable passage's text, for the naive thefuzz scan the engine is compared with."""
    from briefing.store import Store

    model = Store(data_dir, seed=False).read_model
    return [text for (text,) in model.all("SELECT text FROM passages")]


@dataclass
class Writer:
    set_date: Callable[[str, str], object]  # (release id, YYYY-MM-DD)
    pin: Callable[[str, str], object]  # (pack name, quote/figure/passage id)


def _open_writer(data_dir: Path) -> Writer:
    """The store calls the app makes for a user's save: correct a date, pin a quote."""
    from briefing.packs import Packs
    from briefing.store import Store

    store = Store(data_dir, seed=False)
    packs = Packs(store)

    def pin(name: str, ref: str) -> object:
        if name not in packs.names():
            packs.create(name)
        return packs.add(name, ref)

    return Writer(set_date=store.set_date, pin=pin)


# ------------------------------------------------------------------------ helpers


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


def _dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


@dataclass
class Child:
    """One child process's run: how it ended, its wall time, its own peak RSS, its output."""

    status: str  # ok | timeout | error
    wall_s: float
    peak_rss_mb: float
    out_bytes: int
    returncode: int | None
    stdout: Path
    error: str = ""

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "wall_s": self.wall_s,
            "peak_rss_mb": self.peak_rss_mb,
            "out_mb": self.out_bytes / 1e6,
            "returncode": self.returncode,
            "error": self.error,
        }


class _PeakWatch:
    """A child's own peak memory, read from /proc while it runs (Linux).

    ``ru_maxrss`` from wait4 also counts the pages the child had as a fork of this
    process before it exec'd: once the benchmark holds 1.9 M passages for the naive
    scan, every later child would seem to use 500 MB. VmHWM is the exec'd program's own.
    """

    def __init__(self, pid: int) -> None:
        self.mb = 0.0
        self._path = Path(f"/proc/{pid}/status")
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        if self._path.exists():
            self._thread.start()

    def _read(self) -> None:
        try:
            for line in self._path.read_text(encoding="ascii").splitlines():
                if line.startswith("VmHWM:"):
                    self.mb = max(self.mb, int(line.split()[1]) / 1024)
        except (OSError, ValueError):
            return

    def _watch(self) -> None:
        while not self._done.wait(0.01):
            self._read()

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()


def run_child(
    command: list[str], out_dir: Path, name: str, timeout: float, mem_cap_mb: int
) -> Child:
    """Run ``command`` alone; its wall time and peak RSS come from its own rusage (wait4).

    stdout goes to a file (its size is the output size); a child still running after
    ``timeout`` seconds is killed and reported as a timeout. The address-space cap
    keeps a runaway child from taking the machine: it fails (an "error") instead.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stdout, stderr = out_dir / f"{name}.out", out_dir / f"{name}.err"

    def cap() -> None:
        if mem_cap_mb:
            limit = mem_cap_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with open(stdout, "wb") as out, open(stderr, "wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, preexec_fn=cap
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            process.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        peak = _PeakWatch(process.pid)
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
            peak.stop()
        wall = time.perf_counter() - started
    process.returncode = code = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    rss = peak.mb or usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    if killed.is_set():
        return Child("timeout", wall, rss, stdout.stat().st_size, None, stdout, f"> {timeout:g} s")
    if code != 0:
        tail = stderr.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        why = tail[-1] if tail else f"exit status {code}"
        if "MemoryError" in why or code == -9:
            why = f"{why} (memory cap {mem_cap_mb} MB)"
        return Child("error", wall, rss, stdout.stat().st_size, code, stdout, why[:200])
    return Child("ok", wall, rss, stdout.stat().st_size, code, stdout)


def compile_bytecode() -> None:
    """Compile the package's bytecode, as ``pip install`` does when it installs it.

    Every timed process starts cold, as a user's does; but a checkout or an editable
    install run with ``PYTHONDONTWRITEBYTECODE`` set would compile every module from source
    on every start (about 0.2 s for the app), a cost no installed copy pays.
    """
    import compileall

    import briefing

    compileall.compile_dir(Path(briefing.__file__).parent, quiet=1)


def _briefing(data_dir: Path, *args: str) -> list[str]:
    """The command line a user types, run by this interpreter (the installed package)."""
    return [sys.executable, "-m", "briefing", "--data-dir", str(data_dir), *args]


def _key(hit: dict) -> tuple:
    return (hit["release_id"], hit["kind"], hit["block"], hit.get("ref"))


def top_hits(search: Callable[[str, int], list[dict]], top: int = TOP) -> dict[str, list[dict]]:
    """Each benchmark query's best ``top`` hits: where they are (and their text)."""
    fields = ("release_id", "kind", "block", "ref", "score", "text")
    return {
        query: [{key: hit.get(key) for key in fields} for hit in search(query, top)[:top]]
        for query in QUERIES
    }


def overlap(baseline: dict, current: dict[str, list[dict]], top: int = TOP) -> dict:
    """Per query, the share of the baseline's top hits the current engine also returns.

    A hit is the same hit when release, kind, block and ref agree (its text and score
    may differ). A query the baseline answered with nothing counts as fully kept.
    """
    per_query = {}
    for query in QUERIES:
        before = [_key(hit) for hit in baseline["queries"].get(query, [])[:top]]
        after = {_key(hit) for hit in current.get(query, [])[:top]}
        per_query[query] = sum(key in after for key in before) / len(before) if before else 1.0
    return {
        "baseline_releases": baseline.get("releases"),
        "mean": statistics.fmean(per_query.values()),
        "min": min(per_query.values()),
        "identical": sum(1 for share in per_query.values() if share == 1.0),
        "per_query": per_query,
    }


def save_top_hits(data_dir: Path, path: Path, releases: int | None = None) -> dict:
    """Write the current engine's top hits for the 52 queries (the ``--overlap`` format)."""
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=Path(__file__).parent
    ).stdout.strip()
    saved = {
        "releases": releases,
        "seed": SEED,
        "limit": TOP,
        "engine": head,
        "call": "briefing.bench._open_search(data_dir)(query, 10)",
        "queries": top_hits(_open_search(data_dir)),
    }
    path.write_text(json.dumps(saved, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return saved


# ---------------------------------------------------------------------- the run


def run(
    releases: int,
    naive_queries: int | None = None,
    overlap_file: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    mem_cap_mb: int = DEFAULT_MEM_CAP_MB,
    keep: Path | None = None,
) -> dict:
    results: dict = {
        "releases": releases,
        "queries": len(QUERIES),
        "timeout_s": timeout,
        "mem_cap_mb": mem_cap_mb,
    }
    # Here, not at the top: the app's child process (this module too) must not pay for
    # the generator's imports in the first paint it measures.
    from briefing.bench_corpus import write_archive

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as temp:
        root = keep or Path(temp)
        archive, data_dir, logs = root / "archive", root / "data", root / "logs"

        def child(name: str, command: list[str], seconds: float = timeout) -> Child:
            return run_child(command, logs, name, seconds, mem_cap_mb)

        compile_bytecode()
        started = time.perf_counter()
        write_archive(archive, releases, seed=SEED)
        results["generate_s"] = time.perf_counter() - started

        # Import from scratch, as a user does (the store is seeded with the bundled releases).
        run_import = child(
            "import",
            _briefing(data_dir, "import", str(archive), "--json"),
            max(timeout, releases / 20),
        )
        results["import"] = run_import.to_json()
        results["import"]["per_s"] = releases / run_import.wall_s
        if run_import.status == "ok":
            report = json.loads(run_import.stdout.read_text(encoding="utf-8"))
            results["import"]["imported"] = report["imported"]
            results["import"]["failed"] = len(report["failed"])
        results["store_mb"] = _dir_mb(data_dir) if data_dir.exists() else 0.0

        results["cli"] = _cli_reads(data_dir, logs, child)
        ids = _ids(logs / "releases.out")

        # In process: the engine's latency, the naive scan, the overlap with a baseline.
        results.update(_search_timings(data_dir, naive_queries, overlap_file))

        results["app"] = _app_timings(data_dir, releases, timeout, mem_cap_mb, logs)

        results["writes"] = _writes(data_dir, ids, child)

        extra = root / "new"
        write_archive(extra, NEW_FILES, seed=EXTRA_SEED, first=releases)
        results["import_new"] = child(
            "import-new", _briefing(data_dir, "import", str(extra), "--json")
        ).to_json()

        shutil.rmtree(data_dir / "cache", ignore_errors=True)
        rebuild = child(
            "cache-rebuild",
            _briefing(data_dir, "search", APP_QUERY, "--json"),
            max(timeout, 2 * CACHE_REBUILD_S),
        )
        results["cache_rebuild"] = rebuild.to_json()
        results["bench_peak_rss_mb"] = _peak_rss_mb()
    results["rows"] = rows(results)
    return results


def _ids(releases_json: Path) -> dict:
    """Release ids to read, compare, re-date and pin, from ``releases --json`` (newest first)."""
    try:
        listed = json.loads(releases_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    with_quotes = [r["id"] for r in listed if r.get("quotes")]
    with_stats = [r["id"] for r in listed if r.get("stats")] or [r["id"] for r in listed]
    if not listed:
        return {}
    middle = with_stats[len(with_stats) // 2]
    return {
        "release": middle,
        "compare": [with_stats[0], middle],
        "quotes": [f"{rid}.q1" for rid in with_quotes[: WRITES + 1]],
        "dated": [r["id"] for r in listed[: WRITES + 1]],
    }


def _cli_reads(data_dir: Path, logs: Path, child: Callable[..., Child]) -> dict:
    """Every read command, cold: a fresh process each, one after the other.

    ``releases --json`` runs first: the ids the others need come from its output.
    """
    found: dict = {}
    found["releases --json"] = child(
        "releases", _briefing(data_dir, "releases", "--json")
    ).to_json()
    ids = _ids(logs / "releases.out")
    rid = ids.get("release")
    commands = [
        ("search", f'search "{APP_QUERY}" --json', ["search", APP_QUERY, "--json"]),
        ("speakers", "speakers --json", ["speakers", "--json"]),
        ("quotes", f"quotes --speaker {SPEAKER} --json",
         ["quotes", "--speaker", SPEAKER, "--json"]),
        ("stats", "stats --release ID --json", ["stats", "--release", rid, "--json"] if rid else None),
        ("latest", f'latest "{LATEST_QUERY}" --json', ["latest", LATEST_QUERY, "--json"]),
        ("compare", "compare ID ID --json",
         ["compare", *ids["compare"], "--json"] if rid else None),
        ("show", "show ID", ["show", rid] if rid else None),
    ]  # fmt: skip
    for name, label, args in commands:
        if args is None:
            found[label] = {"status": "skipped", "error": "no release ids (releases --json failed)"}
        else:
            found[label] = child(name, _briefing(data_dir, *args)).to_json()
    return found


def _search_timings(data_dir: Path, naive_queries: int | None, overlap_file: Path | None) -> dict:
    found: dict = {}
    started = time.perf_counter()
    search = _open_search(data_dir)
    found["open_search_s"] = time.perf_counter() - started
    timings, answered = [], 0
    for query in QUERIES:
        started = time.perf_counter()
        hits = search(query, 50)
        timings.append(time.perf_counter() - started)
        answered += bool(hits)
    found["search"] = _percentiles(timings)
    found["queries_with_hits"] = answered
    if overlap_file:
        baseline = json.loads(Path(overlap_file).read_text(encoding="utf-8"))
        found["overlap"] = overlap(baseline, top_hits(search))
    del search

    from thefuzz import process

    corpus = _naive_corpus(data_dir)
    found["passages"] = len(corpus)
    naive = QUERIES[: naive_queries or len(QUERIES)]
    naive_timings = []
    for query in naive:
        started = time.perf_counter()
        process.extract(query, corpus, limit=50)
        naive_timings.append(time.perf_counter() - started)
    found["naive"] = _percentiles(naive_timings)
    found["naive_queries"] = len(naive)
    for at in ("p50", "p95"):
        found[f"speedup_{at}"] = found["naive"][f"{at}_ms"] / max(found["search"][f"{at}_ms"], 1e-6)
    return found


def _writes(data_dir: Path, ids: dict, child: Callable[..., Child]) -> dict:
    """A user's saves: by the CLI (one cold process each) and by the app's store calls."""
    found: dict = {}
    if not ids.get("dated") or not ids.get("quotes"):
        return {"skipped": "no release or quote ids (releases --json failed)"}
    found["cli_set_date"] = child(
        "set-date", _briefing(data_dir, "set-date", ids["dated"][0], "2020-02-02")
    ).to_json()
    found["cli_pin"] = child(
        "pin", _briefing(data_dir, "pack", "add", PACK, ids["quotes"][0])
    ).to_json()
    started = time.perf_counter()
    writer = _open_writer(data_dir)
    found["open_store_s"] = time.perf_counter() - started
    dates, pins = [], []
    for n, rid in enumerate(ids["dated"][1:] or ids["dated"]):
        started = time.perf_counter()
        writer.set_date(rid, f"2020-01-{1 + n % 28:02d}")
        dates.append(time.perf_counter() - started)
    for ref in ids["quotes"][1:] or ids["quotes"]:
        started = time.perf_counter()
        writer.pin(PACK, ref)
        pins.append(time.perf_counter() - started)
    found["set_date"], found["pin"] = _percentiles(dates), _percentiles(pins)
    return found


# ---------------------------------------------------------------------------- app

APP_STEPS = (
    "first_paint",
    "first_query",
    "quotes_pane",
    "releases_pane",
    "sort_by_title",
    "filter",
)
APP_RUNS = 3


def _app_timings(
    data_dir: Path, releases: int, timeout: float, mem_cap_mb: int, logs: Path
) -> dict:
    """The app started ``APP_RUNS`` times, each in a process of its own as a user starts
    it (see ``_measure_app``): each measure is the median of the runs (one start is at
    the mercy of whatever else the machine does in that half second), memory the most."""
    runs = [
        _app_run(data_dir, releases, timeout, mem_cap_mb, logs, f"app-{number}")
        for number in range(1, APP_RUNS + 1)
    ]
    found: dict = {
        "runs": runs,
        "process": next((r["process"] for r in runs if r["process"]["status"] != "ok"), None)
        or runs[0]["process"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
    }
    for step in ("imports", *APP_STEPS, "quit_s"):
        values: list[Any] = [r.get(step) for r in runs]
        failed = [v for v in values if isinstance(v, str) or v is None]
        if failed:  # a run that timed out or failed is the result
            found[step] = failed[0] or "error"
        elif isinstance(values[0], dict):  # the filter's keystrokes
            found[step] = {key: statistics.median(v[key] for v in values) for key in values[0]}
        else:
            found[step] = statistics.median(values)
    return found


def _app_run(
    data_dir: Path, releases: int, timeout: float, mem_cap_mb: int, logs: Path, name: str
) -> dict:
    launched = time.time()
    command = [
        sys.executable,
        "-m",
        "briefing.bench",
        "--app-child",
        str(data_dir),
        "--app-launched",
        repr(launched),
        "--timeout",
        str(timeout),
        "--releases",
        str(releases),
    ]
    ran = run_child(command, logs, name, timeout * len(APP_STEPS) + 30, mem_cap_mb)
    ended = launched + ran.wall_s
    found: dict = {"process": ran.to_json(), "peak_rss_mb": ran.peak_rss_mb}
    for line in ran.stdout.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            found.update(json.loads(line))
    if "quit_pressed" in found:
        found["quit_s"] = ended - found.pop("quit_pressed")
    for step in (*APP_STEPS, "quit_s"):
        found.setdefault(step, "error" if ran.status == "error" else "timeout")
    return found


def _rows_of(widget) -> int:
    """How many rows a list or table widget shows (OptionList, DataTable, ListView...)."""
    for attribute in ("row_count", "option_count"):
        if hasattr(widget, attribute):
            return int(getattr(widget, attribute))
    return len(widget.children)


def _send_key(app, key: str) -> None:
    """Deliver a key press as the terminal driver does, without waiting for it.

    ``Pilot.press`` waits after each key until the process looks idle (up to a second,
    twice), which would be timed as the app's latency; here the bench polls the widgets
    instead. The key and character are made as ``App._press_keys`` makes them.
    """
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)


async def _measure_app(data_dir: Path, launched: float, timeout: float, releases: int) -> None:
    """Headless, in this process: each measure printed as a JSON line as soon as known.

    Times are from ``launched`` (when the parent started this process), so Python's
    start and the imports count, as they do for a user. "Shown" is read from the
    widgets, polled every 5 ms: a list's row count above 0 and no loading indicator.
    """
    from textual.widgets import Input

    def report(**values: object) -> None:
        print(json.dumps(values), flush=True)

    from briefing.ui.app import make_app

    report(imports=time.time() - launched)  # Python's start and the app's imports

    def since_launch() -> float:
        return time.time() - launched

    async def until(condition: Callable[[], bool], seconds: float = timeout) -> bool:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            try:
                if condition():
                    return True
            except Exception:  # noqa: BLE001 - a widget not mounted yet is "not shown yet"
                pass
            await asyncio.sleep(0.005)
        return False

    def shown(selector: str) -> bool:
        widget = app.query_one(selector)
        return _rows_of(widget) > 0 and not widget.loading

    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        report(first_paint=since_launch())

        # The first query, typed at launch, all at once (the search box has the focus).
        for key in APP_QUERY:
            _send_key(app, key)
        box = app.query_one("#search-box", Input)
        ok = await until(lambda: box.value == APP_QUERY and shown("#search-hits"))
        report(first_query=since_launch() if ok else "timeout")

        # Quotes: from the hits (Escape leaves the search box, where "2" would be typed),
        # press 2, until the first speaker's quotes are listed.
        await pilot.press("escape")
        started = time.perf_counter()
        _send_key(app, "2")
        ok = await until(lambda: shown("#speakers") and shown("#quotes"))
        report(quotes_pane=time.perf_counter() - started if ok else "timeout")

        # Releases: press 4, until the table has rows; then the filter, key by key.
        started = time.perf_counter()
        _send_key(app, "4")
        ok = await until(lambda: shown("#releases-table"))
        report(releases_pane=time.perf_counter() - started if ok else "timeout")
        if ok:
            report(sort_by_title=await _sort_by_title(app, until))
            report(filter=await _filter_keystrokes(app, pilot, until, releases))

        quit_pressed = time.time()
        report(quit_pressed=quit_pressed)
        _send_key(app, "ctrl+q")
        await until(lambda: not app.is_running, timeout)


async def _sort_by_title(app, until) -> float | str:
    """``s`` twice on the Releases table (oldest first, then by title): the time from the
    second press until the table's first page is in that order; then ``s`` round to
    newest first again, for the filter's measure."""
    summary = app.query_one("#releases-summary")

    def says(words: str) -> bool:
        return words in str(summary.content)

    _send_key(app, "s")
    if not await until(lambda: says("oldest first")):
        return "timeout"
    started = time.perf_counter()
    _send_key(app, "s")
    if not await until(lambda: says("by title")):
        return "timeout"
    elapsed = time.perf_counter() - started
    for _ in range(4):  # publisher, quotes, figures, newest
        _send_key(app, "s")
    if not await until(lambda: not says(" · by ")):
        return "timeout"
    return elapsed


async def _filter_keystrokes(app, pilot, until, releases: int) -> dict | str:
    """Type "(" and then the digits of the last release's number into the Releases filter.

    Synthetic titles end "(number)", so each digit narrows the table (1111 -> 111 -> 11
    -> 1 for 9999): a keystroke is done when the row count changes. "(" itself is typed
    and left to settle first, unmeasured (not every filter would narrow on it).
    """
    table = app.query_one("#releases-table")

    def state() -> tuple:
        # The row count, and the summary under the table (a paged or virtual table may
        # keep its row count and say "N of M releases" there instead).
        try:
            summary = str(app.query_one("#releases-summary").content)
        except Exception:  # noqa: BLE001 - no summary widget: the row count alone
            summary = ""
        return _rows_of(table), summary

    await pilot.press("slash", "(")
    settled, last = time.perf_counter(), state()
    while time.perf_counter() - settled < 0.5:  # unchanged for half a second
        await asyncio.sleep(0.02)
        if state() != last:
            settled, last = time.perf_counter(), state()
    timings = []
    for digit in str(max(releases - 1, 1)):
        before = state()
        started = time.perf_counter()
        _send_key(app, digit)
        if not await until(lambda before=before: state() != before):
            return "timeout"
        timings.append(time.perf_counter() - started)
    return {**_percentiles(timings), "keys": len(timings), "rows_left": _rows_of(table)}


# ------------------------------------------------------------------------ the table


def _s(value) -> str:
    return f"{value:.2f} s" if isinstance(value, float) else str(value)


def _child_row(name: str, ran: dict, seconds: float | None, mb: float | None) -> tuple:
    """A child process's row: its wall time and RSS against the bounds, or why it has none."""
    target = (
        " · ".join(
            part
            for part in (f"≤ {seconds:g} s" if seconds else "", f"≤ {mb:g} MB" if mb else "")
            if part
        )
        or "—"
    )
    if ran.get("status") != "ok":
        why = ran.get("error", "")
        wall = (
            f" after {ran['wall_s']:.1f} s, {ran['peak_rss_mb']:.0f} MB" if "wall_s" in ran else ""
        )
        return (
            name,
            f"{ran.get('status')}{wall} ({why})" if why else ran.get("status"),
            target,
            False if (seconds or mb) else None,
        )
    result = f"{ran['wall_s']:.2f} s · {ran['peak_rss_mb']:.0f} MB"
    ok = (seconds is None or ran["wall_s"] <= seconds) and (mb is None or ran["peak_rss_mb"] <= mb)
    return name, result, target, ok if (seconds or mb) else None


def rows(results: dict) -> list[tuple[str, str, str, bool | None]]:
    """(measure, result, target, ok) for every measure; ok None where there is no target."""
    table: list[tuple] = []
    add = table.append
    add(
        (
            "releases (synthetic) / passages",
            f"{results['releases']:,} / {results.get('passages', 0):,}",
            "",
            None,
        )
    )
    add(("generate the archive", f"{results['generate_s']:.1f} s", "", None))
    imported = results["import"]
    row = _child_row("import from scratch (CLI)", imported, None, None)
    if imported["status"] == "ok":
        row = (
            row[0],
            f"{imported['per_s']:.0f} releases/s ({imported['wall_s']:.1f} s, "
            f"{imported['peak_rss_mb']:.0f} MB)",
            f"≥ {IMPORT_PER_S}/s",
            imported["per_s"] >= IMPORT_PER_S,
        )
    else:
        row = (*row[:2], f"≥ {IMPORT_PER_S}/s", False)
    add(row)
    add(("store on disk (data dir after import)", f"{results['store_mb']:.0f} MB", "", None))
    for label, ran in results["cli"].items():
        add(_child_row(f"cold: {label}", ran, CLI_SECONDS, CLI_MB))
        if label.startswith("quotes") and "out_mb" in ran:
            add(
                (
                    f"  output of {label}",
                    f"{ran['out_mb']:.2f} MB",
                    f"≤ {QUOTES_OUTPUT_MB} MB",
                    ran["status"] == "ok" and ran["out_mb"] <= QUOTES_OUTPUT_MB,
                )
            )
        if label.startswith("latest") and "out_mb" in ran:
            add((f"  output of {label}", f"{ran['out_mb']:.2f} MB", "", None))
    add(("search, in process: open", f"{results['open_search_s']:.2f} s", "", None))
    search = results["search"]
    add(
        (
            "search p50 / p95 / max",
            "{p50_ms:.1f} / {p95_ms:.1f} / {max_ms:.1f} ms".format(**search),
            f"p95 ≤ {SEARCH_P95_MS} ms",
            search["p95_ms"] <= SEARCH_P95_MS,
        )
    )
    add(
        (
            f"naive scan p50 / p95 / max ({results['naive_queries']} queries)",
            "{p50_ms:.0f} / {p95_ms:.0f} / {max_ms:.0f} ms".format(**results["naive"]),
            "",
            None,
        )
    )
    low = min(results["speedup_p50"], results["speedup_p95"])
    add(
        (
            "speed-up at p50 / p95",
            f"{results['speedup_p50']:.0f}× / {results['speedup_p95']:.0f}×",
            f"≥ {SPEEDUP}×",
            low >= SPEEDUP,
        )
    )
    add(("queries with hits", f"{results['queries_with_hits']} of {results['queries']}", "", None))
    if "overlap" in results:
        share = results["overlap"]
        add(
            (
                f"top-{TOP} overlap with baseline ({share['baseline_releases']:,} releases)",
                f"mean {share['mean']:.0%}, min {share['min']:.0%}, "
                f"{share['identical']} of {len(share['per_query'])} queries identical",
                "same or better hits",
                None,
            )
        )
        if share["baseline_releases"] != results["releases"]:
            add(
                (
                    "  (overlap: the baseline is of another archive size: not comparable)",
                    "",
                    "",
                    None,
                )
            )
    app = results["app"]

    def app_row(name: str, value, bound: float, unit: str = "s") -> None:
        if not isinstance(value, float):
            add((name, str(value), f"≤ {bound:g} {unit}", False))
        else:
            add((name, f"{value:.2f} s", f"≤ {bound:g} {unit}", value <= bound))

    app_row(
        f"app: first paint (from launch; each app row the median of {APP_RUNS} starts)",
        app["first_paint"],
        FIRST_PAINT_S,
    )
    if isinstance(app.get("imports"), float):
        add(("  of which Python's start and imports", f"{app['imports']:.2f} s", "", None))
    app_row(
        f'app: first query "{APP_QUERY}" answered (from launch)', app["first_query"], FIRST_QUERY_S
    )
    app_row("app: Quotes pane shows quotes (after 2)", app["quotes_pane"], QUOTES_PANE_S)
    if isinstance(app["releases_pane"], float):
        add(("app: Releases pane shows rows (after 4)", f"{app['releases_pane']:.2f} s", "", None))
    else:
        add(("app: Releases pane shows rows (after 4)", str(app["releases_pane"]), "", None))
    add(("app: Releases sorted by title (s, after oldest)", _s(app["sort_by_title"]), "", None))
    typed = app["filter"]
    if isinstance(typed, dict):
        add(
            (
                "app: Releases filter per keystroke p50 / max",
                f"{typed['p50_ms']:.0f} / {typed['max_ms']:.0f} ms ({typed['keys']} keys)",
                f"≤ {FILTER_MS} ms",
                typed["max_ms"] <= FILTER_MS,
            )
        )
    else:
        add(("app: Releases filter per keystroke", str(typed), f"≤ {FILTER_MS} ms", False))
    add(
        (
            "app: peak memory (RSS)",
            f"{app['peak_rss_mb']:.0f} MB",
            f"≤ {APP_MB} MB",
            app["process"]["status"] == "ok" and app["peak_rss_mb"] <= APP_MB,
        )
    )
    app_row("app: ctrl+q to process exit", app["quit_s"], QUIT_S)
    if app["process"]["status"] != "ok":
        add(("app: process", f"{app['process']['status']}: {app['process']['error']}", "", False))
    writes = results["writes"]
    if "skipped" in writes:
        add(("set-date / pin", f"skipped: {writes['skipped']}", f"≤ {WRITE_MS} ms", False))
    else:
        add(_child_row("set-date (CLI, cold process)", writes["cli_set_date"], None, None))
        add(_child_row("pin: pack add (CLI, cold process)", writes["cli_pin"], None, None))
        for name, key in (("set-date", "set_date"), ("pin", "pin")):
            timing = writes[key]
            add(
                (
                    f"{name} (the app's store call) p50 / p95",
                    "{p50_ms:.1f} / {p95_ms:.1f} ms".format(**timing),
                    f"p95 ≤ {WRITE_MS} ms",
                    timing["p95_ms"] <= WRITE_MS,
                )
            )
    add(
        _child_row(f"import {NEW_FILES} new files (CLI)", results["import_new"], IMPORT_NEW_S, None)
    )
    add(
        _child_row(
            "rebuild a deleted cache/ (first search)",
            results["cache_rebuild"],
            CACHE_REBUILD_S,
            None,
        )
    )
    add(("bench process peak RSS", f"{results['bench_peak_rss_mb']:.0f} MB", "", None))
    return table


def format_table(results: dict) -> str:
    header = ("measure", "result", "target", "ok?")
    lines = [
        (name, result, target, "" if ok is None else ("yes" if ok else "NO"))
        for name, result, target, ok in results["rows"]
    ]
    widths = [max(len(str(row[i])) for row in [header, *lines]) for i in range(4)]

    def line(row) -> str:
        return "| " + " | ".join(f"{str(c):<{w}}" for c, w in zip(row, widths, strict=True)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in lines]
    share = results.get("overlap")
    if share:
        out.append("")
        out.append(f"top-{TOP} overlap per query:")
        out += [f"  {value:4.0%}  {query}" for query, value in share["per_query"].items()]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m briefing.bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--releases",
        type=int,
        default=10_000,
        metavar="N",
        help="synthetic releases in the archive (up to 50,000)",
    )
    parser.add_argument(
        "--naive-queries",
        type=int,
        default=None,
        metavar="K",
        help="run only the first K queries through the naive baseline",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--overlap",
        type=Path,
        metavar="FILE",
        help="report the top-10 overlap with a baseline saved by --save-top10; "
        "with --data-dir, only that",
    )
    parser.add_argument(
        "--save-top10",
        type=Path,
        metavar="FILE",
        help="with --data-dir: save the engine's top-10 hits for the 52 queries",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="an imported archive for --overlap / --save-top10",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help="per child process and per app step (default %(default)g s)",
    )
    parser.add_argument(
        "--mem-cap",
        type=int,
        default=DEFAULT_MEM_CAP_MB,
        metavar="MB",
        help="address-space cap per child process, 0 for none (default %(default)d)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="build the archive, data dir and logs here and keep them",
    )
    parser.add_argument("--app-child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    parser.add_argument("--app-launched", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.app_child:
        asyncio.run(
            _measure_app(
                Path(args.app_child), args.app_launched or time.time(), args.timeout, args.releases
            )
        )
        return 0
    if not 1 <= args.releases <= 50_000:
        parser.error("--releases must be between 1 and 50,000")
    if args.data_dir and (args.save_top10 or args.overlap):
        if args.save_top10:
            save_top_hits(args.data_dir, args.save_top10, args.releases)
            print(f"saved the top-{TOP} hits of {len(QUERIES)} queries to {args.save_top10}")
        if args.overlap:
            baseline = json.loads(args.overlap.read_text(encoding="utf-8"))
            share = overlap(baseline, top_hits(_open_search(args.data_dir)))
            if args.json:
                print(json.dumps(share, indent=2))
            else:
                print(
                    format_table(
                        {
                            "rows": [
                                (
                                    f"top-{TOP} overlap",
                                    f"mean {share['mean']:.0%}, min {share['min']:.0%}",
                                    "",
                                    None,
                                )
                            ],
                            "overlap": share,
                        }
                    )
                )
        return 0
    if args.keep and args.keep.is_dir() and any(args.keep.iterdir()):
        # A kept data dir would be re-imported as "unchanged", not imported from scratch.
        parser.error(f"--keep: {args.keep} is not empty; give a new or empty folder")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    results = run(
        args.releases, args.naive_queries, args.overlap, args.timeout, args.mem_cap, args.keep
    )
    if args.keep:
        (args.keep / "results.json").write_text(json.dumps(results, indent=2) + "\n")
        (args.keep / "results.md").write_text(format_table(results) + "\n")
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(format_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
