"""Figures in hostile or huge text: work stays in proportion to the file (issue 12)."""

from __future__ import annotations

from briefing.parse.release import parse_release
from briefing.parse.stats import SENTENCE_KEPT, extract_stats
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
    for count in (500, 2000):
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
