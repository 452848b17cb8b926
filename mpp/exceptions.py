from django.utils.translation import gettext


class DomainError(Exception):
    """A business rule refused the request; the message is safe to show to the user."""


class InvalidTransition(DomainError):
    """A status change the workflow does not allow from the current status (often a
    second tab or a stale page)."""

    def __init__(self, *, current: str, target: str) -> None:
        self.current = current
        self.target = target
        super().__init__(
            gettext(
                "This cannot be done any more: the application changed in the "
                "meantime. Reload the page to see its current status."
            )
        )
