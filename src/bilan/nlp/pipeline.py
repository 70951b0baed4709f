"""Load spaCy pipelines from pip-installed packages, once per process.

The dependency parser is excluded and the faster ``senter`` does sentence splitting; an entity
ruler fed from ``lang/<code>/entities.yaml`` corrects names the statistical NER gets wrong.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from bilan.errors import LanguageError, ResourceError
from bilan.lang import language_info, load_lexicon

log = logging.getLogger(__name__)


def model_package(lang: str, model: str | None = None) -> str:
    """The spaCy package for ``lang``: ``model`` is a short name ("sm"), a package, or None."""
    info = language_info(lang)
    if model is None:
        return info.models[info.default_model]
    if model in info.models:
        return info.models[model]
    if model in info.models.values():
        return model
    raise LanguageError(f"unknown model {model!r} for {info.name}: choose one of "
                        f"{', '.join(sorted(info.models))}")


def entity_patterns(lang: str) -> list[dict[str, Any]]:
    """Entity-ruler patterns from ``entities.yaml`` ({label: {canonical: [forms]}})."""
    data = load_lexicon(lang, "entities") or {}
    patterns: list[dict[str, Any]] = []
    try:
        for label, entries in data.items():
            for canonical, forms in entries.items():
                patterns += [{"label": label, "pattern": form, "id": canonical} for form in forms]
    except AttributeError:
        raise ResourceError(f"lang/{lang}/entities.yaml: expected {{LABEL: {{name: [forms]}}}}") \
            from None
    return patterns


@Language.component("bilan_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run together.
    Quotation marks stay with the words they quote: an opening one starts the next sentence, a
    closing one ends the sentence before (the model cuts "« Nous avons compté 31 corps »" apart)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False  # blank lines belong to the sentence they follow
        elif "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
            token.is_sent_start = True
        elif before.text in OPENING_QUOTES or token.text in CLOSING_QUOTES:
            token.is_sent_start = False
        elif token.like_num and _abbreviated_month(doc, before):
            token.is_sent_start = False  # "12 juil. 2016": an abbreviated month ends no sentence
        elif before.is_alpha:
            token.is_sent_start = False  # "À Kryvyï | Rih, …": no sentence ends on a bare word
    return doc


def _abbreviated_month(doc: Doc, token: Token) -> bool:
    """Whether ``token`` ends an abbreviated month: "nov." as one token, or "nov" and "."."""
    if token.text == "." and token.i >= 1:
        return doc[token.i - 1].lower_ in _month_words(doc.lang_)
    return token.text.endswith(".") and token.lower_[:-1] in _month_words(doc.lang_)


@cache
def _month_words(lang: str) -> frozenset[str]:
    """Month names and abbreviations from the language's dates lexicon."""
    try:
        return frozenset(str(m).lower() for m in load_lexicon(lang, "dates").get("months", {}))
    except (LanguageError, ResourceError):
        return frozenset()


OPENING_QUOTES = frozenset({"«", "“", "‹"})
CLOSING_QUOTES = frozenset({"»", "”", "›"})


@cache
def load_nlp(lang: str, model: str | None = None) -> Language:
    """The spaCy pipeline for ``lang``, built once per (language, model) in this process."""
    package = model_package(lang, model)
    try:
        nlp = spacy.load(package, exclude=["parser"])
    except OSError:
        raise LanguageError(f"spaCy model {package!r} is not installed; run `make setup` "
                            "(it installs the models pinned in requirements.lock)") from None
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.add_pipe("bilan_paragraphs", after="senter")
    ruler = nlp.add_pipe("entity_ruler", name="bilan_entities", after="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(entity_patterns(lang))  # type: ignore[attr-defined]
    log.info("loaded spaCy pipeline %s for %s: %s", package, lang, ", ".join(nlp.pipe_names))
    return nlp
