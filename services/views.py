from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from agencies import selectors as agency_selectors
from agencies.constants import AgencyKind
from services import selectors
from services.forms import ServiceSearchForm


@require_safe
def home(request) -> HttpResponse:
    # Agencies in groups by kind (national, provincial, …, in AgencyKind's order), so
    # that a phone shows a few closed groups rather than one long grid.
    agencies = list(agency_selectors.agency_list_with_service_counts())
    agency_groups = [
        {"label": label, "agencies": members}
        for kind, label in AgencyKind.choices
        if (members := [agency for agency in agencies if agency.kind == kind])
    ]
    return render(
        request,
        "services/home.html",
        {
            "malls": agency_selectors.mall_list_with_today_hours(),
            "agencies": agencies,
            "agency_groups": agency_groups,
            # Searches that find services in every mall, as citizens word them
            # (the catalogue is searched in Indonesian whatever the page's language).
            "frequent_searches": [
                "Paspor",
                "SKCK",
                "Akta kelahiran",
                "SIM",
                "NPWP",
                "BPJS",
            ],
            "today": agency_selectors.today_local(),
        },
    )


@require_safe
@vary_on_headers("HX-Request")
def service_search(request) -> HttpResponse:
    form = ServiceSearchForm(request.GET or None)
    # An unknown mall or agency (an old link) is shown as an error next to its field;
    # the fields that are valid still filter.
    data = {}
    if form.is_bound:
        form.is_valid()  # fills cleaned_data with the fields that are valid
        data = form.cleaned_data
    # A query too long for the field (a pasted sentence) is searched by its start,
    # with the field's error shown next to it.
    query = data.get("q", request.GET.get("q", "")[: form.fields["q"].max_length])
    search = selectors.service_search(
        query=query,
        mall=data.get("mall"),
        agency=data.get("agency"),
        page=request.GET.get("page"),
        per_page=settings.MPP_PAGE_SIZE,
    )
    context = {"form": form, "search": search, "page": search.page, "query": query}
    if request.htmx and request.htmx.target == "search-results":
        return render(request, "services/_search_results.html", context)
    return render(request, "services/service_search.html", context)


@require_safe
def service_detail(request, slug: str) -> HttpResponse:
    service = selectors.service_get_public(slug=slug)
    return render(request, "services/service_detail.html", {"service": service})
