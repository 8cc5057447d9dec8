"""Figures in hostile or huge text: work stays in proportion to the file (issue 12)."""

from __future__ import annotations

from briefing.parse.release import parse_release
from briefing.parse.stats import MAX_SENTENCE, SENTENCE_KEPT, extract_stats, sentence_spans
from briefing.parse.stats.numbers import MAX_FIGURES_PER_SENTENCE, find_figures


def _stats(text: str):
    return extract_stats(parse_release(text, "generated.txt").blocks)


def test_a_run_on_sentence_of_thousands_of_figures_is_capped():
    items = ", ".join(f"{n + 1} arrests in ward {n}" for n in range(4000))
    stats = _stats(f"Title\n\nThe force recorded {items} last year.\n")
    assert 0 < len(stats) <= MAX_FIGURES_PER_SENTENCE
    # What is kept for each figure does not grow with the sentence.
    assert all(len(s.sentence) <= SENTENCE_KEPT for s in stats)


def test_work_grows_with_the_file_not_its_square():
    """Many short sentences in one block: every figure found, each sentence kept once."""
    for count in (300, 900):  # under MAX_FIGURES_PER_RELEASE: every one is kept
        text = "Title\n\n" + " ".join(f"Officers made {n + 3} arrests." for n in range(count))
        stats = _stats(text + "\n")
        assert len(stats) >= 0.9 * count
        assert sum(len(s.sentence) for s in stats) <= 2 * len(text)


def test_figures_past_the_cap_are_skipped_but_later_sentences_still_count():
    crowded = " and ".join(f"{n + 2} knives" for n in range(MAX_FIGURES_PER_SENTENCE + 10))
    figures = find_figures(f"Police seized {crowded}. Officers made 57 arrests.")
    values = [f.value for f in figures]
    assert len(values) == MAX_FIGURES_PER_SENTENCE + 1
    assert values[-1] == 57


def test_a_309_digit_number_is_skipped_not_the_whole_file():
    huge = "9" * 309
    stats = _stats(f"Title\n\nThere were {huge} arrests and 5 charges. {huge} billion pounds.\n")
    assert [(s.value, s.label) for s in stats] == [(5, "charges")]


def test_a_run_on_sentence_of_counts_in_words_is_capped_as_digits_are():
    for repeated in ("two projects and ", "two London Resettlement Consortia projects and ",
                     "to halve knife crime and "):  # fmt: skip
        stats = _stats(f"Title\n\nThe plan funds {repeated * 3000}more.\n")
        assert 0 < len(stats) <= MAX_FIGURES_PER_SENTENCE


def test_hard_wrapped_lines_of_one_long_paragraph_join_once():
    lines = "the force recorded arrests in every ward of the borough last year and\n" * 5000
    blocks = parse_release(f"Title\n\nOfficers said {lines}more.\n", "generated.txt").blocks
    assert len(blocks) == 2 and blocks[1].text.count("ward") == 5000


def test_run_on_text_is_cut_into_bounded_sentences_after_its_full_stops():
    """Lower-case sentences are not split (a full stop before a lower-case word is
    usually an abbreviation), so a run-on paragraph was one "sentence" and every figure
    looked at all of it: 100 KB took two minutes. Past ``MAX_SENTENCE`` it is cut."""
    unit = "the met recruited 1,200 more officers. crime fell by 5 per cent, and £3m went to youth projects. "
    text = unit * 300  # 900 figures: under MAX_FIGURES_PER_RELEASE
    spans = sentence_spans(text)
    assert len(spans) > len(text) // MAX_SENTENCE
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert all(text[end - 1] == "." for _, end in spans[:-1])  # cut after a full stop
    gaps = [text[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    assert spans[0][0] == 0 and spans[-1][1] == len(text) and set(gaps) == {" "}
    stats = _stats(f"Title\n\n{text}\n")
    assert sum(s.value == 1200 for s in stats) == 300
    money = [s.label for s in stats if s.value == 3e6]
    assert len(money) == 300 and all("youth projects" in label for label in money)


def test_a_run_on_word_with_no_space_is_cut_at_the_limit():
    text = "x" * (3 * MAX_SENTENCE + 5)
    assert sentence_spans(text) == [
        (0, MAX_SENTENCE), (MAX_SENTENCE, 2 * MAX_SENTENCE),
        (2 * MAX_SENTENCE, 3 * MAX_SENTENCE), (3 * MAX_SENTENCE, len(text)),
    ]  # fmt: skip


def test_stored_figures_and_quotes_point_at_their_own_words_in_a_crowded_block():
    """Each figure's sentence and each quote's words are found from the one before, so
    a block of thousands is read once; each still points at its own place."""
    from datetime import date

    from briefing.documents import build_records, figure_sentence, quote_text

    figures = " ".join(f"Officers made {n + 3} arrests in week {n + 1}." for n in range(300))
    quotes = " ".join(f'Sadiq Khan said: "We acted on item {n} today."' for n in range(300))
    release, quote_docs, figure_docs = build_records(
        f"Arrests made\n\nThe Mayor spoke at City Hall about the week's policing work.\n\n"
        f"{figures}\n\n{quotes}\n",
        "crowded.txt",
        date(2024, 5, 1),
    )
    blocks = release["blocks"]
    arrests = [f for f in figure_docs if f["unit"] == "count" and f["value"] > 2]
    assert len(arrests) == 300
    starts = [f["sentence_span"][0] for f in arrests]
    assert starts == sorted(set(starts))  # one sentence each, in reading order
    for n, figure in enumerate(arrests):
        assert figure_sentence(blocks, figure) == f"Officers made {n + 3} arrests in week {n + 1}."
    assert [quote_text(blocks, q) for q in quote_docs] == [
        f"We acted on item {n} today." for n in range(300)
    ]
    assert all(isinstance(part, list) for q in quote_docs for part in q["parts"])


def test_a_release_keeps_its_first_thousand_figures_in_reading_order():
    """What reads one release's figures stays bounded: a table of 100,000 numbers saved
    as a release gave 112 MB of ``compare --json``."""
    from briefing.parse.stats import MAX_FIGURES_PER_RELEASE

    rows = "\n\n".join(f"Officers made {n + 5} arrests." for n in range(1500))
    stats = _stats(f"Burglary by ward\n\n{rows}\n")
    assert len(stats) == MAX_FIGURES_PER_RELEASE
    assert [s.value for s in stats[:3]] == [5, 6, 7]
    assert stats[-1].value == MAX_FIGURES_PER_RELEASE + 4


def test_a_table_laid_out_one_row_to_a_line_is_bounded_too():
    """Table rows are read apart from prose, and their cells count against the same
    bound: 1,500 rows of three sums once gave 4,500 figures."""
    from briefing.parse.stats import MAX_FIGURES_PER_RELEASE

    rows = "\n".join(f"Club {n} {n + 10},000 {n + 20},500 {n + 30},250" for n in range(1500))
    stats = _stats(f"Policing costs by club\n\n£ £ £\n{rows}\n")
    assert len(stats) == MAX_FIGURES_PER_RELEASE
    assert [(s.value, s.unit) for s in stats[:2]] == [(10000, "gbp"), (20500, "gbp")]
