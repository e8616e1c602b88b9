# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(600, 420)
        self.main_layout = QVBoxLayout(CrashDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.icon_label = QLabel(CrashDialog)
        self.icon_label.setObjectName(u"icon_label")
        self.icon_label.setMinimumSize(QSize(48, 48))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.header_layout.addWidget(self.icon_label)

        self.explanation_label = QLabel(CrashDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.RichText)
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.header_layout.addWidget(self.explanation_label)


        self.main_layout.addLayout(self.header_layout)

        self.details_edit = QPlainTextEdit(CrashDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)

        self.main_layout.addWidget(self.details_edit)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_button = QPushButton(CrashDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.buttons_layout.addWidget(self.copy_button)

        self.open_log_button = QPushButton(CrashDialog)
        self.open_log_button.setObjectName(u"open_log_button")

        self.buttons_layout.addWidget(self.open_log_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.quit_button = QPushButton(CrashDialog)
        self.quit_button.setObjectName(u"quit_button")

        self.buttons_layout.addWidget(self.quit_button)

        self.continue_button = QPushButton(CrashDialog)
        self.continue_button.setObjectName(u"continue_button")

        self.buttons_layout.addWidget(self.continue_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(CrashDialog)

        self.continue_button.setDefault(True)

    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"CivicDesk ran into a problem", None))
#if QT_CONFIG(accessibility)
        self.details_edit.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Technical details", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", u"&Copy details", None))
        self.open_log_button.setText(QCoreApplication.translate("CrashDialog", u"Open the &log folder", None))
        self.quit_button.setText(QCoreApplication.translate("CrashDialog", u"&Quit CivicDesk", None))
        self.continue_button.setText(QCoreApplication.translate("CrashDialog", u"Co&ntinue working", None))
    # retranslateUi

