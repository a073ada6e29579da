"""Reading and cleaning the text (notebook 01): an interview file in, an :class:`~.interview.Interview` out.

Decoding (:mod:`.decoding`), saved web pages (:mod:`.html_input`), character normalisation
(:mod:`.normalise`), tracked edits (:mod:`.tracked`), layout detection (:mod:`.layout`), paragraphs
(:mod:`.paragraphs`), boilerplate (:mod:`.boilerplate`), glued words (:mod:`.glued`), editorial brackets
(:mod:`.editorial`), roles (:mod:`.roles`), sentences and tokens (:mod:`.sentences`), the sidecar
(:mod:`.sidecar`) and a starter sidecar for new interviews (:mod:`.starter_sidecar`);
:func:`~.interview.load_interview` runs them in order. Summaries for reading the result are in
:mod:`.summaries`, the check that nothing was lost in :mod:`.audit`, Figure 1.1 in :mod:`.plots`.
"""
