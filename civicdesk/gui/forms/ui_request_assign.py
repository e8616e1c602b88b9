# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_assign.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout)

class Ui_RequestAssignDialog(object):
    def setupUi(self, RequestAssignDialog):
        if not RequestAssignDialog.objectName():
            RequestAssignDialog.setObjectName(u"RequestAssignDialog")
        RequestAssignDialog.resize(900, 560)
        self.main_layout = QVBoxLayout(RequestAssignDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.request_label = QLabel(RequestAssignDialog)
        self.request_label.setObjectName(u"request_label")
        self.request_label.setWordWrap(True)
        self.request_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.request_label)

        self.count_label = QLabel(RequestAssignDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setWordWrap(True)

        self.main_layout.addWidget(self.count_label)

        self.suggestion_view = QTableView(RequestAssignDialog)
        self.suggestion_view.setObjectName(u"suggestion_view")
        self.suggestion_view.setTabKeyNavigation(False)
        self.suggestion_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestion_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestion_view.setAlternatingRowColors(True)
        self.suggestion_view.setWordWrap(False)

        self.main_layout.addWidget(self.suggestion_view)

        self.other_layout = QHBoxLayout()
        self.other_layout.setObjectName(u"other_layout")
        self.other_label = QLabel(RequestAssignDialog)
        self.other_label.setObjectName(u"other_label")

        self.other_layout.addWidget(self.other_label)


        self.main_layout.addLayout(self.other_layout)

        self.reason_label = QLabel(RequestAssignDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)

        self.main_layout.addWidget(self.reason_label)

        self.error_label = QLabel(RequestAssignDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RequestAssignDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(RequestAssignDialog)
    # setupUi

    def retranslateUi(self, RequestAssignDialog):
        RequestAssignDialog.setWindowTitle(QCoreApplication.translate("RequestAssignDialog", u"Choose a helper", None))
#if QT_CONFIG(accessibility)
        self.suggestion_view.setAccessibleName(QCoreApplication.translate("RequestAssignDialog", u"Suggested helpers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.suggestion_view.setAccessibleName(QCoreApplication.translate("RequestAssignDialog", u"Suggested volunteers, best first", None))
#endif // QT_CONFIG(accessibility)
        self.other_label.setText(QCoreApplication.translate("RequestAssignDialog", u"Or someone &else:", None))
    # retranslateUi

