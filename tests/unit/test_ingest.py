# ruff: noqa: E501 - the saved web pages below keep the long lines real pages have
"""Reading what users drop in: saved web pages, Markdown, encodings, and one-line refusals.

Every bad input gets a one-line reason and the rest of the import still goes in.
The binary and encoded files are generated here, byte by byte.
"""

from __future__ import annotations

import html
import io
import json
import os
import random
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from tests_support import seed_path, seed_text

from briefing import ingest
from briefing.ingest import (
    MAX_FILE_BYTES,
    InputError,
    collect,
    decode,
    html_to_text,
    markdown_to_text,
    read_source,
    repair_mojibake,
)
from briefing.parse.release import parse_release

MOJIBAKE = ("â€", "Ã©", "Ã¨", "Â£", "Â ", "\ufffd", "ï»¿")
# What Word puts in a release: curly quotes, apostrophes, dashes, ellipsis, £ and €.
WORD_TEXT = (
    "Mayor’s £5m plan for London’s youth clubs\n\n"
    "The Mayor of London said: “Every young Londoner deserves a safe place to go – "
    "and this £5 million fund, worth €5.8 million, is only the start…”\n\n"
    "Crime is down 12% on last year’s figures, according to the Met’s own data.\n"
)


def one_line(reason: str) -> bool:
    return bool(reason) and "\n" not in reason and len(reason) < 200


def reason_for(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_source(path)
    reason = str(caught.value)
    assert one_line(reason), reason
    return reason


def no_mojibake(text: str) -> None:
    for marker in MOJIBAKE:
        assert marker not in text, f"mojibake {marker!r} in {text[:200]!r}"


# ---------------------------------------------------------------- generated binaries


def make_pdf() -> bytes:
    """A small, well-formed one-page PDF with a line of text."""
    stream = b"BT /F1 12 Tf 72 720 Td (Mayor announces new fund for youth clubs) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_png(width: int = 4, height: int = 3) -> bytes:
    """A valid RGB PNG (signature, IHDR, IDAT, IEND with their CRCs)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + bytes([200, 30, 30]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def make_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Mayor announces a fund</w:document>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("release.pdf", make_pdf(), "looks like a PDF document"),
        ("photo.png", make_png(), "looks like a PNG image"),
        ("renamed-pdf.txt", make_pdf(), "looks like a PDF document"),
        ("renamed-png.md", make_png(), "looks like a PNG image"),
        ("release.docx", make_docx(), "ZIP archive"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "JPEG"),
    ],
)
def test_binary_files_are_refused_with_what_they_look_like(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    reason = reason_for(path)
    assert reason.startswith("not a text file") and expected in reason


def test_binary_without_a_known_signature_is_refused(tmp_path):
    noise = random.Random(7).randbytes(20_000)
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\x13\x37" + noise)
    assert "binary data" in reason_for(path)


def test_text_with_many_control_bytes_is_binary(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(bytes(range(1, 32)) * 50 + b"some words here and there to read as text " * 5)
    assert "binary data" in reason_for(path)


# ---------------------------------------------------------------- empty, no prose, too big


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "file is empty"),
        (b"   \n\t\r\n  \n", "only whitespace"),
        ("\ufeff  \n".encode("utf-8"), "only whitespace"),
        ("  \n\n ".encode("utf-16"), "only whitespace"),
        ("\u00a0\u2003\n".encode("utf-8"), "only whitespace"),
    ],
)
def test_empty_and_whitespace_only(tmp_path, data, expected):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    assert expected in reason_for(path)


@pytest.mark.parametrize(
    "text",
    [
        "2019,2020,2021\n14.2,15.1,16.8\n3,4,5\n",
        "Home\nNews\nContact us\nSearch\nMenu\n",
        "Mayor announces fund\n\n£5m\n\n12%\n\nLondon\n",
        "<html><body><nav>Home News About</nav><script>var x = 1;</script></body></html>",
    ],
)
def test_files_without_prose_are_refused(tmp_path, text):
    path = tmp_path / "not-a-release.txt"
    path.write_text(text, encoding="utf-8")
    reason = reason_for(path)
    assert "no paragraphs of prose" in reason or "no article text" in reason


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: nothing is written, the size is what counts
        handle.truncate(MAX_FILE_BYTES + 1)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    reason = reason_for(path)
    # Exact: "5.0 MB; the limit is 5 MB" would not say why a file one byte over is refused.
    assert reason == "file is 5,242,881 bytes; the limit is 5,242,880 bytes (5 MB)"


def test_size_limit_is_applied_to_what_is_read(tmp_path, monkeypatch):
    # A file that grows between stat() and read() is still capped.
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "grows.txt"
    path.write_text("word " * 300, encoding="utf-8")
    real_stat = Path.stat

    def small_stat(self, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        if self == path:
            return os.stat_result((result.st_mode, 0, 0, 0, 0, 0, 10, 0, 0, 0))
        return result

    monkeypatch.setattr(Path, "stat", small_stat)
    assert "limit" in reason_for(path)


def test_size_limit_is_documented():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"Files over {MAX_FILE_BYTES // (1024 * 1024)} MB are refused" in readme


# ---------------------------------------------------------------- paths that give nothing


def test_missing_path_and_broken_link(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    files, failed = collect([tmp_path / "missing.txt", link])
    assert files == []
    reasons = dict(failed)
    assert reasons[str(tmp_path / "missing.txt")] == "no such file or folder"
    assert "no longer exists" in reasons[str(link)]
    assert all(one_line(reason) for reason in reasons.values())


def test_folder_without_readable_files(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(make_pdf())
    (folder / "photo.png").write_bytes(make_png())
    (folder / ".hidden.txt").write_text(
        "a hidden file is never imported by a folder walk", encoding="utf-8"
    )
    (folder / "sub").mkdir()
    empty = tmp_path / "empty"
    empty.mkdir()
    files, failed = collect([folder, empty])
    assert files == []
    assert [path for path, _ in failed] == [str(folder), str(empty)]
    for _, reason in failed:
        assert reason.startswith("folder has no readable release files") and one_line(reason)


def test_folder_we_cannot_enter(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "release.txt").write_text(WORD_TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path="."):
        if Path(path) == folder / "inner":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    files, failed = collect([folder])
    assert files == []
    assert "cannot read 1 folder(s): permission denied" in failed[0][1]


def test_a_path_we_cannot_reach_is_a_reason_not_a_crash(tmp_path, monkeypatch):
    target = tmp_path / "private" / "release.txt"
    real_stat = Path.stat

    def refuse(self, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied")
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", refuse)
    files, failed = collect([target])
    assert files == [] and "permission denied" in failed[0][1]


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(WORD_TEXT, encoding="utf-8")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert reason_for(path) == "permission denied: cannot read this file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert "not a regular file" in reason_for(pipe)


def test_same_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(WORD_TEXT, encoding="utf-8")
    files, failed = collect([path, tmp_path, tmp_path / "." / "release.txt"])
    assert files == [path] and failed == []


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "expected_label"),
    [
        ("cp1252", "cp1252"),
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with BOM, native order
        ("utf-32", "utf-32"),
    ],
)
def test_word_text_in_each_encoding_decodes_exactly(tmp_path, encoding, expected_label):
    path = tmp_path / "word.txt"
    path.write_bytes(WORD_TEXT.encode(encoding))
    source = read_source(path)
    assert source.text == WORD_TEXT
    assert source.encoding == expected_label
    no_mojibake(source.text)


@pytest.mark.parametrize(("bom", "codec"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_le_and_be_with_bom(tmp_path, bom, codec):
    path = tmp_path / "utf16.txt"
    path.write_bytes(bom + WORD_TEXT.encode(codec))
    source = read_source(path)
    assert source.text == WORD_TEXT and "\ufeff" not in source.text
    no_mojibake(source.text)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec):
    path = tmp_path / "utf16.txt"
    path.write_bytes(WORD_TEXT.encode(codec))
    source = read_source(path)
    assert (source.text, source.encoding) == (WORD_TEXT, codec)


def test_latin1(tmp_path):
    text = (
        "Café opens in Brixton with £250 grant\n\n"
        "The café, run by Zoë and René, serves crème brûlée at ½ price to anyone aged 60° or over in the borough.\n"
    )
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    source = read_source(path)
    assert source.text == text
    no_mojibake(source.text)


def test_long_windows_1252_release(tmp_path):
    # Long enough that a detector has an opinion: cp1252 still wins for Western text.
    text = seed_text("001")
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode("cp1252", errors="strict"))
    source = read_source(path)
    assert source.text == text and source.encoding == "cp1252"


def test_utf8_with_a_stray_windows_1252_byte(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        WORD_TEXT.encode("utf-8") + "Budget: £12m for the year’s work.\n".encode("cp1252")
    )
    source = read_source(path)
    assert source.text == WORD_TEXT + "Budget: £12m for the year’s work.\n"
    no_mojibake(source.text)


def test_mojibake_already_in_the_file_is_repaired(tmp_path):
    broken = WORD_TEXT.encode("utf-8").decode("cp1252", errors="ignore")
    assert "â€" in broken
    path = tmp_path / "mojibake.txt"
    path.write_text(broken.replace("\u201d", "\u201d"), encoding="utf-8")
    text = read_source(path).text
    no_mojibake(text)
    assert "Mayor’s £5m plan" in text and "– and this £5 million" in text


def test_mojibake_repair_leaves_real_letters_alone():
    for text in ["Groß” he said", "“PERCHÈ” – “CAFÉ”", "Åland’s ferry", "naïve résumé £5 – ½"]:
        assert repair_mojibake(text) == text
    assert repair_mojibake("Londonâ€™s â€œplanâ€\x9d cafÃ© Â£5") == "London’s “plan” café £5"


def test_other_single_byte_encodings_are_detected_not_guessed():
    text = "Мэр Лондона объявил о новом фонде для молодёжных клубов в столице. " * 4
    decoded, encoding = decode(text.encode("cp1251"))
    assert decoded == text and encoding.replace("_", "") in {"cp1251", "windows1251"}


def test_bom_that_lies_is_a_reason():
    assert "UTF-16" in pytest.raises(InputError, decode, b"\xff\xfeabc").value.args[0]


# ---------------------------------------------------------------- saved web pages


def london_page(prefix: str) -> tuple[object, str]:
    """A seed as a realistic saved london.gov.uk page: cookie banner, header, nav, footer..."""
    parsed = parse_release(seed_text(prefix), "seed.txt")
    esc = html.escape
    year, month, day = (int(part) for part in parsed.date.split("-"))
    shown = f"{day} {['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month]} {year}"  # noqa: E501
    summary = "".join(f"<li>{esc(line)}</li>" for line in parsed.summary)
    body = "".join(f"<p>{esc(line)}</p>\n" for line in parsed.paragraphs)
    notes = "".join(f"<p>{esc(line)}</p>\n" for line in parsed.notes)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(parsed.title)} | London City Hall</title>
<link rel="canonical" href="https://www.london.gov.uk/press-releases/mayoral/{prefix}">
<meta property="og:site_name" content="London City Hall">
<style>.cookie-banner {{ position: fixed; bottom: 0 }} body {{ font-family: Arial }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
gtag('config', 'G-XXXX'); document.write("Tracking script text that must never show");</script>
</head>
<body class="path-node page-node-type-press-release">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X"></iframe></noscript>
<div id="sliding-popup" class="eu-cookie-compliance-banner" role="dialog" aria-label="Cookie consent">
  <div class="eu-cookie-compliance-message"><h2>Cookies on London.gov.uk</h2>
  <p>We use some essential cookies to make this service work. We would also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>
  <button class="agree-button">Accept analytics cookies</button><button class="decline-button">Reject analytics cookies</button>
</div>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="site-header" role="banner">
  <a href="/" title="Home" rel="home"><img src="/logo.svg" alt="Mayor of London logo"><img src="/la.svg" alt="London Assembly logo"></a>
  <nav role="navigation" aria-labelledby="block-main-menu" class="main-menu"><ul class="menu">
    <li><a href="/who-we-are">Who we are and what we do at City Hall for Londoners</a></li>
    <li><a href="/programmes-strategies">Programmes and strategies across housing, transport and policing</a></li>
    <li><a href="/media-centre">Media centre</a></li></ul></nav>
  <form class="search-form" action="/search"><label>Search</label><input type="search" name="keys"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/media-centre">Media centre</a></li><li>Mayoral press releases</li></ol></nav>
<main id="main-content" role="main"><div class="layout-with-sidebar">
  <article class="node node--type-press-release">
    <header class="article-header"><p class="press-release-label">Press release</p>
      <h1 class="page-title"><span>{esc(parsed.title)}</span></h1>
      <div class="created">Created on <time datetime="{parsed.date}T10:30:00Z">{shown}</time></div>
    </header>
    <div class="field--name-field-summary"><ul>{summary}</ul></div>
    <div class="field--name-body">{body}</div>
    <div class="field--name-field-notes">{notes}</div>
    <div class="social-share"><h2>Share this page</h2><ul>
      <li><a href="https://twitter.com/intent/tweet">Share this page on Twitter, Facebook or by email with friends</a></li></ul></div>
    <div class="accessible-format-request"><p>Need a document on this page in an accessible format? Please email us and tell us which assistive technology you use.</p></div>
  </article>
  <aside class="sidebar related-content"><h2>Related press releases</h2><article class="teaser">
    <h3><a href="/x">Mayor announces a different thing entirely unrelated to this page today</a></h3></article></aside>
</div></main>
<footer class="site-footer" role="contentinfo"><p>Greater London Authority, City Hall, Kamal Chunchie Way, London E16 1ZE. All rights reserved, copyright the Greater London Authority.</p>
  <ul><li><a href="/privacy">Privacy and cookies policy for the whole of this website</a></li></ul></footer>
<script src="/core/assets/vendor/jquery/jquery.min.js"></script>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "JSON-LD headline never shown"}}</script>
</body></html>"""
    return parsed, page


FURNITURE = (
    "cookies", "Cookie", "Skip to main content", "Who we are", "Media centre", "Search",
    "Share this page", "Related press releases", "different thing", "Greater London Authority, City Hall",
    "Privacy", "dataLayer", "Tracking script", "JSON-LD", "font-family", "googletagmanager",
    "Google Tag Manager", "accessible format", "<", ">",
)  # fmt: skip


@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_saved_london_gov_uk_page_gives_the_article(tmp_path, prefix):
    parsed, page = london_page(prefix)
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    for furniture in FURNITURE:
        assert furniture not in source.text, furniture
    again = parse_release(source.text, path.name)
    assert again.title == parsed.title and not again.title_derived
    assert again.date == parsed.date and again.date_estimated is False
    assert again.publisher == parsed.publisher == "Mayor of London"
    assert again.summary == parsed.summary
    assert again.paragraphs == parsed.paragraphs
    assert again.notes == parsed.notes


def met_page() -> tuple[object, str]:
    """A seed as a news.met.police.uk-style page: no <article>, consent manager, UK date."""
    parsed = parse_release(seed_text("002"), "seed.txt")
    esc = html.escape
    body = "\n".join(f"<p>{esc(line)}</p>" for line in parsed.paragraphs)
    page = f"""<!doctype html><html><head><meta charset="UTF-8">
<meta property="article:published_time" content="2024-11-26T07:42:00+00:00">
<title>{esc(parsed.title)} - Metropolitan Police</title>
<style type="text/css">@font-face {{ font-family: 'Met'; }} .newsroom {{ color: #000 }}</style>
<script async src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script></head>
<body>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We use cookies to give you the best experience of our newsroom. Select accept to continue or manage your preferences.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<div class="navbar"><a class="brand" href="/"><img alt="Metropolitan Police logo" src="/met.png"></a>
<ul class="nav-links"><li><a href="/news">Latest news from the Metropolitan Police newsroom</a></li><li><a href="/contact">Contact the press bureau</a></li></ul></div>
<main><div class="content">
<h1>{esc(parsed.title)}</h1>
<p class="date"><time datetime="2024-11-26">26/11/2024 07:42</time></p>
{body}
<div class="share-buttons"><a href="#">Share on X, Facebook, LinkedIn or by email now</a></div>
<div style="display:none"><p>Hidden text of an old version that is still in the page source for some reason.</p></div>
<p hidden>Another hidden paragraph that the browser would never have shown to the reader.</p>
</div></main>
<div class="footer"><p>Copyright 2024 Metropolitan Police Service. All rights reserved across this newsroom website.</p></div>
</body></html>"""
    return parsed, page


def test_saved_met_police_page_gives_the_article(tmp_path):
    parsed, page = met_page()
    path = tmp_path / "met.htm"
    path.write_bytes(page.encode("utf-8"))
    text = read_source(path).text
    for furniture in (
        "cookies",
        "Cookie",
        "newsroom",
        "press bureau",
        "Share on",
        "Hidden",
        "hidden",
        "Copyright",
    ):
        assert furniture not in text, furniture
    again = parse_release(text, path.name)
    assert again.title == parsed.title
    assert again.date == "2024-11-26" and not again.date_estimated  # from the page, not estimated
    assert again.publisher == "Metropolitan Police"
    assert again.paragraphs == parsed.paragraphs


def test_html_pieces():
    page = """<html><body><article>
    <h1>Fund <em>for</em> youth&nbsp;clubs</h1>
    <p>The <strong>Mayor</strong> said the fund of <b>£</b>5m would open on&nbsp;Monday.<br>A second line.</p>
    <ul><li><p>Bullet with a paragraph inside it</p></li><li>Plain bullet</li></ul>
    <blockquote><p>“Quoted words,” said the Mayor.</p></blockquote>
    <table><tr><th>Borough</th><td>Change</td></tr><tr><td>Camden</td><td>-12%</td></tr></table>
    <p>Tom &amp; Jerry &lt;script&gt; are text, not tags.</p>
    </article></body></html>"""
    assert html_to_text(page).split("\n\n") == [
        "Fund for youth clubs",
        "The Mayor said the fund of £5m would open on Monday.",
        "A second line.",
        "- Bullet with a paragraph inside it",
        "- Plain bullet",
        "“Quoted words,” said the Mayor.",
        "Borough Change",
        "Camden -12%",
        "Tom & Jerry <script> are text, not tags.",
    ]


def test_html_detected_in_a_txt_file_and_in_cp1252(tmp_path):
    _, page = london_page("001")
    path = tmp_path / "saved-as.txt"
    path.write_bytes(page.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    source = read_source(path)
    assert source.text.startswith("Press release\n\nMayor joins local neighbourhood policing teams")
    assert "London’s communities" in source.text
    no_mojibake(source.text)


def test_markdown_release(tmp_path):
    markdown = (
        "# Mayor announces **£5m** fund for [youth clubs](https://www.london.gov.uk/youth)\n\n"
        "*Published 3 March 2024*\n\n"
        "- First bullet with `code`\n- Second bullet\n\n"
        "The Mayor of London, Sadiq Khan, today announced a new fund for youth clubs across the capital.\n\n"
        "> “This is great news for young Londoners,” said the Mayor.\n\n"
        "Notes to editors\n----------------\n\n1. Something editors should know before they publish.\n"
    )
    path = tmp_path / "release.md"
    path.write_text(markdown, encoding="utf-8")
    parsed = parse_release(read_source(path).text, path.name)
    assert parsed.title == "Mayor announces £5m fund for youth clubs"
    assert parsed.date == "2024-03-03"
    assert parsed.summary == ["First bullet with code", "Second bullet"]
    assert parsed.paragraphs[1] == "“This is great news for young Londoners,” said the Mayor."
    assert parsed.notes == [
        "Notes to editors",
        "Something editors should know before they publish.",
    ]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_a_plain_release_saved_as_markdown_parses_the_same(prefix):
    plain = parse_release(seed_text(prefix), "x.txt")
    as_markdown = parse_release(markdown_to_text(seed_text(prefix)), "x.md")
    assert (as_markdown.title, as_markdown.date, as_markdown.publisher) == (
        plain.title,
        plain.date,
        plain.publisher,
    )
    assert as_markdown.blocks == plain.blocks


def test_markup_and_escapes_in_html_survive_as_text_for_later_stripping():
    page = "<html><body><article><h1>[bold red]Alert[/]</h1><p>\x1b[2J [link=file:///etc/passwd]x[/link] [@click=app.quit]y[/] words to make prose here.</p></article></body></html>"
    text = html_to_text(page)
    assert (
        "[bold red]Alert[/]" in text
        and "[link=file:///etc/passwd]" in text
        and "[@click=app.quit]" in text
    )


# ---------------------------------------------------------------- through an import


def test_bad_files_get_one_line_each_and_the_rest_go_in(tmp_path, data_dir):
    from briefing.store import Store

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-good.txt").write_text(seed_text("004"), encoding="utf-8")
    (folder / "b-word.txt").write_bytes(seed_text("001").encode("cp1252"))
    (folder / "c-page.html").write_text(london_page("000")[1], encoding="utf-8")
    (folder / "d-utf16.txt").write_bytes(seed_text("003").encode("utf-16"))
    (folder / "e-empty.txt").write_bytes(b"")
    (folder / "f-blank.md").write_text("  \n\n", encoding="utf-8")
    (folder / "g-pdf.txt").write_bytes(make_pdf())
    (folder / "h-numbers.txt").write_text("1,2,3\n4,5,6\n", encoding="utf-8")
    (folder / "i-huge.txt").write_bytes(b"x")
    os.truncate(folder / "i-huge.txt", MAX_FILE_BYTES + 10)
    (folder / "ignored.png").write_bytes(make_png())
    empty_folder = tmp_path / "nothing-here"
    empty_folder.mkdir()
    store = Store(data_dir, seed=False)
    report = store.import_paths([folder, tmp_path / "missing.md", empty_folder])
    statuses = {Path(r.path).name: (r.status, r.error) for r in report.results}
    assert {name for name, (status, _) in statuses.items() if status == "imported"} == {
        "a-good.txt", "b-word.txt", "c-page.html", "d-utf16.txt",
    }  # fmt: skip
    failed = {name: error for name, (status, error) in statuses.items() if status == "failed"}
    assert set(failed) == {
        "e-empty.txt", "f-blank.md", "g-pdf.txt", "h-numbers.txt", "i-huge.txt", "missing.md", "nothing-here",
    }  # fmt: skip
    assert all(one_line(error) for error in failed.values())
    # A file that is not a release is named too, with why (issue 14), without failing.
    assert statuses["ignored.png"] == (
        "skipped",
        "a .png file, not a release (releases are read from .txt, .md, .html, .htm files)",
    )
    assert report.summary().endswith(", 1 skipped (not release files)")
    assert len(store.releases()) == 4
    stored = sorted((data_dir / "store").glob("*.json"))
    assert stored
    for path in stored:  # ASCII on disk (\u escapes): decoded, as the store reads it
        no_mojibake(json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False))
    for original in (data_dir / "originals").glob("*.json"):
        no_mojibake(json.loads(original.read_text(encoding="utf-8"))["text"])
    titles = {r["source"]: r["title"] for r in store.releases()}
    assert titles["b-word.txt"] == parse_release(seed_text("001")).title


def test_cli_import_prints_one_line_per_file(tmp_path, capsys):
    from briefing.cli import main

    good = tmp_path / "good.txt"
    good.write_bytes(seed_text("004").encode("cp1252"))
    png = tmp_path / "chart.png"
    png.write_bytes(make_png())
    status = main(
        ["import", str(good), str(png), str(tmp_path / "missing.txt"), str(seed_path("001"))]
    )
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert len(out) == 5
    assert out[0].startswith("failed: ") and "no such file" in out[0]
    assert any(
        line.startswith(f"failed: {png}: not a text file: looks like a PNG image") for line in out
    )
    assert out[-1] == "0 imported, 0 updated, 2 unchanged, 2 failed"
