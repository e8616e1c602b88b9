# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

from civicdesk.gui.widgets.event_combo import EventCombo

class Ui_SignupDialog(object):
    def setupUi(self, SignupDialog):
        if not SignupDialog.objectName():
            SignupDialog.setObjectName(u"SignupDialog")
        SignupDialog.resize(700, 480)
        self.main_layout = QVBoxLayout(SignupDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(SignupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.person_box = QWidget(SignupDialog)
        self.person_box.setObjectName(u"person_box")
        self.person_layout = QHBoxLayout(self.person_box)
        self.person_layout.setObjectName(u"person_layout")
        self.person_layout.setContentsMargins(0, 0, 0, 0)
        self.person_caption = QLabel(self.person_box)
        self.person_caption.setObjectName(u"person_caption")

        self.person_layout.addWidget(self.person_caption)


        self.main_layout.addWidget(self.person_box)

        self.shifts_box = QWidget(SignupDialog)
        self.shifts_box.setObjectName(u"shifts_box")
        self.shifts_layout = QVBoxLayout(self.shifts_box)
        self.shifts_layout.setObjectName(u"shifts_layout")
        self.shifts_layout.setContentsMargins(0, 0, 0, 0)
        self.shift_filter_layout = QHBoxLayout()
        self.shift_filter_layout.setObjectName(u"shift_filter_layout")
        self.event_caption = QLabel(self.shifts_box)
        self.event_caption.setObjectName(u"event_caption")

        self.shift_filter_layout.addWidget(self.event_caption)

        self.event_combo = EventCombo(self.shifts_box)
        self.event_combo.setObjectName(u"event_combo")

        self.shift_filter_layout.addWidget(self.event_combo)

        self.shift_filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shift_filter_layout.addItem(self.shift_filter_spacer)


        self.shifts_layout.addLayout(self.shift_filter_layout)

        self.shifts_view = QTableView(self.shifts_box)
        self.shifts_view.setObjectName(u"shifts_view")
        self.shifts_view.setTabKeyNavigation(False)
        self.shifts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shifts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shifts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.shifts_layout.addWidget(self.shifts_view)


        self.main_layout.addWidget(self.shifts_box)

        self.error_label = QLabel(SignupDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.override_group = QGroupBox(SignupDialog)
        self.override_group.setObjectName(u"override_group")
        self.override_layout = QFormLayout(self.override_group)
        self.override_layout.setObjectName(u"override_layout")
        self.override_explanation = QLabel(self.override_group)
        self.override_explanation.setObjectName(u"override_explanation")
        self.override_explanation.setWordWrap(True)

        self.override_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.override_explanation)

        self.reason_caption = QLabel(self.override_group)
        self.reason_caption.setObjectName(u"reason_caption")

        self.override_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason_edit = QLineEdit(self.override_group)
        self.reason_edit.setObjectName(u"reason_edit")

        self.override_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addWidget(self.override_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SignupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.event_caption.setBuddy(self.event_combo)
        self.reason_caption.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignupDialog)
    # setupUi

    def retranslateUi(self, SignupDialog):
        SignupDialog.setWindowTitle(QCoreApplication.translate("SignupDialog", u"Sign up for a shift", None))
        self.person_caption.setText(QCoreApplication.translate("SignupDialog", u"&Volunteer:", None))
        self.event_caption.setText(QCoreApplication.translate("SignupDialog", u"&Event:", None))
#if QT_CONFIG(accessibility)
        self.shifts_view.setAccessibleName(QCoreApplication.translate("SignupDialog", u"Shifts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shifts_view.setAccessibleName(QCoreApplication.translate("SignupDialog", u"Shifts with open places", None))
#endif // QT_CONFIG(accessibility)
        self.override_group.setTitle(QCoreApplication.translate("SignupDialog", u"Sign up anyway", None))
        self.override_explanation.setText(QCoreApplication.translate("SignupDialog", u"As a coordinator you may allow the overlap. Say why; it is recorded.", None))
        self.reason_caption.setText(QCoreApplication.translate("SignupDialog", u"&Reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("SignupDialog", u"e.g. leaves the first shift early to drive", None))
    # retranslateUi

