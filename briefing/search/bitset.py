"""Sets of passage ids as Python ints used as bitmaps (bit ``p`` set = passage ``p``).

Why ints: AND / OR / AND-NOT and popcount over 300,000 passages are single C calls of a
few microseconds each, so intersecting common words, applying filters and counting
facets never loops over passages in Python. Only the few ids we actually score are
ever turned back into a list (``top`` / ``positions``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import compress, repeat

_BITS = [1 << i for i in range(8)]
_BIN01 = bytes.maketrans(b"01", b"\x00\x01")
_TO01 = b"0" + b"1" * 255
_BYTE_BITS = [tuple(i for i in range(8) if value >> i & 1) for value in range(256)]


def from_positions(positions: Iterable[int]) -> int:
    """Bitmap with the given ids set."""
    ps = positions if isinstance(positions, (list, tuple)) else list(positions)
    if not ps:
        return 0
    if len(ps) > 4096:
        # Many ids: one flag byte per id, set by map() in C, then parsed as binary.
        flags = bytearray(max(ps) + 1)
        deque(map(flags.__setitem__, ps, repeat(1)), 0)
        return from_flags(flags)
    buf = bytearray((max(ps) >> 3) + 1)
    bits = _BITS
    for p in ps:
        buf[p >> 3] |= bits[p & 7]
    return int.from_bytes(buf, "little")


def from_flags(flags: bytes) -> int:
    """Bitmap with bit ``i`` set where ``flags[i]`` is non-zero (in C, no Python loop)."""
    if not flags:
        return 0
    return int(flags.translate(_TO01)[::-1], 2)


def range_mask(lo: int, hi: int) -> int:
    """Ids ``lo <= p < hi``."""
    if hi <= lo:
        return 0
    return ((1 << (hi - lo)) - 1) << lo


def positions(bitmap: int) -> list[int]:
    """Set ids, ascending."""
    if bitmap <= 0:
        return []
    raw = bitmap.to_bytes((bitmap.bit_length() + 7) >> 3, "little")
    if bitmap.bit_count() * 3 < len(raw) * 8:
        # Up to a third of the bits set: visit only the non-zero bytes (found in C).
        table = _BYTE_BITS
        return [8 * i + o for i in compress(range(len(raw)), raw) for o in table[raw[i]]]
    # Denser: one flag byte per bit, and compress() keeps the set ones, all in C.
    flags = bin(bitmap)[:1:-1].encode("ascii").translate(_BIN01)
    return list(compress(range(len(flags)), flags))


def top(bitmap: int, k: int) -> list[int]:
    """The ``k`` highest set ids, highest first (ids are in date order: newest first)."""
    if k <= 0 or bitmap <= 0:
        return []
    count = bitmap.bit_count()
    if count <= k:
        return positions(bitmap)[::-1]
    # Find a shift that keeps at least k bits but not many more, so we only expand the
    # top slice of the bitmap: binary search on the bit position.
    lo, hi = 0, bitmap.bit_length()
    while hi - lo > 256:
        mid = (lo + hi) >> 1
        if (bitmap >> mid).bit_count() >= k:
            lo = mid
        else:
            hi = mid
    part = positions(bitmap >> lo)
    return [p + lo for p in part[: -k - 1 : -1]]
