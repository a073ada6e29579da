from ombudsman_discourse.report.wording import join, label, leaders, leading, plural, share


def test_plural_agrees_with_the_count():
    assert plural(1, "keyword") == "1 keyword"
    assert plural(0, "keyword") == "0 keywords"
    assert plural(1234, "sentence") == "1,234 sentences"
    assert plural(2, "kind of right", "kinds of rights") == "2 kinds of rights"


def test_share_guards_against_nothing():
    assert share(1, 4) == "25%"
    assert share(0, 0) == "–"


def test_join_and_label():
    assert join([]) == "" and join(["a"]) == "a" and join(["a", "b"]) == "a and b"
    assert join(["a", "b", "c"], last="or") == "a, b or c"
    assert label("head_of_state") == "head of state"


def test_leading_says_ties_as_ties():
    assert leaders({"a": 1, "b": 3, "c": 3}) == (["b", "c"], 3)
    assert leaders({}) == ([], 0)
    assert leading({"problem": 4, "achievement": 2}) == "problem (4)"
    assert leading({"problem": 4, "head_of_state": 4}) == "a tie between problem and head of state (4 each)"
    assert leading({"a": 0, "b": 0}) == "none"
    assert leading({"Q1": 12.34, "Q2": 1.0}, describe=str, fmt="{:.1f}") == "Q1 (12.3)"
