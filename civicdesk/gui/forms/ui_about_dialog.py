# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 320)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.icon_label = QLabel(AboutDialog)
        self.icon_label.setObjectName(u"icon_label")
        self.icon_label.setMinimumSize(QSize(72, 72))

        self.header_layout.addWidget(self.icon_label)

        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)


        self.main_layout.addLayout(self.header_layout)

        self.description_label = QLabel(AboutDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.main_layout.addWidget(self.description_label)

        self.details_label = QLabel(AboutDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setWordWrap(True)

        self.main_layout.addWidget(self.details_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)
        self.button_box.rejected.connect(AboutDialog.reject)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About CivicDesk", None))
        self.description_label.setText(QCoreApplication.translate("AboutDialog", u"Members, volunteer shifts, support requests and printed reports for a neighborhood association. Everything stays on this computer.", None))
    # retranslateUi

