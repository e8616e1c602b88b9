# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_follow_up.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequestFollowUpDialog(object):
    def setupUi(self, RequestFollowUpDialog):
        if not RequestFollowUpDialog.objectName():
            RequestFollowUpDialog.setObjectName(u"RequestFollowUpDialog")
        RequestFollowUpDialog.resize(480, 280)
        self.main_layout = QVBoxLayout(RequestFollowUpDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.request_label = QLabel(RequestFollowUpDialog)
        self.request_label.setObjectName(u"request_label")
        self.request_label.setWordWrap(True)

        self.main_layout.addWidget(self.request_label)

        self.date_layout = QHBoxLayout()
        self.date_layout.setObjectName(u"date_layout")
        self.again_check = QCheckBox(RequestFollowUpDialog)
        self.again_check.setObjectName(u"again_check")

        self.date_layout.addWidget(self.again_check)

        self.date_edit = QDateEdit(RequestFollowUpDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.date_layout.addWidget(self.date_edit)

        self.date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_layout.addItem(self.date_spacer)


        self.main_layout.addLayout(self.date_layout)

        self.note_label = QLabel(RequestFollowUpDialog)
        self.note_label.setObjectName(u"note_label")

        self.main_layout.addWidget(self.note_label)

        self.note_edit = QPlainTextEdit(RequestFollowUpDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.note_edit)

        self.error_label = QLabel(RequestFollowUpDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RequestFollowUpDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.again_check, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.note_edit)

        self.retranslateUi(RequestFollowUpDialog)
    # setupUi

    def retranslateUi(self, RequestFollowUpDialog):
        RequestFollowUpDialog.setWindowTitle(QCoreApplication.translate("RequestFollowUpDialog", u"Follow-up", None))
        self.again_check.setText(QCoreApplication.translate("RequestFollowUpDialog", u"Follow up &again on:", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("RequestFollowUpDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("RequestFollowUpDialog", u"Next follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("RequestFollowUpDialog", u"What came of the follow-up (&optional):", None))
    # retranslateUi

