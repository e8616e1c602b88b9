"""Membership payments as a small table (a person's, or a household's); a voided one is
struck through and greyed, and says who voided it, when and why (#15)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication

from civicdesk import clock, localtime
from civicdesk.services.payments import PaymentLine

from civicdesk.gui import localized, themes
from civicdesk.gui.models import row_list


def money(cents: int) -> str:
    """In the association's currency, as the locale writes it ("$12.50", "12,50 US$")."""
    return localized.format_money(cents)


def method_label(code: str) -> str:
    """A payment method as a volunteer reads it."""
    return {
        "cash": QCoreApplication.translate("PaymentTable", "Cash"),
        "cheque": QCoreApplication.translate("PaymentTable", "Cheque"),
        "card": QCoreApplication.translate("PaymentTable", "Card"),
        "transfer": QCoreApplication.translate("PaymentTable", "Bank transfer"),
        "other": QCoreApplication.translate("PaymentTable", "Other"),
        "free": QCoreApplication.translate("PaymentTable", "Free membership"),
    }.get(code, code)


def _covers(line: PaymentLine) -> str:
    return localized.format_period(line.period_start, line.period_end)


def _paid_for(line: PaymentLine) -> str:
    if line.for_household:
        return QCoreApplication.translate("PaymentTable", "the whole household")
    return QCoreApplication.translate("PaymentTable", "this person")


def void_text(line: PaymentLine) -> str:
    """"Voided on 3/2/26 by Cole: typed twice." (empty for a payment that counts)."""
    if not line.voided:
        return ""
    return QCoreApplication.translate(
        "PaymentTable", "Voided on {date} by {name}: {reason}").format(
        date=localized.format_date(localtime.to_local(line.voided_at, clock.zone())),
        name=line.voided_by or "?",
        reason=line.void_reason)


def _note(line: PaymentLine) -> str:
    texts = [void_text(line), line.note]
    if line.corrects is not None:
        texts.insert(0, QCoreApplication.translate("PaymentTable", "Corrects a voided payment"))
    return " \u2014 ".join(t for t in texts if t)


class PaymentTableModel(row_list.RowListModel):
    """The payments; a voided row is struck through and greyed, its tooltip and its note
    say who voided it, when and why."""

    def cell(self, row: PaymentLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.voided:
            return f"{self._columns[column][1](row)}\n{void_text(row)}"
        if role == Qt.ItemDataRole.FontRole and row.voided:
            # The note says why: italic, not struck through, so it stays easy to read.
            font = QFont(QApplication.font())
            if column == len(self._columns) - 1:
                font.setItalic(True)
            else:
                font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            # Not the disabled colour: a voided payment is still read (at 4.5:1).
            return QBrush(themes.tone("muted"))
        return super().cell(row, column, role)


def payment_model(parent=None) -> PaymentTableModel:
    """Columns: paid on, amount, period covered, method, for whom, note (and the voiding)."""
    return PaymentTableModel([
        (QCoreApplication.translate("PaymentTable", "Paid on"),
         lambda p: localized.format_date(p.paid_on)),
        (QCoreApplication.translate("PaymentTable", "Amount"), lambda p: money(p.amount_cents)),
        (QCoreApplication.translate("PaymentTable", "Covers"), _covers),
        (QCoreApplication.translate("PaymentTable", "Method"), lambda p: method_label(p.method)),
        (QCoreApplication.translate("PaymentTable", "Paid for"), _paid_for),
        (QCoreApplication.translate("PaymentTable", "Note"), _note),
    ], parent)
