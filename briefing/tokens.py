"""Folding and tokenising: one tokeniser shared by the store, the read model's index, search
queries and highlight spans.

Every token is a run of letters/digits found by ``TOKEN_RE`` on the *original* text,
so token ``i`` of a passage is always match ``i`` of ``TOKEN_RE.finditer(text)``: the
index stores token ids only, and highlight spans are recovered from the text when a
hit is shown, with offsets into the text exactly as the user reads it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A token is a run of letters/digits. Apostrophes, hyphens and "_" split tokens: "Mayor’s"
# is "mayor" + "s", so a search for "mayor" finds it exactly. A combining accent (rare:
# stored text is NFC) also ends a token, which folding would have dropped anyway, so
# decomposed "cafe\u0301" is still found as "cafe". (Building the index mostly uses the
# faster ``folded_words``, which must find exactly the same tokens.)
TOKEN_RE = re.compile(r"[^\W_]+")

# Letters NFKD does not decompose but readers treat as accented Latin.
_EXTRA_FOLDS = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)

# Words that carry no meaning on their own. A query made only of these finds nothing,
# but they still count inside a phrase ("Mayor of London").
STOPWORDS = frozenset(
    """
    a an and are as at be been being but by can could did do does doing for from had has
    have having he her here hers him his how i if in into is it its itself me my of on or
    our ours she should so than that the their theirs them then there these they this those
    to was we were what when where which while who whom why will with would you your yours
    also said says s t d ll m re ve
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")  # single letters: possessive "s", initials


def fold(token: str) -> str:
    """Case- and accent-fold one token: "Café" -> "cafe", "Straße" -> "strasse"."""
    if token.isascii():
        return token.lower()
    return _fold_unicode(token)


@lru_cache(maxsize=65536)
def _fold_unicode(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_EXTRA_FOLDS)


# Building the index spends most of its time finding tokens, and the regex engine is
# slow per character. Typical release text is ASCII apart from a few punctuation marks,
# so: replace those marks with spaces, and if what is left is ASCII, let bytes.translate
# turn every non-alphanumeric byte into a space and split() - both in C, twice as fast.
_ASCII_SEPARATORS = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_COMMON_MARKS = "’‘“”–—•£€…\xa0"


def folded_words(text: str) -> list[str] | list[bytes]:
    """The folded tokens of ``text``, as ``tokens`` gives them, fast: when the text is
    ASCII but for common punctuation, lower-cased and split in C (as bytes)."""
    plain = _plain(text)
    if plain is None:
        return _matched_tokens(text)
    return plain.lower().encode("ascii").translate(_ASCII_SEPARATORS).split()


def tokens(text: str) -> list[str]:
    """The folded tokens of ``text``, in order (found as ``folded_words`` finds them:
    search tokenises every candidate passage it ranks)."""
    plain = _plain(text)
    if plain is None:
        return _matched_tokens(text)
    return plain.lower().encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii").split()


def _plain(text: str) -> str | None:
    """``text`` with the common punctuation marks as spaces, if that leaves it ASCII."""
    if text.isascii():
        return text
    for mark in _COMMON_MARKS:
        text = text.replace(mark, " ")
    return text if text.isascii() else None


def _matched_tokens(text: str) -> list[str]:
    """The definition: every ``TOKEN_RE`` match, folded."""
    return [fold(t) for t in TOKEN_RE.findall(text)]


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character span of every token of ``text`` (same order as ``tokens``)."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def is_stopword(word: str) -> bool:
    return word in STOPWORDS


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans (touching or overlapping ones joined)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
