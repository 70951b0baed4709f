"""Casualty statements: every figure of people harmed, as written, with who says so.

A figure (``numbers``) becomes a statement when the word after it names people (a victim noun:
"civils", "enfants", "soldats") or an outcome ("morts", "blessés"), and the clause says what
happened to them (an outcome word nearby: "ont été tués", "tuant", "enlevés"). Subsets ("dont 45
enfants") take the outcome, scope, source and place of the figure they belong to; "l'ont été"
takes the outcome and scope of the figure before. Words come from ``lang/<code>/casualties.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from spacy.tokens import Token

from bilan.extract.attribution import source_near, source_spans
from bilan.extract.context import Context, past_participle
from bilan.extract.dates import DateMention, find_dates
from bilan.extract.lexicon import (
    demonyms,
    elidable,
    normalise_apostrophes,
    phrase_pattern,
    plural,
    whole_words,
    word_key,
    word_map,
)
from bilan.extract.numbers import find_quantities
from bilan.extract.places import (
    area_after,
    country_location,
    names_a_side,
    one_town,
    place_after,
    place_before,
    place_mentions,
    pronoun_place,
    relative_place,
    sentence_location,
    total_location,
)
from bilan.extract.triggers import about_disaster, names_violence_by_noun, of_a_disaster
from bilan.lang import load_lexicon
from bilan.model import CasualtyStatement, DateRange, Location, Outcome, Quantity, Source, Victims

BACKWARD_CHARS = 40  # how far before a figure a verb can say what happened ("tuant au moins 12")
GOVERNED_CHARS = 12  # "tuant au moins 30": only a bound stands between a verb and its object
FAR_FORWARD_CHARS = 180  # ... or this far, when no other clause stands between
FORWARD_CHARS = 80  # how far after its noun ("… villageois, dont des femmes, ont été tués")
SUBSET_AFTER_CHARS = 50  # "quatre de ses soldats, burundais et ougandais, figuraient parmi les morts"
APPOSITION = re.compile(r"[,(–—-]")  # what opens words set beside a figure ("Onze personnes, dix …")
COORDINATION_CHARS = 50  # "6 morts côté militaire et 14 parmi les assaillants"
COUNT_BEFORE_CHARS = 60  # "le nombre de morts est passé à 30": the noun before the figure
CUMULATIVE_AFTER_CHARS = 60  # "ont été déplacées depuis le 15 janvier": the marker after the figure
APPOSITION_AFTER = re.compile(r"\s*,[^,;:.()«»]{1,80},")  # ", parmi lesquelles des policiers,"
MAX_NOUN_SKIPS = 4
RECORD_CHARS = 80  # "l'attaque la plus meurtrière contre les forces de sécurité dans l'État depuis"
ORIGIN_CHARS = 5  # "depuis le Liban": an article at most between the marker and the place
RECORD_CLAUSE_END = re.compile(r"[.;:!?]")  # where the clause a record is told in starts
# Running totals that need no marker: a displacement or siege this large is not one incident's,
# nor are deaths this many when the sentence names no day.
LARGE_STATUS = 10_000
LARGE_TOLL = 1_000


@dataclass(frozen=True)
class CasualtyLexicon:
    victims: dict[str, str]
    people_or_outcome: frozenset[str]  # every word after a figure that may make it a statement
    victim_phrases: re.Pattern[str]
    victim_phrase_kinds: dict[str, str]
    victim_adjectives: dict[str, str]
    outcome_words: dict[str, str]
    outcomes: re.Pattern[str]
    status_nouns: frozenset[str]
    same_victims: frozenset[str]
    noun_skips: frozenset[str]
    noun_links: frozenset[str]  # "de", "d'": an outcome phrase ending so governs the noun after it
    same_outcome: re.Pattern[str]
    elliptic_after: re.Pattern[str]  # ", vingt ont été blessés": a figure's own verb, its noun elided
    rival_after: re.Pattern[str]  # "…, 45 selon le BNP": another source's count of the figure before
    subset_before: re.Pattern[str]
    subset_opening: re.Pattern[str]
    partitive_of: re.Pattern[str]
    subset_after: re.Pattern[str]
    rest_before: re.Pattern[str]  # "les" of "les vingt autres victimes": the rest of a toll told
    rest_after: re.Pattern[str]  # "autres victimes" of "les vingt autres victimes"
    article_numbers: frozenset[str]
    article_elision: tuple[str, ...]
    object_articles: frozenset[str]  # "tuant les 32 hommes": the verb governs the figure
    count_before: re.Pattern[str]
    doer_before: re.Pattern[str]
    count_link: re.Pattern[str]
    coordinator: re.Pattern[str]
    contrast: re.Pattern[str]
    mourners: re.Pattern[str]  # "ont suivi les funérailles des victimes": the dead are others
    aside: re.Pattern[str]  # ", qui … dans tout le pays,": an aside about a noun
    cumulative: re.Pattern[str]
    record_before: re.Pattern[str]  # "la plus meurtrière … depuis 2003": a record, not a period
    nationalities: frozenset[str]  # "nigériens", "nigériennes": words a nationality is written in
    few_days: re.Pattern[str]  # a running total of a few days: the story's own places
    sums: frozenset[str]  # "au total": a sum of the figures told, not a count over a period
    whole_year: re.Pattern[str]  # "en 2012": a year as the figure's only date
    continuation: re.Pattern[str]
    competing: re.Pattern[str]


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(normalise_apostrophes(str(v).lower()) for v in values)


def _unless_after(words: list[str], pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` where it does not follow one of ``words`` and a space ("les pires depuis des
    années" compares; it counts nothing since then)."""
    guards = "".join(rf"(?<!{re.escape(w)} )" for w in words)
    return re.compile(guards + pattern.pattern, pattern.flags)


def _demonym_forms(lang: str) -> list[str]:
    """The plurals of the language's demonyms, lower-cased: "170 Afghans"; a singular is too
    often an adjective whose noun was left out ("quatre soldats cambodgiens et un marocain")."""
    return [plural(w) for w in demonyms(lang)]


@cache
def casualty_lexicon(lang: str) -> CasualtyLexicon:
    data = load_lexicon(lang, "casualties")
    subset = phrase_pattern(data["subset_markers"]).pattern
    phrases = {word_key(k): v for k, v in word_map(data.get("victim_phrases", {})).items()}
    partitive = phrase_pattern(data.get("partitive_of", [])).pattern
    victims = word_map(data["victims"])
    for word in _demonym_forms(lang):  # "plus de 170 Afghans", "20 000 Burundais": civilians
        victims.setdefault(word, "civilians")
    outcome_words = {normalise_apostrophes(k): v for k, v in word_map(data["outcomes"]).items()}
    return CasualtyLexicon(
        victims=victims,
        people_or_outcome=frozenset(victims) | frozenset(outcome_words),
        victim_phrases=re.compile(rf"\s*(?:{phrase_pattern(phrases).pattern})", re.IGNORECASE),
        victim_phrase_kinds=phrases,
        victim_adjectives=word_map(data.get("victim_adjectives", {})),
        outcome_words=outcome_words,
        outcomes=phrase_pattern(word_map(data["outcomes"])),
        status_nouns=_words(data.get("status_nouns", [])),
        same_victims=_words(data.get("same_victims_as_before", [])),
        noun_skips=_words(data.get("noun_links", []) + data.get("noun_skips", [])),
        noun_links=_words(data.get("noun_links", [])),
        same_outcome=phrase_pattern(data.get("same_outcome_as_before", [])),
        elliptic_after=re.compile(
            rf"\s+(?:{phrase_pattern(data.get('elliptic_auxiliaries', [])).pattern})\s+"
            rf"(?:{phrase_pattern(word_map(data['outcomes'])).pattern})", re.IGNORECASE),
        rival_after=re.compile(rf"\s+(?:{phrase_pattern(data['rival_count_openers']).pattern})\b",
                               re.IGNORECASE),
        subset_before=re.compile(rf"(?:{subset})[\s,(]*$", re.IGNORECASE),
        subset_opening=re.compile(rf"^\s*(?:{subset})\b", re.IGNORECASE),
        partitive_of=re.compile(rf"\s*(?:{partitive})", re.IGNORECASE),
        subset_after=phrase_pattern(data.get("subset_after", [])),
        rest_before=re.compile(rf"\b(?:{phrase_pattern(data.get('rest_before', [])).pattern})\s+$",
                               re.IGNORECASE),
        rest_after=re.compile(rf"\s+(?:{phrase_pattern(data.get('rest_after', [])).pattern})",
                              re.IGNORECASE),
        article_numbers=_words(data.get("article_numbers", [])),
        article_elision=tuple(str(e) for e in data.get("article_elision", [])),
        object_articles=_words(data.get("object_articles", [])),
        count_before=re.compile(
            rf"(?:{phrase_pattern(data.get('count_before', [])).pattern})\s*(?P<noun>[\w-]+)",
            re.IGNORECASE),
        doer_before=re.compile(
            rf"(?:{phrase_pattern(data.get('doer_markers', [])).pattern})\s+"
            rf"(?:(?:{elidable(data.get('doer_articles', []))})\s*)?"
            rf"(?:(?:{phrase_pattern(data.get('doer_means', [])).pattern})\s*"
            rf"(?:(?:{elidable(data.get('doer_links', []))})\s*)?)?$",
            re.IGNORECASE),
        count_link=re.compile(
            rf"^[^,;:.]{{0,30}}?(?:{phrase_pattern(data.get('count_links', [])).pattern})\s*$",
            re.IGNORECASE),
        coordinator=phrase_pattern(data.get("coordinators", [])),
        contrast=re.compile(whole_words(data.get("contrasts", [])), re.IGNORECASE),
        mourners=re.compile(whole_words(data.get("mourning_words", [])), re.IGNORECASE),
        aside=re.compile(rf",\s*(?:{whole_words(data.get('aside_openers', []))})[^,.;:]*,", re.IGNORECASE),
        cumulative=_unless_after(
            data.get("not_a_total_after", []),
            phrase_pattern(data["cumulative_markers"] + data.get("few_days_markers", []))),
        record_before=phrase_pattern(data.get("record_words", [])),
        nationalities=frozenset(word_key(w) for w in [*demonyms(lang), *_demonym_forms(lang)]),
        few_days=phrase_pattern(data.get("few_days_markers", [])),
        sums=frozenset(word_key(w) for w in data.get("sum_markers", [])),
        whole_year=re.compile(rf"(?<![\w-])(?:{elidable(data.get('year_links', []))})\s*(?:19|20)\d\d(?!\d)",
                              re.IGNORECASE),
        continuation=phrase_pattern(data.get("continuation_markers", [])),
        competing=phrase_pattern(data.get("competing_markers", [])),
    )


@dataclass(frozen=True)
class Figure:
    """A figure and the word after it that names people (None for "dont 1 350 par balles")."""

    quantity: Quantity
    sentence: int
    noun: Token | None
    victims: Victims | None
    outcome_noun: Outcome | None
    refers_back: bool = False  # "37 autres blessés": the people of the figure before

    def end(self) -> int:
        return self.noun.idx + len(self.noun) if self.noun is not None else self.quantity.span.end


def _token_at_or_after(ctx: Context, char: int) -> Token | None:
    i = ctx.token_from(char)
    return ctx.doc[i] if i < len(ctx.doc) else None


ELLIPSIS_CHARS = 20  # how far before a noun-less figure its outcome word may end ("en blessant 68")


def _is_article(ctx: Context, quantity: Quantity, lex: CasualtyLexicon) -> bool:
    return word_key(quantity.span.text_of(ctx.text)) in lex.article_numbers


DOER_CHARS = 30  # how far before a figure "par le tir d'" may start


def _by_doer(ctx: Context, quantity: Quantity, lex: CasualtyLexicon) -> bool:
    """Whether the figure counts who acted ("par le tir d'un policier"), not whom it hit."""
    start = quantity.span.start
    return lex.doer_before.search(ctx.text, max(0, start - DOER_CHARS), start) is not None


def _figure(ctx: Context, quantity: Quantity, lex: CasualtyLexicon) -> Figure:
    index = ctx.sentence_index(quantity.span.start)
    token = _token_at_or_after(ctx, quantity.span.end)
    if _is_article(ctx, quantity, lex):
        elided = ctx.text[:quantity.span.start].endswith(lex.article_elision)
        if elided or token is None or normalise_apostrophes(token.lower_) not in lex.victims:
            return Figure(quantity, index, None, None, None)  # "l'une des", "un camp"
    for _ in range(MAX_NOUN_SKIPS):
        if token is None or normalise_apostrophes(token.lower_) not in lex.noun_skips:
            break
        token = token.nbor(1) if token.i + 1 < len(ctx.doc) else None
    if token is None or word_key(token.text) not in lex.people_or_outcome:
        token = _counted_before(ctx, quantity, index, lex) or token  # "le nombre de morts … 31"
    if token is None:
        return Figure(quantity, index, None, None, None)
    phrase = lex.victim_phrases.match(ctx.text, token.idx)
    if phrase is not None:  # "membres des forces de l'ordre"
        last = next((t for t in ctx.doc[token.i:] if t.idx + len(t) >= phrase.end()), token)
        kind = lex.victim_phrase_kinds[word_key(phrase.group(0))]
        return Figure(quantity, index, last, cast(Victims, kind), None)
    word = normalise_apostrophes(token.lower_)
    refers_back = word in lex.same_victims
    if refers_back and token.i + 1 < len(ctx.doc) and \
            normalise_apostrophes(token.nbor(1).lower_) in lex.victims:
        token = token.nbor(1)  # "cinq autres militaires": the noun after "autres"
        word = normalise_apostrophes(token.lower_)
        refers_back = lex.victims[word] == "people"
    elif refers_back and token.i + 1 < len(ctx.doc) and token.nbor(1).pos_ == "NOUN" \
            and word_key(token.nbor(1).text) not in lex.people_or_outcome:
        return Figure(quantity, index, None, None, None)  # "un autre missile", "une autre usine"
    outcome_noun = lex.outcome_words.get(word)
    victims = lex.victims.get(word)
    if victims is None and outcome_noun is None:
        return Figure(quantity, index, None, None, None)
    if token.i + 1 < len(ctx.doc):
        victims = lex.victim_adjectives.get(token.nbor(1).lower_, victims)
    if word in lex.status_nouns:
        outcome_noun = None  # a verb nearby decides; the noun is the fallback (see _outcome)
    return Figure(quantity, index, token, cast(Victims, victims or "people"),
                  cast(Outcome | None, outcome_noun), refers_back)


def _counted_before(ctx: Context, quantity: Quantity, index: int,
                    lex: CasualtyLexicon) -> Token | None:
    """The people noun of "le nombre de morts est passé à 30", if the figure follows one."""
    start = max(ctx.sentences[index].start_char, quantity.span.start - COUNT_BEFORE_CHARS)
    matches = list(lex.count_before.finditer(ctx.text, start, quantity.span.start))
    if not matches or not lex.count_link.match(ctx.text[matches[-1].end():quantity.span.start]):
        return None
    noun = _token_at_or_after(ctx, matches[-1].start("noun"))
    word = normalise_apostrophes(noun.lower_) if noun is not None else ""
    return noun if word in lex.victims or word in lex.outcome_words else None


def _governs(between: str, lex: CasualtyLexicon) -> bool:
    """Whether an outcome verb right before a figure takes it as its object ("tuant au moins")."""
    return len(between) <= GOVERNED_CHARS and "," not in between and \
        not lex.coordinator.search(between) and not lex.subset_before.search(between)


def _without_nationality(words: str, lex: CasualtyLexicon) -> str:
    """``words`` without a nationality that opens them ("nigériens et" → "et"): "Quatre soldats
    nigériens et un civil ont été tués" coordinates the two figures all the same."""
    first, _, rest = words.partition(" ")
    return rest if word_key(first) in lex.nationalities else words


def _nearest_outcome(ctx: Context, figure: Figure, lex: CasualtyLexicon,
                     lower_bound: int, next_figure: int | None) -> Outcome | None:
    """The outcome word nearest the figure in its sentence: after the noun, or just before."""
    sent = ctx.sentences[figure.sentence]
    after_from = figure.end()
    after_to = min(sent.end_char, after_from + FORWARD_CHARS)
    if next_figure is not None and next_figure >= sent.end_char:
        next_figure = None  # a figure of another sentence has its own outcome words
    between = ctx.text[after_from:next_figure] if next_figure is not None else ""
    if next_figure is not None and next_figure >= after_from and not (
            lex.coordinator.fullmatch(_without_nationality(between.strip(), lex))
            or lex.subset_before.search(between)
            or APPOSITION.fullmatch(between.strip())  # "Onze personnes, dix policiers et …"
            or _listed_beside(between, lex)):  # "Sept personnes, un Canadien, un Français et …"
        after_to = min(after_to, next_figure)  # "100 assaillants … 30 civils tués": the 30's
    after = lex.outcomes.search(ctx.text, after_from, after_to)
    capped = after_to < min(sent.end_char, after_from + FORWARD_CHARS)  # by the next figure
    if after is None and not capped:  # "Trois femmes et six enfants d'une communauté établie depuis
        # des décennies dans le nord, tous binationaux, ont été tuées": no verb of its own between
        far = lex.outcomes.search(ctx.text, after_from,
                                  min(sent.end_char, after_from + FAR_FORWARD_CHARS))
        after = far if far is not None and _no_clause_between(ctx, after_from, far.start()) else None
    if after is not None and next_figure is not None and after.end() <= next_figure and \
            _governs(ctx.text[after.end():next_figure], lex):
        after = None  # "…, tuant 30 civils": the verb's object is the next figure
    if after is not None and _governs_a_noun(after.group(0), lex):
        after = None  # "des milliers d'élèves … pour dénoncer la mort de lycéens": the lycéens'
    if after is not None and lex.mourners.search(ctx.text, after_from, after.start()):
        after = None  # "des milliers de personnes ont suivi les funérailles des victimes": mourners
    before_from = max(sent.start_char, lower_bound, figure.quantity.span.start - BACKWARD_CHARS)
    befores = [m for m in lex.outcomes.finditer(ctx.text, before_from, figure.quantity.span.start)
               if not lex.coordinator.search(ctx.text, m.end(), figure.quantity.span.start)
               and not lex.contrast.search(ctx.text, m.end(), figure.quantity.span.start)]
    if befores and word_key(ctx.text[befores[-1].end():figure.quantity.span.start].strip()) in \
            lex.object_articles | {""}:
        # "tuant les 32 hommes réfugiés à l'intérieur": the verb right before governs the figure
        return cast(Outcome, lex.outcome_words.get(word_key(befores[-1].group(0))))
    candidates = []
    if after:
        candidates.append((after.start() - after_from, after))
    if befores and not (after and "," in ctx.text[befores[-1].end():figure.quantity.span.start]
                        and "," not in ctx.text[after_from:after.start()]):
        # "Outre les morts, 43 personnes ont été blessées": a word across a comma yields to the
        # verb of the figure's own clause
        candidates.append((figure.quantity.span.start - befores[-1].end(), befores[-1]))
    if not candidates:
        return None
    _, match = min(candidates, key=lambda c: c[0])
    return cast(Outcome, lex.outcome_words.get(word_key(match.group(0))))


LISTED_CHARS = 40  # how long the words set beside a figure before the next one may run


def _listed_beside(between: str, lex: CasualtyLexicon) -> bool:
    """Whether the words between a figure and the next open an apposition of people counted by
    an article or of a part told without a figure, and tell no outcome (", un Canadien, " in "Sept
    personnes, un Canadien, un Français et cinq Nigériens, ont été tuées", ", dont plusieurs
    enfants, et " in "Onze civils, dont plusieurs enfants, et cinq policiers ont été tués"): the
    list goes on to the next figure."""
    stripped = between.strip()
    if APPOSITION.match(stripped) is None:
        return False
    words = stripped[1:].split(maxsplit=1)
    named = (bool(words) and words[0].lower() in lex.article_numbers) \
        or lex.subset_opening.match(stripped[1:]) is not None
    return named and len(between) <= LISTED_CHARS \
        and lex.outcomes.search(between) is None and not re.search(r"[;:.«»]", between)


def _governs_a_noun(phrase: str, lex: CasualtyLexicon) -> bool:
    """Whether an outcome phrase ends in a link to the people it names ("la mort de")."""
    words = normalise_apostrophes(phrase.lower()).replace("'", "' ").split()
    return len(words) > 1 and words[-1] in lex.noun_links


def _no_clause_between(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no conjugated verb (participles may qualify the noun), so
    that an outcome word after it still tells what happened to the figure's people."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    words = list(span)
    while words and words[-1].pos_ in ("AUX", "ADV", "PUNCT"):  # "…, ont été tués": its auxiliaries
        words.pop()
    return not any(t.pos_ == "AUX" or (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm", []))
                   for t in words)


def _is_cumulative(ctx: Context, figure: Figure, outcome: Outcome, lex: CasualtyLexicon) -> bool:
    """A running total: a marker before the figure in its sentence or just after it, a month or
    year as the only date ("en mars 2011"), or a figure too large for one incident, even where the
    sentence names one act ("L'offensive lancée en décembre a provoqué l'exode de 950 000
    personnes")."""
    return bool(_told_as_total(ctx, figure, lex)) or _too_large(ctx, figure, outcome)


def _told_as_total(ctx: Context, figure: Figure, lex: CasualtyLexicon) -> bool | None:
    """Whether the words or dates of the figure's sentence make it a running total (a marker, a
    span of days, a month or year as the only date); None when they say nothing of it."""
    sent = ctx.sentences[figure.sentence]
    end = min(sent.end_char, _after_apposition(ctx, figure, sent.end_char) + CUMULATIVE_AFTER_CHARS)
    if _total_marker(ctx, figure.sentence, end, lex, figure.quantity.span.start) is not None:
        return True
    dates = _dates_in(ctx, figure.sentence)
    if _counted_span(dates) is not None:
        return True  # "55 morts entre le 31 octobre et le 10 novembre"
    if dates and all(d.month_only for d in dates):
        # "un attentat qui avait fait 17 morts en juin 2017": one act, told of a month
        return not names_violence_by_noun(ctx, figure.sentence, "Sing")
    if not dates and ctx.search_sentence(lex.whole_year, figure.sentence):
        # "plus de 400 chiites ont été tués en 2012": a year's toll, unless one act is told
        return not names_violence_by_noun(ctx, figure.sentence, "Sing")
    return None


def _after_apposition(ctx: Context, figure: Figure, limit: int) -> int:
    """Where the words after a figure's noun go on, past an apposition set between commas ("41
    personnes, parmi lesquelles des membres des forces de l'ordre, ont été tuées depuis …"); not
    past words naming who says so (", selon le comité de médecins, qui recense … depuis lundi")."""
    apposition = APPOSITION_AFTER.match(ctx.text, figure.end(), limit)
    if apposition is None or any(apposition.start() <= span.start < apposition.end()
                                 for span in source_spans(ctx, figure.sentence)):
        return figure.end()
    return apposition.end()


def _total_marker(ctx: Context, sentence: int, end: int, lex: CasualtyLexicon,
                  figure_start: int | None = None) -> re.Match[str] | None:
    """The first marker of a running total in the sentence that starts before ``end`` and counts
    over a period: not the place a strike came from ("des roquettes tirées depuis la Syrie"), nor
    the past a record is measured against ("l'attaque la plus meurtrière depuis 2003, qui avait
    fait …"), nor words of an aside closed before the figure ("L'ONG, qui s'appuie sur des
    militants dans tout le pays, a recensé 60 morts")."""
    start, sentence_end = ctx.sentences[sentence].start_char, ctx.sentences[sentence].end_char
    asides = [m.span() for m in lex.aside.finditer(ctx.text, start, figure_start)] \
        + _participial_asides(ctx, start, figure_start) if figure_start is not None else []
    for marker in lex.cumulative.finditer(ctx.text, start, sentence_end):
        if marker.start() >= end:
            break
        if any(a <= marker.start() < b for a, b in asides):
            continue
        if not _names_an_origin(ctx, marker.end()) and not _sets_a_record(ctx, start, marker.start(), lex):
            return marker
    return None


PARTICIPIAL_ASIDE = re.compile(r",\s*[^,.;:]+(?=,)")  # ", déployée dans la province depuis juillet 2021,"


def _participial_asides(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Asides between commas that a past participle opens, about the noun before them ("l'armée
    rwandaise, déployée dans la province depuis juillet 2021 aux côtés des forces mozambicaines,
    a affirmé avoir tué six insurgés samedi"): a total marker inside tells how long that noun's
    state has lasted, not a period the figure after them counts over."""
    spans = []
    for aside in PARTICIPIAL_ASIDE.finditer(ctx.text, start, end):
        word = _token_at_or_after(ctx, aside.start() + 1)
        if word is not None and word.pos_ == "VERB" and past_participle(word):
            spans.append((aside.start(), aside.end() + 1))
    return spans


def _only_a_sum(ctx: Context, sentence: int, lex: CasualtyLexicon) -> bool:
    """Whether the sentence marks its total only as the sum of what the story told ("Au total,
    193 personnes ont été interpellées"), with no period ("depuis novembre"): the sum of the
    story's incidents is theirs, not the country's."""
    sent = ctx.sentences[sentence]
    found = lex.cumulative.finditer(ctx.text, sent.start_char, sent.end_char)
    markers = [word_key(m.group(0)) for m in found]
    return bool(markers) and all(m in lex.sums for m in markers)


def _names_an_origin(ctx: Context, end: int) -> bool:
    """Whether the marker ending at ``end`` opens the place something came from."""
    return any(mention.origin and end <= mention.span.start <= end + ORIGIN_CHARS
               for mention in place_mentions(ctx))


def _sets_a_record(ctx: Context, start: int, marker: int, lex: CasualtyLexicon) -> bool:
    """Whether a superlative stands in the marker's clause before it."""
    clause = ctx.text[max(start, marker - RECORD_CHARS):marker]
    clause = RECORD_CLAUSE_END.split(clause)[-1]
    return lex.record_before.search(clause) is not None


def _told_just_before(ctx: Context, place: Location | None, index: int,
                      statements: list[CasualtyStatement]) -> bool:
    """Whether ``place`` is a town named in the sentence right before sentence ``index`` and that
    sentence tells events, not figures (a toll before says where the figures are counted)."""
    if place is None or place.precision == 3 or not place.evidence \
            or ctx.sentence_index(place.evidence[0].start) != index - 1:
        return False
    return not any(ctx.sentence_index(s.quantity.span.start) == index - 1 for s in statements)


def _too_large(ctx: Context, figure: Figure, outcome: Outcome) -> bool:
    """Whether a figure is too large for one incident: a displacement or siege this large, or
    deaths this many when the sentence names no day."""
    value = figure.quantity.value
    if outcome in ("displaced", "besieged"):
        return value >= LARGE_STATUS
    return outcome == "killed" and value >= LARGE_TOLL and not _dates_in(ctx, figure.sentence)


def _shares_the_total(ctx: Context, statements: list[CasualtyStatement], previous_end: int,
                      start: int, sentence: int, lex: CasualtyLexicon) -> bool:
    """Whether the figure before a running total, in its clause and joined to it by a
    coordinator with no day between, counts over the same period."""
    if not statements or previous_end <= ctx.sentences[sentence].start_char:
        return False
    before = statements[-1]
    between = ctx.text[previous_end:start]
    return before.scope == "incident" and before.subset_of is None and \
        lex.coordinator.search(between) is not None and lex.contrast.search(between) is None and \
        not any(mark in between for mark in ".;:") and \
        not find_dates(between, ctx.document.published, ctx.lang)


LOCAL_TOTAL_DAYS = 10  # a running total over this few days is the story's incident area's
LASTING_TOTAL_DAYS = 365  # one over this many days or more is a war's, over its whole area
TOTAL_SPAN_DAYS = 3  # a figure over a written span this long or longer is a running total


def _counted_span(dates: list[DateMention]) -> DateRange | None:
    """A span whose first and last days are written and lie this many days apart or more ("entre
    le 31 octobre et le 10 novembre"; "lundi et mardi" is one incident told over two days)."""
    for mention in dates:
        if mention.written_span and mention.last_day is not None \
                and (mention.last_day - mention.day).days >= TOTAL_SPAN_DAYS:
            return mention.as_range()
    return None


def _dates_in(ctx: Context, sentence: int) -> list[DateMention]:
    """The dates a sentence names (read once for the running-total test and its period)."""
    sent = ctx.sentences[sentence]
    return ctx.memo(("casualty sentence dates", sentence), lambda: find_dates(
        ctx.text[sent.start_char:sent.end_char], ctx.document.published, ctx.lang,
        offset=sent.start_char))


def _period(ctx: Context, sentence: int, lex: CasualtyLexicon) -> DateRange | None:
    """For a running total, from the date after the cumulative marker to publication, or the
    written span it counts over."""
    sent = ctx.sentences[sentence]
    published = ctx.document.published
    marker = _total_marker(ctx, sentence, sent.end_char, lex)
    if marker is None:
        return _counted_span(_dates_in(ctx, sentence))
    for mention in find_dates(ctx.text[marker.start():sent.end_char], published, ctx.lang,
                              offset=marker.start()):
        if mention.day <= published:
            return DateRange(mention.day, published, (mention.span,))
    return None


def _parent(ctx: Context, figure: Figure, statements: list[CasualtyStatement],
            lex: CasualtyLexicon) -> CasualtyStatement | None:
    """The statement this figure is a subset of, when a subset marker says so: just before
    the figure ("dont 45 enfants") or opening its sentence ("Parmi les morts figurent 8 mineurs")."""
    if not statements:
        return None
    last = statements[-1]
    before = ctx.text[ctx.sentences[figure.sentence].start_char:figure.quantity.span.start]
    opens_sentence = bool(lex.subset_opening.search(before)) and \
        ctx.sentence_index(last.quantity.span.start) < figure.sentence
    among = _among_after(ctx, figure, lex)
    partitive = lex.partitive_of.match(ctx.text, figure.quantity.span.end) is not None or among is not None
    if partitive:
        last = next((s for s in reversed(statements) if s.subset_of is None), last)
    named = lex.outcomes.search(before) if opens_sentence else None
    if among is not None:  # "… figuraient parmi les morts" after "… et 100 autres blessées": the dead
        named = lex.outcomes.search(ctx.text, among.end(), among.end() + AMONG_NOUN_CHARS)
    if named is not None:  # "Parmi les morts figurent …" after "… et une cinquantaine blessées": the dead
        outcome = lex.outcome_words.get(word_key(named.group(0)))
        last = next((s for s in reversed(statements) if s.subset_of is None and s.outcome == outcome), last)
    rest = lex.rest_before.search(before) is not None and \
        lex.rest_after.match(ctx.text, figure.quantity.span.end) is not None
    if rest:  # "Les vingt autres victimes étaient des cadets": the rest of the death toll told before
        toll = next((s for s in reversed(statements) if s.subset_of is None and s.outcome == "killed"
                     and s.quantity.value > figure.quantity.value), None)
        if toll is None:
            return None
        last = toll
    # "ont fait 221 morts : 150 jihadistes et 71 civils": a colon opens the breakdown
    colon = ctx.text[_noun_end(ctx, last):figure.quantity.span.start].strip() == ":"
    if not (lex.subset_before.search(before) or opens_sentence or partitive or colon or rest):
        return None
    parent: CasualtyStatement | None = last
    if last.subset_of is not None and last.quantity.value <= figure.quantity.value:
        parent = next((s for s in statements if s.id == last.subset_of), None)
    if parent is None or parent.quantity.value < figure.quantity.value:
        return None
    return parent


AMONG_NOUN_CHARS = 20  # "figurent parmi les enfants tués": how far the outcome of the whole may follow


def _among_after(ctx: Context, figure: Figure, lex: CasualtyLexicon) -> re.Match[str] | None:
    """The words telling the figure's people are among others just after it, its own outcome
    told nowhere between ("quatre de ses soldats, burundais et ougandais, figuraient parmi les
    morts"; not "douze soldats ont été tués et trois figurent parmi les blessés"). A figure naming
    no people ("deux sœurs de 14 ans figurent parmi …") is none."""
    if figure.noun is None:
        return None
    among = lex.subset_after.search(ctx.text, figure.end(), figure.end() + SUBSET_AFTER_CHARS)
    if among is None or lex.outcomes.search(ctx.text, figure.end(), among.start()) is not None:
        return None
    return among


def _sibling_subset(ctx: Context, figure: Figure, statements: list[CasualtyStatement],
                    lex: CasualtyLexicon) -> CasualtyStatement | None:
    """"dont 17 femmes et 12 enfants": the 12 shares the parent of the 17."""
    if not statements or statements[-1].subset_of is None:
        return None
    last = statements[-1]
    if ctx.sentence_index(last.quantity.span.start) != figure.sentence:
        return None
    if not _listed_after(ctx.text[last.quantity.span.end:figure.quantity.span.start], lex):
        return None
    if figure.outcome_noun is not None or _own_outcome(ctx, figure, lex):
        return None  # "dont 14 enfants, et 30 habitants portés disparus": its own outcome
    return next((s for s in statements if s.id == last.subset_of), None)


LIST_NOUN_WORDS = 3  # "28 combattants kurdes, …": the words a listed figure's noun may take


def _listed_after(between: str, lex: CasualtyLexicon) -> bool:
    """Whether ``between`` is a figure's noun, then a comma or a coordinator: the next item of a
    list ("dont 56 jihadistes, 28 combattants kurdes et cinq civils")."""
    body = between.rstrip()
    if body.endswith(","):
        body = body[:-1]
    else:
        joined = re.search(rf"(?:{lex.coordinator.pattern})$", body, re.IGNORECASE)
        if joined is None:
            return False
        body = body[:joined.start()]
    return bool(body.strip()) and len(body.split()) <= LIST_NOUN_WORDS and not re.search(r"[;:.()]", body)


def _own_outcome(ctx: Context, figure: Figure, lex: CasualtyLexicon) -> bool:
    """Whether an outcome word follows the figure within its own phrase ("30 habitants portés
    disparus"); after a comma it is the sentence's verb ("dont dix femmes et trois nourrissons,
    ont été tuées") and belongs to the parent."""
    return lex.outcomes.search(ctx.text, figure.end(), _phrase_end(ctx, figure)) is not None


PHRASE_END = re.compile(r"[,;:.()«»]")


def _phrase_end(ctx: Context, figure: Figure) -> int:
    """Where the figure's own phrase ends: at the next punctuation mark, else its sentence's end."""
    sent = ctx.sentences[figure.sentence]
    mark = PHRASE_END.search(ctx.text, figure.end(), sent.end_char)
    return mark.start() if mark else sent.end_char
COORDINATED_WORDS = 6  # "soldats ont été tués et": how many words a coordinated figure may follow


def _previous_in_sentence(ctx: Context, figure: Figure, statements: list[CasualtyStatement]
                          ) -> CasualtyStatement | None:
    """The latest top-level statement of the figure's sentence."""
    for stmt in reversed(statements):
        if ctx.sentence_index(stmt.quantity.span.start) != figure.sentence:
            return None
        if stmt.subset_of is None:
            return stmt
    return None


def _elliptic(ctx: Context, figure: Figure, statements: list[CasualtyStatement],
              lex: CasualtyLexicon) -> bool:
    """A figure with no noun of its own right after or before an outcome word, in the sentence of
    a figure of people ("tuant 24 personnes et en blessant 68", "…, vingt ont été blessés")."""
    if _previous_in_sentence(ctx, figure, statements) is None:
        return False
    start, end = figure.quantity.span.start, figure.quantity.span.end
    before = [m for m in lex.outcomes.finditer(ctx.text, max(0, start - ELLIPSIS_CHARS), start)
              if not ctx.text[m.end():start].strip()]
    return bool(before) or lex.elliptic_after.match(ctx.text, end) is not None


RIVAL_GAP_CHARS = 12  # ", selon la police, et 45": how far before the figure its separator may stand


def _rival_count(ctx: Context, figure: Figure, statements: list[CasualtyStatement],
                 lex: CasualtyLexicon) -> CasualtyStatement | None:
    """The statement a noun-less figure counts again for another source ("Douze personnes ont été
    tuées, selon la police, sept selon les organisateurs"): the sentence's figure before it."""
    previous = _previous_in_sentence(ctx, figure, statements)
    if previous is None or figure.noun is not None \
            or lex.rival_after.match(ctx.text, figure.quantity.span.end) is None:
        return None
    before = ctx.text[max(previous.quantity.span.end, figure.quantity.span.start - RIVAL_GAP_CHARS):
                      figure.quantity.span.start]
    separated = PHRASE_END.search(before) is not None or lex.coordinator.search(before) is not None
    return previous if separated else None


def _coordinated(ctx: Context, previous: CasualtyStatement, figure: Figure,
                 lex: CasualtyLexicon) -> bool:
    """"7 031 civils tués et 11 327 blessés": one word after the first noun, then "et"."""
    text = ctx.text[previous.quantity.span.end:figure.quantity.span.start]
    between = text.split()
    if not between or lex.coordinator.fullmatch(between[-1]) is None:
        return False
    # "25 soldats ont été tués et quatre blessés": the noun, what happened to them, then "et"
    return len(between) == 3 or (len(between) <= COORDINATED_WORDS and not PHRASE_END.search(text)
                                 and lex.outcomes.search(text) is not None)


def _victims(ctx: Context, figure: Figure, parent: CasualtyStatement | None,
             statements: list[CasualtyStatement], lex: CasualtyLexicon) -> Victims:
    """The figure's own people noun, else its parent's; "37 autres blessés" and "7 031 civils
    tués et 11 327 blessés" take the people of the figure before."""
    victims: Victims = figure.victims or (parent.victims if parent else "people")
    previous = _previous_in_sentence(ctx, figure, statements)
    if previous is not None and figure.noun is None and parent is None:
        return previous.victims  # "tuant 24 personnes et en blessant 68": the same people
    if previous is not None and figure.noun is not None and (
            figure.refers_back or
            (figure.outcome_noun and victims == "people" and _coordinated(ctx, previous, figure, lex))):
        return previous.victims
    return victims


def _outcome(ctx: Context, figure: Figure, parent: CasualtyStatement | None, anaphora: bool,
             statements: list[CasualtyStatement], lex: CasualtyLexicon,
             previous_end: int, next_figure: int | None) -> Outcome | None:
    """What happened to the figure's people: its noun ("morts"), its parent's, the nearest
    outcome word, the figure before's ("l'ont été"), a status noun ("otages"), or the outcome of
    the figure it is coordinated with ("6 morts … et 14 parmi les assaillants")."""
    previous = _previous_in_sentence(ctx, figure, statements)
    coordinated = previous is not None and (
        (lex.coordinator.search(ctx.text, previous.quantity.span.end, figure.quantity.span.start) is not None
         and figure.quantity.span.start - previous.quantity.span.end <= COORDINATION_CHARS)
        or _added_after_clause(ctx.text[previous.quantity.span.end:figure.quantity.span.start], lex))
    status = cast(Outcome | None, lex.outcome_words.get(word_key(figure.noun.text))) \
        if figure.noun is not None else None
    return figure.outcome_noun or (parent.outcome if parent else None) \
        or _elided_outcome(ctx, figure, lex) \
        or _nearest_outcome(ctx, figure, lex, previous_end, next_figure) \
        or (statements[-1].outcome if anaphora else None) or status \
        or (previous.outcome if previous is not None and coordinated
            and not _own_predicate(ctx, figure) else None)


def _own_predicate(ctx: Context, figure: Figure) -> bool:
    """Whether the figure's own phrase goes on with a verb of its own, which told no outcome
    ("…, et des dizaines de personnes ont été extraites vivantes"): its people are not the dead of
    the figure it is joined to."""
    words = ctx.doc.char_span(figure.end(), _phrase_end(ctx, figure), alignment_mode="contract") or ()
    for word in words:
        if "Rel" in word.morph.get("PronType", []):
            return False  # "deux civils qui passaient par là": who they were, not their fate
        if word.pos_ == "AUX" and "Fin" in word.morph.get("VerbForm", []):
            return True  # a conjugated auxiliary: the tagger reads adjectives as verbs too often
    return False


def _added_after_clause(between: str, lex: CasualtyLexicon) -> bool:
    """Whether a figure is added after a comma to the clause of the figure before ("Onze civils
    ont été tués au cours de l'attaque, ainsi que les six assaillants"), however long that clause."""
    opener = between.rsplit(",", 1)[1] if "," in between else None
    if opener is None:
        return False
    words = opener.split()
    if words and normalise_apostrophes(words[-1].lower()) in lex.object_articles:
        words = words[:-1]  # "les"
    return bool(words) and lex.coordinator.fullmatch(" ".join(words)) is not None


def _elided_outcome(ctx: Context, figure: Figure, lex: CasualtyLexicon) -> Outcome | None:
    """The outcome told right after a figure whose noun is left out ("Un soldat a été tué, treize
    ont été faits prisonniers"): its own, however near the outcome of the figure before."""
    if figure.noun is not None:
        return None
    verb = lex.elliptic_after.match(ctx.text, figure.quantity.span.end)
    said = lex.outcomes.search(ctx.text, figure.quantity.span.end, verb.end()) if verb else None
    return cast(Outcome | None, lex.outcome_words.get(word_key(said.group(0)))) if said else None


def _rivalled(ctx: Context, index: int, outcome: str, statements: list[CasualtyStatement],
              lex: CasualtyLexicon) -> CasualtyStatement | None:
    """The running total, given in this sentence or the one before, that another source counts
    differently here ("X avance de son côté le chiffre de 31 morts") or the other side goes on
    with ("Côté israélien, neuf soldats ont péri"), if any."""
    if ctx.search_sentence(lex.competing, index) is None \
            and not names_a_side(ctx, index):
        return None
    told = next((s for s in reversed(statements) if s.outcome == outcome and s.subset_of is None),
                None)
    if told is None or told.scope != "cumulative" or \
            ctx.sentence_index(told.evidence[0].start) < index - 1:
        return None
    return told


def _subset_place(ctx: Context, figure: Figure, place: Location, lex: CasualtyLexicon) -> bool:
    """Whether ``place`` is named after the figure in a clause of a part of it (", dont 103 à
    Almaty"); not when the part is an apposition closed before it ("quatre personnes, dont deux
    militaires, ont été tuées à Sokodé": the whole's place)."""
    start = place.evidence[0].start if place.evidence else -1
    between = ctx.text[figure.end():start] if start > figure.end() else ""
    comma = between.find(",")
    part = between[comma + 1:]
    return comma != -1 and lex.subset_opening.match(part) is not None and "," not in part


def _names_a_source(ctx: Context, index: int, noun: Token) -> bool:
    return any(span.start <= noun.idx < span.end for span in source_spans(ctx, index))


def extract_casualties(ctx: Context) -> tuple[CasualtyStatement, ...]:
    """Every casualty statement of the document, in text order, ids c1, c2..."""
    lex = casualty_lexicon(ctx.lang)
    statements: list[CasualtyStatement] = []
    sentence_sources: dict[int, Source | None] = {}
    previous_end = 0
    figures = [_figure(ctx, quantity, lex) for quantity in find_quantities(ctx.text, ctx.lang)]
    for n, figure in enumerate(figures):
        quantity = figure.quantity
        next_figure = next((f.quantity.span.start for f in figures[n + 1:] if f.noun is not None),
                           None)  # the next figure of people ("deux camps" is none)
        parent = _parent(ctx, figure, statements, lex) or \
            _sibling_subset(ctx, figure, statements, lex)
        rival_of = None
        article = figure.noun is None and _is_article(ctx, quantity, lex)  # "un", "une"
        if figure.noun is None and (parent is None or article):
            # a figure with no people noun counts only when its noun is elided ("en blessant 68")
            # or it is another source's count of the figure before ("…, sept selon les organisateurs")
            rival_of = None if article else _rival_count(ctx, figure, statements, lex)
            elided = parent is None and not article and _elliptic(ctx, figure, statements, lex)
            if not elided and rival_of is None:
                continue
        i = figure.sentence
        if _by_doer(ctx, quantity, lex):
            continue  # "tué par le tir d'un policier": who fired
        if about_disaster(ctx, i) or of_a_disaster(ctx, i, quantity.span.start):
            continue  # "un séisme … a fait au moins deux morts"
        if figure.noun is not None and _names_a_source(ctx, i, figure.noun):
            continue  # "a raconté un habitant qui dit avoir perdu des proches": who speaks
        sent = ctx.sentences[i]
        anaphora = bool(statements) and \
            lex.same_outcome.search(ctx.text, figure.end(), sent.end_char) is not None
        outcome = rival_of.outcome if rival_of is not None else \
            _outcome(ctx, figure, parent, anaphora, statements, lex, previous_end, next_figure)
        if outcome is None:
            continue
        victims = _victims(ctx, figure, parent, statements, lex)
        own_source = source_near(ctx, i, quantity.span.start)
        continues = anaphora or parent is not None or \
            ctx.search_sentence(lex.continuation, i) is not None
        source = own_source or (sentence_sources.get(i - 1) if continues else None)
        sentence_sources[i] = source
        # "neuf personnes y ont péri", "Lashkar Gah, au Helmand, où trois enfants ont été tués"
        told = pronoun_place(ctx, i, quantity.span.start) or relative_place(ctx, i, quantity.span.start)
        named_place = told or sentence_location(ctx, i, near=quantity.span.start, figure=True)
        place = named_place or place_before(ctx, i)
        stmt = CasualtyStatement(id=f"c{len(statements) + 1}", outcome=outcome,
                                 quantity=quantity, victims=victims, scope="incident",
                                 evidence=(ctx.sentence_span(i),), location=place, source=source)
        if parent is not None:  # a subset shares its parent's scope, period and place
            # unless it names its own ("164 personnes, dont 103 à Almaty")
            own_place = place_after(ctx, i, quantity.span.start)
            stmt = replace(stmt, scope=parent.scope, period=parent.period,
                           location=own_place or parent.location, subset_of=parent.id,
                           source=own_source or parent.source)
        elif rival_of is not None:  # another source's count of the same people
            stmt = replace(stmt, victims=rival_of.victims, scope=rival_of.scope, period=rival_of.period,
                           location=rival_of.location)
        elif anaphora and not figure.outcome_noun:  # "l'ont été": the report before goes on
            before = statements[-1]
            stmt = replace(stmt, scope=before.scope, period=before.period,
                           location=place or before.location)
        elif _is_cumulative(ctx, figure, outcome, lex):
            period = _period(ctx, i, lex)
            # a toll of the last few days ("depuis lundi, la campagne de bombardements") is the
            # story's place when the story is in one town; a longer one, or one of a story told
            # in several towns ("224 manifestants arrêtés depuis jeudi"), the conflict's
            # so is one over a few days long past ("entre le 6 et le 13 décembre 2021", in July)
            recent = period is not None and \
                min((ctx.document.published - period.start).days,
                    (period.end - period.start).days) <= LOCAL_TOTAL_DAYS
            lasting = period is not None and \
                (ctx.document.published - period.start).days >= LASTING_TOTAL_DAYS
            area = None if recent and one_town(ctx) else \
                country_location(ctx, recent=recent, lasting=lasting)
            total = total_location(ctx, i, quantity.span.start, lasting=lasting)
            if named_place is not None and _subset_place(ctx, figure, named_place, lex):
                named_place = None  # "164 personnes, dont 103 à Almaty": the part's town
            clause_area = area_after(ctx, i, quantity.span.start)  # "… sont mortes au Chili depuis"
            if ctx.search_sentence(lex.few_days, i):
                total = clause_area = area = None  # "quatre jours de violences": the story's place
            elif period is None and _only_a_sum(ctx, i, lex):
                area = None  # "Au total, au moins 17 personnes ont été enlevées": the story's place
            if outcome in ("displaced", "besieged") and _told_as_total(ctx, figure, lex) is None \
                    and _told_just_before(ctx, place, i, statements):
                # "Les jihadistes se sont emparés de Sinjar ; jusqu'à 200 000 personnes ont fui": a
                # total only by its size, of the people who fled the place the story just told
                area = None
            stmt = replace(stmt, scope="cumulative", period=period,
                           location=told or total or clause_area or named_place or area or place)
            if _shares_the_total(ctx, statements, previous_end, quantity.span.start, i, lex):
                # "22 personnes ont été tuées et une centaine blessées … depuis jeudi": both
                statements[-1] = replace(statements[-1], scope="cumulative", period=period,
                                         location=stmt.location)
        elif (rival := _rivalled(ctx, i, outcome, statements, lex)) is not None:
            # "L'ONG avance de son côté le chiffre de 31 morts": the same running total
            stmt = replace(stmt, scope=rival.scope, period=rival.period,
                           location=named_place if names_a_side(ctx, i) else rival.location)
        statements.append(stmt)
        previous_end = figure.end()
    return tuple(_appositions(ctx, statements))


def _appositions(ctx: Context, statements: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """Figures set between commas or dashes right after another that they add up to ("Sept
    militaires – quatre soldats et trois gendarmes – ont perdu la vie") are its parts."""
    result = list(statements)
    for n, head in enumerate(result):
        parts = (_parts_of(ctx, head, result[n + 1:]) or _closed_parts(ctx, head, result[n + 1:]))\
            if head.subset_of is None else []
        for part in parts:
            result[result.index(part)] = replace(
                part, subset_of=head.id, scope=head.scope, period=head.period,
                location=head.location, source=part.source or head.source)
    return result


def _parts_of(ctx: Context, head: CasualtyStatement,
              following: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """The statements right after ``head``, in its sentence and of its outcome, that an
    apposition opens and that add up to it (at least two), if any."""
    sentence = ctx.sentence_index(head.quantity.span.start)
    parts: list[CasualtyStatement] = []
    for part in following:
        if part.outcome != head.outcome or part.subset_of is not None \
                or ctx.sentence_index(part.quantity.span.start) != sentence:
            break
        parts.append(part)
        if sum(p.quantity.value for p in parts) >= head.quantity.value:
            break
    if len(parts) < 2 or sum(p.quantity.value for p in parts) != head.quantity.value:
        return []
    opener = ctx.text[_noun_end(ctx, head):parts[0].quantity.span.start].strip()
    return parts if APPOSITION.fullmatch(opener) else []


CLOSED_APPOSITION_CHARS = 120  # how long a list set beside a figure may run before it closes


def _closed_parts(ctx: Context, head: CasualtyStatement,
                  following: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """The figures of a list set between commas right after ``head``, closed before the verb,
    though some of its people are told without a figure ("Neuf personnes, huit policiers et
    leur chauffeur, ont été tuées", "tuant deux personnes, un garçon et sa grand-mère, et en
    blessant …"): parts of it, not more dead ("Cinq soldats, deux civils et un policier ont été
    tués" is no apposition: nothing closes it)."""
    lex = casualty_lexicon(ctx.lang)
    sent = ctx.sentence_at(head.quantity.span.start)
    start = _noun_end(ctx, head)
    if not ctx.text[start:sent.end_char].lstrip().startswith(","):
        return []
    limit = min(sent.end_char, start + CLOSED_APPOSITION_CHARS)
    verb = lex.outcomes.search(ctx.text, start, limit)
    stop = verb.start() if verb is not None else limit
    closing = ctx.text.rfind(",", start + 1, stop)
    if closing == -1 or re.search(r"[;:.()«»]", ctx.text[start:closing]):
        return []
    parts: list[CasualtyStatement] = []
    for part in following:
        if part.quantity.span.start >= stop:
            break
        if part.quantity.span.start > closing or part.outcome != head.outcome or part.subset_of is not None:
            return []  # a figure between the list's end and the verb: a list of figures, not of parts
        parts.append(part)
    return parts if parts and sum(p.quantity.value for p in parts) <= head.quantity.value else []


def _noun_end(ctx: Context, stmt: CasualtyStatement) -> int:
    """Where the words naming a statement's people end ("Onze personnes|")."""
    token = _token_at_or_after(ctx, stmt.quantity.span.end)
    return token.idx + len(token) if token is not None else stmt.quantity.span.end
