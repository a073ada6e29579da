"""The keyword stage on the seed end to end, and on every fixture."""

import pytest

from ombudsman_discourse.keywords.reference import reference_frequencies
from ombudsman_discourse.keywords.stage import keyness_table, keyword_tables
from ombudsman_discourse.params import KeywordParams, Params

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def seed_tables(seed):
    return keyword_tables(seed)


def test_rights_and_human_are_keywords(seed_tables):
    key = seed_tables["keyness"].set_index("word")
    assert key.loc["rights", "is_keyword"] and key.loc["human", "is_keyword"]
    assert key.loc["rights", "observed"] == 36 and key.loc["rights", "p_band"] == "p < .0001"


def test_keywords_come_first_and_absent_words_are_flagged_not_ranked_first(seed_tables):
    key = seed_tables["keyness"]
    assert key["is_keyword"].iloc[: key["is_keyword"].sum()].all()
    absent = key[~key["in_reference"]]
    assert {"nurly", "zhol"} <= set(absent["word"])
    assert absent["pct_diff"].isna().all()
    first_absent = key.index[~key["in_reference"] & key["is_keyword"]]
    present_keywords = key.index[key["in_reference"] & key["is_keyword"]]
    assert len(first_absent) == 0 or first_absent.min() > present_keywords.max()


def test_proper_names_are_marked(seed_tables):
    key = seed_tables["keyness"].set_index("word")
    assert key.loc["kazakhstan", "capitalised"] and key.loc["nazarbayev", "capitalised"]
    assert not key.loc["rights", "capitalised"]


def test_questions_stay_out_of_keyness(seed, seed_tables):
    answer_words = int(seed.sentences.loc[seed.sentences["role"] == "answer", "n_tokens"].sum())
    sizes = seed_tables["text_size"].set_index("text")
    assert sizes.loc["answers", "tokens"] == answer_words
    assert "describe" not in set(seed_tables["keyness"]["word"])  # only in a question


def test_the_four_collocations_are_at_the_top(seed_tables):
    col = seed_tables["collocations"]
    top_bigrams = col[col["n"] == 2].head(10)["ngram"].tolist()
    assert {"human rights", "civil society", "president nazarbayev"} <= set(top_bigrams)
    assert top_bigrams[0] == "human rights"
    assert col[col["n"] == 3].iloc[0]["ngram"] == "national preventive mechanism"


def test_seed_rights_types(seed_tables):
    types = seed_tables["rights_types"].set_index(["kind", "form"])["count"]
    for kind in ("social rights", "labour rights", "housing rights"):
        assert types[(kind, "premodifier in a list")] == 1
    assert types[("economic rights", "premodifier")] == 1
    assert types[("rights and freedoms", "rights and")] == 1
    assert types[("human rights", "in a named term")] >= 5


def test_seed_named_terms(seed_tables):
    terms = seed_tables["named_terms"].set_index("term")
    for name in ("National Preventive Mechanism", "Criminal Procedure Code", "Committee against Torture", "Nurly Zhol"):
        assert name in terms.index, name
    assert terms.loc["Organisation of Islamic Cooperation", "acronym"] == "OIC"
    assert "Members" not in terms.index and "Human" not in terms.index


def test_kwic_nodes_are_rights(seed_tables):
    assert set(seed_tables["kwic_rights"]["node"].str.lower()) <= {"rights", "right", "human rights"}
    assert len(seed_tables["kwic_rights"]) == 36  # every "rights" of the answers, none of another sense


def test_dispersion_of_top_keywords(seed_tables):
    disp = seed_tables["dispersion"]
    assert disp["word"].iloc[0] == "rights" and len(disp) == KeywordParams().top_keywords
    assert disp["dp"].between(0, 1).all()


def test_thresholds_are_parameters(seed):
    strict = keyword_tables(seed, Params().with_changes({"min_freq": 20}))["keyness"]
    assert set(strict.loc[strict["is_keyword"], "word"]) <= {"rights", "human", "of", "the", "and", "in"}


def test_reference_lookup_reports_multi_token_estimates():
    ref = reference_frequencies(["rights", "non-governmental", "zhol"]).set_index("word")
    assert ref.loc["rights", "reference_lookup"] == "word" and ref.loc["rights", "proportion"] > 1e-5
    assert ref.loc["non-governmental", "reference_lookup"] == "2-token estimate"
    assert ref.loc["zhol", "proportion"] == 0


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_every_fixture_gets_every_table(fixtures, name):
    tables = keyword_tables(fixtures[name])
    assert set(tables) == {
        "wordlist",
        "text_size",
        "keyness",
        "keyness_lemmas",
        "negative_keywords",
        "key_function_words",
        "collocations",
        "kwic_rights",
        "rights_collocates",
        "rights_types",
        "rights_governors",
        "named_terms",
        "dispersion",
    }
    assert not tables["wordlist"].empty and not tables["keyness"].empty


def test_keyness_counts_and_capitals_are_those_of_pandas_filters(seed, fixtures):
    """Counts and ``capitalised`` come from one loop; pandas' filters, value_counts and groupby give the same."""
    for interview in [seed, *fixtures.values()]:
        words = interview.tokens[interview.tokens["is_word"]]
        table = keyness_table(words, KeywordParams()).set_index("word")
        lower = words["lower"]
        answers = words[(words["role"] == "answer") & lower.str.contains("[a-z]") & ~lower.str.startswith("'")]
        assert table["observed"].sort_index().to_dict() == answers["lower"].value_counts().sort_index().to_dict()
        first = words.groupby("sentence_id").cumcount() == 0
        mid = answers[~first.reindex(answers.index)]
        capitals = mid.groupby("lower")["token"].agg(lambda t: all(x[:1].isupper() for x in t))
        assert table["capitalised"].to_dict() == capitals.reindex(table.index, fill_value=False).to_dict()


def test_seed_word_classes(seed_tables):
    classes = seed_tables["keyness"].set_index("word")["word_class"]
    assert {w: classes[w] for w in ("kazakhstan", "nazarbayev", "osce", "rights", "ombudsmen", "commissioner")} == {
        "kazakhstan": "name",
        "nazarbayev": "name",
        "osce": "name",
        "rights": "topic",
        "ombudsmen": "topic",
        "commissioner": "topic",  # capitalised in every mid-sentence use, yet a topic word
    }
    assert classes["of"] == "function" and classes["threats"] == "other" and classes["undoubtedly"] == "other"


def test_seed_lemmas_merge_plurals(seed_tables):
    lemmas = seed_tables["keyness_lemmas"].set_index("lemma")
    assert lemmas.loc["ombudsman", "forms"] == "ombudsman ombudsmen" and lemmas.loc["ombudsman", "observed"] == 7
    assert lemmas.loc["threat", "forms"] == "threats" and lemmas.loc["threat", "reference_forms"] == "threat threats"
    assert lemmas.loc["rights", "forms"] == "rights" and "right" not in lemmas.index
    assert lemmas.loc["kazakhstan", "word_class"] == "name"
    assert lemmas["observed"].sum() == seed_tables["keyness"]["observed"].sum()  # every form in one lemma


def test_seed_negative_keywords(seed_tables):
    negative = seed_tables["negative_keywords"]
    assert negative["word"].head(2).tolist() == ["i", "you"]  # one "I" in the answers against about 18 expected
    assert negative.set_index("word").loc["i", "freq"] == 1
    assert (negative["log_ratio"] <= -1).all() and (negative["g2"] >= KeywordParams().negative_min_g2).all()
    assert {"n't", "my", "me"} <= set(negative["word"]) and "the" not in set(negative["word"])
    functions = seed_tables["key_function_words"]
    assert functions.loc[functions["direction"] == "over", "word"].tolist() == ["of", "against"]
    assert functions.loc[functions["direction"] == "under", "word"].iloc[0] == "i"


def test_seed_rights_governors(seed_tables):
    governors = seed_tables["rights_governors"]
    assert len(governors) == len(seed_tables["kwic_rights"])
    counts = governors["relation"].value_counts().to_dict()
    assert counts["in_name"] == 8 and counts["modifier_of"] == 7 and counts["of_noun"] == 9
    named = governors[governors["relation"] == "in_name"]
    assert (named["governor"] == "commissioner").sum() == 4
    assert set(governors.loc[governors["relation"] == "verb_object", "governor"]) >= {"protecting", "improving"}
    assert not governors["claimed_by_holder"].any()  # no rights claimed by their holders in this interview


def test_seed_collocates_treat_human_rights_as_one_node(seed_tables):
    collocates = seed_tables["rights_collocates"].set_index("collocate")
    assert "human" not in collocates.index
    assert collocates.loc["commissioner", "all_in_window"] and not collocates.loc["children", "all_in_window"]
    tied = collocates[collocates["all_in_window"]]
    assert tied["mi"].nunique() == 1  # log2(N / R): a tie, not a ranking
