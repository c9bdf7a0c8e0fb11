"""General English, as opposed to the brief's own words: word frequencies and language identification.

- `wordfreq` (its "small" English list: words used at least once per million) says how everyday a word is, so
  that "moving" or "company" never anchor a match the way "FALCON" or "Mijente" do, and so that a real English word
  is never "corrected" into a brief word. Loading it costs ~0.25 s, so the list is read once and saved as a plain
  JSON table next to the saved index when a cache directory is given.
- `py3langid` (a naive Bayes model over byte n-grams, ~0.7 s to load, ~0.1 ms a question) says whether a question
  is in another language. It is loaded only for questions that look foreign to begin with (accented letters, or
  most words neither English nor the brief's), so English questions never pay for it. `lingua-language-detector`
  was measured too: 12 s to load six languages on this machine and "qué es FALCON?" detected as French.
"""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

EVERYDAY_ZIPF = 4.6  # "moving" 5.0, "company" 5.4, "office" 5.1; "petition" 4.3, "falcon" 3.7, "deportation" 3.3
COMMON_ZIPF = 3.0  # a word at least this frequent is English as typed, never a typo to correct
LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl"]
TABLE = "english-v1.json"
_TABLES: dict[str, dict[str, float]] = {}  # tables already read in this process, by directory ("" for none)


class English:
    """Zipf frequencies (log10 of uses per billion words) of English words; 0 for words not in the list."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._cache_dir = cache_dir
        self._zipf: dict[str, float] | None = None
        self._langid: Any = None

    def _load(self) -> dict[str, float]:
        path = self._cache_dir / TABLE if self._cache_dir is not None else None
        if path is not None and path.is_file():
            try:
                data: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))
                return data
            except (OSError, ValueError):
                log.warning("saved word table %s is unreadable; rebuilding", path)
        import wordfreq

        table = {
            w: round(math.log10(f * 1e9), 2)
            for w, f in wordfreq.get_frequency_dict("en", wordlist="small").items()
            if w.isascii() and w.isalpha()
        }
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(table, separators=(",", ":")), encoding="utf-8")
            except OSError:
                log.warning("could not save the word table to %s", path)
        return table

    def load(self) -> dict[str, float]:
        """The table, read (or built from wordfreq and saved) on first use; once per process and directory."""
        if self._zipf is None:
            key = str(self._cache_dir) if self._cache_dir is not None else ""
            table = _TABLES.get(key)
            if table is None:
                table = _TABLES[key] = self._load()
            self._zipf = table
        return self._zipf

    @property
    def table(self) -> dict[str, float]:
        return self.load()

    def zipf(self, word: str) -> float:
        return self.table.get(word, 0.0)

    def everyday(self, word: str) -> bool:
        return self.zipf(word) >= EVERYDAY_ZIPF

    def common(self, word: str) -> bool:
        return self.zipf(word) >= COMMON_ZIPF

    def language(self, text: str) -> tuple[str, float]:
        """The likeliest of a few European languages, with its probability."""
        if self._langid is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            ident.set_languages(LANGUAGES)
            self._langid = ident
        lang, prob = self._langid.classify(text)
        return str(lang), float(prob)
