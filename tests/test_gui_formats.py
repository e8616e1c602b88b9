"""The window writes dates and money by the locale (real widgets): the payments list, the
payment form's date boxes and amount, and the report form's large-print switch."""

import io
from datetime import date

import pdfplumber
import pytest

from civicdesk import clock, i18n, localformat
from civicdesk.reports import catalog
from civicdesk.services import payments, people
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.payment_dialog import PaymentDialog
from civicdesk.gui.models import payment_table
from civicdesk.gui.reports.options_form import OptionsForm
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def speak(language: str, country: str, currency: str = "USD") -> None:
    i18n.set_language(language)
    localformat.set_region(country, currency)


@pytest.fixture
def ann(db, actor):
    pid = people.create_person(actor, {"first_name": "Ann", "last_name": "Lee"}).id
    payments.record_payment(actor, {"person": pid, "amount_cents": 123450,
                                    "paid_on": date(2026, 12, 5), "method": "cash",
                                    "period_start": date(2026, 12, 5),
                                    "period_end": date(2027, 12, 4)})
    return pid


@pytest.fixture
def context(db_path):
    return AppContext(db_path=db_path, actor=Actor("Tess Tester"),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.mark.parametrize("language, country, currency, paid, amount, covers", [
    ("en", "US", "USD", "12/5/26", "$1,234.50", "12/5/26 \u2013 12/4/27"),
    ("es", "ES", "EUR", "5/12/26", "1234,50\u00a0€", "5/12/26 \u2013 4/12/27"),
    ("es", "MX", "MXN", "05/12/26", "$1,234.50", "05/12/26 \u2013 04/12/27"),
    ("fr", "FR", "USD", "05/12/2026", "1\u202f234,50\u00a0$US", "05/12/2026 \u2013 04/12/2027"),
])
def test_the_payments_list_follows_the_locale(qapp, qtmodeltester, ann, language, country,
                                              currency, paid, amount, covers):
    speak(language, country, currency)
    model = payment_table.payment_model()
    model.set_rows(payments.payments_of(ann))
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(3)] == [paid, amount, covers]


def test_the_payment_form_types_dates_and_money_the_french_way(qtbot, context, ann):
    speak("fr", "FR", "USD")
    dialog = PaymentDialog(context, lambda actor, values: None)
    qtbot.add_widget(dialog)
    dialog.load("Ann Lee", None, payments.offer_for_person(ann, None, None))
    clock_day = clock.today()
    assert dialog.ui.paid_on_edit.text() == f"{clock_day:%d/%m/%Y}"
    assert dialog.ui.amount_spin.suffix() == " $US" and dialog.ui.amount_spin.prefix() == ""
    assert dialog.ui.amount_spin.text() == "1234,50 $US"  # a decimal comma
    assert dialog.values()["amount_cents"] == 123450


def test_the_payment_form_puts_the_dollar_first_in_english(qtbot, context, ann):
    dialog = PaymentDialog(context, lambda actor, values: None)
    qtbot.add_widget(dialog)
    dialog.load("Ann Lee", None, payments.offer_for_person(ann, None, None))
    assert dialog.ui.amount_spin.prefix() == "$ " and dialog.ui.amount_spin.suffix() == ""
    assert dialog.ui.period_end_edit.displayFormat() == "M/d/yyyy"


@pytest.mark.parametrize("name, offered", [("roster", True), ("calls", True),
                                           ("signin", True), ("labels", False),
                                           ("hours", False)])
def test_the_report_form_offers_large_print_where_the_report_has_it(qtbot, context, db, name,
                                                                    offered):
    form = OptionsForm(context, name)
    qtbot.add_widget(form)
    assert ("large_print" in form.editors) is offered
    if offered:
        assert form.values()["large_print"] is False


def test_ticking_large_print_prints_the_roster_in_16_pt(qtbot, context, ann, actor):
    form = OptionsForm(context, "roster")
    qtbot.add_widget(form)
    form.set_value("status", "everyone")
    form.editors["large_print"].click()
    pdf = catalog.build("roster", form.values(), actor)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words(extra_attrs=["size"])
    assert {round(w["size"], 1) for w in words if w["text"] in ("Ann", "Lee")} == {16.0}
