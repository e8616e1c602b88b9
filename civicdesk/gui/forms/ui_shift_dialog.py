# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shift_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from civicdesk.gui.widgets.event_combo import EventCombo
from civicdesk.gui.widgets.time_edit import TimeEdit

class Ui_ShiftDialog(object):
    def setupUi(self, ShiftDialog):
        if not ShiftDialog.objectName():
            ShiftDialog.setObjectName(u"ShiftDialog")
        ShiftDialog.resize(560, 640)
        self.main_layout = QVBoxLayout(ShiftDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ShiftDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.event_caption = QLabel(ShiftDialog)
        self.event_caption.setObjectName(u"event_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.event_caption)

        self.event_combo = EventCombo(ShiftDialog)
        self.event_combo.setObjectName(u"event_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_combo)

        self.title_caption = QLabel(ShiftDialog)
        self.title_caption.setObjectName(u"title_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_caption)

        self.title_edit = QLineEdit(ShiftDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.date_caption = QLabel(ShiftDialog)
        self.date_caption.setObjectName(u"date_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_caption)

        self.date_edit = QDateEdit(ShiftDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.time_caption = QLabel(ShiftDialog)
        self.time_caption.setObjectName(u"time_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.time_caption)

        self.time_layout = QHBoxLayout()
        self.time_layout.setObjectName(u"time_layout")
        self.start_edit = TimeEdit(ShiftDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.time_layout.addWidget(self.start_edit)

        self.to_label = QLabel(ShiftDialog)
        self.to_label.setObjectName(u"to_label")

        self.time_layout.addWidget(self.to_label)

        self.end_edit = TimeEdit(ShiftDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.time_layout.addWidget(self.end_edit)

        self.next_day_label = QLabel(ShiftDialog)
        self.next_day_label.setObjectName(u"next_day_label")

        self.time_layout.addWidget(self.next_day_label)

        self.time_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.time_layout.addItem(self.time_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.time_layout)

        self.location_caption = QLabel(ShiftDialog)
        self.location_caption.setObjectName(u"location_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_caption)

        self.location_edit = QLineEdit(ShiftDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.capacity_caption = QLabel(ShiftDialog)
        self.capacity_caption.setObjectName(u"capacity_caption")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacity_caption)

        self.capacity_spin = QSpinBox(ShiftDialog)
        self.capacity_spin.setObjectName(u"capacity_spin")
        self.capacity_spin.setMinimum(1)
        self.capacity_spin.setMaximum(1000)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capacity_spin)

        self.skill_caption = QLabel(ShiftDialog)
        self.skill_caption.setObjectName(u"skill_caption")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.skill_caption)

        self.skill_combo = QComboBox(ShiftDialog)
        self.skill_combo.setObjectName(u"skill_combo")
        self.skill_combo.setEditable(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.skill_combo)

        self.notes_caption = QLabel(ShiftDialog)
        self.notes_caption.setObjectName(u"notes_caption")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_caption)

        self.notes_edit = QPlainTextEdit(ShiftDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.repeat_check = QCheckBox(ShiftDialog)
        self.repeat_check.setObjectName(u"repeat_check")

        self.main_layout.addWidget(self.repeat_check)

        self.repeat_group = QGroupBox(ShiftDialog)
        self.repeat_group.setObjectName(u"repeat_group")
        self.repeat_layout = QVBoxLayout(self.repeat_group)
        self.repeat_layout.setObjectName(u"repeat_layout")
        self.weekday_layout = QHBoxLayout()
        self.weekday_layout.setObjectName(u"weekday_layout")
        self.weekday_caption = QLabel(self.repeat_group)
        self.weekday_caption.setObjectName(u"weekday_caption")

        self.weekday_layout.addWidget(self.weekday_caption)

        self.weekdays_box = QWidget(self.repeat_group)
        self.weekdays_box.setObjectName(u"weekdays_box")
        self.weekdays_layout = QHBoxLayout(self.weekdays_box)
        self.weekdays_layout.setObjectName(u"weekdays_layout")
        self.weekdays_layout.setContentsMargins(0, 0, 0, 0)
        self.mon_check = QCheckBox(self.weekdays_box)
        self.mon_check.setObjectName(u"mon_check")

        self.weekdays_layout.addWidget(self.mon_check)

        self.tue_check = QCheckBox(self.weekdays_box)
        self.tue_check.setObjectName(u"tue_check")

        self.weekdays_layout.addWidget(self.tue_check)

        self.wed_check = QCheckBox(self.weekdays_box)
        self.wed_check.setObjectName(u"wed_check")

        self.weekdays_layout.addWidget(self.wed_check)

        self.thu_check = QCheckBox(self.weekdays_box)
        self.thu_check.setObjectName(u"thu_check")

        self.weekdays_layout.addWidget(self.thu_check)

        self.fri_check = QCheckBox(self.weekdays_box)
        self.fri_check.setObjectName(u"fri_check")

        self.weekdays_layout.addWidget(self.fri_check)

        self.sat_check = QCheckBox(self.weekdays_box)
        self.sat_check.setObjectName(u"sat_check")

        self.weekdays_layout.addWidget(self.sat_check)

        self.sun_check = QCheckBox(self.weekdays_box)
        self.sun_check.setObjectName(u"sun_check")

        self.weekdays_layout.addWidget(self.sun_check)


        self.weekday_layout.addWidget(self.weekdays_box)

        self.weekday_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekday_layout.addItem(self.weekday_spacer)


        self.repeat_layout.addLayout(self.weekday_layout)

        self.interval_layout = QHBoxLayout()
        self.interval_layout.setObjectName(u"interval_layout")
        self.interval_caption = QLabel(self.repeat_group)
        self.interval_caption.setObjectName(u"interval_caption")

        self.interval_layout.addWidget(self.interval_caption)

        self.interval_spin = QSpinBox(self.repeat_group)
        self.interval_spin.setObjectName(u"interval_spin")
        self.interval_spin.setMinimum(1)
        self.interval_spin.setMaximum(52)

        self.interval_layout.addWidget(self.interval_spin)

        self.interval_unit = QLabel(self.repeat_group)
        self.interval_unit.setObjectName(u"interval_unit")

        self.interval_layout.addWidget(self.interval_unit)

        self.interval_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interval_layout.addItem(self.interval_spacer)


        self.repeat_layout.addLayout(self.interval_layout)

        self.until_layout = QHBoxLayout()
        self.until_layout.setObjectName(u"until_layout")
        self.until_radio = QRadioButton(self.repeat_group)
        self.until_radio.setObjectName(u"until_radio")

        self.until_layout.addWidget(self.until_radio)

        self.until_edit = QDateEdit(self.repeat_group)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)

        self.until_layout.addWidget(self.until_edit)

        self.times_radio = QRadioButton(self.repeat_group)
        self.times_radio.setObjectName(u"times_radio")

        self.until_layout.addWidget(self.times_radio)

        self.times_spin = QSpinBox(self.repeat_group)
        self.times_spin.setObjectName(u"times_spin")
        self.times_spin.setMinimum(1)
        self.times_spin.setMaximum(9999)

        self.until_layout.addWidget(self.times_spin)

        self.until_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.until_layout.addItem(self.until_spacer)


        self.repeat_layout.addLayout(self.until_layout)


        self.main_layout.addWidget(self.repeat_group)

        self.error_label = QLabel(ShiftDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ShiftDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.event_caption.setBuddy(self.event_combo)
        self.title_caption.setBuddy(self.title_edit)
        self.date_caption.setBuddy(self.date_edit)
        self.time_caption.setBuddy(self.start_edit)
        self.location_caption.setBuddy(self.location_edit)
        self.capacity_caption.setBuddy(self.capacity_spin)
        self.skill_caption.setBuddy(self.skill_combo)
        self.notes_caption.setBuddy(self.notes_edit)
        self.interval_caption.setBuddy(self.interval_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.event_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.capacity_spin)
        QWidget.setTabOrder(self.capacity_spin, self.skill_combo)
        QWidget.setTabOrder(self.skill_combo, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.repeat_check)

        self.retranslateUi(ShiftDialog)
    # setupUi

    def retranslateUi(self, ShiftDialog):
        ShiftDialog.setWindowTitle(QCoreApplication.translate("ShiftDialog", u"Shift", None))
        self.event_caption.setText(QCoreApplication.translate("ShiftDialog", u"&Event:", None))
        self.title_caption.setText(QCoreApplication.translate("ShiftDialog", u"&Role:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("ShiftDialog", u"e.g. Driver, Sorting, Kitchen", None))
        self.date_caption.setText(QCoreApplication.translate("ShiftDialog", u"&Day:", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("ShiftDialog", u"dddd d MMMM yyyy", None))
        self.time_caption.setText(QCoreApplication.translate("ShiftDialog", u"&Time:", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("ShiftDialog", u"Starts", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("ShiftDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.end_edit.setAccessibleName(QCoreApplication.translate("ShiftDialog", u"Ends", None))
#endif // QT_CONFIG(accessibility)
        self.next_day_label.setText(QCoreApplication.translate("ShiftDialog", u"(the next day)", None))
        self.location_caption.setText(QCoreApplication.translate("ShiftDialog", u"&Where:", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("ShiftDialog", u"Leave empty for the event's place", None))
        self.capacity_caption.setText(QCoreApplication.translate("ShiftDialog", u"&Places:", None))
        self.capacity_spin.setSuffix(QCoreApplication.translate("ShiftDialog", u" people", None))
        self.skill_caption.setText(QCoreApplication.translate("ShiftDialog", u"&Needs skill:", None))
#if QT_CONFIG(tooltip)
        self.skill_combo.setToolTip(QCoreApplication.translate("ShiftDialog", u"Volunteers with this skill are offered first", None))
#endif // QT_CONFIG(tooltip)
        self.notes_caption.setText(QCoreApplication.translate("ShiftDialog", u"N&otes:", None))
        self.repeat_check.setText(QCoreApplication.translate("ShiftDialog", u"Repeat ever&y week", None))
        self.weekday_caption.setText(QCoreApplication.translate("ShiftDialog", u"On:", None))
#if QT_CONFIG(accessibility)
        self.weekdays_box.setAccessibleName(QCoreApplication.translate("ShiftDialog", u"Weekdays", None))
#endif // QT_CONFIG(accessibility)
        self.mon_check.setText(QCoreApplication.translate("ShiftDialog", u"Mon", None))
        self.tue_check.setText(QCoreApplication.translate("ShiftDialog", u"Tue", None))
        self.wed_check.setText(QCoreApplication.translate("ShiftDialog", u"Wed", None))
        self.thu_check.setText(QCoreApplication.translate("ShiftDialog", u"Thu", None))
        self.fri_check.setText(QCoreApplication.translate("ShiftDialog", u"Fri", None))
        self.sat_check.setText(QCoreApplication.translate("ShiftDialog", u"Sat", None))
        self.sun_check.setText(QCoreApplication.translate("ShiftDialog", u"Sun", None))
        self.interval_caption.setText(QCoreApplication.translate("ShiftDialog", u"E&very", None))
        self.interval_unit.setText(QCoreApplication.translate("ShiftDialog", u"week(s)", None))
        self.until_radio.setText(QCoreApplication.translate("ShiftDialog", u"&Until", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("ShiftDialog", u"d MMMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.until_edit.setAccessibleName(QCoreApplication.translate("ShiftDialog", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.times_radio.setText(QCoreApplication.translate("ShiftDialog", u"or this many ti&mes:", None))
#if QT_CONFIG(accessibility)
        self.times_spin.setAccessibleName(QCoreApplication.translate("ShiftDialog", u"Number of times", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

