# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(480, 420)
        self.main_layout = QVBoxLayout(PaymentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.payer_label = QLabel(PaymentDialog)
        self.payer_label.setObjectName(u"payer_label")
        self.payer_label.setWordWrap(True)

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.payer_label)

        self.whole_household_check = QCheckBox(PaymentDialog)
        self.whole_household_check.setObjectName(u"whole_household_check")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whole_household_check)

        self.amount_label = QLabel(PaymentDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_spin = QDoubleSpinBox(PaymentDialog)
        self.amount_spin.setObjectName(u"amount_spin")
        self.amount_spin.setDecimals(2)
        self.amount_spin.setMaximum(1000000.000000000000000)
        self.amount_spin.setSingleStep(5.000000000000000)

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount_spin)

        self.amount_cents_error = QLabel(PaymentDialog)
        self.amount_cents_error.setObjectName(u"amount_cents_error")
        self.amount_cents_error.setWordWrap(True)

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount_cents_error)

        self.paid_on_label = QLabel(PaymentDialog)
        self.paid_on_label.setObjectName(u"paid_on_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paid_on_label)

        self.paid_on_edit = QDateEdit(PaymentDialog)
        self.paid_on_edit.setObjectName(u"paid_on_edit")
        self.paid_on_edit.setCalendarPopup(True)
        self.paid_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paid_on_edit)

        self.paid_on_error = QLabel(PaymentDialog)
        self.paid_on_error.setObjectName(u"paid_on_error")
        self.paid_on_error.setWordWrap(True)

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paid_on_error)

        self.period_start_label = QLabel(PaymentDialog)
        self.period_start_label.setObjectName(u"period_start_label")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.period_start_label)

        self.period_start_edit = QDateEdit(PaymentDialog)
        self.period_start_edit.setObjectName(u"period_start_edit")
        self.period_start_edit.setCalendarPopup(True)
        self.period_start_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.period_start_edit)

        self.period_start_error = QLabel(PaymentDialog)
        self.period_start_error.setObjectName(u"period_start_error")
        self.period_start_error.setWordWrap(True)

        self.fields_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.period_start_error)

        self.period_end_label = QLabel(PaymentDialog)
        self.period_end_label.setObjectName(u"period_end_label")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.period_end_label)

        self.period_end_edit = QDateEdit(PaymentDialog)
        self.period_end_edit.setObjectName(u"period_end_edit")
        self.period_end_edit.setCalendarPopup(True)
        self.period_end_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.period_end_edit)

        self.period_end_error = QLabel(PaymentDialog)
        self.period_end_error.setObjectName(u"period_end_error")
        self.period_end_error.setWordWrap(True)

        self.fields_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.period_end_error)

        self.method_label = QLabel(PaymentDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_combo = QComboBox(PaymentDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.note_label = QLabel(PaymentDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(PaymentDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.fields_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.note_error = QLabel(PaymentDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)

        self.fields_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.note_error)

        self.reason_label = QLabel(PaymentDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(PaymentDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(PaymentDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.fields_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.fields_form)

        self.errors_label = QLabel(PaymentDialog)
        self.errors_label.setObjectName(u"errors_label")
        self.errors_label.setWordWrap(True)

        self.main_layout.addWidget(self.errors_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PaymentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount_spin)
        self.paid_on_label.setBuddy(self.paid_on_edit)
        self.period_start_label.setBuddy(self.period_start_edit)
        self.period_end_label.setBuddy(self.period_end_edit)
        self.method_label.setBuddy(self.method_combo)
        self.note_label.setBuddy(self.note_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Record a payment", None))
        self.whole_household_check.setText(QCoreApplication.translate("PaymentDialog", u"Paid for the &whole household", None))
        self.amount_label.setText(QCoreApplication.translate("PaymentDialog", u"&Amount", None))
        self.paid_on_label.setText(QCoreApplication.translate("PaymentDialog", u"&Paid on", None))
        self.period_start_label.setText(QCoreApplication.translate("PaymentDialog", u"Covers &from", None))
        self.period_end_label.setText(QCoreApplication.translate("PaymentDialog", u"Covers &until", None))
        self.method_label.setText(QCoreApplication.translate("PaymentDialog", u"&Method", None))
        self.note_label.setText(QCoreApplication.translate("PaymentDialog", u"&Note", None))
        self.reason_label.setText(QCoreApplication.translate("PaymentDialog", u"Why &corrected", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"What was wrong, e.g. the amount was 300, not 30", None))
    # retranslateUi

