"""Helpers tests import (kept out of conftest so modules can import them by name)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def seed_path(prefix: str) -> Path:
    """The bundled seed whose file name starts with ``prefix`` (e.g. "001")."""
    return next(path for path in SEEDS if path.name.startswith(prefix))


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


# ------------------------------------------------------------------ snippets of real releases
# The real-world forms tests parse a few paragraphs as a release dated by the text alone.

SNIPPET_TODAY = date(2025, 12, 31)


def parse_snippet(text: str):
    from briefing.parse.release import parse_release

    return parse_release(text, "snippet.txt", SNIPPET_TODAY)


def snippet_stats(text: str):
    from briefing.parse.stats import extract_stats

    return extract_stats(parse_snippet(text).blocks)


def headed_stats(text: str):
    """The figures of ``text`` as the body of a release headed "Police figures"."""
    return snippet_stats("Police figures\n\n" + text)


def headed_labels(text: str) -> list[tuple[float, str | None]]:
    """(value, label) of each figure ``headed_stats`` finds, in order."""
    return [(s.value, s.label) for s in headed_stats(text)]


def headed_values(text: str) -> list[float]:
    """The values of the figures ``headed_stats`` finds, in order."""
    return [s.value for s in headed_stats(text)]


def figure_of(text: str, value: float):
    """The first figure of ``value`` in ``text`` (a release's body); fails saying what was found."""
    found = [s for s in headed_stats(text) if s.value == value]
    assert found, f"no {value} in {[(s.value, s.unit, s.label) for s in headed_stats(text)]}"
    return found[0]


def snippet_quotes(text: str) -> list[tuple[str | None, str]]:
    """(speaker, text) of each quote found."""
    from briefing.parse.quotes import extract_quotes

    return [(q.speaker, q.text) for q in extract_quotes(parse_snippet(text).blocks)]


def snippet_speakers(text: str) -> list[str | None]:
    """The speaker of each quote found."""
    return [speaker for speaker, _ in snippet_quotes(text)]


def stated_date(text: str):
    """The date the text states, None where it is only estimated."""
    parsed = parse_snippet(text)
    return parsed.date if not parsed.date_estimated else None


# ------------------------------------------------------------------ synthetic read models
# Search tests build releases as the store keeps them (see ``briefing.documents``) and
# write them straight into a ReadModel: full control of ids, dates and sections.


def release_record(
    rid: str,
    date: str | None,
    blocks: list[tuple[str, str]],
    *,
    title: str = "Update",
    quotes: tuple[tuple[int, str | None], ...] | list = (),
    figures: tuple[dict, ...] | list = (),
    shard: str = "test",
) -> tuple[str, dict, list[dict], list[dict]]:
    """(shard, release doc, quote docs, figure docs) as ``ReadModel.add_releases`` takes.

    ``blocks``: (section, text) in order. ``quotes``: (block index, speaker): the whole
    block is the quote. ``figures``: value/unit/label/direction/block (section taken
    from the block), the whole block as the figure's sentence.
    """
    release = {
        "id": rid,
        "title": title,
        "title_derived": False,
        "date": date,
        "date_estimated": False,
        "publisher": None,
        "source": f"{rid}.txt",
        "blocks": [[section, text, False] for section, text in blocks],
    }
    quote_docs = [
        {
            "id": f"{rid}.q{n}",
            "release_id": rid,
            "speaker": speaker,
            "role": None,
            "paragraphs": 1,
            "block_start": block,
            "block_end": block,
            "parts": [[block, 0, len(blocks[block][1])]],
        }
        for n, (block, speaker) in enumerate(quotes, start=1)
    ]
    figure_docs = []
    for n, figure in enumerate(figures, start=1):
        block = figure["block"]
        figure_docs.append(
            {
                "id": f"{rid}.s{n}",
                "release_id": rid,
                "value": figure["value"],
                "unit": figure.get("unit", "count"),
                "text": figure.get("text", ""),
                "qualifier": None,
                "rounded": None,
                "direction": figure.get("direction"),
                "label": figure.get("label"),
                "period": figure.get("period"),
                "scope": None,
                "section": blocks[block][0],
                "block": block,
                "extra": {},
                "sentence_span": [0, len(blocks[block][1])],
            }
        )
    return shard, release, quote_docs, figure_docs


def read_model_of(path, records, corrected: dict[str, str] | None = None):
    """A fresh ReadModel at ``path`` holding ``records`` (from ``release_record``)."""
    from briefing.store.readmodel import ReadModel

    model = ReadModel(path)
    with model.transaction():
        model.reset()
    if records:
        with model.transaction():
            model.add_releases(list(records), corrected or {})
    return model


def engine_of(model, match_speakers=None):
    """The search engine over ``model``, resolving speakers the app's way."""
    from briefing.parse.speakers import match_speakers as app_matcher
    from briefing.search.engine import Engine

    def names() -> list[str]:
        rows = model.all("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")
        return [row[0] for row in rows]

    return Engine(model, names, match_speakers or app_matcher)
