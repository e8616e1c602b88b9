# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_note.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_RequestNoteDialog(object):
    def setupUi(self, RequestNoteDialog):
        if not RequestNoteDialog.objectName():
            RequestNoteDialog.setObjectName(u"RequestNoteDialog")
        RequestNoteDialog.resize(480, 260)
        self.main_layout = QVBoxLayout(RequestNoteDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prompt_label = QLabel(RequestNoteDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.main_layout.addWidget(self.prompt_label)

        self.note_edit = QPlainTextEdit(RequestNoteDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.note_edit)

        self.error_label = QLabel(RequestNoteDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RequestNoteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.prompt_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestNoteDialog)
    # setupUi

    def retranslateUi(self, RequestNoteDialog):
        RequestNoteDialog.setWindowTitle(QCoreApplication.translate("RequestNoteDialog", u"Note", None))
    # retranslateUi

