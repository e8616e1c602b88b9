# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancel_shift_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTableView, QVBoxLayout)

class Ui_CancelShiftDialog(object):
    def setupUi(self, CancelShiftDialog):
        if not CancelShiftDialog.objectName():
            CancelShiftDialog.setObjectName(u"CancelShiftDialog")
        CancelShiftDialog.resize(620, 420)
        self.main_layout = QVBoxLayout(CancelShiftDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(CancelShiftDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.people_view = QTableView(CancelShiftDialog)
        self.people_view.setObjectName(u"people_view")
        self.people_view.setTabKeyNavigation(False)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.people_view)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.reason_caption = QLabel(CancelShiftDialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason_edit = QLineEdit(CancelShiftDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(CancelShiftDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.No|QDialogButtonBox.StandardButton.Yes)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_caption.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CancelShiftDialog)
    # setupUi

    def retranslateUi(self, CancelShiftDialog):
        CancelShiftDialog.setWindowTitle(QCoreApplication.translate("CancelShiftDialog", u"Cancel a shift", None))
#if QT_CONFIG(accessibility)
        self.people_view.setAccessibleName(QCoreApplication.translate("CancelShiftDialog", u"People signed up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.people_view.setAccessibleName(QCoreApplication.translate("CancelShiftDialog", u"People to call", None))
#endif // QT_CONFIG(accessibility)
        self.reason_caption.setText(QCoreApplication.translate("CancelShiftDialog", u"&Reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("CancelShiftDialog", u"e.g. the hall is closed for repairs", None))
    # retranslateUi

