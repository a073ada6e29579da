"""Agency in the wording (notebook 05): who is shown doing what, and where the doer is left out.

Rules over each sentence string, with no parser and no downloaded model; the word lists are the package's own,
in ``data/discourse/`` (irregular participles, -ed adjectives, adverbs, process nouns and their stop list,
aggregation patterns and nouns for people, common verbs, reduced-passive pairs).

- :func:`agency_features` -> one row per agentless or agented passive (Fairclough 2003, *Analysing Discourse*,
  ch. 8: agent deletion), nominalised process (Billig 2008, "The language of critical discourse analysis: the
  case of nominalization", *Discourse & Society* 19(6)) and aggregation (van Leeuwen 2008, *Discourse and
  Practice*, ch. 2: people treated as statistics and masses);
- :func:`grammatical_subjects` -> one row per sentence: the subject of its main clause, its voice and kind
  (van Leeuwen 2008, ch. 2: activation and passivation);
- :func:`agency_tables` -> both tables, each sentence split into words once;
- :func:`analyse_sentence` -> both for one sentence, as tuples.

Each sentence is split into words once a call (:mod:`.tokens`, with the word lists of :mod:`.lexicon`) and read by
the rules, each stated for the reader who checks a row in its own module: :mod:`.passives`, :mod:`.nominalisations`,
:mod:`.aggregations`, and :mod:`.subjects` with the clause boundaries of :mod:`.clauses`. Nothing is remembered
between sentences: the same text is read afresh each time.

Known limits: a verb neither listed nor marked by its ending is missed ("Military conflicts amass
violations": no subject found); a reduced relative without comma, by-phrase or listed pair is missed
("videos spread about"); a past tense after a comma and before a preposition is read as a participle phrase
("we visited the prison, talked to inmates").
"""

import numpy as np
import pandas as pd

from .aggregations import aggregations
from .lexicon import Lexicon, lexicon
from .nominalisations import nominalisations
from .passives import passives
from .subjects import subject
from .tokens import Tokens, tokens

# paragraph_id is kept when the sentences given have it: the offsets are within the paragraph
FEATURE_COLUMNS = [
    "interview_id",
    "paragraph_id",
    "sentence_id",
    "turn_id",
    "role",
    "feature",
    "form",
    "words",
    "head",
    "agent",
    "match_start",
    "match_end",
    "offset_start",
    "offset_end",
]
SUBJECT_COLUMNS = [
    "interview_id",
    "paragraph_id",
    "sentence_id",
    "turn_id",
    "role",
    "subject",
    "subject_start",
    "subject_end",
    "voice",
    "kind",
]
FEATURES = ("agentless_passive", "agented_passive", "nominalisation", "aggregation")
_ORDER = {feature: n for n, feature in enumerate(FEATURES)}
_IDS = ("interview_id", "paragraph_id", "sentence_id", "turn_id", "role")
_STR = pd.array([], dtype="str").dtype  # pandas' string dtype, looked up once (the look-up costs more than the data)


def _sort_key(feature: tuple) -> tuple:
    return feature[5], feature[6], _ORDER[feature[0]]


def _features(t: Tokens, lex: Lexicon) -> list[tuple]:
    """``(feature, form, words, head, agent, match_start, match_end)`` of each feature of one sentence, in
    match order."""
    found = passives(t, lex)
    features = []
    for m in found + nominalisations(t, lex, found):
        words, start, end = t.span(m.first, m.last)
        agent = t.span(*m.agent)[0] if m.agent else ""
        features.append((m.feature, m.form, words, t.pad[m.head], agent, start, end))
    for start, end, head in aggregations(t):
        features.append(("aggregation", "pattern", t.text[start:end], head, "", start, end))
    if len(features) > 1:
        features.sort(key=_sort_key)
    return features


def analyse_sentence(text: str) -> tuple[tuple[tuple, ...], tuple]:
    """The agency features and the subject of one sentence: ``(features, subject)``, each feature
    ``(feature, form, words, head, agent, match_start, match_end)`` in match order, the subject
    ``(subject, subject_start, subject_end, voice, kind)`` (rules in :mod:`.passives`, :mod:`.nominalisations`,
    :mod:`.aggregations`, :mod:`.subjects`)."""
    lex, t = lexicon(), tokens(text)
    return tuple(_features(t, lex)), subject(t, lex)


def _texts(sentences: pd.DataFrame) -> list[str]:
    return [t if type(t) is str else "" if pd.isna(t) else str(t) for t in sentences["text"].tolist()]


def _strings(values: list[str]) -> pd.api.extensions.ExtensionArray:
    return pd.array(values, dtype=_STR)


def _offsets(values: list[int | None]) -> pd.arrays.IntegerArray:
    """Offsets as nullable integers, <NA> for None."""
    data = np.array([0 if v is None else v for v in values], dtype="int64")
    return pd.arrays.IntegerArray(data, np.array([v is None for v in values], dtype=bool))


def _table(sentences: pd.DataFrame, positions: list[int], columns: dict) -> pd.DataFrame:
    """The id columns of the sentences at ``positions`` (their dtypes kept), then ``columns``: one DataFrame
    built once from whole columns."""
    ids = {c: sentences[c].array.take(positions) for c in _IDS if c in sentences.columns}
    return pd.DataFrame(ids | columns, index=pd.RangeIndex(len(positions)), copy=False)


def agency_features(sentences: pd.DataFrame) -> pd.DataFrame:
    """Passives, nominalisations and aggregation in each sentence given (whatever its role), one row per
    feature, in the sentences' order then match order (Fairclough 2003, ch. 8; Billig 2008; van Leeuwen 2008,
    ch. 2; rules in :mod:`.passives`, :mod:`.nominalisations` and :mod:`.aggregations`).

    Columns: the sentence's ``interview_id``, ``paragraph_id`` (when given), ``sentence_id``, ``turn_id``,
    ``role``; ``feature`` (agentless_passive, agented_passive, nominalisation, aggregation); ``form`` (full,
    coordinate or reduced passive; noun or gerund nominalisation; pattern); ``words`` as written; ``head``
    (the participle, the process noun or the aggregating word, lowercase); ``agent`` (the by-phrase without
    *by*, or the possessive, else ""); ``match_start``, ``match_end`` (offsets in the sentence text) and
    ``offset_start``, ``offset_end`` (the same in the paragraph: the sentence's ``start`` added).
    """
    return _feature_table(sentences, [tokens(text) for text in _texts(sentences)])


def _feature_table(sentences: pd.DataFrame, words: list[Tokens]) -> pd.DataFrame:
    lex = lexicon()
    positions, rows = [], []
    for position, t in enumerate(words):
        if found := _features(t, lex):
            positions += [position] * len(found)
            rows += found
    feature, form, words, head, agent, match_start, match_end = zip(*rows) if rows else [()] * 7
    match_start, match_end = np.array(match_start, dtype="int64"), np.array(match_end, dtype="int64")
    starts = sentences["start"].tolist() if "start" in sentences.columns else [0] * len(sentences)
    offsets = np.array([starts[p] for p in positions], dtype="int64")
    columns = {
        "feature": _strings(feature),
        "form": _strings(form),
        "words": _strings(words),
        "head": _strings(head),
        "agent": _strings(agent),
        "match_start": match_start,
        "match_end": match_end,
        "offset_start": offsets + match_start,
        "offset_end": offsets + match_end,
    }
    return _table(sentences, positions, columns)


def grammatical_subjects(sentences: pd.DataFrame) -> pd.DataFrame:
    """The grammatical subject of each sentence's main clause, one row per sentence given (rules in
    :mod:`.subjects` and :mod:`.clauses`; van Leeuwen 2008, ch. 2 reads who is activated by it).

    Columns: the sentence's ``interview_id``, ``paragraph_id`` (when given), ``sentence_id``, ``turn_id``,
    ``role``; ``subject`` as written ("" when none is found); ``subject_start``, ``subject_end`` (offsets in
    the sentence text, <NA> when none); ``voice`` (active, passive, "" when none); ``kind`` (ordinary;
    existential: the noun phrase after "there is"; dummy_it: "it is ... that/to"; inverted: "Equally
    disturbing are X"; none).
    """
    return _subject_table(sentences, list(range(len(sentences))), [tokens(text) for text in _texts(sentences)])


def _subject_table(sentences: pd.DataFrame, positions: list[int], words: list[Tokens]) -> pd.DataFrame:
    """The subjects of the sentences at ``positions``, whose words are ``words``."""
    lex = lexicon()
    rows = [subject(t, lex) for t in words]
    found, start, end, voice, kind = zip(*rows) if rows else [()] * 5
    columns = {
        "subject": _strings(found),
        "subject_start": _offsets(start),
        "subject_end": _offsets(end),
        "voice": _strings(voice),
        "kind": _strings(kind),
    }
    return _table(sentences, positions, columns)


def agency_tables(sentences: pd.DataFrame, subject_roles=("answer",)) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`agency_features` of the sentences given and :func:`grammatical_subjects` of those whose role is one
    of ``subject_roles``, each sentence split into words once (the stage reads the answers for both)."""
    words = [tokens(text) for text in _texts(sentences)]
    positions = [k for k, role in enumerate(sentences["role"].tolist()) if role in subject_roles]
    return _feature_table(sentences, words), _subject_table(sentences, positions, [words[k] for k in positions])
