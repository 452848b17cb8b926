from django.conf import settings
from django.http import HttpRequest, HttpResponse
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
