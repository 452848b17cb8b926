"""Tracking numbers: random, not sequential, easy to read aloud and type on a phone."""

import secrets

# No 0/O, 1/I/L or U: nothing to confuse when read out or typed.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def tracking_number_new(*, mall_code: str) -> str:
    """E.g. BTM-7KQ2-94XD: 30^8 ≈ 6.6 × 10^11 numbers per mall."""
    blocks = ("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(2))
    return "-".join([mall_code, *blocks])


def tracking_number_normalize(value: str) -> str:
    """What a citizen types ("btm 7kq2 94xd") → "BTM-7KQ2-94XD"."""
    compact = "".join(ch for ch in value.upper() if ch.isascii() and ch.isalnum())
    if len(compact) != 11:
        return compact
    return f"{compact[:3]}-{compact[3:7]}-{compact[7:]}"
