"""No NIK in any log record, whatever its source (RELIABILITY 17).

A NIK reaches a log line by paths no code review catches: PostgreSQL's
`DETAIL: Key (nik)=(...) already exists` inside an IntegrityError traceback, a
library's debug message, a task's arguments. So masking is not left to each call
site: a log-record factory masks every record as it is created, before any handler,
filter or formatter sees it (console, gunicorn, Celery's own handlers, pytest's
caplog), in the message, its arguments, the exception text and the stack text.

Any run of 16 digits (optionally grouped in fours by spaces, dots or dashes) that is
not part of a longer number is shown as `2171********0001`, except inside a UUID
(`84573430-7024-4284-a644-c95e9b27b1e9` starts with 16 digits; a NIK is never
written 8-4-4-4-12 with hex letters), which the audit trail must keep whole.
"""

import logging
import re
import traceback

_NIK_LIKE = re.compile(
    r"(?<![0-9])([0-9]{4})(?:[ .-]?[0-9]{4}){2}[ .-]?([0-9]{4})(?![0-9])"
)


_UUID = re.compile(
    r"(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}"
    r"-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])"
)


def _mask_plain(text: str) -> str:
    return _NIK_LIKE.sub(r"\1********\2", text)


def mask_text(text: str) -> str:
    if "-" not in text:
        return _mask_plain(text)
    parts, last = [], 0
    for uuid in _UUID.finditer(text):
        parts += [_mask_plain(text[last : uuid.start()]), uuid.group()]
        last = uuid.end()
    parts.append(_mask_plain(text[last:]))
    return "".join(parts)


def _masking_factory(base_factory):
    def factory(*args, **kwargs) -> logging.LogRecord:
        record = base_factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: leave it to logging
            return record
        record.msg, record.args = mask_text(message), ()
        if record.exc_info and record.exc_info[0] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = mask_text(text)
            # Handlers that render exc_info themselves would print it unmasked.
            record.exc_info = None
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return record

    factory._mpp_masks_nik = True
    return factory


def install() -> None:
    """Idempotent: wrap the current record factory once."""
    current = logging.getLogRecordFactory()
    if not getattr(current, "_mpp_masks_nik", False):
        logging.setLogRecordFactory(_masking_factory(current))
