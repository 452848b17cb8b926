from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext as _


def request_size_limit(get_response):
    """Refuse a request body larger than MPP_MAX_REQUEST_BYTES (413) by its declared
    length, before Django spools it to disk."""

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MPP_MAX_REQUEST_BYTES:
            limit = settings.MPP_MAX_REQUEST_BYTES // (1024 * 1024)
            return HttpResponse(
                _("The upload is too large (more than %(limit)d MB in one go).")
                % {"limit": limit},
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return get_response(request)

    return middleware


def private_pages_not_stored(get_response):
    """Every page served to a signed-in user may show personal data (at least the
    name in the header): no shared cache and no browser cache may keep it, as for the
    document downloads (RELIABILITY 13). Anonymous public pages stay cacheable."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            patch_vary_headers(response, ("Cookie",))
        return response

    return middleware
