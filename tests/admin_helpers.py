"""Helpers shared by the admin tests: what a browser posts and what the admin shows."""

from django.contrib.messages import get_messages
from django.utils import translation


def management_form(prefix: str, *, total: int, initial: int = 0) -> dict:
    """The hidden management fields of an inline formset."""
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def gettext_id(message: str, **params) -> str:
    """`message` in Indonesian, with `params` filled in when given."""
    with translation.override("id"):
        text = translation.gettext(message)
    return text % params if params else text


def missing_message(model, pk) -> str:
    """The warning Django's admin shows when an object is outside the queryset."""
    with translation.override("id"):
        name = str(model._meta.verbose_name)
    return f"{name} dengan ID “{pk}” tidak ada. Mungkin telah dihapus?"


def messages_of(response) -> list[str]:
    return [m.message for m in get_messages(response.wsgi_request)]


def result_list(response) -> list:
    return list(response.context["cl"].result_list)
