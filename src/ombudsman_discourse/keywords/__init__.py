"""Keywords (notebook 02): an interview's tokens in, tables of what the interviewee says unusually often out.

Word list and lexical diversity (:mod:`.wordlist`), the general-English reference (:mod:`.reference`),
keyness statistics (:mod:`.keyness`), collocations (:mod:`.collocations`), dispersion (:mod:`.dispersion`),
the node word *rights* (:mod:`.node_word`) and named terms (:mod:`.named_terms`);
:func:`~.stage.keyword_tables` computes every table, :mod:`.plots` draws Figures 2.1-2.4.
"""
