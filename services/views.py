from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from agencies import selectors as agency_selectors
from services import selectors
from services.forms import ServiceSearchForm


@require_GET
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


@require_GET
@vary_on_headers("HX-Request")
def service_search(request) -> HttpResponse:
    form = ServiceSearchForm(request.GET or None)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        services = selectors.service_search(
            query=data["q"], mall=data["mall"], agency=data["agency"]
        )
    else:
        # Unknown mall or agency in the query string: show everything, and the error.
        services = selectors.service_search()
    page = Paginator(services, settings.MPP_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "query": request.GET.get("q", "")}
    if request.htmx and request.htmx.target == "search-results":
        return render(request, "services/_search_results.html", context)
    return render(request, "services/service_search.html", context)


@require_GET
def service_detail(request, slug: str) -> HttpResponse:
    service = selectors.service_get_public(slug=slug)
    return render(request, "services/service_detail.html", {"service": service})
