"""`{% survey_invitation %}` for templates/surveys/_invite.html, and the paper
ticket's survey QR code."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from mpp.qr import qr_svg
from surveys import actions, selectors

register = template.Library()


@register.simple_tag
def survey_invitation(application=None, ticket=None) -> dict | None:
    """Where to rate a finished visit and whether it was rated; None (and no
    query) while the visit is not finished. A ticket held by an account is rated
    there after sign-in; a walk-in ticket through its signed link."""
    # A name missing from the including template's context arrives as "".
    if application:
        if not selectors.is_finished(application=application):
            return None
        url = reverse("surveys:application", kwargs={"uuid": application.uuid})
        return {"url": url, "rated": selectors.is_rated(application=application)}
    if not ticket or not selectors.is_finished(ticket=ticket):
        return None
    if ticket.citizen_id:
        url = reverse("surveys:ticket", kwargs={"uuid": ticket.uuid})
    else:
        url = reverse(
            "surveys:walk_in", kwargs={"token": actions.walk_in_token(ticket)}
        )
    return {"url": url, "rated": selectors.is_rated(ticket=ticket)}


@register.simple_tag(takes_context=True)
def walk_in_survey_qr(context, ticket) -> dict:
    """The paper ticket's survey link (signed, absolute) and its QR code."""
    request = context["request"]
    url = request.build_absolute_uri(
        reverse("surveys:walk_in", kwargs={"token": actions.walk_in_token(ticket)})
    )
    return {"url": url, "qr": qr_svg(url, scale=3, title=_("Rate this service"))}
