class DomainError(Exception):
    """A business rule refused the request; the message is safe to show to the user."""


class InvalidTransition(DomainError):
    def __init__(self, *, current: str, target: str) -> None:
        self.current = current
        self.target = target
        super().__init__(f"Cannot go from {current} to {target}.")
