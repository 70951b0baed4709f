"""Who says so: find the source a sentence attributes its report to ("selon l'OSDH").

Reads ``lang/<code>/attribution.yaml``. A source phrase that holds a named entity is named by the
entity (its canonical id when the entity ruler gave one: "Observatoire syrien des droits de
l'homme" → OSDH); otherwise by the phrase itself, without its determiner ("une source
sécuritaire" → "source sécuritaire").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from bilan.extract.context import Context
from bilan.extract.lexicon import normalise_apostrophes, phrase_pattern
from bilan.lang import load_lexicon
from bilan.model import Source, Span

PUNCT_STOP = {",", ".", ";", ":", "(", ")", "«", "»", '"', "!", "?", "—", "–"}


@dataclass(frozen=True)
class AttributionLexicon:
    follows: re.Pattern[str]
    precedes: re.Pattern[str]
    determiners: frozenset[str]
    stop_words: frozenset[str]
    max_tokens: int


@cache
def attribution_lexicon(lang: str) -> AttributionLexicon:
    data = load_lexicon(lang, "attribution")
    return AttributionLexicon(
        follows=phrase_pattern(data["source_follows"]),
        precedes=phrase_pattern(data["source_precedes"]),
        determiners=frozenset(normalise_apostrophes(w.lower()) for w in data["determiners"]),
        stop_words=frozenset(normalise_apostrophes(w.lower()) for w in data["stop_words"]),
        max_tokens=int(data.get("max_tokens", 8)),
    )


def _is_stop(token: Token, lex: AttributionLexicon) -> bool:
    return token.text in PUNCT_STOP or normalise_apostrophes(token.lower_) in lex.stop_words


def _source_from_tokens(tokens: list[Token], lex: AttributionLexicon) -> Source | None:
    """A source named by ``tokens`` (in reading order), determiners dropped."""
    while tokens and normalise_apostrophes(tokens[0].lower_) in lex.determiners:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or
                      normalise_apostrophes(tokens[-1].lower_) in lex.determiners):
        tokens = tokens[:-1]
    if not tokens:
        return None
    for token in tokens:
        if token.ent_iob_ == "B" and token.ent_type_ in ("ORG", "PER", "MISC"):
            ent = next(e for e in token.doc.ents if e.start == token.i)
            name = ent.ent_id_ or ent.text
            return Source(name=name, evidence=(Span(ent.start_char, ent.end_char),))
    if not any(t.is_alpha for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Source(name=tokens[0].doc.text[start:end], evidence=(Span(start, end),))


def _tokens_after(sent: SpacySpan, char: int, lex: AttributionLexicon) -> list[Token]:
    tokens: list[Token] = []
    for token in sent:
        if token.idx < char:
            continue
        if tokens and _is_stop(token, lex):
            break
        if not tokens and token.lower_ in ("à", "au", "aux"):
            continue  # "a indiqué à l'AFP un responsable": the addressee is not the source
        if token.text in PUNCT_STOP:
            break
        tokens.append(token)
        if len(tokens) >= lex.max_tokens:
            break
    return tokens


def _tokens_before(sent: SpacySpan, char: int, lex: AttributionLexicon) -> list[Token]:
    tokens: list[Token] = []
    for token in reversed(list(sent)):
        if token.idx + len(token) > char:
            continue
        if _is_stop(token, lex):
            break
        tokens.insert(0, token)
        if len(tokens) >= lex.max_tokens:
            break
    return tokens


def sentence_source(ctx: Context, index: int) -> Source | None:
    """The source the sentence at ``index`` attributes its report to, if it names one."""
    lex = attribution_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    text = sent.text
    for match in lex.follows.finditer(text):
        source = _source_from_tokens(_tokens_after(sent, sent.start_char + match.end(), lex), lex)
        if source:
            return source
    for match in lex.precedes.finditer(text):
        before = _tokens_before(sent, sent.start_char + match.start(), lex)
        source = _source_from_tokens(before, lex)
        if source:
            return source
    return None
