from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from agencies import selectors as agency_selectors
from mpp.pagination import window_page
from services import selectors
from services.forms import ServiceSearchForm


@require_safe
def home(request) -> HttpResponse:
    return render(
        request,
        "services/home.html",
        {
            "malls": agency_selectors.mall_list_with_today_hours(),
            "agencies": agency_selectors.agency_list_with_service_counts(),
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
    services = selectors.service_search(
        query=data.get("q", ""), mall=data.get("mall"), agency=data.get("agency")
    )
    page = window_page(services, request.GET.get("page"), settings.MPP_PAGE_SIZE)
    context = {"form": form, "page": page, "query": request.GET.get("q", "")}
    if request.htmx and request.htmx.target == "search-results":
        return render(request, "services/_search_results.html", context)
    return render(request, "services/service_search.html", context)


@require_safe
def service_detail(request, slug: str) -> HttpResponse:
    service = selectors.service_get_public(slug=slug)
    return render(request, "services/service_detail.html", {"service": service})
