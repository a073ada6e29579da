"""Framing (notebook 04): the claims coding in, how rights are framed out.

The specific rights invoked and never invoked (:mod:`.rights`), the UN record addressed and passed over
(:mod:`.record`), frames, violation acts and the first person plural (:mod:`.frames`), actors by claim type
(:mod:`.actors`), stance per answer (:mod:`.stance`) and where claims are placed (:mod:`.placement`);
:func:`~.stage.framing_tables` computes every table, :mod:`.plots` draws Figures 4.1-4.6.
"""
