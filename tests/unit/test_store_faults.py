"""The store under faults: killed writers, corrupt files, two processes, full disks, a held lock.

Nothing the user saved is ever lost: after each fault the store opens and holds
a consistent state, damaged files are kept aside, and errors are one clear line.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import briefing.storage
import briefing.store
from briefing.cli import main
from briefing.storage import CorruptStoreError, load_json_tables
from briefing.store import Store, StoreError

REPO = Path(__file__).resolve().parents[2]
TEMP_GLOB = ".tmp-*"


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("BRIEFING_DATA_DIR", None)
    return env


def finish(process: subprocess.Popen) -> tuple[str, str]:
    """The rest of a child's output. (Not communicate(): after a readline() it would skip
    what the line reader had already buffered.)"""
    out, err = process.stdout.read(), process.stderr.read()
    process.wait(timeout=60)
    return out, err


def temps(data_dir: Path) -> list[Path]:
    return list(data_dir.glob(TEMP_GLOB)) + list((data_dir / "originals").glob(TEMP_GLOB))


def release_text(tag: str) -> str:
    """A small release with one quote and a few figures, distinct for each ``tag``."""
    return (
        f"Council opens youth centre {tag} in Lewisham\n\n12 March 2024\n\n"
        f"The London Borough council today opened a new youth centre, number {tag} of the "
        "programme, offering evening clubs to young people across the area.\n\n"
        "Visits are up 12% to 4,500 a month since the pilot, and the centre cost £3 million "
        "to build.\n\n"
        "“This centre gives young people a safe place to go every evening,” said Jane Smith, "
        "director of youth services.\n"
    )


def write_release(folder: Path, tag: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"release-{tag}.txt"
    path.write_text(release_text(tag), encoding="utf-8")
    return path


def snapshot(data_dir: Path) -> dict[str, bytes]:
    """Every file in the data dir (but the lock), by relative path."""
    return {
        str(path.relative_to(data_dir)): path.read_bytes()
        for path in sorted(data_dir.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def assert_consistent(data_dir: Path) -> dict:
    """The store and user files parse; every quote and figure points at a release.

    (A corrected date may outlive its release on purpose: it comes back if the file is
    imported again.)
    """
    raw = load_json_tables(data_dir / "store.json")
    user = load_json_tables(data_dir / "user.json")
    ids = {doc["id"] for doc in raw.get("releases", {}).values()}
    assert len(ids) == len(raw.get("releases", {}))
    for table in ("quotes", "stats"):
        assert {doc["release_id"] for doc in raw.get(table, {}).values()} <= ids, table
    originals = {path.stem for path in (data_dir / "originals").glob("*.json")}
    assert ids <= originals, "a release without its original text"
    return {"raw": raw, "user": user, "ids": ids, "orphan_originals": len(originals - ids)}


# ---------------------------------------------------------------- (a) killed mid-write

WRITER = r"""
import sys
from pathlib import Path
from briefing.store import Store

data_dir, inbox, run = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
store = Store(data_dir, seed=False)
print("ready", flush=True)
path = None
for i in range(1_000_000):
    if path is not None and i % 3 == 2:  # an edited version of the last file: replaces it
        edited = path.read_text(encoding="utf-8") + f"Edited in round {i}.\n"
        path.write_text(edited, encoding="utf-8")
        op, status = "update", "updated"
    else:
        path = inbox / f"release-{run}-{i}.txt"
        path.write_text(TEXT.format(tag=f"{run}-{i}"), encoding="utf-8")
        op, status = "import", "imported"
    print("next", op, flush=True)
    result = store.import_paths([path]).results[0]
    if result.status != status:
        raise SystemExit(f"unexpected import result: {result}")
    print(status, flush=True)
    print("next date", flush=True)
    store.set_date(result.release_id, f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}")
    print("dated", flush=True)
"""

KILLS = 120
MIN_KILLS = 100
KILL_BUDGET_SECONDS = 50.0


def interrupted(out: str) -> tuple[dict[str, int], str | None]:
    """What a killed writer finished (by kind) and what it was doing when killed."""
    done = {"imported": 0, "updated": 0, "dated": 0}
    doing = None
    for line in out.splitlines():
        if line.startswith("next "):
            doing = line.split()[1]
        elif line in done:
            done[line] += 1
            doing = None
    return done, doing


@pytest.mark.slow
def test_kill_during_write_loop(tmp_path):
    """SIGKILL a writer at random moments; each time the store holds the state before or after."""
    data_dir, inbox = tmp_path / "data", tmp_path / "inbox"
    inbox.mkdir()
    writer = "TEXT = " + repr(release_text("{tag}")) + "\n" + WRITER
    rng = random.Random(20240607)
    releases = dates = 0
    seen = {"before": 0, "after": 0, "dates_before": 0, "dates_after": 0, "temps_left_by_kill": 0,
            "killed_before_ready": 0, "imported": 0, "updated": 0, "dated": 0,
            "killed_in": {"import": 0, "update": 0, "date": 0, None: 0}}  # fmt: skip
    start = time.monotonic()
    kills = 0
    while kills < KILLS and (kills < MIN_KILLS or time.monotonic() - start < KILL_BUDGET_SECONDS):
        process = subprocess.Popen(
            [sys.executable, "-c", writer, str(data_dir), str(inbox), str(kills)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=REPO,
        )  # fmt: skip
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0, 0.1))  # sometimes while it is still opening the store
            seen["killed_before_ready"] += 1
        else:
            line = process.stdout.readline()
            assert line == "ready\n", line + process.stderr.read()
            time.sleep(rng.uniform(0, 0.12))
        process.send_signal(signal.SIGKILL)
        out, err = finish(process)
        kills += 1
        assert process.returncode == -signal.SIGKILL, f"writer stopped by itself: {err}"
        done, doing = interrupted(out)
        for kind, number in done.items():
            seen[kind] += number
        seen["killed_in"][doing] += 1
        seen["temps_left_by_kill"] += bool(temps(data_dir)) if data_dir.exists() else 0
        if not (data_dir / "store.json").exists():
            assert releases == 0 and done["imported"] == 0  # killed before its first write
            continue

        # The files as the kill left them: whole, and the state before or after the interrupted
        # write (an update replaces a release, so only an import can add one).
        state = assert_consistent(data_dir)
        count = len(state["ids"])
        before = releases + done["imported"]
        allowed = (before, before + 1) if doing == "import" else (before,)
        assert count in allowed, (count, allowed, doing)
        seen["before" if count == before else "after"] += 1
        date_count = len(state["user"].get("dates", {}))
        dates_before = dates + done["dated"]
        allowed = (dates_before, dates_before + 1) if doing == "date" else (dates_before,)
        assert date_count in allowed, (date_count, dates_before, doing)
        seen["dates_before" if date_count == dates_before else "dates_after"] += 1
        sources = [doc["source"] for doc in state["raw"]["releases"].values()]
        assert len(set(sources)) == len(sources), "one release per file, never two versions"
        for doc in state["raw"]["releases"].values():  # no release without its quote and figures
            rid = doc["id"]
            assert sum(q["release_id"] == rid for q in state["raw"]["quotes"].values()) == 1
            assert sum(s["release_id"] == rid for s in state["raw"]["stats"].values()) >= 3
        releases, dates = count, date_count

        # And it opens: no recovery needed, nothing half-written left behind.
        store = Store(data_dir, seed=False)
        assert store.warnings == []
        assert len(store.releases()) == count
        assert temps(data_dir) == []

    elapsed = time.monotonic() - start
    state = assert_consistent(data_dir)
    print(f"{kills} kills in {elapsed:.1f}s: {releases} releases, {dates} dates saved, "
          f"{state['orphan_originals']} originals left by kills")  # fmt: skip
    print(seen)
    assert kills >= MIN_KILLS
    busy = kills - seen["killed_in"][None]  # (None: between operations, or still opening)
    assert busy >= kills // 2  # most kills landed in the middle of an import or a save
    assert seen["temps_left_by_kill"] > 0  # some kills landed mid-write (the reopen cleaned up)
    # The kept originals rebuild the store: every file once, in its latest version (plus any
    # import killed after its original was kept, the state after that import).
    stored = {doc["source"]: doc["id"] for doc in state["raw"]["releases"].values()}
    rebuilt = Store(data_dir, seed=False)
    rebuilt.rebuild()
    after = {r["source"]: r["id"] for r in rebuilt.releases()}
    assert len(after) == len(rebuilt.releases())  # no file twice
    assert set(stored) <= set(after)
    changed = {source for source in stored if after[source] != stored[source]}
    assert len(changed) <= seen["killed_in"]["update"]  # only an update killed mid-way moves on


# ---------------------------------------------------------------- (b) corrupt files

CORRUPTIONS = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "not-json": lambda raw: b"this is not JSON at all",
    "binary": lambda raw: bytes(range(256)),
    "empty": lambda raw: b"",
    "list": lambda raw: b"[1, 2, 3]",
    "wrong-table": lambda raw: b'{"releases": [1, 2]}',
    "wrong-doc": lambda raw: b'{"releases": {"1": "a string"}}',
    "latin1": lambda raw: raw.replace(b"London", b"London\x92", 1),  # not UTF-8
}


@pytest.mark.parametrize("kind", CORRUPTIONS)
def test_corrupt_store_is_kept_aside_and_rebuilt(data_dir, kind):
    ids = sorted(r["id"] for r in Store(data_dir).releases())
    path = data_dir / "store.json"
    damaged = CORRUPTIONS[kind](path.read_bytes())
    path.write_bytes(damaged)
    with pytest.raises(CorruptStoreError):
        load_json_tables(path)
    store = Store(data_dir)
    assert sorted(r["id"] for r in store.releases()) == ids
    kept = list(data_dir.glob("store.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # kept as it was, never deleted
    assert len(store.warnings) == 1 and "\n" not in store.warnings[0]
    assert (
        str(kept[0]) in store.warnings[0] and "rebuilt from 5 original files" in store.warnings[0]
    )
    load_json_tables(path)  # the rebuilt store is whole


def test_corrupt_store_twice_in_the_same_second_keeps_both(data_dir):
    Store(data_dir)
    path = data_dir / "store.json"
    for marker in (b"first damaged copy", b"second damaged copy"):
        path.write_bytes(marker)
        Store(data_dir)
    kept = sorted(p.read_bytes() for p in data_dir.glob("store.json.corrupt-*"))
    assert kept == [b"first damaged copy", b"second damaged copy"]


def test_corrupt_store_via_cli_is_one_line_and_the_listing_goes_on(data_dir, capsys):
    Store(data_dir)
    (data_dir / "store.json").write_bytes(b'{"releases": {"1": {"id": "x"')
    status = main(["releases", "--json"])
    out, err = capsys.readouterr()
    assert status == 0 and len(json.loads(out)) == 5
    kept = next(data_dir.glob("store.json.corrupt-*"))
    assert (
        err.count("\n") == 1
        and err.startswith("briefing: The store was damaged")
        and str(kept) in err
    )


def test_corrupt_user_data_restored_and_said_where(data_dir, capsys):
    store = Store(data_dir)
    rid = store.releases()[0]["id"]
    store.set_date(rid, "2001-02-03")
    store.set_date(store.releases()[1]["id"], "2001-02-04")
    (data_dir / "user.json").write_bytes(b"\x00\x00 torn")
    status = main(["releases", "--json"])
    out, err = capsys.readouterr()
    assert status == 0
    assert {r["id"]: r["date"] for r in json.loads(out)}[rid] == "2001-02-03"  # from user.json.bak
    kept = next(data_dir.glob("user.json.corrupt-*"))
    assert kept.read_bytes() == b"\x00\x00 torn"
    assert err.count("\n") == 1 and str(kept) in err and "restored" in err


def test_corrupt_user_data_and_backup_starts_empty_but_keeps_both(data_dir):
    store = Store(data_dir)
    store.set_date(store.releases()[0]["id"], "2001-02-03")
    store.set_date(store.releases()[0]["id"], "2001-02-04")
    (data_dir / "user.json").write_bytes(b"{")
    (data_dir / "user.json.bak").write_bytes(b"[]")
    reopened = Store(data_dir)
    assert all(not r["date_corrected"] for r in reopened.releases())
    assert "started empty" in reopened.warnings[0]
    assert [p.read_bytes() for p in data_dir.glob("user.json.corrupt-*")] == [b"{"]
    assert (data_dir / "user.json.bak").read_bytes() == b"[]"  # not deleted either


def test_cli_rebuild_recreates_the_store_and_keeps_corrected_dates(data_dir, capsys):
    store = Store(data_dir)
    ids = sorted(r["id"] for r in store.releases())
    store.set_date(ids[0], "1999-12-31")
    (data_dir / "store.json").unlink()
    assert main(["rebuild"]) == 0
    out, _ = capsys.readouterr()
    assert out.strip().splitlines()[-1] == "rebuilt the store from 5 original files"
    rebuilt = Store(data_dir)
    assert sorted(r["id"] for r in rebuilt.releases()) == ids
    assert {r["id"]: r["date"] for r in rebuilt.releases()}[ids[0]] == "1999-12-31"


def test_rebuild_skips_a_damaged_original_says_so_and_keeps_it(data_dir, capsys):
    Store(data_dir)
    damaged = sorted((data_dir / "originals").glob("*.json"))[0]
    damaged.write_bytes(b"{not json")
    assert main(["rebuild"]) == 0
    out, _ = capsys.readouterr()
    assert f"original {damaged.name} could not be read" in out
    assert "rebuilt the store from 4 original files" in out
    assert len(Store(data_dir).releases()) == 4
    assert damaged.read_bytes() == b"{not json"  # never deleted: it may be recoverable by hand


def test_rebuild_survives_a_parser_failure_and_keeps_that_original(data_dir, monkeypatch):
    Store(data_dir)
    originals = sorted((data_dir / "originals").glob("*.json"))
    victim = json.loads(originals[0].read_text(encoding="utf-8"))["text"]
    real = briefing.store.build_records

    def flaky(text, *args, **kwargs):
        if text == victim:
            raise RuntimeError("parser bug")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(briefing.store, "build_records", flaky)
    store = Store(data_dir)
    assert store.rebuild() == 4
    assert any("parser bug" in warning for warning in store.warnings)
    assert originals[0].exists()
    monkeypatch.undo()
    assert Store(data_dir).rebuild() == 5


def test_rebuild_after_a_crash_mid_edit_gives_the_new_version_once(tmp_path, data_dir):
    """Killed after the store took the edited version but before the old original went."""
    store = Store(data_dir, seed=False)
    path = write_release(tmp_path, "E1")
    store.import_paths([path])
    old_id = store.releases()[0]["id"]
    old_original = data_dir / "originals" / f"{old_id}.json"
    kept, stamp = old_original.read_bytes(), old_original.stat().st_mtime_ns
    path.write_text(release_text("E1").replace("Lewisham", "Deptford"), encoding="utf-8")
    assert [r.status for r in store.import_paths([path]).results] == ["updated"]
    new_id = store.releases()[0]["id"]
    old_original.write_bytes(kept)  # what the kill left behind, as it was
    os.utime(old_original, ns=(stamp, stamp))
    assert store.rebuild() == 1
    assert [r["id"] for r in Store(data_dir, seed=False).releases()] == [new_id]
    assert not old_original.exists()
    # Importing the first text again later replaces the edit in turn, and a rebuild agrees.
    path.write_text(release_text("E1"), encoding="utf-8")
    assert [r.status for r in store.import_paths([path]).results] == ["updated"]
    assert store.rebuild() == 1 and store.release_ids() == [old_id]


# ---------------------------------------------------------------- (c) two processes

RACER = r"""
import sys, time
from pathlib import Path
from briefing.store import Store

data_dir, go, mode, paths = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4:]
store = Store(data_dir, seed=False)
print("ready", flush=True)
deadline = time.monotonic() + 20
while not go.exists():  # the barrier: both start at once
    if time.monotonic() > deadline:
        raise SystemExit("no go")
    time.sleep(0.0005)
if mode == "import":
    for path in paths:  # one write per file: many chances to interleave
        report = store.import_paths([path])
        assert not report.failed, report.failed
else:
    for n, rid in enumerate(paths):
        store.set_date(rid, f"2000-01-{n + 1:02d}")
print("done", flush=True)
"""


def race(data_dir: Path, tmp_path: Path, jobs: list[tuple[str, list[str]]]) -> None:
    go = tmp_path / f"go-{time.monotonic_ns()}"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(data_dir), str(go), mode, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=REPO,
        )  # fmt: skip
        for mode, args in jobs
    ]
    for process in processes:
        assert process.stdout.readline() == "ready\n", process.stderr.read()
    go.touch()
    for process in processes:
        out, err = finish(process)
        assert process.returncode == 0 and out == "done\n", err


def test_two_processes_importing_different_files_both_land(tmp_path, data_dir):
    Store(data_dir, seed=False)
    left = [str(write_release(tmp_path / "left", f"L{n}")) for n in range(6)]
    right = [str(write_release(tmp_path / "right", f"R{n}")) for n in range(6)]
    race(data_dir, tmp_path, [("import", left), ("import", right)])
    sources = {r["source"] for r in Store(data_dir, seed=False).releases()}
    assert sources == {Path(p).name for p in left + right}
    assert_consistent(data_dir)


def test_app_saving_dates_while_another_process_imports(tmp_path, data_dir):
    ids = [r["id"] for r in Store(data_dir).releases()]
    new = [str(write_release(tmp_path / "inbox", f"N{n}")) for n in range(6)]
    race(data_dir, tmp_path, [("import", new), ("date", ids)])
    store = Store(data_dir)
    assert len(store.releases()) == 5 + 6
    dates = {r["id"]: r["date"] for r in store.releases()}
    assert [dates[rid] for rid in ids] == [f"2000-01-{n + 1:02d}" for n in range(5)]
    assert_consistent(data_dir)


def test_refresh_notices_another_writer(tmp_path, data_dir):
    app, other = Store(data_dir), Store(data_dir)
    assert app.refresh() is False
    other.import_paths([write_release(tmp_path, "X1")])
    assert app.refresh() is True
    assert any(r["source"] == "release-X1.txt" for r in app.releases())
    assert app.refresh() is False
    rid = app.releases()[0]["id"]
    other.set_date(rid, "2003-03-03")
    assert app.refresh() is True
    assert {r["id"]: r["date"] for r in app.releases()}[rid] == "2003-03-03"
    other.delete_release(rid)
    assert app.refresh() is True and rid not in app.release_ids()
    # A write from a stale Store starts from what is on disk: nothing the other did is undone.
    other.import_paths([write_release(tmp_path, "X2")])
    app.set_date(app.releases()[0]["id"], "2004-04-04")
    final = {r["source"] for r in Store(data_dir).releases()}
    assert "release-X2.txt" in final and "release-X1.txt" in final


def test_opening_a_store_while_another_writes_does_not_break_the_write(
    tmp_path, data_dir, monkeypatch
):
    """A second window starting up must not clean away the temp file of a write in progress."""
    writer = Store(data_dir)
    opened: list[Store] = []
    real_replace = os.replace

    def open_another_then_replace(source, target, *args, **kwargs):
        if not opened and Path(target).name == "store.json":
            opened.append(Store(data_dir))  # starts up (and cleans orphans) mid-write
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", open_another_then_replace)
    report = writer.import_paths([write_release(tmp_path, "W1")])
    assert [r.status for r in report.results] == ["imported"]
    assert opened and len(Store(data_dir).releases()) == 6


# ---------------------------------------------------------------- (d) read-only dir, full disk


def _raise(error: OSError, only: str | None = None, real=None):
    """A stand-in for an os/tempfile function that fails (only for target file ``only``)."""

    def fail(*args, **kwargs):
        if only is None or Path(str(args[-1])).name == only:
            raise error
        return real(*args, **kwargs)

    return fail


EROFS = OSError(errno.EROFS, "Read-only file system")
ENOSPC = OSError(errno.ENOSPC, "No space left on device")
FAULTS = {
    "mkstemp-eacces": (
        tempfile,
        "mkstemp",
        PermissionError(errno.EACCES, "Permission denied"),
        "permission denied",
    ),
    "mkstemp-erofs": (tempfile, "mkstemp", EROFS, "read-only"),
    "replace-erofs": (os, "replace", EROFS, "read-only"),
    "fsync-enospc": (os, "fsync", ENOSPC, "the disk is full"),
    "replace-enospc": (os, "replace", ENOSPC, "the disk is full"),
    # The disk fills up after the original text was kept, on the store's own file.
    "store-only-enospc": (os, "replace", ENOSPC, "the disk is full"),
    "user-only-enospc": (os, "replace", ENOSPC, "the disk is full"),
}
ONLY = {"store-only-enospc": "store.json", "user-only-enospc": "user.json"}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("action", ["import", "set-date", "delete"])
def test_write_faults_are_one_line_and_lose_nothing(tmp_path, data_dir, monkeypatch, fault, action):
    store = Store(data_dir)
    rid = store.releases()[0]["id"]
    store.set_date(rid, "2010-10-10")
    before = snapshot(data_dir)
    new_file = write_release(tmp_path / "inbox", "F1")
    module, name, error, message = FAULTS[fault]
    monkeypatch.setattr(module, name, _raise(error, ONLY.get(fault), getattr(module, name)))
    if (
        fault == "user-only-enospc"
        and action != "set-date"
        or fault == "store-only-enospc"
        and action == "set-date"
    ):
        pytest.skip("that action does not write that file")
    with pytest.raises(StoreError) as caught:
        if action == "import":
            store.import_paths([new_file])
        elif action == "set-date":
            store.set_date(rid, "2011-11-11")
        else:
            store.delete_release(rid)
    monkeypatch.undo()
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert str(data_dir) in str(caught.value)
    after = snapshot(data_dir)
    if "user.json.bak" in after:  # the copy kept before a save is whole: the current data
        assert after.pop("user.json.bak") in (before.pop("user.json.bak", None), after["user.json"])
    assert after == before  # nothing partial: no temp file, no stray original
    # The open store still serves the old data, and the same action works once the fault is gone.
    assert len(store.releases()) == 5
    assert {r["id"]: r["date"] for r in store.releases()}[rid] == "2010-10-10"
    if action == "import":
        assert [r.status for r in store.import_paths([new_file]).results] == ["imported"]
    elif action == "set-date":
        assert store.set_date(rid, "2011-11-11")["date"] == "2011-11-11"
    else:
        store.delete_release(rid)
    assert_consistent(data_dir)


@pytest.mark.parametrize("name", ["store.json", "user.json"])
def test_damaged_file_in_a_read_only_dir_is_a_one_line_error(data_dir, monkeypatch, capsys, name):
    store = Store(data_dir)
    store.set_date(store.releases()[0]["id"], "2010-10-10")
    (data_dir / name).write_bytes(b"{torn")
    before = snapshot(data_dir)
    monkeypatch.setattr(os, "replace", _raise(EROFS))
    monkeypatch.setattr(tempfile, "mkstemp", _raise(EROFS))
    with pytest.raises(StoreError, match="damaged") as caught:
        Store(data_dir)
    assert "\n" not in str(caught.value)
    assert main(["releases"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    monkeypatch.undo()
    assert snapshot(data_dir) == before  # the damaged file is still there to recover from


def test_lock_file_on_a_read_only_disk_is_a_store_error(data_dir, monkeypatch):
    store = Store(data_dir)
    (data_dir / ".lock").unlink(missing_ok=True)
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if str(path).endswith(".lock") and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(StoreError, match="read-only"):
        store.set_date(store.releases()[0]["id"], "2012-12-12")


def test_read_only_data_dir_opens_read_only_via_cli(data_dir, monkeypatch, capsys, tmp_path):
    Store(data_dir)
    before = snapshot(data_dir)
    monkeypatch.setattr(tempfile, "mkstemp", _raise(OSError(errno.EROFS, "Read-only file system")))
    assert main(["releases"]) == 0  # reading goes on
    capsys.readouterr()
    status = main(["import", str(write_release(tmp_path, "RO"))])
    out, err = capsys.readouterr()
    assert status == 1 and err.count("\n") == 1 and "read-only" in err and "Traceback" not in err
    rid = Store(data_dir).releases()[0]["id"]
    capsys.readouterr()
    assert main(["set-date", rid, "2001-01-01"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    monkeypatch.undo()
    assert snapshot(data_dir) == before


def test_set_date_writes_only_the_users_small_file(data_dir, monkeypatch):
    store = Store(data_dir)
    written: list[str] = []
    real = briefing.storage.atomic_write_bytes

    def spy(path, data):
        written.append(Path(path).name)
        return real(path, data)

    monkeypatch.setattr(briefing.storage, "atomic_write_bytes", spy)
    monkeypatch.setattr(briefing.store, "atomic_write_bytes", spy)
    store.set_date(store.releases()[0]["id"], "2015-05-05")
    assert set(written) <= {"user.json", "user.json.bak"} and "user.json" in written


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes whatever the mode")
def test_really_read_only_data_dir(data_dir, tmp_path):
    Store(data_dir)
    before = snapshot(data_dir)
    for folder in (data_dir, data_dir / "originals"):
        folder.chmod(0o500)
    try:
        store = Store(data_dir)
        assert len(store.releases()) == 5
        with pytest.raises(StoreError, match="read-only|permission"):
            store.import_paths([write_release(tmp_path, "RO2")])
    finally:
        for folder in (data_dir, data_dir / "originals"):
            folder.chmod(0o700)
    assert snapshot(data_dir) == before


# ---------------------------------------------------------------- (e) a held lock

HOLDER = r"""
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def test_a_store_locked_by_another_process(tmp_path, data_dir, monkeypatch, capsys):
    store = Store(data_dir)
    rid = store.releases()[0]["id"]
    before = snapshot(data_dir)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir / ".lock")],
                              stdout=subprocess.PIPE, text=True, env=child_env())  # fmt: skip
    try:
        assert holder.stdout.readline() == "locked\n"
        monkeypatch.setattr(briefing.store, "LOCK_TIMEOUT", 0.2)
        locked = Store(data_dir)  # opening (reading) works while another process writes
        assert len(locked.releases()) == 5
        new_file = write_release(tmp_path, "L1")
        started = time.monotonic()
        for attempt in (
            lambda: locked.import_paths([new_file]),
            lambda: locked.set_date(rid, "2002-02-02"),
        ):
            with pytest.raises(StoreError, match="locked by another Briefing process") as caught:
                attempt()
            assert "\n" not in str(caught.value)
        assert time.monotonic() - started < 5
        assert main(["set-date", rid, "2002-02-02"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "locked" in err
        assert snapshot(data_dir) == before
    finally:
        holder.kill()
        holder.wait()
    # Once the other process lets go, the same saves go through.
    assert [r.status for r in locked.import_paths([new_file]).results] == ["imported"]
    assert locked.set_date(rid, "2002-02-02")["date"] == "2002-02-02"


def test_lock_timeout_default_is_generous():
    assert briefing.store.LOCK_TIMEOUT >= 5  # a slow import in another window is waited for
