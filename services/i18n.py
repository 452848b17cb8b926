"""The catalogue in the visitor's language.

Catalogue text is entered in Indonesian, with an optional English version beside it
in a `<field>_en` column (services, requirements, procedure steps, form fields,
agencies). Under /en/ the English text is shown where one was entered, else the
Indonesian: a service nobody translated still reads whole.

A plain pair of columns instead of django-modeltranslation: the catalogue has one
second language, and plain columns keep `.only()` / `.values()` reads and the search
index simple (see issue 9).
"""

from collections.abc import Mapping
from typing import Any

from django.utils.translation import get_language


def wants_english() -> bool:
    return (get_language() or "").startswith("en")


def localized(obj: Any, field: str) -> str:
    """`obj.<field>` in the active language: its `<field>_en` under English when
    not empty, else the Indonesian. `obj` may be a model or a `.values()` row."""
    if isinstance(obj, Mapping):
        if wants_english() and obj.get(f"{field}_en"):
            return obj[f"{field}_en"]
        return obj.get(field, "")
    if wants_english():
        english = getattr(obj, f"{field}_en", "")
        if english:
            return english
    return getattr(obj, field)
