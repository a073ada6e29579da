"""Find paragraphs a publication adds around an interview: page clutter, kept out of the analysis.

Three rules, each logged with its reason in the cleaning log:

- a paragraph matching one of the patterns of ``data/boilerplate.yml`` (newsletter and paywall boxes,
  share and follow prompts, counters, empty bylines, photo credits, advertisements, tags, navigation,
  read-more lines), no longer than ``max_words``; the patterns are data a user can extend;
- the headlines of a teaser list: short lines without a final full stop right after a read-more line
  (also inside an answer, where a site injects them);
- a paragraph in another language than the interview: fewer than ``language_min_share`` of its judged words
  are known English words (wordfreq; Speer 2022). Capitalised Latin words are not judged (names), words in
  another script always are.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from ..paths import data_text, load_yaml

_ALPHA = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FINAL_STOP = re.compile(r"[.!?:;][\"')\]]*\s*$")


@dataclass(frozen=True)
class BoilerplateRules:
    patterns: tuple[tuple[str, re.Pattern], ...]
    max_words: int
    teaser_max_words: int = 20
    language_min_share: float = 0.5
    known_zipf: float = 3.0

    def match(self, text: str) -> str | None:
        """The kind of boilerplate ``text`` is (e.g. ``subscribe``) by the patterns, or None."""
        if len(text.split()) > self.max_words:
            return None
        for kind, pattern in self.patterns:
            if pattern.search(text):
                return kind
        return None

    def foreign(self, text: str) -> tuple[int, int] | None:
        """(known English words, judged words) when ``text`` reads as another language than English, else None."""
        judged = known = 0
        words = _ALPHA.findall(text)
        for i, word in enumerate(words, 1):
            latin = _latin(word)
            if latin and word[0].isupper():
                continue  # a name, or a sentence's first word: no evidence either way
            judged += 1
            known += latin and zipf_frequency(word.lower(), "en") >= self.known_zipf
            if known >= self.language_min_share * (judged + len(words) - i):
                return None  # English even if every word left were judged and unknown: no need to look them up
        if judged >= 2 and known < self.language_min_share * judged:
            return known, judged
        return None

    def teaser(self, text: str) -> bool:
        """A teaser headline: short, and no final full stop."""
        return len(text.split()) <= self.teaser_max_words and not _FINAL_STOP.search(text)

    def classify(self, texts: list[str]) -> list[tuple[str, str] | None]:
        """(kind, reason) for each paragraph that is boilerplate, else None, in reading order."""
        out: list[tuple[str, str] | None] = []
        after_read_more = False
        for text in texts:
            kind = self.match(text)
            if kind:
                out.append((kind, f"boilerplate ({kind})"))
            elif after_read_more and self.teaser(text):
                out.append(("teaser", "boilerplate (teaser): a headline after a read-more line"))
                continue  # a list of teasers may follow one read-more line
            elif share := self.foreign(text):
                known, judged = share
                out.append(("language", f"boilerplate (language): {known} of {judged} words known English"))
            else:
                out.append(None)
            after_read_more = kind == "read_more"
        return out


@lru_cache(maxsize=4096)
def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in word if ch.isalpha())


@lru_cache(maxsize=8)
def load_rules(path: Path | None = None) -> BoilerplateRules:
    """The boilerplate rules of ``path`` (default: the package's ``data/boilerplate.yml``)."""
    text = Path(path).read_text(encoding="utf-8") if path else data_text("boilerplate.yml")
    spec = load_yaml(text)
    patterns = tuple((p["kind"], re.compile(p["regex"], re.I)) for p in spec["patterns"])
    return BoilerplateRules(
        patterns=patterns,
        max_words=int(spec["max_words"]),
        teaser_max_words=int(spec.get("teaser_max_words", 20)),
        language_min_share=float(spec.get("language_min_share", 0.5)),
        known_zipf=float(spec.get("known_zipf", 3.0)),
    )
