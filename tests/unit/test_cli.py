"""The command line's contract: exact JSON fields, one-line errors, exit codes."""

import json
import os
import subprocess
import sys

import pytest
from tests_support import seed_path

from briefing import format
from briefing.cli import main


def run(capsys, *args):
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_releases_json_lists_the_seeds(capsys):
    status, out, err = run(capsys, "releases", "--json")
    assert status == 0
    releases = json.loads(out)
    assert [set(r) for r in releases] == [
        {"id", "title", "date", "date_estimated", "publisher", "source", "quotes", "stats"}
    ] * 5
    by_source = {r["source"][:3]: r for r in releases}
    assert by_source["001"]["date"] == "2022-11-11"
    assert by_source["003"]["date"] == "2024-11-26"
    assert by_source["004"]["date"] == "2017-03-20"
    assert by_source["000"]["date_estimated"] and by_source["000"]["date"].startswith("2024")
    assert by_source["002"]["date_estimated"] and by_source["002"]["date"].startswith("2025")
    assert (
        by_source["002"]["title"]
        == "Met prioritises neighbourhood policing to tackle crime in London hotspots"
    )
    assert all(isinstance(r["quotes"], int) and isinstance(r["stats"], int) for r in releases)


def test_releases_json_of_an_empty_store_is_an_empty_array(capsys):
    _, out, _ = run(capsys, "releases", "--json")
    for release in json.loads(out):
        assert run(capsys, "delete", release["id"])[0] == 0
    status, out, _ = run(capsys, "releases", "--json")
    assert status == 0 and out == "[]\n"


def test_import_json_and_exit_status(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    status, out, _ = run(
        capsys, "import", str(seed_path("001")), str(empty), str(tmp_path / "missing.txt"), "--json"
    )
    report = json.loads(out)
    assert status == 1
    assert set(report) == {"imported", "updated", "unchanged", "failed", "skipped"}
    assert report["unchanged"] == 1
    assert [f["path"] for f in report["failed"]] == [str(tmp_path / "missing.txt"), str(empty)]
    assert all(set(f) == {"path", "error"} and "\n" not in f["error"] for f in report["failed"])


def test_import_text_report(capsys, tmp_path):
    status, out, _ = run(
        capsys, "--data-dir", str(tmp_path / "fresh"), "import", str(seed_path("004"))
    )
    assert status == 0
    assert out.splitlines()[-1] == "0 imported, 0 updated, 1 unchanged, 0 failed"


def test_show_by_prefix(capsys):
    _, out, _ = run(capsys, "releases", "--json")
    release = next(r for r in json.loads(out) if r["source"].startswith("001"))
    status, out, _ = run(capsys, "show", release["id"][:5])
    assert status == 0
    assert out.startswith(release["title"])
    assert "11 Nov 2022" in out and "Skip to main content" not in out


def test_unknown_id_is_one_line_on_stderr(capsys):
    status, out, err = run(capsys, "show", "nope")
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "nope" in err and "Traceback" not in err


def test_set_date_then_listed(capsys):
    _, out, _ = run(capsys, "releases", "--json")
    rid = json.loads(out)[0]["id"]
    assert run(capsys, "set-date", rid, "2019-01-02")[0] == 0
    _, out, _ = run(capsys, "releases", "--json")
    assert {r["id"]: r["date"] for r in json.loads(out)}[rid] == "2019-01-02"
    status, _, err = run(capsys, "set-date", rid, "yesterday")
    assert status == 1 and "YYYY-MM-DD" in err


def test_data_dir_option_and_env(tmp_path, data_dir):
    env = {**os.environ, "BRIEFING_DATA_DIR": str(data_dir)}
    subprocess.run(
        [sys.executable, "-m", "briefing", "--data-dir", str(tmp_path / "x"), "releases"],
        check=True,
        capture_output=True,
        env=env,
    )
    assert len(list((tmp_path / "x" / "store").glob("*.json"))) == 5
    assert (tmp_path / "x" / "cache" / "read.sqlite").exists()
    assert not (tmp_path / "x" / "store.json").exists()
    assert not data_dir.exists()


def test_python_dash_m_prints_utf8_json(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--data-dir", str(tmp_path / "d"), "releases", "--json"],
        capture_output=True,
        check=True,
    )
    assert "London’s" in json.loads(result.stdout.decode("utf-8"))[3]["title"]


def test_unreadable_store_is_a_one_line_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    status, _, err = run(capsys, "--data-dir", str(blocker / "sub"), "releases")
    assert status == 1 and err.count("\n") == 1


def test_release_can_be_named_by_its_file(capsys):
    status, out, _ = run(capsys, "show", "001")
    assert status == 0 and out.startswith("Mayor joins local neighbourhood policing teams")


def test_quote_formats(capsys):
    _, out, _ = run(capsys, "quotes", "--speaker", "rowley", "--json")
    quote = json.loads(out)[0]
    assert quote["text"].startswith("The Met is getting smaller but more capable.")
    assert quote["text"].endswith("robbery and theft.") and quote["paragraphs"] == 4
    _, plain, _ = run(capsys, "quote", quote["id"], "--format", "plain")
    assert plain == format.quoted(quote["text"]) + "\n"  # in quotation marks
    _, attributed, _ = run(capsys, "quote", quote["id"], "--format", "attributed")
    attribution = "— Commissioner Sir Mark Rowley, May 2025 (date estimated)"
    assert attributed.endswith(f"\n{attribution}\n")
    _, markdown, _ = run(capsys, "quote", quote["id"], "--format", "markdown")
    assert markdown.startswith("> “The Met is getting smaller")
    assert f"\n>\n> {attribution}\n" in markdown
    assert (
        "Source: *Met prioritises neighbourhood policing to tackle crime in London hotspots*"
        in markdown
    )


def test_speakers_json_key_people_first(capsys):
    _, out, _ = run(capsys, "speakers", "--json")
    speakers = json.loads(out)
    assert [s["name"] for s in speakers[:3]] == ["Sadiq Khan", "Mark Rowley", "Louisa Rolfe"]
    assert set(speakers[0]) == {"name", "roles", "quotes", "releases"}
    assert speakers[0]["quotes"] == 5 and len(speakers) == 17


def test_compare_001_with_000(capsys):
    _, out, _ = run(capsys, "compare", "001", "000", "--json")
    table = json.loads(out)
    first, second = (r["id"] for r in table["releases"])
    rows = {row["label"].lower(): row for row in table["rows"]}

    def values(label):
        row = rows[label]
        return [sorted({s["value"] for s in row["cells"][rid]}) for rid in (first, second)], row[
            "differs"
        ]

    assert values("gun crime") == ([[21], [19]], True)
    assert values("burglary") == ([[23], [18]], True)
    assert values("police officer numbers") == ([[34542], [34200]], True)
    knife_u25 = next(
        label for label in rows if label.startswith("knife crime with injury under 25")
    )
    assert values(knife_u25) == ([[22], [19]], True)
    assert values("knife crime with injury") == ([[6], []], False)


def test_latest_figure(capsys):
    status, out, _ = run(capsys, "latest", "police officers", "--json")
    found = json.loads(out)
    assert status == 0 and found["latest"]["value"] == 34200
    assert [older["value"] for older in found["older"]][:1] == [34542]


def test_search_json_fields(capsys):
    status, out, _ = run(capsys, "search", "knif crme", "--json", "--limit", "5")
    hits = json.loads(out)
    assert status == 0 and hits
    assert all(
        set(hit) == {"release_id", "kind", "text", "speaker", "score", "spans"} for hit in hits
    )
    _, out, _ = run(capsys, "search", "cost of living", "--speaker", "khan", "--json")
    assert {hit["speaker"] for hit in json.loads(out)} == {"Sadiq Khan"}


def briefing_process(data_dir, *args):
    """``briefing`` run in a new process on ``data_dir``."""
    env = {**os.environ, "BRIEFING_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, env=env, check=False
    )


def test_import_then_a_new_process_searches_at_once(capsys, tmp_path, data_dir):
    extra = tmp_path / "extra.txt"
    extra.write_text(
        seed_path("004")
        .read_text(encoding="utf-8")
        .replace("Real neighbourhood", "Quixotic neighbourhood"),
        encoding="utf-8",
    )
    done = briefing_process(data_dir, "import", str(extra))
    assert done.returncode == 0, done.stderr
    found = briefing_process(data_dir, "search", "quixotic", "--json")
    assert found.returncode == 0 and found.stderr == b""  # nothing to rebuild or catch up on
    hits = json.loads(found.stdout.decode("utf-8"))
    rid = json.loads(briefing_process(data_dir, "releases", "--json").stdout.decode("utf-8"))
    assert hits and {hit["release_id"] for hit in hits} == {
        r["id"] for r in rid if r["source"] == "extra.txt"
    }
    # And the same in this process (an app already open sees the import on refresh).
    status, out, _ = run(capsys, "search", "quixotic", "--json")
    assert status == 0 and json.loads(out) == hits


@pytest.mark.parametrize(
    "damage", [b"", b"this is not a database", b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_a_damaged_search_cache_is_rebuilt_with_a_notice(capsys, data_dir, damage):
    status, before, _ = run(capsys, "search", "knife crime", "--json")
    assert status == 0 and json.loads(before)
    cache = data_dir / "cache" / "read.sqlite"
    for extra in ("-wal", "-shm"):
        (data_dir / "cache" / f"read.sqlite{extra}").unlink(missing_ok=True)
    cache.write_bytes(damage)
    status, out, err = run(capsys, "search", "knife crime", "--json")
    assert status == 0 and out == before
    assert "Traceback" not in err
    if damage:  # a file that is not the read model: said, once
        assert err.count("\n") >= 1 and "search cache" in err
    run(capsys, "releases")
    assert run(capsys, "search", "knife crime", "--json")[2] == ""  # rebuilt: quiet from now on


def test_a_deleted_search_cache_is_rebuilt(capsys, data_dir):
    status, before, _ = run(capsys, "releases", "--json")
    import shutil

    shutil.rmtree(data_dir / "cache")
    status, out, err = run(capsys, "releases", "--json")
    assert status == 0 and out == before and "Traceback" not in err


# ---------------------------------------------------------------- hostile file names, odd limits


def test_a_file_name_with_line_breaks_prints_one_line(capsys, tmp_path):
    # Before: "evil.txt\nimported: fake.txt" printed a made-up second line.
    evil = tmp_path / "evil.txt\nimported: fake.txt (000000000000) Fake"
    evil.write_text("   \n")
    status, out, _ = run(capsys, "import", str(evil))
    lines = out.splitlines()
    assert status == 1 and len(lines) == 2
    assert lines[0].startswith("failed: ") and "evil.txt\\nimported: fake.txt" in lines[0]


def test_import_json_strips_c1_controls_from_paths(capsys, tmp_path):
    # Before: the text report stripped them, the JSON report printed them raw.
    name = "bad\x9b2Jname\x9d0;title\x9c.txt"
    (tmp_path / name).write_text("   \n")
    status, out, _ = run(capsys, "import", str(tmp_path / name), "--json")
    assert status == 1
    assert not any("\x80" <= char <= "\x9f" for char in out)
    [failure] = json.loads(out)["failed"]
    assert failure["path"] == str(tmp_path / "badname.txt")  # what the text report shows


@pytest.mark.parametrize("limit", ["0", "-3", "two"])
def test_search_limit_must_be_a_positive_number(capsys, limit):
    # Before: --limit 0 or -3 printed "1 of 25" as if nothing were wrong.
    with pytest.raises(SystemExit) as caught:
        main(["search", "crime", "--limit", limit])
    assert caught.value.code == 2
    assert "--limit" in capsys.readouterr().err


SLOW_WALKING = (
    "Government acts to stop highly disruptive slow walking tactics\n\n"
    "The statement made by the Home Office on 3 May 2023.\n\n"
    "The Home Secretary has renewed plans to protect the public.\n\n"
    "Home Secretary Suella Braverman said:\n\n"
    "Selfish, disruptive protesters are wreaking havoc in people’s everyday lives across "
    "the country and this must be brought to a stop.\n\n"
    "The Policing Minister said: “Officers will have the powers they need.”\n"
)


def test_quotes_json_says_which_are_statements(capsys, tmp_path):
    """A paragraph under "X said:" without quote marks is kind "statement" (README)."""
    release = tmp_path / "slow_walking.txt"
    release.write_text(SLOW_WALKING, encoding="utf-8")
    folder = str(tmp_path / "fresh")
    assert run(capsys, "--data-dir", folder, "import", str(release))[0] == 0
    status, out, _ = run(capsys, "--data-dir", folder, "quotes", "--all", "--json")
    assert status == 0
    kinds = {q["text"][:20]: q["kind"] for q in json.loads(out)}
    assert kinds["Selfish, disruptive "] == "statement"
    assert kinds["Officers will have t"] == "quote"
    assert set(kinds.values()) == {"quote", "statement"}  # the samples' quotes are quotes
    status, out, _ = run(capsys, "--data-dir", folder, "quotes", "--speaker", "braverman")
    assert "Suella Braverman (statement) · 3 May 2023" in out
