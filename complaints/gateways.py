"""SP4N-LAPOR!, the national complaints system: a complaint may be forwarded there.

The gateway is a class named by the setting MPP_LAPOR_GATEWAY (a dotted path; the
default is the console gateway, which only logs). A gateway has
`forward(*, complaint) -> str`, returning LAPOR!'s reference, and raises
LaporGatewayError when the forward did not happen.
"""

import itertools
import logging
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

DEFAULT_GATEWAY = "complaints.gateways.ConsoleLaporGateway"


class LaporGatewayError(Exception):
    """The national system refused the complaint or could not be reached."""


class LaporGateway(Protocol):
    def forward(self, *, complaint) -> str: ...


class ConsoleLaporGateway:
    """For development and tests: logs the forward and returns LAPOR-FAKE-<n>."""

    _numbers = itertools.count(1)

    def forward(self, *, complaint) -> str:
        reference = f"LAPOR-FAKE-{next(self._numbers)}"
        # The tracking number only: no complainant's data in the log.
        logger.info(
            "SP4N-LAPOR! forward of %s: %s", complaint.tracking_number, reference
        )
        return reference


def lapor_gateway() -> LaporGateway:
    path = getattr(settings, "MPP_LAPOR_GATEWAY", "") or DEFAULT_GATEWAY
    return import_string(path)()
