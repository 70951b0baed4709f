"""Per-language resources, kept as data files in ``lang/<code>/``.

Adding a language means adding a folder with ``language.yaml`` and the lexicons the extract
stages read; no code changes. ``language.yaml`` names the spaCy packages and the stop words used
to detect the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bilan.errors import LanguageError, ResourceError

LANG_ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    name: str
    models: dict[str, str]  # short name -> spaCy package, e.g. "sm" -> "fr_core_news_sm"
    default_model: str
    stopwords: frozenset[str]


def available_languages() -> tuple[str, ...]:
    """Codes of the languages bilan has resources for."""
    return tuple(sorted(p.name for p in LANG_ROOT.iterdir() if (p / "language.yaml").is_file()))


@cache
def load_lexicon(code: str, name: str) -> Any:
    """The parsed YAML file ``lang/<code>/<name>.yaml``."""
    path = LANG_ROOT / code / f"{name}.yaml"
    if code not in available_languages():
        raise LanguageError(f"unknown language {code!r}: bilan has resources for "
                            f"{', '.join(available_languages())}")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"{path}: missing language resource {name!r} for {code!r}") from None
    except yaml.YAMLError as e:
        raise ResourceError(f"{path}: not valid YAML: {e}") from None


@cache
def language_info(code: str) -> LanguageInfo:
    data = load_lexicon(code, "language")
    try:
        models = {str(k): str(v) for k, v in data["models"].items()}
        info = LanguageInfo(code=code, name=str(data["name"]), models=models,
                            default_model=str(data["default_model"]),
                            stopwords=frozenset(str(w) for w in data["stopwords"]))
    except (KeyError, TypeError, AttributeError) as e:
        raise ResourceError(f"{LANG_ROOT / code / 'language.yaml'}: expected keys name, models, "
                            f"default_model, stopwords ({e!r})") from None
    if info.default_model not in info.models:
        raise ResourceError(f"{LANG_ROOT / code / 'language.yaml'}: default_model "
                            f"{info.default_model!r} is not one of {sorted(info.models)}")
    return info
