# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(480, 340)
        self.main_layout = QVBoxLayout(EventDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_caption = QLabel(EventDialog)
        self.name_caption.setObjectName(u"name_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption)

        self.name_edit = QLineEdit(EventDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.location_caption = QLabel(EventDialog)
        self.location_caption.setObjectName(u"location_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.location_caption)

        self.location_edit = QLineEdit(EventDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.colour_caption = QLabel(EventDialog)
        self.colour_caption.setObjectName(u"colour_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.colour_caption)

        self.colour_layout = QHBoxLayout()
        self.colour_layout.setObjectName(u"colour_layout")
        self.colour_swatch = QLabel(EventDialog)
        self.colour_swatch.setObjectName(u"colour_swatch")
        self.colour_swatch.setMinimumSize(QSize(40, 22))
        self.colour_swatch.setFrameShape(QFrame.Shape.Box)

        self.colour_layout.addWidget(self.colour_swatch)

        self.colour_edit = QLineEdit(EventDialog)
        self.colour_edit.setObjectName(u"colour_edit")
        self.colour_edit.setMaximumSize(QSize(90, 16777215))

        self.colour_layout.addWidget(self.colour_edit)

        self.colour_button = QPushButton(EventDialog)
        self.colour_button.setObjectName(u"colour_button")

        self.colour_layout.addWidget(self.colour_button)

        self.colour_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colour_layout.addItem(self.colour_spacer)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.colour_layout)

        self.description_caption = QLabel(EventDialog)
        self.description_caption.setObjectName(u"description_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_caption)

        self.description_edit = QPlainTextEdit(EventDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(EventDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(EventDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_caption.setBuddy(self.name_edit)
        self.location_caption.setBuddy(self.location_edit)
        self.colour_caption.setBuddy(self.colour_button)
        self.description_caption.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.colour_edit)
        QWidget.setTabOrder(self.colour_edit, self.colour_button)
        QWidget.setTabOrder(self.colour_button, self.description_edit)

        self.retranslateUi(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Event", None))
        self.name_caption.setText(QCoreApplication.translate("EventDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. Food pantry", None))
        self.location_caption.setText(QCoreApplication.translate("EventDialog", u"&Where:", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Address or room; shifts can name their own", None))
        self.colour_caption.setText(QCoreApplication.translate("EventDialog", u"&Colour:", None))
#if QT_CONFIG(accessibility)
        self.colour_edit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Colour code", None))
#endif // QT_CONFIG(accessibility)
        self.colour_button.setText(QCoreApplication.translate("EventDialog", u"C&hoose\u2026", None))
        self.description_caption.setText(QCoreApplication.translate("EventDialog", u"&Description:", None))
    # retranslateUi

