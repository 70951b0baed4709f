"""Casualty statements: every figure of people harmed, as written, with who says so.

A figure (``numbers``) becomes a statement when the word after it names people (a victim noun:
"civils", "enfants", "soldats") or an outcome ("morts", "blessés"), and the clause says what
happened to them (an outcome word nearby: "ont été tués", "tuant", "enlevés"). Subsets ("dont 45
enfants") take the outcome, scope, source and place of the figure they belong to. Words come from
``lang/<code>/casualties.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from spacy.tokens import Token

from bilan.extract.attribution import sentence_source
from bilan.extract.context import Context
from bilan.extract.dates import find_dates
from bilan.extract.lexicon import normalise_apostrophes, phrase_pattern, word_map
from bilan.extract.numbers import find_quantities
from bilan.extract.places import sentence_location
from bilan.lang import load_lexicon
from bilan.model import CasualtyStatement, DateRange, Outcome, Quantity, Source, Victims

BACKWARD_CHARS = 40  # how far before a figure a verb can say what happened ("tuant au moins 12")


@dataclass(frozen=True)
class CasualtyLexicon:
    victims: dict[str, str]
    victim_adjectives: dict[str, str]
    outcome_words: dict[str, str]
    outcomes: re.Pattern[str]
    same_outcome: re.Pattern[str]
    subset_marker: re.Pattern[str]
    noun_links: frozenset[str]
    cumulative: re.Pattern[str]


@cache
def casualty_lexicon(lang: str) -> CasualtyLexicon:
    data = load_lexicon(lang, "casualties")
    outcome_words = word_map(data["outcomes"])
    markers = [str(m) for m in data["subset_markers"]]
    subset = phrase_pattern(markers).pattern
    return CasualtyLexicon(
        victims=word_map(data["victims"]),
        victim_adjectives=word_map(data.get("victim_adjectives", {})),
        outcome_words=outcome_words,
        outcomes=phrase_pattern(outcome_words),
        same_outcome=phrase_pattern(data.get("same_outcome_as_before", [])),
        subset_marker=re.compile(rf"(?:{subset})[\s,(]*$", re.IGNORECASE),
        noun_links=frozenset(normalise_apostrophes(w.lower()) for w in data["noun_links"]),
        cumulative=phrase_pattern(data["cumulative_markers"]),
    )


@dataclass(frozen=True)
class Figure:
    """A figure followed by a word naming people, before it is known what happened to them."""

    quantity: Quantity
    sentence: int
    noun: Token
    victims: Victims
    outcome_noun: Outcome | None


def _token_at_or_after(ctx: Context, char: int) -> Token | None:
    for token in ctx.doc:
        if token.idx >= char:
            return token
    return None


def _figure(ctx: Context, quantity: Quantity, lex: CasualtyLexicon) -> Figure | None:
    """The figure with its people noun, or None when the figure does not count people."""
    token = _token_at_or_after(ctx, quantity.span.end)
    while token is not None and normalise_apostrophes(token.lower_) in lex.noun_links:
        token = token.nbor(1) if token.i + 1 < len(ctx.doc) else None
    if token is None:
        return None
    word = token.lower_
    outcome_noun = lex.outcome_words.get(word)
    victims = lex.victims.get(word)
    if victims is None and outcome_noun is None:
        return None
    if token.i + 1 < len(ctx.doc):
        victims = lex.victim_adjectives.get(token.nbor(1).lower_, victims)
    return Figure(quantity, ctx.sentence_index(quantity.span.start), token,
                  cast(Victims, victims or "people"), cast(Outcome | None, outcome_noun))


def _nearest_outcome(ctx: Context, figure: Figure, lex: CasualtyLexicon,
                     lower_bound: int) -> Outcome | None:
    """The outcome word nearest the figure in its sentence: after the noun, or just before."""
    sent = ctx.sentences[figure.sentence]
    after_from = figure.noun.idx + len(figure.noun)
    after = lex.outcomes.search(ctx.text, after_from, sent.end_char)
    before_from = max(sent.start_char, lower_bound, figure.quantity.span.start - BACKWARD_CHARS)
    befores = list(lex.outcomes.finditer(ctx.text, before_from, figure.quantity.span.start))
    before = befores[-1] if befores else None
    candidates = []
    if after:
        candidates.append((after.start() - after_from, after))
    if before:
        candidates.append((figure.quantity.span.start - before.end(), before))
    if not candidates:
        return None
    _, match = min(candidates, key=lambda c: c[0])
    word = normalise_apostrophes(" ".join(match.group(0).lower().split()))
    return cast(Outcome, lex.outcome_words.get(word) or lex.outcome_words.get(match.group(0).lower()))


def _period(ctx: Context, sentence: int, lex: CasualtyLexicon) -> DateRange | None:
    """For a running total, from the date after the cumulative marker to publication."""
    sent = ctx.sentences[sentence]
    marker = lex.cumulative.search(ctx.text, sent.start_char, sent.end_char)
    if marker is None:
        return None
    published = ctx.document.published
    for mention in find_dates(ctx.text[marker.start():sent.end_char], published, ctx.lang,
                              offset=marker.start()):
        if mention.day <= published:
            return DateRange(mention.day, published, (mention.span,))
    return None


def extract_casualties(ctx: Context) -> tuple[CasualtyStatement, ...]:
    """Every casualty statement of the document, in text order, ids c1, c2..."""
    lex = casualty_lexicon(ctx.lang)
    statements: list[CasualtyStatement] = []
    sources: dict[int, Source | None] = {}
    previous_end = 0
    for quantity in find_quantities(ctx.text, ctx.lang):
        figure = _figure(ctx, quantity, lex)
        if figure is None:
            continue
        i = figure.sentence
        before = ctx.text[ctx.sentences[i].start_char:quantity.span.start]
        parent = statements[-1] if statements and lex.subset_marker.search(before) else None
        if parent is not None and parent.quantity.value < quantity.value:
            parent = None
        outcome = figure.outcome_noun or (parent.outcome if parent else None)
        if outcome is None:
            outcome = _nearest_outcome(ctx, figure, lex, previous_end)
        clause_end = ctx.sentences[i].end_char
        if outcome is None and statements and lex.same_outcome.search(
                ctx.text, figure.noun.idx, clause_end):
            outcome = statements[-1].outcome
        if outcome is None:
            continue
        if i not in sources:
            own = sentence_source(ctx, i)
            inherited = sources.get(i - 1) if own is None else None
            sources[i] = own or inherited
        evidence = (ctx.sentence_span(i),)
        if parent is not None:
            stmt = replace(parent, id=f"c{len(statements) + 1}", outcome=outcome,
                           quantity=quantity, victims=figure.victims, subset_of=parent.id,
                           evidence=evidence)
        else:
            cumulative = lex.cumulative.search(ctx.text, ctx.sentences[i].start_char,
                                               clause_end) is not None
            stmt = CasualtyStatement(
                id=f"c{len(statements) + 1}", outcome=outcome, quantity=quantity,
                victims=figure.victims, scope="cumulative" if cumulative else "incident",
                evidence=evidence, period=_period(ctx, i, lex) if cumulative else None,
                location=sentence_location(ctx, i, near=quantity.span.start),
                source=sources[i])
        statements.append(stmt)
        previous_end = figure.noun.idx + len(figure.noun)
    return tuple(statements)

