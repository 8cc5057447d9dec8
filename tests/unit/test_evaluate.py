"""The scorer itself: what counts as finding a gold quote."""

from __future__ import annotations

from briefing.evaluate import Scores, _score_quotes
from briefing.model import ExtractedQuote


def _quote(text: str, speaker: str = "Jo Bloggs") -> ExtractedQuote:
    return ExtractedQuote(text, speaker, None, paragraphs=1, block_start=2, block_end=2)


def _scored(gold: list[dict], found: list[ExtractedQuote]) -> Scores:
    scores = Scores()
    _score_quotes("release.txt", gold, found, scores)
    return scores


def test_a_quote_is_found_whatever_punctuation_its_gold_words_are_cut_at():
    """Gold marks "… in the world," where the text goes on "he said"; the extractor
    gives the sentence its full stop. The words are the same quote."""
    found = [_quote("You truly are the best police in the world.")]
    gold = [{"speaker": "Jo Bloggs", "first": "You truly are", "last": "in the world,"}]
    gold_first = [{"speaker": "Jo Bloggs", "first": "the best police in the world,", "last": "x"}]
    for marked in (gold, gold_first):
        scores = _scored(marked, found)
        assert (scores.quotes.hits, scores.speakers.hits, scores.invented_quotes) == (1, 1, 0)


def test_other_words_are_still_not_the_quote():
    found = [_quote("You truly are the best police in the world.")]
    gold = [{"speaker": "Jo Bloggs", "first": "the finest police,", "last": "in the land,"}]
    scores = _scored(gold, found)
    assert (scores.quotes.hits, scores.invented_quotes) == (0, 1)


def test_the_met_by_any_name_is_one_speaker_and_another_force_is_not():
    """Gold writes the Met as the text does ("Scotland Yard", "the Met"); the extractor
    names it "Metropolitan Police". Another force, or the police in general, stays apart."""
    said = "We need anyone who saw the attack to come forward."
    found = [_quote(said, "Metropolitan Police")]
    for name in ("Scotland Yard", "Met", "the Met Police", "Metropolitan Police Service"):
        gold = [{"speaker": name, "first": "We need anyone", "last": "come forward."}]
        scores = _scored(gold, found)
        assert (scores.speakers.hits, scores.wrong_person) == (1, 0), name
    for name in ("police", "Kent Police", "Met spokeswoman"):
        gold = [{"speaker": name, "first": "We need anyone", "last": "come forward."}]
        scores = _scored(gold, found)
        assert (scores.speakers.hits, scores.wrong_person) == (0, 1), name
