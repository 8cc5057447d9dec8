"""Releases without a file: pasted text, standard input, and the inbox poller (no Textual)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from tests_support import seed_text

from briefing.cli import main
from briefing.inbox import Inbox
from briefing.ingest import MAX_FILE_BYTES, InputError
from briefing.ingest.paste import source_from_paste
from briefing.paths import inbox_dir
from briefing.preview import preview_paste
from briefing.store import Store

NOON = datetime(2025, 6, 11, 12, 0, 0)


def test_two_pastes_get_names_of_their_own():
    one = source_from_paste(seed_text("003"), NOON)
    other = source_from_paste(seed_text("004"), NOON)
    assert one.name.startswith("pasted-20250611-120000-") and one.name.endswith(".txt")
    assert one.name != other.name
    assert source_from_paste(seed_text("003"), NOON).name == one.name  # same text, same second


def test_pasted_html_goes_through_the_saved_page_path():
    page = (
        "<!doctype html><html><body><nav>Home | News | Contact</nav><article>"
        + "".join(f"<p>{line}</p>" for line in seed_text("003").splitlines()[1:8])
        + "</article></body></html>"
    )
    source = source_from_paste(page, NOON)
    assert source.name.endswith(".html")
    assert "<p>" not in source.text and "Home | News" not in source.text
    assert "Black Friday" in source.text


def test_a_paste_over_the_limit_or_without_prose_is_refused():
    with pytest.raises(InputError, match="the limit is 5 MB"):
        source_from_paste("word " * (MAX_FILE_BYTES // 5 + 10))
    with pytest.raises(InputError, match="no paragraphs of prose"):
        source_from_paste("Table\n1 2 3\n4 5 6")


def test_the_preview_is_what_the_import_gives(store: Store):
    preview = preview_paste(seed_text("003"))
    assert preview.importable and preview.date == "2024-11-26" and not preview.date_estimated
    assert preview.publisher == "Mayor of London"
    assert [q.speaker for q in preview.quotes][:2] == ["Sadiq Khan", "Pete Stevens"]
    assert "homicides down 23% (since 2019)" in preview.figures
    seeded = next(r for r in store.releases() if r["source"].startswith("003"))
    assert preview.release_id == seeded["id"]  # the same document: the store says unchanged
    assert len(preview.quotes) == seeded["quotes"] and len(preview.figures) == seeded["stats"]


def run_import_stdin(capsys, monkeypatch, data: bytes, *args: str):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status = main(["import", "-", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_import_dash_reads_a_release_from_stdin(capsys, monkeypatch, store: Store):
    text = seed_text("003").replace("Stratford", "Bow")
    status, out, _ = run_import_stdin(capsys, monkeypatch, text.encode("cp1252"))
    assert status == 0
    assert out.startswith("imported: - (") and "1 imported" in out
    new = [r for r in Store(store.dir).releases() if r["source"].startswith("pasted-")]
    assert len(new) == 1 and new[0]["publisher"] == "Mayor of London"
    status, out, _ = run_import_stdin(capsys, monkeypatch, text.encode("utf-8"))
    assert status == 0 and out.startswith("unchanged: - (")
    status, out, _ = run_import_stdin(capsys, monkeypatch, b"1 2 3\n", "--json")
    assert status == 1 and '"error": "no paragraphs of prose found' in out


def test_import_dash_in_a_real_pipe(tmp_path, data_dir):
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "import", "-"],
        input=seed_text("004").replace("London", "Londres").encode("utf-8"),
        capture_output=True,
        env={**os.environ, "BRIEFING_DATA_DIR": str(data_dir)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"1 imported" in result.stdout


# ---------------------------------------------------------------- the inbox


class Recorder:
    """Stands in for the store's import: records what it was given, imports into ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls: list[list[str]] = []

    def __call__(self, sources):
        self.calls.append([Path(path).name for path, _ in sources])
        return self.store.import_sources(sources)


def statuses(report) -> list[tuple[str, str]]:
    return [(Path(r.path).name, r.status) for r in report.results]


def test_inbox_imports_a_file_once_it_stopped_changing(tmp_path, store: Store):
    folder = tmp_path / "inbox"
    inbox, recorder = Inbox(folder, create=True), Recorder(store)
    assert inbox.poll(recorder).results == [] and folder.is_dir()
    path = folder / "new.txt"
    path.write_text(seed_text("003")[:2000], encoding="utf-8")  # still being written…
    assert inbox.poll(recorder).results == [] and recorder.calls == []
    path.write_text(seed_text("003").replace("Stratford", "Bow"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # …and finished: a different signature, looked at again
    assert inbox.poll(recorder).results == []
    assert statuses(inbox.poll(recorder)) == [("new.txt", "imported")]
    assert inbox.poll(recorder).results == [] and recorder.calls == [["new.txt"]]


def test_inbox_reports_a_bad_file_once_and_again_when_it_changes(tmp_path, store: Store):
    folder = tmp_path / "inbox"
    folder.mkdir()
    bad = folder / "table.txt"
    bad.write_text("1 2 3\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a release suffix: never looked at
    (folder / ".hidden.txt").write_text(seed_text("004"), encoding="utf-8")
    inbox = Inbox(folder)
    report = inbox.poll(Recorder(store))  # the first poll takes what is already there
    assert statuses(report) == [("table.txt", "failed")]
    assert report.results[0].error.startswith("no paragraphs of prose")
    assert inbox.poll(Recorder(store)).results == []
    bad.write_text("1 2 3 4\n", encoding="utf-8")
    os.utime(bad, ns=(5, 5))
    inbox.poll(Recorder(store))
    assert statuses(inbox.poll(Recorder(store))) == [("table.txt", "failed")]
    assert sorted(os.listdir(folder)) == [".hidden.txt", "notes.pdf", "table.txt"]


def test_inbox_says_nothing_about_what_is_already_in_the_store(tmp_path, store: Store):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "again.txt").write_text(seed_text("002"), encoding="utf-8")
    recorder = Recorder(store)
    assert Inbox(folder).poll(recorder).results == []  # same document as a seed: unchanged
    assert recorder.calls == [["again.txt"]]


def test_a_missing_inbox_of_the_users_is_said_once_and_not_created(tmp_path, store: Store):
    folder = tmp_path / "Downloads" / "releases"
    inbox = Inbox(folder)
    assert "does not exist" in (inbox.poll(Recorder(store)).problem or "")
    assert inbox.poll(Recorder(store)).problem is None
    assert not folder.exists()
    folder.mkdir(parents=True)
    assert inbox.poll(Recorder(store)).problem is None


def test_inbox_folder_option_beats_environment_beats_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "data"
    assert inbox_dir(data) == (data / "inbox", True)
    monkeypatch.setenv("BRIEFING_INBOX", str(tmp_path / "env"))
    assert inbox_dir(data) == (tmp_path / "env", False)
    assert inbox_dir(data, str(tmp_path / "opt")) == (tmp_path / "opt", False)


def test_paste_and_inbox_core_does_not_import_textual():
    modules = "briefing.inbox, briefing.preview, briefing.ingest.paste"
    code = f"import sys, {modules}; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
