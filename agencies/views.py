from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from agencies import selectors
from services import selectors as service_selectors
from services.i18n import localized


@require_safe
def mall_detail(request, slug: str) -> HttpResponse:
    mall = selectors.mall_get_public(slug=slug)
    # Booths by agency name as the visitor reads it (the English names sort apart).
    mall.active_booths.sort(key=lambda booth: localized(booth.agency, "name").lower())
    return render(
        request,
        "agencies/mall_detail.html",
        {"mall": mall, "today": selectors.today_local()},
    )


@require_safe
def agency_list(request) -> HttpResponse:
    return render(
        request,
        "agencies/agency_list.html",
        {"agencies": selectors.agency_list_with_service_counts()},
    )


@require_safe
def agency_detail(request, slug: str) -> HttpResponse:
    agency = selectors.agency_get_public(slug=slug)
    services = service_selectors.service_list_for_agency(agency=agency)
    page = Paginator(services, settings.MPP_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "agencies/agency_detail.html",
        {"agency": agency, "page": page},
    )
