import pandas as pd

from ombudsman_discourse.keywords.named_terms import named_terms

from .conftest import toy_sentences

NO_GLOSSARY = pd.DataFrame(columns=["acronym", "expansion"])


def terms(*texts, glossary=NO_GLOSSARY):
    _, _, sents = toy_sentences(*texts)
    return named_terms(sents, glossary).set_index("term")["count"].to_dict()


def test_connectors_inside_names():
    got = terms("The report went to the Committee against Torture and the Law on the National Preventive Mechanism.")
    assert got == {"Committee against Torture": 1, "Law on the National Preventive Mechanism": 1}


def test_sentence_initial_capitals_are_not_names():
    # "Members" opens the sentence and is an ordinary word; "Kazakhstan" is a name wherever it stands
    got = terms("Members of the council met.", "Kazakhstan signed it.", "It was Kazakhstan again.")
    assert got == {"Kazakhstan": 2}


def test_a_word_also_used_in_lowercase_is_not_a_name_at_sentence_start():
    assert terms("Human dignity matters.", "Every human counts.") == {}


def test_and_joins_only_inside_a_name():
    got = terms(
        "He wrote to the Minister of Education and Science.",
        "It works with Kazakhstan and the European Union.",
        "It reports to the Ministry of Interior Affairs and Ministry of Justice.",
    )
    assert got == {
        "Minister of Education and Science": 1,
        "Kazakhstan": 1,
        "European Union": 1,
        "Ministry of Interior Affairs": 1,
        "Ministry of Justice": 1,
    }


def test_possessive_inside_a_name_and_pronoun_i():
    assert terms("I thank the Prosecutor General's Office.") == {"Prosecutor General's Office": 1}


def test_acronyms_merge_with_their_glossary_expansion():
    glossary = pd.DataFrame({"acronym": ["OIC"], "expansion": ["Organisation of Islamic Cooperation"]})
    _, _, sents = toy_sentences("We joined the OIC in 2012.", "The Organisation of Islamic Cooperation met.")
    table = named_terms(sents, glossary).set_index("term")
    row = table.loc["Organisation of Islamic Cooperation"]
    assert (row["count"], row["acronym"], row["variants"]) == (2, "OIC", "OIC|Organisation of Islamic Cooperation")
    assert row["sentence_ids"] == "0 1"
