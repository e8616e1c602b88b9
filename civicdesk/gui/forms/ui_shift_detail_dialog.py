# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shift_detail_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ShiftDetailDialog(object):
    def setupUi(self, ShiftDetailDialog):
        if not ShiftDetailDialog.objectName():
            ShiftDetailDialog.setObjectName(u"ShiftDetailDialog")
        ShiftDetailDialog.resize(760, 560)
        self.main_layout = QVBoxLayout(ShiftDetailDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(ShiftDetailDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.main_layout.addWidget(self.title_label)

        self.details_label = QLabel(ShiftDetailDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.details_label)

        self.cancelled_label = QLabel(ShiftDetailDialog)
        self.cancelled_label.setObjectName(u"cancelled_label")
        self.cancelled_label.setWordWrap(True)

        self.main_layout.addWidget(self.cancelled_label)

        self.shift_actions_layout = QHBoxLayout()
        self.shift_actions_layout.setObjectName(u"shift_actions_layout")
        self.sign_up_button = QPushButton(ShiftDetailDialog)
        self.sign_up_button.setObjectName(u"sign_up_button")

        self.shift_actions_layout.addWidget(self.sign_up_button)

        self.edit_button = QPushButton(ShiftDetailDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.shift_actions_layout.addWidget(self.edit_button)

        self.edit_series_button = QPushButton(ShiftDetailDialog)
        self.edit_series_button.setObjectName(u"edit_series_button")

        self.shift_actions_layout.addWidget(self.edit_series_button)

        self.cancel_shift_button = QPushButton(ShiftDetailDialog)
        self.cancel_shift_button.setObjectName(u"cancel_shift_button")

        self.shift_actions_layout.addWidget(self.cancel_shift_button)

        self.print_signin_button = QPushButton(ShiftDetailDialog)
        self.print_signin_button.setObjectName(u"print_signin_button")

        self.shift_actions_layout.addWidget(self.print_signin_button)

        self.shift_actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shift_actions_layout.addItem(self.shift_actions_spacer)


        self.main_layout.addLayout(self.shift_actions_layout)

        self.signups_caption = QLabel(ShiftDetailDialog)
        self.signups_caption.setObjectName(u"signups_caption")

        self.main_layout.addWidget(self.signups_caption)

        self.signups_view = QTableView(ShiftDetailDialog)
        self.signups_view.setObjectName(u"signups_view")
        self.signups_view.setTabKeyNavigation(False)
        self.signups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signups_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.main_layout.addWidget(self.signups_view)

        self.attendance_layout = QHBoxLayout()
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.attendance_caption = QLabel(ShiftDetailDialog)
        self.attendance_caption.setObjectName(u"attendance_caption")

        self.attendance_layout.addWidget(self.attendance_caption)

        self.attended_button = QPushButton(ShiftDetailDialog)
        self.attended_button.setObjectName(u"attended_button")

        self.attendance_layout.addWidget(self.attended_button)

        self.no_show_button = QPushButton(ShiftDetailDialog)
        self.no_show_button.setObjectName(u"no_show_button")

        self.attendance_layout.addWidget(self.no_show_button)

        self.cancel_signup_button = QPushButton(ShiftDetailDialog)
        self.cancel_signup_button.setObjectName(u"cancel_signup_button")

        self.attendance_layout.addWidget(self.cancel_signup_button)

        self.hours_button = QPushButton(ShiftDetailDialog)
        self.hours_button.setObjectName(u"hours_button")

        self.attendance_layout.addWidget(self.hours_button)

        self.attendance_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendance_layout.addItem(self.attendance_spacer)

        self.all_attended_button = QPushButton(ShiftDetailDialog)
        self.all_attended_button.setObjectName(u"all_attended_button")

        self.attendance_layout.addWidget(self.all_attended_button)


        self.main_layout.addLayout(self.attendance_layout)

        self.button_box = QDialogButtonBox(ShiftDetailDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.signups_caption.setBuddy(self.signups_view)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ShiftDetailDialog)
    # setupUi

    def retranslateUi(self, ShiftDetailDialog):
        ShiftDetailDialog.setWindowTitle(QCoreApplication.translate("ShiftDetailDialog", u"Shift", None))
        self.sign_up_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"&Sign someone up\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"&Edit shift\u2026", None))
        self.edit_series_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"Edit the &repeating series\u2026", None))
        self.cancel_shift_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"Cancel this shi&ft\u2026", None))
        self.print_signin_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"&Print sign-in sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_signin_button.setToolTip(QCoreApplication.translate("ShiftDetailDialog", u"A sheet for the clipboard: the people signed up, blank rows, time in, signature, time out.", None))
#endif // QT_CONFIG(tooltip)
        self.signups_caption.setText(QCoreApplication.translate("ShiftDetailDialog", u"People on this shift:", None))
#if QT_CONFIG(accessibility)
        self.signups_view.setAccessibleName(QCoreApplication.translate("ShiftDetailDialog", u"People signed up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signups_view.setAccessibleName(QCoreApplication.translate("ShiftDetailDialog", u"People on this shift", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_caption.setText(QCoreApplication.translate("ShiftDetailDialog", u"Selected:", None))
        self.attended_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"&Attended", None))
        self.no_show_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"Did &not come", None))
        self.cancel_signup_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"&Cancel sign-up", None))
        self.hours_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"Correct &hours\u2026", None))
        self.all_attended_button.setText(QCoreApplication.translate("ShiftDetailDialog", u"E&veryone came", None))
    # retranslateUi

