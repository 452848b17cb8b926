"""QR codes as inline SVG: the queue ticket's own and its survey link (segno)."""

import segno

from django.utils.safestring import mark_safe


def qr_svg(data: str, *, scale: int, title: str) -> str:
    """`data` as an inline SVG QR code (no script, no style attribute: the CSP
    holds), sized by CSS through its viewBox."""
    # segno writes only numbers, its own attribute names and the escaped title.
    return mark_safe(
        segno.make(data, error="m").svg_inline(
            scale=scale, omitsize=True, svgclass="qr", title=title, border=2
        )
    )
