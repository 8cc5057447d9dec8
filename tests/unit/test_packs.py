"""Briefing packs: pins that outlive re-imports, stale figures flagged, briefs exported."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import seed_path

from briefing.cli import main
from briefing.packs import DEFAULT_PACK, Packs
from briefing.store import Store, StoreError, UnknownIdError


def release(store: Store, prefix: str) -> str:
    return next(r["id"] for r in store.releases() if r["source"].startswith(prefix))


def figure(store: Store, prefix: str, value: float, text: str | None = None) -> str:
    """The id of a seed's figure, found by value (and its words when several share one)."""
    return next(
        s["id"]
        for s in store.stats(release(store, prefix))
        if s["value"] == value and (text is None or s["text"] == text)
    )


def quote(store: Store, prefix: str, speaker: str) -> str:
    return next(q["id"] for q in store.quotes(release(store, prefix)) if q["speaker"] == speaker)


def ids(packs: Packs, name: str = DEFAULT_PACK) -> list[str]:
    return [item["id"] for item in packs.items(name)]


# ----------------------------------------------------------------- the packs


def test_a_default_pack_exists_and_packs_can_be_created_renamed_deleted(store):
    packs = Packs(store)
    assert packs.names() == [DEFAULT_PACK] and packs.current() == DEFAULT_PACK
    assert packs.items(DEFAULT_PACK) == []
    assert packs.create("  Speech   notes ", make_current=True) == "Speech notes"
    assert packs.names() == [DEFAULT_PACK, "Speech notes"]
    assert packs.current() == "Speech notes"
    with pytest.raises(StoreError, match="already exists"):
        packs.create("Speech notes")
    with pytest.raises(StoreError, match="needs a name"):
        packs.create("   ")
    packs.rename("Speech notes", "Conference speech")
    assert packs.names() == [DEFAULT_PACK, "Conference speech"]
    assert packs.current() == "Conference speech"  # renaming the current pack keeps it current
    with pytest.raises(StoreError, match="already exists"):
        packs.rename("Conference speech", DEFAULT_PACK)
    packs.delete("Conference speech")
    assert packs.names() == [DEFAULT_PACK] and packs.current() == DEFAULT_PACK
    with pytest.raises(StoreError, match="no pack is called"):
        packs.items("Conference speech")
    packs.delete(DEFAULT_PACK)  # the last one: a fresh default takes its place
    assert packs.names() == [DEFAULT_PACK]


def test_add_remove_reorder_note_and_toggle(store):
    packs = Packs(store)
    khan = quote(store, "003", "Sadiq Khan")
    officers = figure(store, "001", 34542, "a record 34,542")
    passage = f"{release(store, '002')}#3"
    for ref in (khan, officers, passage):
        packs.add(DEFAULT_PACK, ref)
    packs.add(DEFAULT_PACK, khan)  # already there: nothing changes
    assert ids(packs) == [khan, officers, passage]
    assert [item["kind"] for item in packs.items(DEFAULT_PACK)] == ["quote", "stat", "passage"]
    assert packs.move(DEFAULT_PACK, passage, -1) == 1
    assert ids(packs) == [khan, passage, officers]
    assert packs.move(DEFAULT_PACK, passage, -5) == 0  # clamped at the top
    assert ids(packs) == [passage, khan, officers]
    packs.set_note(DEFAULT_PACK, officers, "  check with MOPAC\nfirst ")
    assert packs.items(DEFAULT_PACK)[2]["note"] == "check with MOPAC first"
    packs.set_note(DEFAULT_PACK, officers, "   ")
    assert packs.items(DEFAULT_PACK)[2]["note"] is None
    packs.remove(DEFAULT_PACK, khan)
    assert ids(packs) == [passage, officers]
    with pytest.raises(UnknownIdError):
        packs.remove(DEFAULT_PACK, khan)
    assert packs.toggle(DEFAULT_PACK, khan) is True and packs.is_pinned(DEFAULT_PACK, khan)
    assert packs.toggle(DEFAULT_PACK, khan) is False and not packs.is_pinned(DEFAULT_PACK, khan)
    with pytest.raises(UnknownIdError):
        packs.add(DEFAULT_PACK, "not-an-id")
    with pytest.raises(UnknownIdError):
        packs.add(DEFAULT_PACK, f"{release(store, '002')}#999")


def test_an_item_resolves_with_its_source(store):
    packs = Packs(store)
    packs.add(DEFAULT_PACK, quote(store, "002", "Mark Rowley"), note="opening line")
    item = packs.items(DEFAULT_PACK)[0]
    assert item["speaker"] == "Mark Rowley" and item["text"].startswith("The Met is getting")
    assert item["release_title"].startswith("Met prioritises neighbourhood policing")
    assert item["publisher"] == "Metropolitan Police" and item["source"].startswith("002_")
    assert item["note"] == "opening line" and item["stale"] is None and not item["changed"]


def test_pins_persist_across_a_new_store_reimports_and_rebuilds(data_dir):
    store = Store(data_dir)
    packs = Packs(store)
    packs.create("Speech", make_current=True)
    wanted = [quote(store, "001", "Sadiq Khan"), figure(store, "000", 34200, "a record 34,200")]
    for ref in wanted:
        packs.add("Speech", ref)
    packs.set_note("Speech", wanted[1], "latest")
    again = Packs(Store(data_dir))  # as after a restart
    assert again.current() == "Speech" and ids(again, "Speech") == wanted
    assert again.items("Speech")[1]["note"] == "latest"
    report = again.store.import_paths([seed_path("001"), seed_path("000")])
    assert [r.status for r in report.results] == ["unchanged", "unchanged"]
    assert again.store.rebuild() == 5
    after = Packs(Store(data_dir)).items("Speech")
    assert [i["id"] for i in after] == wanted and not any(i["changed"] for i in after)


def edited_copy(tmp_path: Path, prefix: str, old: str, new: str) -> Path:
    """The seed under its own file name, one phrase changed (so it re-imports as an update)."""
    path = tmp_path / seed_path(prefix).name
    text = seed_path(prefix).read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_an_edited_reimport_relinks_pins_whose_words_survive(store, tmp_path):
    packs = Packs(store)
    khan, rolfe = quote(store, "001", "Sadiq Khan"), quote(store, "001", "Louisa Rolfe")
    officers = figure(store, "001", 34542, "a record 34,542")
    for ref in (khan, rolfe, officers):
        packs.add(DEFAULT_PACK, ref)
    packs.set_note(DEFAULT_PACK, rolfe, "for the second half")
    old_text = packs.items(DEFAULT_PACK)[1]["text"]
    # An edit elsewhere in the release: every pin is re-linked to the same words.
    path = edited_copy(tmp_path, "001", "Peckham", "Lewisham")
    assert [r.status for r in store.import_paths([path]).results] == ["updated"]
    new_release = release(store, "001")
    items = packs.items(DEFAULT_PACK)
    assert [i["release_id"] for i in items] == [new_release] * 3
    assert not any(i["changed"] for i in items) and items[1]["text"] == old_text
    assert items[1]["note"] == "for the second half"
    assert items[2]["stale"]["value"] == 34200  # still checked against the newer release
    # The next change saves the new ids; removing by the new id works at once.
    packs.remove(DEFAULT_PACK, items[0]["id"])
    saved = store.user_table("packs")[0]["items"]
    assert [i["id"] for i in saved] == [items[1]["id"], items[2]["id"]]


def test_an_edited_reimport_that_changes_the_words_keeps_the_pin_marked(store, tmp_path):
    packs = Packs(store)
    rolfe = quote(store, "001", "Louisa Rolfe")
    packs.add(DEFAULT_PACK, rolfe, note="keep")
    pinned = packs.items(DEFAULT_PACK)[0]["text"]
    assert "Tackling violence is a team effort" in pinned
    path = edited_copy(
        tmp_path, "001", "Tackling violence is a team effort", "Violence is everyone's business"
    )
    assert [r.status for r in store.import_paths([path]).results] == ["updated"]
    item = packs.items(DEFAULT_PACK)[0]
    assert item["changed"] and item["id"] == rolfe and item["text"] == pinned
    assert item["speaker"] == "Louisa Rolfe" and item["note"] == "keep"
    assert item["release_title"].startswith("Mayor joins local neighbourhood policing")
    export = packs.export(DEFAULT_PACK, "txt")
    assert "Changed: its release was edited or removed" in export
    packs.remove(DEFAULT_PACK, rolfe)  # a changed pin can still be unpinned
    assert packs.items(DEFAULT_PACK) == []


def test_a_deleted_release_leaves_its_pins_marked(store):
    packs = Packs(store)
    ref = quote(store, "004", "Sadiq Khan")
    packs.add(DEFAULT_PACK, ref)
    store.delete_release(release(store, "004"))
    item = packs.items(DEFAULT_PACK)[0]
    assert item["changed"] and item["text"].startswith("The safety of all Londoners")


# ------------------------------------------------------------ stale figures


def test_the_seed_officer_numbers_are_flagged_with_the_newer_figure(store):
    packs = Packs(store)
    officers = figure(store, "001", 34542, "a record 34,542")
    packs.add(DEFAULT_PACK, officers)
    stale = packs.items(DEFAULT_PACK)[0]["stale"]
    newer = figure(store, "000", 34200, "a record 34,200")
    assert (stale["value"], stale["release_id"], stale["id"]) == (
        34200,
        release(store, "000"),
        newer,
    )
    assert stale["text"] == "a record 34,200" and stale["date"].startswith("2024-05")
    # The newest figure itself is not stale; replacing keeps the place and the note.
    packs.add(DEFAULT_PACK, quote(store, "000", "Sadiq Khan"))
    packs.move(DEFAULT_PACK, officers, 1)
    packs.set_note(DEFAULT_PACK, officers, "officer numbers")
    assert packs.replace_with_newer(DEFAULT_PACK, officers)["id"] == newer
    items = packs.items(DEFAULT_PACK)
    assert items[1]["id"] == newer and items[1]["note"] == "officer numbers"
    assert items[1]["stale"] is None
    with pytest.raises(StoreError, match="no newer release"):
        packs.replace_with_newer(DEFAULT_PACK, newer)


def test_newer_figure_for_any_stat(store):
    packs = Packs(store)
    gun = store.stat(figure(store, "001", 21))
    newer = packs.newer_figure(gun)
    assert newer["value"] == 19 and newer["release_id"] == release(store, "000")
    assert packs.newer_figure(store.stat(figure(store, "000", 34200, "a record 34,200"))) is None


# ------------------------------------------------------------ command line


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_pack_show_json_has_the_exact_shape(capsys, data_dir):
    store = Store(data_dir)
    officers = figure(store, "001", 34542, "a record 34,542")
    rowley = quote(store, "002", "Mark Rowley")
    passage = f"{release(store, '002')}#3"
    assert run(capsys, "pack", "add", "Speech", officers, "--note", "check")[0] == 0
    assert run(capsys, "pack", "add", "Speech", rowley)[0] == 0
    assert run(capsys, "pack", "add", "Speech", passage)[0] == 0
    status, out, _ = run(capsys, "pack", "show", "Speech", "--json")
    assert status == 0
    shown = json.loads(out)
    rowley_text = store.quote(rowley)["text"]
    passage_text = store.release("002")["blocks"][3][1]
    assert shown == [
        {
            "kind": "stat",
            "id": officers,
            "text": "a record 34,542",
            "release_id": release(store, "001"),
            "note": "check",
            "stale": {
                "value": 34200,
                "text": "a record 34,200",
                "release_id": release(store, "000"),
                "date": store.release("000")["date"],
            },
        },
        {
            "kind": "quote",
            "id": rowley,
            "text": rowley_text,
            "release_id": release(store, "002"),
            "note": None,
            "stale": None,
        },
        {
            "kind": "passage",
            "id": passage,
            "text": passage_text,
            "release_id": release(store, "002"),
            "note": None,
            "stale": None,
        },
    ]
    status, out, _ = run(capsys, "pack", "list", "--json")
    assert json.loads(out) == [
        {"name": DEFAULT_PACK, "items": 0, "current": True},
        {"name": "Speech", "items": 3, "current": False},
    ]
    assert run(capsys, "pack", "remove", "Speech", rowley)[0] == 0
    status, _, err = run(capsys, "pack", "show", "Nope")
    assert status == 1 and "no pack is called 'Nope'" in err and err.count("\n") == 1


EXPECTED_MARKDOWN = """\
# Speech

1. > “The Park is one of the safest parts of the city and still benefits from the \
investment in security from the 2012 Games. We're delighted to work with the police to help \
residents and visitors to the Park and surrounding area feel as safe possible.”
   >
   > — Shazia Hussain, Chief Executive of the London Legacy Development Corporation, 26 \
November 2024

   Source: *As millions of Londoners and visitors head to the capital's world class…*, \
Mayor of London, 26 November 2024

2. **34,542 officers**

   In the release: With a record 34,542 officers, both the Met and City Hall are committed \
to doing everything possible to restore trust and confidence in the police, improve the \
support for victims of crime, and build on the success made in driving down violence and \
crime in our city to build a safer London for everyone.

   Source: *Mayor joins local neighbourhood policing teams working to keep London’s \
communities safe*, Mayor of London, 11 November 2022

   **Out of date:** a newer release, “Mayor joins Met neighbourhood officers in central \
London who are working to bear down on robbery and make city safer for everyone”, Mayor of \
London, May 2024 (date estimated), gives 34,200 officers.

   **Note:** Check with MOPAC before use

3. Up to 80 more officers will join the dedicated West End team to bear down on crimes \
which Londoners care about the most – including antisocial behaviour, violence against \
women and girls, shoplifting and phone robbery – as part of the Met’s focus on \
neighbourhood policing.

   Release text from: *Met prioritises neighbourhood policing to tackle crime in London \
hotspots*, Metropolitan Police, May 2025 (date estimated)
"""


def known_pack(data_dir: Path) -> Store:
    store = Store(data_dir)
    packs = Packs(store)
    packs.create("Speech")
    packs.add("Speech", quote(store, "003", "Shazia Hussain"))
    packs.add(
        "Speech", figure(store, "001", 34542, "a record 34,542"), "Check with MOPAC before use"
    )
    packs.add("Speech", f"{release(store, '002')}#3")
    return store


def test_the_exported_markdown_of_a_known_pack_in_full(capsys, data_dir):
    store = known_pack(data_dir)
    expected = EXPECTED_MARKDOWN.format(
        r001=release(store, "001"), r002=release(store, "002"), r003=release(store, "003")
    )
    assert Packs(store).export("Speech", "md") == expected
    status, out, _ = run(capsys, "pack", "export", "Speech", "--format", "md")
    assert status == 0 and out == expected


def test_plain_text_export_and_output_file(capsys, data_dir, tmp_path):
    store = known_pack(data_dir)
    text = Packs(store).export("Speech", "txt")
    lines = text.splitlines()
    assert lines[:3] == ["Speech", "======", ""]
    assert lines[3].startswith("1. “The Park is one of the safest parts of the city")
    assert lines[4] == (
        "   — Shazia Hussain, Chief Executive of the London Legacy Development Corporation, "
        "26 November 2024"
    )
    # Cited by title, publisher and date (issue 14), not by file name and id.
    assert lines[5] == (
        "   Source: “As millions of Londoners and visitors head to the capital's world class…”, "
        "Mayor of London, 26 November 2024"
    )
    assert "2. 34,542 officers" in lines and "   Note: Check with MOPAC before use" in lines
    assert any(line.startswith("   Out of date: a newer release") for line in lines)
    assert "*" not in text and "`" not in text  # no Markdown in the plain text
    target = tmp_path / "out" / "speech.txt"
    target.parent.mkdir()
    status, out, _ = run(
        capsys, "pack", "export", "Speech", "--format", "txt", "--output", str(target)
    )
    assert status == 0 and out == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == text
    status, _, err = run(
        capsys, "pack", "export", "Speech", "--output", str(tmp_path / "no" / "x.md")
    )
    assert status == 1 and "cannot write" in err


def test_markdown_export_keeps_release_text_literal(store):
    from briefing.packs.export import render

    item = {
        "kind": "passage",
        "text": "A [link](http://x) and *stars* and <b>html</b>",
        "release_title": "Title_with_underscores *bold*",
        "publisher": None,
        "date": None,
        "source": "we`ird.txt",
        "release_id": "abc",
        "note": "use _this_",
    }
    out = render("Pack [1]", [item], "md")
    assert out.splitlines()[0] == "# Pack \\[1\\]"
    # A press-office paragraph is plain text, not a block quote (issue 14).
    assert "1. A \\[link\\](http://x) and \\*stars\\* and \\<b>html\\</b>" in out
    assert "*Title_with_underscores \\*bold\\**" in out
    assert (
        "Release text from: *Title_with_underscores \\*bold\\**, publisher unknown, undated" in out
    )
    assert "**Note:** use \\_this\\_" in out


def test_a_figure_over_a_different_period_is_not_stale(store):
    from briefing.packs import DEFAULT_PACK, Packs

    seed = {r["source"][:3]: r["id"] for r in store.releases()}
    robbery = next(
        s
        for s in store.stats(seed["003"])
        if s["value"] == 5 and (s["period"] or "").startswith("since April 2024")
    )
    packs = Packs(store)
    packs.add(DEFAULT_PACK, robbery["id"])
    # 002 (newer) gives personal robbery down 12.8% over "the first six weeks of this
    # financial year": a different period, so 003's figure is not out of date.
    assert packs.items(DEFAULT_PACK)[0]["stale"] is None


# ----------------------------------------------------------------- pack names and races


def test_two_writers_adding_to_a_new_pack_both_land(data_dir):
    # Two processes, each with its own view of user.json read before the other wrote:
    # the second used to fail with "already exists" and its pin was lost.
    first, second = Packs(Store(data_dir)), Packs(Store(data_dir))
    assert "Evening" not in first.names() and "Evening" not in second.names()
    khan = quote(first.store, "003", "Sadiq Khan")
    officers = figure(first.store, "001", 34542, "a record 34,542")
    first.add("Evening", khan, create=True)
    second.add("Evening", officers, create=True)  # its view still has no "Evening"
    again = Packs(Store(data_dir))
    assert again.names().count("Evening") == 1
    assert ids(again, "Evening") == [khan, officers]


def test_two_cli_processes_adding_to_a_new_pack_both_land(data_dir):
    store = Store(data_dir)
    refs = [quote(store, "003", "Sadiq Khan"), figure(store, "001", 34542, "a record 34,542")]
    command = [sys.executable, "-m", "briefing", "--data-dir", str(data_dir), "pack", "add"]
    running = [
        subprocess.Popen(
            [*command, "Night shift", ref], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for ref in refs
    ]
    results = [(process.wait(timeout=120), process.stderr.read()) for process in running]
    for process in running:
        process.stdout.close()
        process.stderr.close()
    assert [status for status, _ in results] == [0, 0], results
    assert sorted(ids(Packs(Store(data_dir)), "Night shift")) == sorted(refs)


@pytest.mark.parametrize(
    "args", [("Fresh", "not-an-id"), ("Fresh", "abc.q999"), ("Fr\x1b[2Jesh", "")]
)
def test_a_failed_pack_add_changes_nothing(capsys, data_dir, args):
    store = Store(data_dir)
    name, ref = args
    ref = ref or quote(store, "003", "Sadiq Khan")
    before = (data_dir / "user.json").read_bytes() if (data_dir / "user.json").exists() else None
    status, _, err = run(capsys, "pack", "add", name, ref)
    assert status == 1 and err.startswith("briefing: ") and err.count("\n") == 1
    after = (data_dir / "user.json").read_bytes() if (data_dir / "user.json").exists() else None
    assert after == before
    assert Packs(Store(data_dir)).names() == [DEFAULT_PACK]


def test_pack_names_are_normalised_the_same_way_on_creation_and_lookup(capsys, data_dir):
    store = Store(data_dir)
    khan = quote(store, "003", "Sadiq Khan")
    status, out, _ = run(capsys, "pack", "add", "  Speech    notes ", khan)
    assert status == 0 and out == f"pinned to Speech notes: {khan}\n"
    status, out, _ = run(capsys, "pack", "add", "Speech notes", khan)
    assert status == 0 and out == f"already in Speech notes: {khan}\n"
    assert Packs(Store(data_dir)).names() == [DEFAULT_PACK, "Speech notes"]
    status, out, _ = run(capsys, "pack", "show", " Speech  notes", "--json")
    assert status == 0 and [item["id"] for item in json.loads(out)] == [khan]
    for odd in ("Speech\tnotes", "Speech\nnotes", "Speech\x9b2Jnotes", "Speech\u202enotes"):
        status, _, err = run(capsys, "pack", "add", odd, khan)
        assert status == 1 and "control characters" in err
        status, _, err = run(capsys, "pack", "show", odd)
        assert status == 1 and "control characters" in err
    assert Packs(Store(data_dir)).names() == [DEFAULT_PACK, "Speech notes"]
    status, out, _ = run(capsys, "pack", "remove", "Speech  notes ", khan)
    assert status == 0 and out == f"unpinned {khan} from Speech notes\n"


# ----------------------------------------------------------------- export --output


def test_export_output_dash_and_dev_stdout_print_the_brief(capsys, data_dir):
    text = Packs(known_pack(data_dir)).export("Speech", "md")
    for target in ("-", "/dev/stdout"):  # "/dev/stdout" failed: it was resolved to a pipe's name
        status, out, _ = run(capsys, "pack", "export", "Speech", "--output", target)
        assert status == 0 and out == text.rstrip("\n") + "\n"


def test_export_into_a_pipe_writes_it_and_keeps_it_a_pipe(capsys, data_dir, tmp_path):
    # A FIFO used to be replaced by a regular file.
    text = Packs(known_pack(data_dir)).export("Speech", "txt")
    fifo = tmp_path / "brief.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there first
    try:
        status, out, err = run(
            capsys, "pack", "export", "Speech", "--format", "txt", "--output", str(fifo)
        )
        received = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert status == 0 and out == "" and err == f"briefing: wrote {fifo}\n"
    assert received == text.encode("utf-8")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_export_into_a_pipe_nobody_reads_is_a_reason_not_a_hang(capsys, data_dir, tmp_path):
    known_pack(data_dir)
    fifo = tmp_path / "brief.fifo"
    os.mkfifo(fifo)
    status, _, err = run(capsys, "pack", "export", "Speech", "--output", str(fifo))
    assert status == 1 and "no program is reading from this pipe" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize(("device", "status"), [((1, 3), 0), ((1, 7), 1)])  # null, full
def test_export_into_a_device_writes_it_and_never_replaces_it(
    capsys, data_dir, tmp_path, device, status
):
    # As root, --output /dev/full turned the device into a regular file. A private copy
    # of each device is made here, so a regression never touches the machine's own /dev.
    known_pack(data_dir)
    node = tmp_path / "device"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(*device))
    code, out, err = run(capsys, "pack", "export", "Speech", "--output", str(node))
    assert code == status
    assert ("No space left on device" in err) if status else (err == f"briefing: wrote {node}\n")
    info = node.stat()
    assert stat.S_ISCHR(info.st_mode) and os.major(info.st_rdev) == 1
    assert os.minor(info.st_rdev) == device[1]


def test_export_refuses_a_folder_and_a_socket(capsys, data_dir, tmp_path):
    import socket

    known_pack(data_dir)
    folder = tmp_path / "folder"
    folder.mkdir()
    status, _, err = run(capsys, "pack", "export", "Speech", "--output", str(folder))
    assert status == 1 and "folder" in err and folder.is_dir()
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        status, _, err = run(capsys, "pack", "export", "Speech", "--output", str(path))
    assert status == 1 and "not a file, pipe or terminal" in err and path.is_socket()


def test_export_through_a_link_replaces_the_file_it_points_to(capsys, data_dir, tmp_path):
    text = Packs(known_pack(data_dir)).export("Speech", "md")
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    status, _, _ = run(capsys, "pack", "export", "Speech", "--output", str(link))
    assert status == 0 and link.is_symlink() and real.read_text(encoding="utf-8") == text
