# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'void_payment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_VoidPaymentDialog(object):
    def setupUi(self, VoidPaymentDialog):
        if not VoidPaymentDialog.objectName():
            VoidPaymentDialog.setObjectName(u"VoidPaymentDialog")
        VoidPaymentDialog.resize(460, 220)
        self.main_layout = QVBoxLayout(VoidPaymentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.payment_label = QLabel(VoidPaymentDialog)
        self.payment_label.setObjectName(u"payment_label")
        self.payment_label.setWordWrap(True)

        self.main_layout.addWidget(self.payment_label)

        self.explanation_label = QLabel(VoidPaymentDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason_label = QLabel(VoidPaymentDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(VoidPaymentDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(VoidPaymentDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.fields_form)

        self.errors_label = QLabel(VoidPaymentDialog)
        self.errors_label.setObjectName(u"errors_label")
        self.errors_label.setWordWrap(True)

        self.main_layout.addWidget(self.errors_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(VoidPaymentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VoidPaymentDialog)
    # setupUi

    def retranslateUi(self, VoidPaymentDialog):
        VoidPaymentDialog.setWindowTitle(QCoreApplication.translate("VoidPaymentDialog", u"Void a payment", None))
        self.explanation_label.setText(QCoreApplication.translate("VoidPaymentDialog", u"The payment stays on file, struck through, with your name, today's date and the reason. It no longer counts for the dues, which are worked out again.", None))
        self.reason_label.setText(QCoreApplication.translate("VoidPaymentDialog", u"&Reason", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("VoidPaymentDialog", u"e.g. recorded twice, cheque bounced", None))
    # retranslateUi

