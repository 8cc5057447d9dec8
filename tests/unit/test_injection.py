"""Text that tries to act on the terminal: shown literally (markup) or stripped (escapes, controls).

A hostile release goes through parse -> store -> every command-line text output;
no ESC (or other control) byte ever reaches stdout or stderr, and Rich/Textual
markup is printed as the brackets it is. (The app's widgets are tested with the UI.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.documents import build_records
from briefing.format import CLIP_FORMATS as QUOTE_FORMATS
from briefing.ingest import read_source
from briefing.parse.release import parse_release
from briefing.parse.text import strip_controls
from briefing.store import Store

MARKUP = (
    "[bold red]",
    "[link=file:///etc/passwd]",
    "[/]",
    "[@click=app.quit]",
    "[/link]",
    "[blink]",
)
HOSTILE = (
    "[bold red]Mayor[/] announces [link=file:///etc/passwd]fund[/link] "
    "\x1b[2J\x1b]52;c;ZXZpbA==\x07 for youth clubs\n\n"
    "12 March 2024\n\n"
    "- [@click=app.quit]Click here[/] for a £5m fund \x1b[31mred\x1b[0m\n"
    "- Second bullet with a \x9b31m C1 CSI, a \x9d0;title\x9c C1 OSC and a \x07 bell\n\n"
    "The Mayor of London [bold]today[/bold] announced a fund of £5 million, up 12% on last "
    "year, for [i]youth clubs[/i] across the capital "
    "\x1b]8;;file:///etc/passwd\x07click\x1b]8;;\x07 and more.\n\n"
    "“We will not [blink]stop[/blink] \x1b[2J until every [@click=app.quit]young Londoner[/] "
    "is safe,” said Sadiq Khan, Mayor of London.\n\n"
    "Crime fell by 7% \x00 with \x08\x08 backspaces, \r carriage returns, \x7f DEL, "
    "\u202e bidi override and \u200b zero width\x1bP1;2|secret\x1b\\ inside, "
    "\x1b_apc\x1b\\ too, and as HTML entities, a &#27;[2J, a &#x202E; bidi override "
    "and a &#x200B; zero width.\n"
)
FORBIDDEN = [
    "\x1b",
    "\x9b",
    "\x9d",
    "\x9c",
    "\x07",
    "\x00",
    "\x08",
    "\x7f",
    "\r",
    "\u202e",
    "\u200b",
]
PAYLOADS = ("52;c;", "ZXZpbA==", "8;;file", "secret", "apc")


def assert_inert(data: bytes, payloads: bool = True) -> str:
    """No control byte in output (nor, from stored text, an escape's payload); the text."""
    text = data.decode("utf-8")
    for char in FORBIDDEN:
        assert char not in text, f"{char!r} in output: {text[:300]!r}"
    assert all(ch in "\n\t" or ord(ch) >= 0x20 for ch in text)
    for payload in PAYLOADS if payloads else ():
        assert payload not in text, payload
    return text


@pytest.fixture
def hostile(tmp_path: Path, data_dir: Path) -> dict:
    """The hostile release imported (with the seeds) through the command line."""
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    assert main(["import", str(path)]) == 0
    store = Store(data_dir)
    release = next(r for r in store.releases() if r["source"] == "hostile.txt")
    return {"store": store, "release": release, "path": path}


def test_parsed_and_stored_text_has_no_controls_but_keeps_markup(hostile, data_dir):
    release = hostile["store"].release(hostile["release"]["id"])
    assert (
        release["title"]
        == "[bold red]Mayor[/] announces [link=file:///etc/passwd]fund[/link] for youth clubs"
    )
    texts = [release["title"]] + [text for _, text, _ in release["blocks"]]
    for text in texts:
        assert strip_controls(text) == text
        assert not any(char in text for char in FORBIDDEN)
    joined = "\n".join(texts)
    for markup in MARKUP:
        assert markup in joined
    assert "Click here" in joined and "young Londoner" in joined
    stored = sorted((data_dir / "store").glob("*.json"))
    assert stored
    for path in stored:  # escapes are not even stored
        raw = path.read_text(encoding="utf-8")
        assert "\\u001b" not in raw and "\x1b" not in raw


def test_quotes_and_figures_of_a_hostile_release_are_clean(hostile):
    store = hostile["store"]
    quotes = store.quotes(hostile["release"]["id"])
    assert [q["speaker"] for q in quotes] == ["Sadiq Khan"]
    assert "[blink]stop[/blink]" in quotes[0]["text"] and "\x1b" not in quotes[0]["text"]
    stats = store.stats(hostile["release"]["id"])
    assert stats and all("\x1b" not in json.dumps(s, ensure_ascii=False) for s in stats)


def commands(release_id: str, quote_id: str) -> list[list[str]]:
    """Every text (and JSON) output that can show the hostile release's text."""
    wanted = [
        ["releases"],
        ["releases", "--json"],
        ["show", release_id],
        ["show", release_id[:6]],
        ["speakers"],
        ["speakers", "--json"],
        ["quotes"],
        ["quotes", "--json"],
        ["quotes", "--release", release_id],
        ["quotes", "--speaker", "khan"],
        ["stats"],
        ["stats", "--json"],
        ["stats", "--release", release_id],
        ["compare", release_id],
        ["latest", "fund"],
        ["search", "mayor"],
        ["search", "[bold red]"],
        ["search", "\x1b[2J mayor"],
        ["search", "mayor", "--json"],
        [
            "pack",
            "add",
            "[bold]brief[/]",
            quote_id or release_id,
            "--note",
            "[link=file:///x]note\x1b[2J",
        ],
        ["pack", "list"],
        ["pack", "show", "[bold]brief[/]"],
        ["pack", "export", "[bold]brief[/]", "--format", "txt"],
        ["pack", "export", "[bold]brief[/]", "--format", "md"],
    ]  # fmt: skip
    wanted.append(["quote", quote_id])
    wanted += [["quote", quote_id, "--format", f] for f in QUOTE_FORMATS]
    return wanted


def test_every_command_line_output_is_inert(hostile, capsysbinary):
    store = hostile["store"]
    rid = hostile["release"]["id"]
    [quote, *_] = store.quotes(rid)  # the hostile release has a quote and a figure
    assert store.stats(rid)
    ran: list[str] = []
    for argv in commands(rid, quote["id"]):
        status = main(argv)
        out, err = capsysbinary.readouterr()
        text = assert_inert(out)
        assert_inert(err)
        if status == 0 and "--json" in argv:
            json.loads(text)
        ran.append(" ".join(argv[:2]))
    assert {"releases", "show " + rid} <= set(ran)


def test_show_prints_markup_as_literal_brackets(hostile, capsysbinary):
    assert main(["show", hostile["release"]["id"]]) == 0
    text = assert_inert(capsysbinary.readouterr().out)
    assert text.startswith(
        "[bold red]Mayor[/] announces [link=file:///etc/passwd]fund[/link] for youth clubs\n"
    )
    assert "[@click=app.quit]Click here[/] for a £5m fund red" in text
    assert "[i]youth clubs[/i]" in text


def test_releases_listing_shows_the_title_literally(hostile, capsysbinary):
    assert main(["releases"]) == 0
    text = assert_inert(capsysbinary.readouterr().out)
    assert "[bold red]Mayor[/] announces [link=file:///etc/passwd]fund[/link]" in text


def test_json_output_carries_no_raw_escape(hostile, capsysbinary):
    assert main(["releases", "--json"]) == 0
    out = capsysbinary.readouterr().out
    assert b"\x1b" not in out and b"\\u001b" not in out
    titles = [r["title"] for r in json.loads(out)]
    assert (
        "[bold red]Mayor[/] announces [link=file:///etc/passwd]fund[/link] for youth clubs"
        in titles
    )


def test_hostile_file_names_and_error_messages(tmp_path, capsysbinary):
    name = "\x1b]0;pwned\x07[bold]evil\x1b[2J.txt"
    path = tmp_path / name
    path.write_text(HOSTILE.replace("youth clubs", "sports clubs"), encoding="utf-8")
    assert read_source(path).name == "[bold]evil.txt"
    missing = tmp_path / "\x1b[31mgone\x07.txt"
    assert main(["import", str(path), str(missing)]) == 1
    out, err = capsysbinary.readouterr()
    text = assert_inert(out)
    assert "[bold]evil.txt" in text and "gone" in text
    assert main(["show", "\x1b[2J\x1b]52;c;ZXZpbA==\x07"]) == 1
    out, err = capsysbinary.readouterr()
    assert out == b""
    # The id the user typed is echoed as a repr ('\\x1b[2J...'): visible, inert text.
    assert "\\x1b" in assert_inert(err, payloads=False)


def test_through_a_real_terminal_process(hostile):
    """The installed entry point (not just main()) keeps the bytes inert too."""
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "show", hostile["release"]["id"]],
        capture_output=True, check=True,
    )  # fmt: skip
    assert_inert(result.stdout)
    assert b"[link=file:///etc/passwd]" in result.stdout


def test_parse_alone_strips_every_escape_form():
    parsed = parse_release(HOSTILE, "h.txt")
    record, quotes, stats = build_records(HOSTILE, "h.txt")
    everything = json.dumps([record, quotes, stats], ensure_ascii=False)
    for char in FORBIDDEN:
        assert char not in everything
    for payload in PAYLOADS:
        assert payload not in everything
    assert parsed.raw == HOSTILE  # the original is kept verbatim (never printed as is)
