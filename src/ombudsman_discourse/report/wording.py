"""Small helpers for sentences rendered from computed values, so they read right for any count and any tie."""

from collections.abc import Iterable, Mapping


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``n`` with the noun in the right number: ``plural(1, "keyword")`` gives "1 keyword", 2 "2 keywords"."""
    return f"{n:,} {singular if n == 1 else plural_form or singular + 's'}"


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole-number percentage, or "–" when there is nothing to divide."""
    return f"{part / whole:.0%}" if whole else "–"


ACTOR_NAMES = {  # the actor codes as a reader says them
    "head_of_state": "the head of state",
    "state_bodies": "state bodies",
    "ombudsman": "the ombudsman's office",
    "nation": "the country as a whole",
    "civil_society": "civil society",
    "international_orgs": "international organisations",
    "external": "external parties",
    "rights_holders": "rights-holders",
}


def label(code: str) -> str:
    """A code as a reader writes it: ``head_of_state`` -> "head of state", ``is_rights_claim`` -> "rights
    claim"."""
    return "rights claim" if code == "is_rights_claim" else code.replace("_", " ")


def join(items: Iterable[str], last: str = "and") -> str:
    """ "a", "a and b", "a, b and c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def listing(items: Iterable[str]) -> str:
    """Names joined for reading: as :func:`join` does, but with semicolons when a name holds a comma or an
    "and" itself ("life; migrants, refugees and statelessness; and housing")."""
    items = list(items)
    if not any("," in i or " and " in i for i in items) or len(items) <= 1:
        return join(items)
    return "; ".join(items[:-1]) + f"; and {items[-1]}"


def leaders(values: Mapping[str, float]) -> tuple[list[str], float]:
    """The keys sharing the largest value (in their given order) and that value; ``([], 0)`` when empty."""
    if not values:
        return [], 0
    top = max(values.values())
    return [k for k, v in values.items() if v == top], top


def leading(values: Mapping[str, float], describe=label, fmt: str = "{:g}") -> str:
    """The key with the largest value, or the keys tied at it, said as such: "problem (4)" or
    "a tie between problem and achievement (4 each)"; "none" when every value is 0. ``fmt`` formats the value."""
    keys, top = leaders(values)
    if not keys or top == 0:
        return "none"
    if len(keys) == 1:
        return f"{describe(keys[0])} ({fmt.format(top)})"
    return f"a tie between {join([describe(k) for k in keys])} ({fmt.format(top)} each)"


def turn_label(turn, reported: bool = False, long: bool = False) -> str:
    """A turn as the report names it: "Q3" or "answer to Q3"; in a news report (``reported``), where turns are
    passages quoting the interviewee, "P3" or "quoted passage 3"."""
    if reported:
        return f"quoted passage {turn}" if long else f"P{turn}"
    return f"answer to Q{turn}" if long else f"Q{turn}"
