"""A dashboard table as CSV or XLSX: the page's headers (in the active language,
Indonesian by default), numbers as numbers."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from django.utils.functional import Promise
from django.utils.translation import gettext as _

from reports.forms import GROUP_CHOICES
from reports.selectors import TABLES, Summary

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _header(summary: Summary, slug: str) -> list[str]:
    first = dict(GROUP_CHOICES)[summary.dimension]
    return [str(first), _("Details"), *(str(c.header) for c in TABLES[slug].columns)]


def _cells(values: list) -> list:
    """Translatable texts (an IKM "not yet computable") as plain strings."""
    return [str(v) if isinstance(v, Promise) else v for v in values]


def _lines(summary: Summary, slug: str) -> list[list]:
    rows = [
        [group.label, group.detail, *_cells(values)]
        for group, values in summary.table_rows(slug)
    ]
    rows.append([_("Total"), "", *_cells(summary.total_row(slug))])
    return rows


def table_csv(summary: Summary, slug: str) -> bytes:
    """UTF-8 with a byte order mark, which spreadsheet programs need to read
    non-ASCII names right; empty cells for figures without a value."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_header(summary, slug))
    for line in _lines(summary, slug):
        writer.writerow(["" if cell is None else cell for cell in line])
    return ("\ufeff" + out.getvalue()).encode()


def table_xlsx(summary: Summary, slug: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(TABLES[slug].title)[:31]  # Excel's limit
    sheet.append(_header(summary, slug))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for line in _lines(summary, slug):
        sheet.append(line)
    sheet.column_dimensions["A"].width = 40
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
