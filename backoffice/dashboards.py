"""Dashboards for booth supervisors, mall managers and the provincial admin (issue
10 §3): online applications, the queue, the IKM and complaints over a period, per
mall, booth, agency or service, with charts and CSV/XLSX downloads. Read from
summary rows only (reports.selectors): the query count does not grow with the
period."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from agencies import permissions
from agencies.permissions import actor_for
from backoffice.views import _header, staff_required
from mpp import pagecache
from mpp.privatecache import private_page
from reports import charts, exports, selectors
from reports.forms import DashboardForm

FORMATS = {"csv": "text/csv; charset=utf-8", "xlsx": exports.XLSX_TYPE}


def _chosen(request: HttpRequest):
    """(actor, scope, visible malls, chosen mall id); 404 for who may not see
    dashboards and for a mall outside the actor's own. The visible malls are read
    only to check a chosen mall (else None: the page reads them if it renders);
    the period form is built only by what renders (`_form`)."""
    actor = actor_for(request.user)
    scope = selectors.scope_q(actor)
    if scope is None:
        raise Http404  # officers: their counter's figures are on the console
    malls = None
    mall_id = None
    if request.GET.get("mpp"):
        try:
            mall_id = int(request.GET["mpp"])
        except ValueError:
            raise Http404 from None
        malls = selectors.visible_malls(actor)
        if mall_id not in {pk for pk, _name in malls}:
            raise Http404
    return actor, scope, malls, mall_id


def _form(request: HttpRequest) -> DashboardForm:
    return DashboardForm(request.GET, today=timezone.localdate())


def _summary(form: DashboardForm, scope, mall_id: int | None):
    data = form.cleaned_data
    return selectors.summary_get_cached(
        scope=scope,
        start=data["start"],
        end=data["end"],
        dimension=data["kelompok"],
        mall_id=mall_id,
    )


def _bars(summary: selectors.Summary, slug: str, key: str, unit: str) -> list:
    bars = []
    for group in summary.groups:
        if slug in group.values:
            value = group.values[slug][key]
            bars.append(
                (
                    group.label,
                    value,
                    "–" if value is None else number_format(value, 1) + unit,
                )
            )
    return bars


def _charts(summary: selectors.Summary) -> list[dict]:
    """Completed on time per group (against 100 %), the IKM (against 100, "not yet
    computable" without a bar) and the average wait: bars to
    compare the groups, with the tables beside them for exact reading."""
    out = []
    on_time = _bars(summary, "permohonan", "on_time_share", " %")
    if on_time:
        out.append(
            {
                "id": "chart-on-time",
                "title": _("Applications completed within the time limit (%)"),
                "kind": "issued",
                **charts.horizontal_bars(on_time, top=100),
            }
        )
    scores = []
    for group in summary.groups:
        if "ikm" in group.values:
            value = group.values["ikm"]["_ikm"]
            scores.append(
                (group.label, None, str(selectors.NOT_COMPUTABLE))
                if value is None
                else (group.label, float(value), number_format(value, 2))
            )
    if scores:
        out.append(
            {
                "id": "chart-ikm",
                "title": _("Community satisfaction index (IKM, 25–100)"),
                "kind": "issued",
                **charts.horizontal_bars(scores, top=100),
            }
        )
    waits = _bars(summary, "antrean", "wait_average_min", "")
    if waits:
        out.append(
            {
                "id": "chart-wait",
                "title": _("Average wait in the queue (minutes)"),
                "kind": "served",
                **charts.horizontal_bars(waits),
            }
        )
    return out


@staff_required
@never_cache
@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    return _dashboard_page(request, _chosen(request))


# Rendered once per person, period and grouping until the summary rows, the
# catalogue (mall, agency and service names) or anyone's roles change
# (mpp/privatecache.py); the access checks above run on every request.
@private_page(
    lambda request, chosen: [
        selectors.VERSION_KEY,
        pagecache.VERSION_KEY,
        permissions.ROLES_VERSION_KEY,
    ]
)
def _dashboard_page(request: HttpRequest, chosen) -> HttpResponse:
    actor, scope, malls, mall_id = chosen
    form = _form(request)
    if malls is None:
        malls = selectors.visible_malls(actor)
    context = {
        **_header(actor),
        "form": form,
        "mall_choices": malls,
        "mall_id": mall_id,
        "tables": selectors.TABLES,
        "summary": None,
    }
    if not form.is_valid():
        return render(
            request, "backoffice/dashboards/dashboard.html", context, status=400
        )
    summary = _summary(form, scope, mall_id)
    context |= {
        "summary": summary,
        "sections": [
            {
                "table": table,
                "rows": summary.table_rows(slug),
                "total": summary.total_row(slug),
            }
            for slug, table in selectors.TABLES.items()
        ],
        "charts": _charts(summary),
        "group_label": dict(form.fields["kelompok"].choices)[
            form.cleaned_data["kelompok"]
        ],
    }
    return render(request, "backoffice/dashboards/dashboard.html", context)


@staff_required
@never_cache
@require_safe
def dashboard_download(request: HttpRequest, table: str, fmt: str) -> HttpResponse:
    if table not in selectors.TABLES or fmt not in FORMATS:
        raise Http404
    _actor, scope, _malls, mall_id = _chosen(request)
    form = _form(request)
    if not form.is_valid():
        return HttpResponse(
            " ".join(str(e) for errors in form.errors.values() for e in errors),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    summary = _summary(form, scope, mall_id)
    body = (
        exports.table_csv(summary, table)
        if fmt == "csv"
        else exports.table_xlsx(summary, table)
    )
    response = HttpResponse(body, content_type=FORMATS[fmt])
    name = f"dasbor-{table}-{summary.start:%Y-%m-%d}-{summary.end:%Y-%m-%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
