from django.conf import settings
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import add_never_cache_headers, patch_vary_headers

from mpp import views


def request_size_limit(get_response):
    """Refuse a request body larger than MPP_MAX_REQUEST_BYTES (413) by its declared
    length, before Django spools it to disk.

    This runs before the session, language and authentication middleware (and must:
    the CSRF check reads the body). The 413 page is still drawn like any other page,
    in the visitor's language and with their header: those middleware are run here
    for it alone, none of which reads the body."""
    too_large_page = SessionMiddleware(
        LocaleMiddleware(
            CsrfViewMiddleware(AuthenticationMiddleware(views.request_too_large))
        )
    )

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MPP_MAX_REQUEST_BYTES:
            return too_large_page(request)
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
