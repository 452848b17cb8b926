from django import template
from django.utils.translation import gettext as _

from services.i18n import localized

register = template.Library()


@register.filter
def rupiah(amount: int | None) -> str:
    """Format a fee: 0 → "Gratis" (Free), 50000 → "Rp 50.000"."""
    if not amount:
        return _("Free")
    return "Rp " + f"{int(amount):,}".replace(",", ".")


@register.filter
def hhmm(value) -> str:
    """07:30 → "07.30", the Indonesian way of writing times."""
    return value.strftime("%H.%M") if value else ""


@register.filter
def tr(obj, field: str) -> str:
    """`{{ service|tr:"name" }}`: the catalogue text in the visitor's language
    (services/i18n.py)."""
    return localized(obj, field)
