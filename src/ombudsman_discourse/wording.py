"""Small helpers for sentences rendered from computed values, so they read right for any count."""


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``n`` with the noun in the right number: ``plural(1, "keyword")`` gives "1 keyword", 2 "2 keywords"."""
    return f"{n:,} {singular if n == 1 else plural_form or singular + 's'}"


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole-number percentage, or "–" when there is nothing to divide."""
    return f"{part / whole:.0%}" if whole else "–"
