"""Keywords (notebook 02): an interview's tokens in, tables of what the interviewee says unusually often out.

Word list and lexical diversity (:mod:`.wordlist`), the general-English reference (:mod:`.reference`),
keyness statistics (:mod:`.keyness`), lemmas (:mod:`.lemmas`), names and topic words apart from stylistic
keywords (:mod:`.word_class`), negative and function keywords (:mod:`.negative`), collocations
(:mod:`.collocations`), dispersion (:mod:`.dispersion`), the node word *rights* (:mod:`.node_word`) and
its governing words (:mod:`.governors`), and named terms (:mod:`.named_terms`);
:func:`~.stage.keyword_tables` computes every table, :mod:`.plots` draws Figures 2.1-2.4.
"""
