"""Every 404 on a scoped object is recorded (RELIABILITY 16): a citizen's or an
officer's attempt at someone else's application, by id, whatever view refused it."""

from django.http import Http404, HttpRequest

from audit.actions import audit_record
from audit.models import AuditAction

#: URL arguments that name a scoped object (applications and their documents).
_OBJECT_KWARGS = ("uuid", "document_id")


class ScopedNotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        match = getattr(request, "resolver_match", None)
        if not isinstance(exception, Http404) or match is None:
            return None
        named = {k: str(v) for k, v in match.kwargs.items() if k in _OBJECT_KWARGS}
        if named:
            audit_record(
                action=AuditAction.ACCESS_DENIED,
                request=request,
                object_repr=f"{match.view_name} {named.get('uuid', '')}".strip(),
                detail={"url": match.view_name, **named, "method": request.method},
            )
        return None  # Django answers with its 404 page as before
