from ombudsman_discourse.wording import plural, share


def test_plural_agrees_with_the_count():
    assert plural(1, "keyword") == "1 keyword"
    assert plural(0, "keyword") == "0 keywords"
    assert plural(1234, "sentence") == "1,234 sentences"
    assert plural(2, "kind of right", "kinds of rights") == "2 kinds of rights"


def test_share_guards_against_nothing():
    assert share(1, 4) == "25%"
    assert share(0, 0) == "–"
