# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

from civicdesk.gui.widgets.event_combo import EventCombo

class Ui_HoursDialog(object):
    def setupUi(self, HoursDialog):
        if not HoursDialog.objectName():
            HoursDialog.setObjectName(u"HoursDialog")
        HoursDialog.resize(500, 320)
        self.main_layout = QVBoxLayout(HoursDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HoursDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.person_caption = QLabel(HoursDialog)
        self.person_caption.setObjectName(u"person_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_caption)

        self.person_layout = QHBoxLayout()
        self.person_layout.setObjectName(u"person_layout")

        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.person_layout)

        self.day_caption = QLabel(HoursDialog)
        self.day_caption.setObjectName(u"day_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.day_caption)

        self.day_edit = QDateEdit(HoursDialog)
        self.day_edit.setObjectName(u"day_edit")
        self.day_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.day_edit)

        self.time_caption = QLabel(HoursDialog)
        self.time_caption.setObjectName(u"time_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.time_caption)

        self.time_layout = QHBoxLayout()
        self.time_layout.setObjectName(u"time_layout")
        self.hours_spin = QSpinBox(HoursDialog)
        self.hours_spin.setObjectName(u"hours_spin")
        self.hours_spin.setMaximum(24)

        self.time_layout.addWidget(self.hours_spin)

        self.minutes_spin = QSpinBox(HoursDialog)
        self.minutes_spin.setObjectName(u"minutes_spin")
        self.minutes_spin.setMaximum(55)
        self.minutes_spin.setSingleStep(5)

        self.time_layout.addWidget(self.minutes_spin)

        self.time_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.time_layout.addItem(self.time_spacer)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.time_layout)

        self.event_caption = QLabel(HoursDialog)
        self.event_caption.setObjectName(u"event_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.event_caption)

        self.event_combo = EventCombo(HoursDialog)
        self.event_combo.setObjectName(u"event_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.event_combo)

        self.note_caption = QLabel(HoursDialog)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_edit = QLineEdit(HoursDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(HoursDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(HoursDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.day_caption.setBuddy(self.day_edit)
        self.time_caption.setBuddy(self.hours_spin)
        self.event_caption.setBuddy(self.event_combo)
        self.note_caption.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HoursDialog)
    # setupUi

    def retranslateUi(self, HoursDialog):
        HoursDialog.setWindowTitle(QCoreApplication.translate("HoursDialog", u"Log volunteer hours", None))
        self.person_caption.setText(QCoreApplication.translate("HoursDialog", u"&Volunteer:", None))
        self.day_caption.setText(QCoreApplication.translate("HoursDialog", u"&Day:", None))
        self.day_edit.setDisplayFormat(QCoreApplication.translate("HoursDialog", u"dddd d MMMM yyyy", None))
        self.time_caption.setText(QCoreApplication.translate("HoursDialog", u"&Time given:", None))
#if QT_CONFIG(accessibility)
        self.hours_spin.setAccessibleName(QCoreApplication.translate("HoursDialog", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.hours_spin.setSuffix(QCoreApplication.translate("HoursDialog", u" h", None))
#if QT_CONFIG(accessibility)
        self.minutes_spin.setAccessibleName(QCoreApplication.translate("HoursDialog", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_spin.setSuffix(QCoreApplication.translate("HoursDialog", u" min", None))
        self.event_caption.setText(QCoreApplication.translate("HoursDialog", u"&Event:", None))
        self.note_caption.setText(QCoreApplication.translate("HoursDialog", u"&What was done:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("HoursDialog", u"e.g. delivered flyers in the east end", None))
    # retranslateUi

