"""Claims (notebook 03): interviewee sentences in, their coding by a transparent codebook out.

The codebook as data (:mod:`.codebook`), the sentence coder (:mod:`.coding`), agreement with hand coding
(:mod:`.agreement`) and summaries of the coding (:mod:`.summaries`); :func:`~.stage.claim_tables` computes
every table, :mod:`.plots` draws Figures 3.1-3.2.
"""
