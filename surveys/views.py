"""The survey's pages: the form about a finished visit (the citizen's own
application or ticket, or a paper ticket's signed link), the thank-you page, the
mall's public IKM page and the managers' follow-up plans."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from agencies.permissions import actor_for
from applications.models import Application
from backoffice.views import _header, staff_required
from mpp.exceptions import DomainError
from queueing.models import Ticket
from services.models import Service
from surveys import actions, selectors
from surveys.forms import FollowUpPlanForm, SurveyForm
from surveys.models import GRADE_NAMES
from surveys.questionnaire import ELEMENTS

#: How many past years the public page offers.
YEARS_SHOWN = 3


def _survey_page(
    request: HttpRequest,
    *,
    application: Application | None = None,
    ticket: Ticket | None = None,
) -> HttpResponse:
    visit = {"application": application, "ticket": ticket}
    service = application.service if application else ticket.service
    mall = application.mall if application else ticket.mall
    context = {**visit, "service": service, "mall": mall, "state": "form"}
    if selectors.is_rated(**visit):
        context["state"] = "rated"
    elif not selectors.is_finished(**visit):
        context["state"] = "not_finished"
    if context["state"] != "form":
        # A second submission, a double tap or a visit not finished: a clear
        # message, nothing written.
        return render(request, "surveys/survey_form.html", context)
    form = SurveyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.survey_response_create(
                **visit, answers=form.answers(), **form.respondent()
            )
        except actions.AlreadyAnswered:
            context["state"] = "rated"
            return render(request, "surveys/survey_form.html", context)
        except DomainError as error:
            form.add_error(None, str(error))
        else:
            return redirect("surveys:thanks")
    return render(request, "surveys/survey_form.html", context | {"form": form})


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def survey_application(request: HttpRequest, uuid) -> HttpResponse:
    application = selectors.application_for_survey(user=request.user, uuid=uuid)
    return _survey_page(request, application=application)


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def survey_ticket(request: HttpRequest, uuid) -> HttpResponse:
    ticket = selectors.ticket_for_survey(user=request.user, uuid=uuid)
    return _survey_page(request, ticket=ticket)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def survey_walk_in(request: HttpRequest, token: str) -> HttpResponse:
    """The paper ticket's link: no account needed, the signature is the key; the
    response's unique constraint makes it single-use."""
    ticket = selectors.ticket_for_walk_in(token=token)
    return _survey_page(request, ticket=ticket)


@require_safe
def survey_thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "surveys/survey_thanks.html")


# ---------------------------------------------------------------- the index
def _year(request: HttpRequest) -> tuple[int, list[int]]:
    this_year = timezone.localdate().year
    years = list(range(this_year, this_year - YEARS_SHOWN, -1))
    try:
        year = int(request.GET.get("tahun", this_year))
    except ValueError:
        year = this_year
    return (year if year in years else this_year), years


def _named(rows) -> list[dict]:
    """Report rows with their grade's name in the visitor's language."""
    return [
        {
            "row": row,
            "grade": row.grade,
            "grade_name": GRADE_NAMES[row.grade.letter] if row.grade else "",
        }
        for row in rows
    ]


@require_safe
def mall_ikm(request: HttpRequest, slug: str) -> HttpResponse:
    """The mall's satisfaction index for a year, per service, with the mall's and
    the province's totals and the follow-up plans. Not cached whole (a new
    response must show at once); a fixed number of queries."""
    mall = selectors.mall_for_ikm(slug=slug)
    year, years = _year(request)
    period = selectors.Period.year(year)
    services = selectors.ikm_report(level="service", period=period, mall_ids=[mall.pk])
    services.sort(key=lambda row: row.labels["service__name"].lower())
    (mall_total,) = _named(
        selectors.ikm_report(level="mall", period=period, mall_ids=[mall.pk])
    ) or [None]
    (province_total,) = _named(
        selectors.ikm_report(level="province", period=period)
    ) or [None]
    return render(
        request,
        "surveys/mall_ikm.html",
        {
            "mall": mall,
            "year": year,
            "years": years,
            "period": period,
            "services": _named(services),
            "mall_total": mall_total,
            "province_total": province_total,
            "element_nrrs": list(zip(ELEMENTS, mall_total["row"].nrrs, strict=True))
            if mall_total
            else [],
            "plans": selectors.follow_up_plans(mall_ids=[mall.pk], period=period),
        },
    )


@staff_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def follow_up_plans(request: HttpRequest) -> HttpResponse:
    """Mall managers (their malls) and the provincial admin (all) write the
    follow-up plans published on the malls' IKM pages, beside each mall's IKM."""
    actor = actor_for(request.user)
    if not (actor.is_provincial_admin or actor.is_mall_manager):
        raise Http404
    malls = selectors.malls_for_follow_up(actor=actor)
    services = (
        Service.objects.filter(booths__mall__in=malls, is_active=True)
        .distinct()
        .order_by("name")
    )
    form = FollowUpPlanForm(
        request.POST if request.method == "POST" else None,
        malls=malls,
        services=services,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.follow_up_plan_save(
                user=request.user,
                mall=data["mall"],
                service=data["service"],
                period_start=data["period_start"],
                period_end=data["period_end"],
                text=data["text"],
            )
        except DomainError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The follow-up plan is saved and published."))
            return redirect("surveys:follow_up")
    year, _years = _year(request)
    period = selectors.Period.year(year)
    mall_ids = None if actor.is_provincial_admin else list(actor.managed_mall_ids)
    return render(
        request,
        "surveys/follow_up.html",
        {
            **_header(actor),
            "form": form,
            "year": year,
            "malls_ikm": _named(
                selectors.ikm_report(level="mall", period=period, mall_ids=mall_ids)
            ),
            "plans": selectors.follow_up_plans(
                mall_ids=[m.pk for m in malls], period=period
            ),
        },
    )
