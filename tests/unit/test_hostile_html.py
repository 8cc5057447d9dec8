"""Hostile saved web pages: deep nesting, unclosed constructs, huge attributes, odd bytes.

Each gives the page's text or a one-line reason, never a traceback, and the work is
bounded by the parser's own limits (depth, elements, one pass per construct), never by
a clock: nothing here sleeps or times anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests_support import seed_text

from briefing import ingest
from briefing.ingest import InputError, markup, read_source, source_from_bytes
from briefing.ingest.markup import MAX_DEPTH, parse_html

# A release the bundled samples do not already hold.
GOOD = seed_text("004").replace("Mayor", "Deputy Mayor", 1)
PROSE = "The Mayor of London said the new scheme would help many thousands of families."


def nested(depth: int, tag: str = "div") -> str:
    return (
        "<html><body>"
        + f"<{tag}>" * depth
        + f"<p>{PROSE}</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )


def tree_depth(soup) -> int:
    deepest, stack = 0, [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in getattr(node, "contents", []))
    return deepest


def one_line(reason: str) -> bool:
    return bool(reason) and "\n" not in reason and len(reason) < 300


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_divs_give_their_text(depth):
    # 1,000 levels raised RecursionError; 100,000 ran for minutes.
    page = nested(depth)
    assert source_from_bytes(page.encode(), "deep.html").text == PROSE
    assert tree_depth(parse_html(page)) <= MAX_DEPTH + 2  # the text under the deepest tag


def test_deeply_nested_list_items_and_articles():
    page = "<html><body>" + "<article><ul><li>" * 3000 + PROSE
    assert PROSE in source_from_bytes(page.encode(), "deep.html").text


def test_text_beyond_the_depth_limit_stays_in_order_and_apart():
    page = "<html><body>" + "<div>" * (MAX_DEPTH + 10) + "one<div>two</div>three" + "</div>" * 9
    page += "<p>four</p></body></html>"
    soup = parse_html(page)
    assert soup.get_text().split() == ["one", "two", "three", "four"]


# Inputs on which Python's html.parser rescans the rest of the page at every "<":
# quadratic, so a 2 MB page took hours. Each is one pass now.
QUADRATIC_FOR_HTML_PARSER = {
    "unclosed comment": "<html><body><!--" + "a<" * 1_000_000,
    "start tags never closed": "<html><body>" + "<a" * 1_000_000,
    "end tags never closed": "<html><body>" + "</" * 1_000_000,
    "processing instructions never closed": "<html><body>" + "<?" * 1_000_000,
    "comments opened over and over": "<html><body>" + "<!--<b>" * 300_000,
}


@pytest.mark.parametrize("name", QUADRATIC_FOR_HTML_PARSER)
def test_malformed_markup_is_read_in_one_pass(name):
    page = QUADRATIC_FOR_HTML_PARSER[name]
    try:
        text = ingest.html_to_text(page)
    except InputError as error:
        assert one_line(str(error))
    else:
        assert isinstance(text, str)


def test_a_page_with_too_many_elements_is_refused_in_one_line(monkeypatch):
    monkeypatch.setattr(markup, "MAX_ELEMENTS", 50)
    page = "<html><body>" + f"<p>{PROSE}</p>" * 60 + "</body></html>"
    with pytest.raises(InputError) as caught:
        source_from_bytes(page.encode(), "big.html")
    assert "over 50 elements" in str(caught.value) and one_line(str(caught.value))


def test_huge_attributes_and_many_hints_cost_one_pass():
    page = (
        "<html><body><div class='" + "accessib" * 500_000 + "' id='" + "x" * 1_000_000 + "'>"
        f"<p>{PROSE}</p></div></body></html>"
    )
    assert PROSE in source_from_bytes(page.encode(), "attrs.html").text


def test_an_unexpected_error_in_one_file_is_that_files_reason(tmp_path, monkeypatch):
    def broken(text: str) -> str:
        raise RecursionError("maximum recursion depth exceeded\nwith a second line")

    monkeypatch.setattr(ingest, "html_to_text", broken)
    path = tmp_path / "page.html"
    path.write_text(nested(3), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_source(path)
    reason = str(caught.value)
    assert one_line(reason) and "RecursionError" in reason


def test_cli_import_goes_on_past_a_deeply_nested_page(tmp_path, capsys):
    # Before: a RecursionError traceback, and the good .txt beside it not imported.
    from briefing.cli import main
    from briefing.store import Store

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-deep.html").write_text(nested(1_000), encoding="utf-8")
    (folder / "b-deeper.html").write_text(nested(100_000), encoding="utf-8")
    (folder / "c-good.txt").write_text(GOOD, encoding="utf-8")
    data = tmp_path / "data"
    main(["--data-dir", str(data), "import", str(folder)])
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4, out
    assert out[0].startswith("imported: ") and "a-deep.html" in out[0]
    assert out[1].startswith("unchanged: ") and "b-deeper.html" in out[1]  # the same text
    assert out[2].startswith("imported: ") and "c-good.txt" in out[2]
    assert {r["source"] for r in Store(data, seed=False).releases()} >= {"c-good.txt"}


def test_an_unexpected_error_does_not_stop_a_cli_import(tmp_path, capsys, monkeypatch):
    from briefing.cli import main

    def broken(text: str) -> str:
        raise ValueError("a library bug")

    monkeypatch.setattr(ingest, "html_to_text", broken)
    (tmp_path / "a.html").write_text(nested(2), encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    status = main(["--data-dir", str(tmp_path / "d"), "import", str(tmp_path)])
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert out[0].endswith("a.html: could not read this file (ValueError: a library bug)")
    assert out[1].startswith("imported: ") and out[-1].startswith("1 imported")


# ---------------------------------------------------------------- property


TAGS = [
    "div",
    "p",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "li",
    "ul",
    "h1",
    "time",
    "script",
    "style",
    "br",
    "span",
    "table",
    "td",
    "meta",
    "svg",
    "a",
    "b",
]
ATTRS = st.sampled_from(
    ["class", "id", "style", "hidden", "role", "aria-hidden", "datetime", "content", "=", "x'y"]
)
attr_values = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["cookie-banner", "display:none", "2024-05-20", "navigation", "true"]),
    st.integers(1, 20_000).map(lambda n: "x" * n),
)
quotes = st.sampled_from(['"', "'", ""])


@st.composite
def start_tags(draw) -> str:
    name = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.tuples(ATTRS, quotes, attr_values), max_size=3))
    rendered = "".join(f" {key}={q}{value}{q}" for key, q, value in attrs)
    return f"<{name}{rendered}{draw(st.sampled_from(['>', '/>', '', ' ']))}"


pieces = st.one_of(
    start_tags(),
    st.sampled_from(TAGS).map(lambda name: f"</{name}>"),
    st.sampled_from(
        [
            "<",
            "</",
            "<!--",
            "-->",
            "<!",
            "<?",
            "<![CDATA[",
            "]]>",
            ">",
            "&",
            "&#x110000;",
            "&#0;",
            "&#150;",
            "&amp",
            "&nbsp;",
            "\x00",
            "\ufeff",
            "<!DOCTYPE html>",
            "<html>",
            "<body>",
            "</body>",
        ]
    ),
    st.just(PROSE),
    st.text(max_size=15),
)


@st.composite
def hostile_pages(draw) -> str:
    page = "".join(draw(st.lists(pieces, max_size=40)))
    depth = draw(st.sampled_from([0, 0, 10, MAX_DEPTH + 5, 3_000]))
    tag = draw(st.sampled_from(TAGS))
    closed = draw(st.booleans())
    inner = f"<{tag}>" * depth + page + (f"</{tag}>" * depth if closed else "")
    return "<html><body>" + inner + draw(st.sampled_from(["", "</body></html>"]))


encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=hostile_pages(), encoding=encodings, suffix=st.sampled_from([".html", ".htm", ".txt"]))
def test_any_hostile_page_gives_text_or_a_one_line_reason(page, encoding, suffix):
    data = page.encode(encoding, errors="replace")
    try:
        source = source_from_bytes(data, "page" + suffix)
    except InputError as error:
        assert one_line(str(error)), str(error)
        return
    assert isinstance(source.text, str) and source.text.strip()
    soup = parse_html(source.text if "<" in source.text else page)
    assert tree_depth(soup) <= MAX_DEPTH + 2


def test_a_nested_page_in_a_path_file(tmp_path: Path):
    # The same bounds hold through read_source, as an import reads a file.
    path = tmp_path / "deep.htm"
    path.write_bytes(nested(20_000, "span").encode("utf-16"))
    assert read_source(path).text == PROSE
