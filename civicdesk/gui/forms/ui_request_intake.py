# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_intake.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequestIntakeDialog(object):
    def setupUi(self, RequestIntakeDialog):
        if not RequestIntakeDialog.objectName():
            RequestIntakeDialog.setObjectName(u"RequestIntakeDialog")
        RequestIntakeDialog.resize(680, 640)
        self.main_layout = QVBoxLayout(RequestIntakeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.saved_label = QLabel(RequestIntakeDialog)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setWordWrap(True)

        self.main_layout.addWidget(self.saved_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.form_layout.setVerticalSpacing(8)
        self.requester_label = QLabel(RequestIntakeDialog)
        self.requester_label.setObjectName(u"requester_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requester_label)

        self.requester_layout = QHBoxLayout()
        self.requester_layout.setObjectName(u"requester_layout")
        self.new_neighbour_button = QPushButton(RequestIntakeDialog)
        self.new_neighbour_button.setObjectName(u"new_neighbour_button")
        self.new_neighbour_button.setCheckable(True)

        self.requester_layout.addWidget(self.new_neighbour_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.requester_layout)

        self.new_neighbour_box = QWidget(RequestIntakeDialog)
        self.new_neighbour_box.setObjectName(u"new_neighbour_box")
        self.new_neighbour_layout = QHBoxLayout(self.new_neighbour_box)
        self.new_neighbour_layout.setObjectName(u"new_neighbour_layout")
        self.new_neighbour_layout.setContentsMargins(0, 0, 0, 0)
        self.first_name_edit = QLineEdit(self.new_neighbour_box)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.new_neighbour_layout.addWidget(self.first_name_edit)

        self.last_name_edit = QLineEdit(self.new_neighbour_box)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.new_neighbour_layout.addWidget(self.last_name_edit)

        self.phone_edit = QLineEdit(self.new_neighbour_box)
        self.phone_edit.setObjectName(u"phone_edit")

        self.new_neighbour_layout.addWidget(self.phone_edit)


        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_neighbour_box)

        self.requester_error = QLabel(RequestIntakeDialog)
        self.requester_error.setObjectName(u"requester_error")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requester_error)

        self.category_label = QLabel(RequestIntakeDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.kind_layout = QHBoxLayout()
        self.kind_layout.setSpacing(12)
        self.kind_layout.setObjectName(u"kind_layout")
        self.category_combo = QComboBox(RequestIntakeDialog)
        self.category_combo.setObjectName(u"category_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.category_combo.sizePolicy().hasHeightForWidth())
        self.category_combo.setSizePolicy(sizePolicy)

        self.kind_layout.addWidget(self.category_combo)

        self.urgency_label = QLabel(RequestIntakeDialog)
        self.urgency_label.setObjectName(u"urgency_label")

        self.kind_layout.addWidget(self.urgency_label)

        self.urgency_combo = QComboBox(RequestIntakeDialog)
        self.urgency_combo.setObjectName(u"urgency_combo")
        sizePolicy.setHeightForWidth(self.urgency_combo.sizePolicy().hasHeightForWidth())
        self.urgency_combo.setSizePolicy(sizePolicy)

        self.kind_layout.addWidget(self.urgency_combo)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.kind_layout)

        self.summary_label = QLabel(RequestIntakeDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QLineEdit(RequestIntakeDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMaxLength(200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.summary_error = QLabel(RequestIntakeDialog)
        self.summary_error.setObjectName(u"summary_error")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summary_error)

        self.details_label = QLabel(RequestIntakeDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details_edit = QPlainTextEdit(RequestIntakeDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.details_edit)

        self.area_label = QLabel(RequestIntakeDialog)
        self.area_label.setObjectName(u"area_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_edit = QLineEdit(RequestIntakeDialog)
        self.area_edit.setObjectName(u"area_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.area_edit)

        self.due_check = QCheckBox(RequestIntakeDialog)
        self.due_check.setObjectName(u"due_check")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.due_check)

        self.dates_layout = QHBoxLayout()
        self.dates_layout.setObjectName(u"dates_layout")
        self.due_edit = QDateEdit(RequestIntakeDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)

        self.dates_layout.addWidget(self.due_edit)

        self.follow_up_check = QCheckBox(RequestIntakeDialog)
        self.follow_up_check.setObjectName(u"follow_up_check")

        self.dates_layout.addWidget(self.follow_up_check)

        self.follow_up_edit = QDateEdit(RequestIntakeDialog)
        self.follow_up_edit.setObjectName(u"follow_up_edit")
        self.follow_up_edit.setCalendarPopup(True)

        self.dates_layout.addWidget(self.follow_up_edit)

        self.dates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_layout.addItem(self.dates_spacer)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.dates_layout)

        self.due_warning = QLabel(RequestIntakeDialog)
        self.due_warning.setObjectName(u"due_warning")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.due_warning)


        self.main_layout.addLayout(self.form_layout)

        self.sensitive_box = QGroupBox(RequestIntakeDialog)
        self.sensitive_box.setObjectName(u"sensitive_box")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.sensitive_box.sizePolicy().hasHeightForWidth())
        self.sensitive_box.setSizePolicy(sizePolicy1)
        self.sensitive_layout = QVBoxLayout(self.sensitive_box)
        self.sensitive_layout.setObjectName(u"sensitive_layout")
        self.sensitive_edit = QPlainTextEdit(self.sensitive_box)
        self.sensitive_edit.setObjectName(u"sensitive_edit")
        self.sensitive_edit.setTabChangesFocus(True)
        self.sensitive_edit.setMaximumSize(QSize(16777215, 70))

        self.sensitive_layout.addWidget(self.sensitive_edit)


        self.main_layout.addWidget(self.sensitive_box)

        self.error_label = QLabel(RequestIntakeDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.keys_label = QLabel(RequestIntakeDialog)
        self.keys_label.setObjectName(u"keys_label")

        self.buttons_layout.addWidget(self.keys_label)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_new_button = QPushButton(RequestIntakeDialog)
        self.save_new_button.setObjectName(u"save_new_button")
        self.save_new_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_new_button)

        self.save_button = QPushButton(RequestIntakeDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(RequestIntakeDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.category_label.setBuddy(self.category_combo)
        self.urgency_label.setBuddy(self.urgency_combo)
        self.summary_label.setBuddy(self.summary_edit)
        self.details_label.setBuddy(self.details_edit)
        self.area_label.setBuddy(self.area_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.new_neighbour_button, self.first_name_edit)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.urgency_combo)
        QWidget.setTabOrder(self.urgency_combo, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.details_edit)
        QWidget.setTabOrder(self.details_edit, self.area_edit)
        QWidget.setTabOrder(self.area_edit, self.due_check)
        QWidget.setTabOrder(self.due_check, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.follow_up_check)
        QWidget.setTabOrder(self.follow_up_check, self.follow_up_edit)
        QWidget.setTabOrder(self.follow_up_edit, self.sensitive_edit)
        QWidget.setTabOrder(self.sensitive_edit, self.save_new_button)
        QWidget.setTabOrder(self.save_new_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(RequestIntakeDialog)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, RequestIntakeDialog):
        RequestIntakeDialog.setWindowTitle(QCoreApplication.translate("RequestIntakeDialog", u"New support request", None))
        self.requester_label.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Requester:", None))
        self.new_neighbour_button.setText(QCoreApplication.translate("RequestIntakeDialog", u"New &neighbour", None))
#if QT_CONFIG(tooltip)
        self.new_neighbour_button.setToolTip(QCoreApplication.translate("RequestIntakeDialog", u"Someone who is not on file yet: just a name and a phone number (Alt+N)", None))
#endif // QT_CONFIG(tooltip)
        self.first_name_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"First name", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"First name of the new neighbour", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Last name", None))
#if QT_CONFIG(accessibility)
        self.last_name_edit.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Last name of the new neighbour", None))
#endif // QT_CONFIG(accessibility)
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Phone number of the new neighbour", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Category:", None))
        self.urgency_label.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Urgency:", None))
        self.summary_label.setText(QCoreApplication.translate("RequestIntakeDialog", u"Su&mmary:", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"In a few words, e.g. \u201cRide to the clinic on Tuesday\u201d", None))
        self.details_label.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Details:", None))
        self.details_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"What a helper needs to know (shown on the printed ticket)", None))
        self.area_label.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Area:", None))
        self.area_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Neighbourhood (filled in from the requester's address)", None))
        self.due_check.setText(QCoreApplication.translate("RequestIntakeDialog", u"Due &by:", None))
        self.due_edit.setDisplayFormat(QCoreApplication.translate("RequestIntakeDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.follow_up_check.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Follow up on:", None))
        self.follow_up_edit.setDisplayFormat(QCoreApplication.translate("RequestIntakeDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.follow_up_edit.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.sensitive_box.setTitle(QCoreApplication.translate("RequestIntakeDialog", u"Sensitive notes (only coordinators see these; never printed)", None))
#if QT_CONFIG(accessibility)
        self.sensitive_edit.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Sensitive notes", None))
#endif // QT_CONFIG(accessibility)
        self.keys_label.setText(QCoreApplication.translate("RequestIntakeDialog", u"Ctrl+S save \u00b7 Ctrl+Shift+S save and start the next \u00b7 Esc close", None))
        self.save_new_button.setText(QCoreApplication.translate("RequestIntakeDialog", u"Save and ne&w", None))
        self.save_button.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("RequestIntakeDialog", u"Close", None))
    # retranslateUi

