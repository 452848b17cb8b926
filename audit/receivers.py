"""Django's sign-in signals, turned into audit rows (connected in AuditConfig.ready:
these signals come from Django and allauth, so listening is the only way in)."""

from audit import actions
from audit.models import AuditAction


def mask_login(login: str) -> str:
    """What a failed sign-in tried, without telling whose account it was:
    "warga@demo.mpp.id" becomes "wa***@demo.mpp.id"."""
    local, at, domain = login.strip().partition("@")
    return f"{local[:2]}***{at}{domain}"[:100]


def signed_in(sender, request, user, **kwargs) -> None:
    actions.audit_record(action=AuditAction.SIGN_IN, request=request, actor=user)


def sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    # Django has already replaced the password in `credentials` by asterisks; only
    # the login is kept, masked.
    login = (
        credentials.get("email")
        or credentials.get("login")
        or credentials.get("username")
        or ""
    )
    actions.audit_record(
        action=AuditAction.SIGN_IN_FAILED,
        request=request,
        detail={"login": mask_login(str(login))},
    )
