"""How a figure reads to a person: the same words in the CLI, the app, search and exports."""

from __future__ import annotations

CURRENCY_SIGNS = {"gbp": "£", "usd": "$", "eur": "€"}


def format_number(value: float | int, unit: str) -> str:
    """Figures as a person writes them: 34,542 · 15.3% · £151 million · £1bn · 26.97."""
    if unit == "percent":
        return f"{value:g}%"
    if unit == "fraction":  # "almost a fifth" is kept as 0.2
        return f"{value * 100:.3g}%"
    if unit in CURRENCY_SIGNS:
        sign = CURRENCY_SIGNS[unit]
        for size, word in ((1_000_000_000, "bn"), (1_000_000, " million")):
            if abs(value) >= size:
                return f"{sign}{value / size:,.10g}{word}"
        return f"{sign}{value:,.10g}"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.10g}"
    return f"{int(value):,}"


def figure_phrase(stat: dict) -> str:
    """“34,200 police officers”, “gun crime down 19%”."""
    number = format_number(stat["value"], stat["unit"])
    label = stat.get("label") or ""
    if stat["unit"] == "count":
        phrase = f"{number} {label}".strip()
    else:
        direction = f" {stat['direction']}" if stat.get("direction") else ""
        phrase = f"{label}{direction} {number}".strip()
    if stat.get("period"):
        phrase += f" ({stat['period']})"
    return phrase
