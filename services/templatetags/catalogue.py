from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from services.i18n import localized, wants_english

register = template.Library()


@register.filter
def rupiah(amount: int | None) -> str:
    """Format a fee: 0 → "Gratis" (Free), 50000 → "Rp 50.000"."""
    if not amount:
        return _("Free")
    return "Rp " + f"{int(amount):,}".replace(",", ".")


@register.filter
def hhmm(value) -> str:
    """A time of day as the visitor's language writes it: 07.30 in Indonesian,
    07:30 in English (TIME_FORMAT of mpp/formats/)."""
    return formats.time_format(value) if value else ""


@register.filter
def tr(obj, field: str) -> str:
    """`{{ service|tr:"name" }}`: the catalogue text in the visitor's language
    (services/i18n.py)."""
    return localized(obj, field)


@register.filter
def lang_attr(obj, field: str) -> SafeString:
    """` lang="id"` where `{{ obj|tr:field }}` falls back to Indonesian on an English
    page (so that screen readers read it as Indonesian), else nothing:
    `<h1{{ service|lang_attr:"name" }}>{{ service|tr:"name" }}</h1>`."""
    if not wants_english():
        return mark_safe("")
    if isinstance(obj, dict):
        english, indonesian = obj.get(f"{field}_en"), obj.get(field)
    else:
        english, indonesian = getattr(obj, f"{field}_en", ""), getattr(obj, field)
    if english or not indonesian:
        return mark_safe("")
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')


@register.simple_tag
def language_cookie_name() -> str:
    """The cookie in which set_language remembers a visitor's choice."""
    return settings.LANGUAGE_COOKIE_NAME


@register.simple_tag(takes_context=True)
def page_in_language(context, language: str) -> str:
    """The URL of the current page in `language` (e.g. /en/layanan/… for
    /layanan/…, query kept), or "" where the page has no such version."""
    request = context.get("request")
    if request is None:
        return ""
    path = request.get_full_path()
    url = translate_url(path, language)
    return "" if url == path else url
