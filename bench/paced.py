"""The load of `call_next_paced` (bench/run.py): officers who click, then pause.

50 counters, each with its own officer's session, call the next ticket, then mark
it "not present", pausing between clicks for a random half to one and a half times
`pause_ms` (officers click out of step). The latency of a click runs from opening
its connection to the last byte of the answer.

Not wrk: with wrk's `delay()` a connection reopens at once and its request goes out
only after the pause, and a gunicorn sync worker that accepted it waits for that
request the whole pause (the slow client gunicorn's documentation puts behind a
buffering proxy), which measures wrk, not the portal. Here a counter opens its
connection when it clicks, as a browser does.
"""

from __future__ import annotations

import asyncio
import math
import random
import re
import time
from collections import Counter

HELD = re.compile(rb'name="ticket" value="(\d+)"')


def _percentile(ordered: list[float], share: float) -> float:
    """Nearest rank."""
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] if ordered else 0.0


async def _counter(
    port: int,
    counter: str,
    cookie: str,
    csrf: str,
    pause_s: float,
    measure_from: float,
    until: float,
    latencies: list[float],
    errors: Counter,
) -> None:
    held = None
    while True:
        await asyncio.sleep(random.uniform(pause_s / 2, pause_s * 3 / 2))
        if time.monotonic() >= until:
            return
        measured = time.monotonic() >= measure_from
        if held:
            path, body = f"/petugas/loket/{counter}/tidak-hadir/", f"ticket={held}"
        else:
            path, body = f"/petugas/loket/{counter}/panggil/", "expected="
        request = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Cookie: {cookie}\r\nX-CSRFToken: {csrf}\r\nHX-Request: true\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}"
        ).encode()
        start = time.perf_counter()
        writer = None
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            await writer.drain()
            answer = await asyncio.wait_for(reader.read(), timeout=10)
        except TimeoutError:
            errors["timeout"] += measured
            held = None
            continue
        except OSError:
            errors["connect"] += measured
            held = None
            continue
        finally:
            if writer is not None:
                writer.close()
        if measured:
            latencies.append((time.perf_counter() - start) * 1000)
        if answer[9:12] != b"200" or b"alert-danger" in answer:
            # a refusal ("the counter changed"): counted, and the console it
            # shows tells what the counter holds
            errors["unexpected"] += measured
            found = HELD.search(answer)
            held = found.group(1).decode() if found else None
            continue
        found = HELD.search(answer)
        held = found.group(1).decode() if found else None


async def _run(port, counters, cookies, csrf, pause_s, warmup, seconds, found):
    measure_from = time.monotonic() + warmup
    until = measure_from + seconds
    await asyncio.gather(
        *(
            _counter(port, counter, cookie, csrf, pause_s, measure_from, until, *found)
            for counter, cookie in zip(counters, cookies, strict=True)
        )
    )


def run(
    *,
    port: int,
    counters: list[str],
    cookies: list[str],
    csrf: str,
    pause_ms: int,
    seconds: int,
    warmup: int = 2,
) -> dict:
    """Click for `warmup` seconds, then measure for `seconds` (the counters go on
    from the warm-up: what each holds is known); the keys of wrk's report
    (bench/report.lua)."""
    latencies: list[float] = []
    errors: Counter = Counter()
    asyncio.run(
        _run(
            port,
            counters,
            cookies,
            csrf,
            pause_ms / 1000,
            warmup,
            seconds,
            (latencies, errors),
        )
    )
    ordered = sorted(latencies)
    return {
        # per measured second: clicks sent after the deadline are not made
        "rps": round(len(latencies) / seconds, 2),
        "p50_ms": round(_percentile(ordered, 0.50), 3),
        "p95_ms": round(_percentile(ordered, 0.95), 3),
        "p99_ms": round(_percentile(ordered, 0.99), 3),
        "requests": len(latencies),
        "unexpected": errors["unexpected"],
        "connect": errors["connect"],
        "read": 0,
        "write": 0,
        "timeout": errors["timeout"],
    }
