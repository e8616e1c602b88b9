# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from civicdesk.gui.widgets.tag_edit import TagEdit

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        PersonEditor.resize(960, 720)
        self.editor_layout = QVBoxLayout(PersonEditor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.errors_label = QLabel(PersonEditor)
        self.errors_label.setObjectName(u"errors_label")
        self.errors_label.setWordWrap(True)

        self.editor_layout.addWidget(self.errors_label)

        self.duplicates_frame = QFrame(PersonEditor)
        self.duplicates_frame.setObjectName(u"duplicates_frame")
        self.duplicates_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicates_layout = QVBoxLayout(self.duplicates_frame)
        self.duplicates_layout.setObjectName(u"duplicates_layout")
        self.duplicates_label = QLabel(self.duplicates_frame)
        self.duplicates_label.setObjectName(u"duplicates_label")
        self.duplicates_label.setWordWrap(True)

        self.duplicates_layout.addWidget(self.duplicates_label)

        self.duplicates_list = QListWidget(self.duplicates_frame)
        self.duplicates_list.setObjectName(u"duplicates_list")
        self.duplicates_list.setMaximumSize(QSize(16777215, 110))

        self.duplicates_layout.addWidget(self.duplicates_list)

        self.duplicates_buttons = QHBoxLayout()
        self.duplicates_buttons.setObjectName(u"duplicates_buttons")
        self.open_duplicate_button = QPushButton(self.duplicates_frame)
        self.open_duplicate_button.setObjectName(u"open_duplicate_button")

        self.duplicates_buttons.addWidget(self.open_duplicate_button)

        self.duplicates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicates_buttons.addItem(self.duplicates_spacer)


        self.duplicates_layout.addLayout(self.duplicates_buttons)


        self.editor_layout.addWidget(self.duplicates_frame)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.name_group = QGroupBox(PersonEditor)
        self.name_group.setObjectName(u"name_group")
        self.name_form = QFormLayout(self.name_group)
        self.name_form.setObjectName(u"name_form")
        self.name_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.first_name_label = QLabel(self.name_group)
        self.first_name_label.setObjectName(u"first_name_label")

        self.name_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_edit = QLineEdit(self.name_group)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.name_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.first_name_error = QLabel(self.name_group)
        self.first_name_error.setObjectName(u"first_name_error")
        self.first_name_error.setWordWrap(True)

        self.name_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name_error)

        self.last_name_label = QLabel(self.name_group)
        self.last_name_label.setObjectName(u"last_name_label")

        self.name_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name_edit = QLineEdit(self.name_group)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.name_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name_edit)

        self.last_name_error = QLabel(self.name_group)
        self.last_name_error.setObjectName(u"last_name_error")
        self.last_name_error.setWordWrap(True)

        self.name_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.last_name_error)

        self.preferred_name_label = QLabel(self.name_group)
        self.preferred_name_label.setObjectName(u"preferred_name_label")

        self.name_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.preferred_name_label)

        self.preferred_name_edit = QLineEdit(self.name_group)
        self.preferred_name_edit.setObjectName(u"preferred_name_edit")

        self.name_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.preferred_name_edit)

        self.preferred_name_error = QLabel(self.name_group)
        self.preferred_name_error.setObjectName(u"preferred_name_error")
        self.preferred_name_error.setWordWrap(True)

        self.name_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.preferred_name_error)

        self.languages_label = QLabel(self.name_group)
        self.languages_label.setObjectName(u"languages_label")

        self.name_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_edit = TagEdit(self.name_group)
        self.languages_edit.setObjectName(u"languages_edit")

        self.name_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languages_edit)

        self.languages_hint = QLabel(self.name_group)
        self.languages_hint.setObjectName(u"languages_hint")
        self.languages_hint.setWordWrap(True)
        self.languages_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.name_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languages_hint)


        self.left_column.addWidget(self.name_group)

        self.contact_group = QGroupBox(PersonEditor)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_form = QFormLayout(self.contact_group)
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(self.contact_group)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.mobile_label = QLabel(self.contact_group)
        self.mobile_label.setObjectName(u"mobile_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile_edit = QLineEdit(self.contact_group)
        self.mobile_edit.setObjectName(u"mobile_edit")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mobile_edit)

        self.mobile_error = QLabel(self.contact_group)
        self.mobile_error.setObjectName(u"mobile_error")
        self.mobile_error.setWordWrap(True)

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mobile_error)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.email_error = QLabel(self.contact_group)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setWordWrap(True)

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email_error)

        self.reach_via_label = QLabel(self.contact_group)
        self.reach_via_label.setObjectName(u"reach_via_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reach_via_label)

        self.reach_via_holder = QWidget(self.contact_group)
        self.reach_via_holder.setObjectName(u"reach_via_holder")
        self.reach_via_layout = QVBoxLayout(self.reach_via_holder)
        self.reach_via_layout.setObjectName(u"reach_via_layout")
        self.reach_via_layout.setContentsMargins(0, 0, 0, 0)

        self.contact_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reach_via_holder)

        self.reach_via_hint = QLabel(self.contact_group)
        self.reach_via_hint.setObjectName(u"reach_via_hint")
        self.reach_via_hint.setWordWrap(True)
        self.reach_via_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.contact_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reach_via_hint)

        self.reach_via_error = QLabel(self.contact_group)
        self.reach_via_error.setObjectName(u"reach_via_error")
        self.reach_via_error.setWordWrap(True)

        self.contact_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reach_via_error)


        self.left_column.addWidget(self.contact_group)

        self.household_group = QGroupBox(PersonEditor)
        self.household_group.setObjectName(u"household_group")
        self.household_group_layout = QVBoxLayout(self.household_group)
        self.household_group_layout.setObjectName(u"household_group_layout")
        self.household_label = QLabel(self.household_group)
        self.household_label.setObjectName(u"household_label")

        self.household_group_layout.addWidget(self.household_label)

        self.household_row = QHBoxLayout()
        self.household_row.setObjectName(u"household_row")
        self.household_holder = QWidget(self.household_group)
        self.household_holder.setObjectName(u"household_holder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.household_holder.sizePolicy().hasHeightForWidth())
        self.household_holder.setSizePolicy(sizePolicy)
        self.household_layout = QVBoxLayout(self.household_holder)
        self.household_layout.setObjectName(u"household_layout")
        self.household_layout.setContentsMargins(0, 0, 0, 0)

        self.household_row.addWidget(self.household_holder)

        self.new_household_button = QPushButton(self.household_group)
        self.new_household_button.setObjectName(u"new_household_button")

        self.household_row.addWidget(self.new_household_button)


        self.household_group_layout.addLayout(self.household_row)

        self.household_address_label = QLabel(self.household_group)
        self.household_address_label.setObjectName(u"household_address_label")
        self.household_address_label.setWordWrap(True)
        self.household_address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.household_group_layout.addWidget(self.household_address_label)

        self.household_buttons = QHBoxLayout()
        self.household_buttons.setObjectName(u"household_buttons")
        self.open_household_button = QPushButton(self.household_group)
        self.open_household_button.setObjectName(u"open_household_button")

        self.household_buttons.addWidget(self.open_household_button)

        self.leave_household_button = QPushButton(self.household_group)
        self.leave_household_button.setObjectName(u"leave_household_button")

        self.household_buttons.addWidget(self.leave_household_button)

        self.household_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.household_buttons.addItem(self.household_buttons_spacer)


        self.household_group_layout.addLayout(self.household_buttons)

        self.household_error = QLabel(self.household_group)
        self.household_error.setObjectName(u"household_error")
        self.household_error.setWordWrap(True)

        self.household_group_layout.addWidget(self.household_error)


        self.left_column.addWidget(self.household_group)

        self.notes_group = QGroupBox(PersonEditor)
        self.notes_group.setObjectName(u"notes_group")
        self.notes_form = QFormLayout(self.notes_group)
        self.notes_form.setObjectName(u"notes_form")
        self.notes_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.notes_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.accessibility_label = QLabel(self.notes_group)
        self.accessibility_label.setObjectName(u"accessibility_label")

        self.notes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accessibility_label)

        self.accessibility_notes_edit = QPlainTextEdit(self.notes_group)
        self.accessibility_notes_edit.setObjectName(u"accessibility_notes_edit")
        self.accessibility_notes_edit.setMinimumSize(QSize(0, 64))
        self.accessibility_notes_edit.setMaximumSize(QSize(16777215, 96))
        self.accessibility_notes_edit.setTabChangesFocus(True)

        self.notes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accessibility_notes_edit)

        self.accessibility_notes_error = QLabel(self.notes_group)
        self.accessibility_notes_error.setObjectName(u"accessibility_notes_error")
        self.accessibility_notes_error.setWordWrap(True)

        self.notes_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accessibility_notes_error)

        self.notes_label = QLabel(self.notes_group)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.notes_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMinimumSize(QSize(0, 64))
        self.notes_edit.setMaximumSize(QSize(16777215, 96))
        self.notes_edit.setTabChangesFocus(True)

        self.notes_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.notes_error = QLabel(self.notes_group)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setWordWrap(True)

        self.notes_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes_error)


        self.left_column.addWidget(self.notes_group)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.membership_group = QGroupBox(PersonEditor)
        self.membership_group.setObjectName(u"membership_group")
        self.membership_form = QFormLayout(self.membership_group)
        self.membership_form.setObjectName(u"membership_form")
        self.membership_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.membership_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.status_label = QLabel(self.membership_group)
        self.status_label.setObjectName(u"status_label")

        self.membership_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.membership_group)
        self.status_combo.setObjectName(u"status_combo")

        self.membership_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.member_number_label = QLabel(self.membership_group)
        self.member_number_label.setObjectName(u"member_number_label")

        self.membership_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.member_number_label)

        self.member_number_edit = QLineEdit(self.membership_group)
        self.member_number_edit.setObjectName(u"member_number_edit")

        self.membership_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.member_number_edit)

        self.member_number_error = QLabel(self.membership_group)
        self.member_number_error.setObjectName(u"member_number_error")
        self.member_number_error.setWordWrap(True)

        self.membership_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.member_number_error)

        self.dues_title_label = QLabel(self.membership_group)
        self.dues_title_label.setObjectName(u"dues_title_label")

        self.membership_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dues_title_label)

        self.dues_label = QLabel(self.membership_group)
        self.dues_label.setObjectName(u"dues_label")
        self.dues_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membership_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dues_label)

        self.payment_buttons = QHBoxLayout()
        self.payment_buttons.setObjectName(u"payment_buttons")
        self.record_payment_button = QPushButton(self.membership_group)
        self.record_payment_button.setObjectName(u"record_payment_button")

        self.payment_buttons.addWidget(self.record_payment_button)

        self.payment_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payment_buttons.addItem(self.payment_spacer)


        self.membership_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.payment_buttons)


        self.right_column.addWidget(self.membership_group)

        self.volunteer_group = QGroupBox(PersonEditor)
        self.volunteer_group.setObjectName(u"volunteer_group")
        self.volunteer_form = QFormLayout(self.volunteer_group)
        self.volunteer_form.setObjectName(u"volunteer_form")
        self.volunteer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.volunteer_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.is_volunteer_check = QCheckBox(self.volunteer_group)
        self.is_volunteer_check.setObjectName(u"is_volunteer_check")

        self.volunteer_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.is_volunteer_check)

        self.skills_label = QLabel(self.volunteer_group)
        self.skills_label.setObjectName(u"skills_label")

        self.volunteer_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.skills_label)

        self.skills_edit = TagEdit(self.volunteer_group)
        self.skills_edit.setObjectName(u"skills_edit")

        self.volunteer_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skills_edit)

        self.interests_label = QLabel(self.volunteer_group)
        self.interests_label.setObjectName(u"interests_label")

        self.volunteer_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interests_label)

        self.interests_edit = TagEdit(self.volunteer_group)
        self.interests_edit.setObjectName(u"interests_edit")

        self.volunteer_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interests_edit)

        self.availability_label = QLabel(self.volunteer_group)
        self.availability_label.setObjectName(u"availability_label")

        self.volunteer_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.availability_label)

        self.availability_edit = QPlainTextEdit(self.volunteer_group)
        self.availability_edit.setObjectName(u"availability_edit")
        self.availability_edit.setMinimumSize(QSize(0, 40))
        self.availability_edit.setMaximumSize(QSize(16777215, 60))
        self.availability_edit.setTabChangesFocus(True)

        self.volunteer_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.availability_edit)

        self.availability_error = QLabel(self.volunteer_group)
        self.availability_error.setObjectName(u"availability_error")
        self.availability_error.setWordWrap(True)

        self.volunteer_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.availability_error)


        self.right_column.addWidget(self.volunteer_group)

        self.consent_group = QGroupBox(PersonEditor)
        self.consent_group.setObjectName(u"consent_group")
        self.consent_layout = QVBoxLayout(self.consent_group)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_directory_check = QCheckBox(self.consent_group)
        self.consent_directory_check.setObjectName(u"consent_directory_check")

        self.consent_layout.addWidget(self.consent_directory_check)

        self.consent_email_check = QCheckBox(self.consent_group)
        self.consent_email_check.setObjectName(u"consent_email_check")

        self.consent_layout.addWidget(self.consent_email_check)

        self.consent_phone_check = QCheckBox(self.consent_group)
        self.consent_phone_check.setObjectName(u"consent_phone_check")

        self.consent_layout.addWidget(self.consent_phone_check)

        self.consent_photo_check = QCheckBox(self.consent_group)
        self.consent_photo_check.setObjectName(u"consent_photo_check")

        self.consent_layout.addWidget(self.consent_photo_check)


        self.right_column.addWidget(self.consent_group)

        self.sensitive_group = QGroupBox(PersonEditor)
        self.sensitive_group.setObjectName(u"sensitive_group")
        self.sensitive_layout = QVBoxLayout(self.sensitive_group)
        self.sensitive_layout.setObjectName(u"sensitive_layout")
        self.sensitive_hint = QLabel(self.sensitive_group)
        self.sensitive_hint.setObjectName(u"sensitive_hint")
        self.sensitive_hint.setWordWrap(True)
        self.sensitive_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.sensitive_layout.addWidget(self.sensitive_hint)

        self.sensitive_notes_edit = QPlainTextEdit(self.sensitive_group)
        self.sensitive_notes_edit.setObjectName(u"sensitive_notes_edit")
        self.sensitive_notes_edit.setMinimumSize(QSize(0, 64))
        self.sensitive_notes_edit.setMaximumSize(QSize(16777215, 96))
        self.sensitive_notes_edit.setTabChangesFocus(True)

        self.sensitive_layout.addWidget(self.sensitive_notes_edit)

        self.sensitive_notes_error = QLabel(self.sensitive_group)
        self.sensitive_notes_error.setObjectName(u"sensitive_notes_error")
        self.sensitive_notes_error.setWordWrap(True)

        self.sensitive_layout.addWidget(self.sensitive_notes_error)


        self.right_column.addWidget(self.sensitive_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_column)


        self.editor_layout.addLayout(self.columns_layout)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.preferred_name_label.setBuddy(self.preferred_name_edit)
        self.languages_label.setBuddy(self.languages_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.mobile_label.setBuddy(self.mobile_edit)
        self.email_label.setBuddy(self.email_edit)
        self.household_label.setBuddy(self.household_holder)
        self.accessibility_label.setBuddy(self.accessibility_notes_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.status_label.setBuddy(self.status_combo)
        self.member_number_label.setBuddy(self.member_number_edit)
        self.skills_label.setBuddy(self.skills_edit)
        self.interests_label.setBuddy(self.interests_edit)
        self.availability_label.setBuddy(self.availability_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.preferred_name_edit)
        QWidget.setTabOrder(self.preferred_name_edit, self.languages_edit)
        QWidget.setTabOrder(self.languages_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.mobile_edit)
        QWidget.setTabOrder(self.mobile_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.reach_via_holder)
        QWidget.setTabOrder(self.reach_via_holder, self.household_holder)
        QWidget.setTabOrder(self.household_holder, self.new_household_button)
        QWidget.setTabOrder(self.new_household_button, self.open_household_button)
        QWidget.setTabOrder(self.open_household_button, self.leave_household_button)
        QWidget.setTabOrder(self.leave_household_button, self.accessibility_notes_edit)
        QWidget.setTabOrder(self.accessibility_notes_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.member_number_edit)
        QWidget.setTabOrder(self.member_number_edit, self.record_payment_button)
        QWidget.setTabOrder(self.record_payment_button, self.is_volunteer_check)
        QWidget.setTabOrder(self.is_volunteer_check, self.skills_edit)
        QWidget.setTabOrder(self.skills_edit, self.interests_edit)
        QWidget.setTabOrder(self.interests_edit, self.availability_edit)
        QWidget.setTabOrder(self.availability_edit, self.consent_directory_check)
        QWidget.setTabOrder(self.consent_directory_check, self.consent_email_check)
        QWidget.setTabOrder(self.consent_email_check, self.consent_phone_check)
        QWidget.setTabOrder(self.consent_phone_check, self.consent_photo_check)
        QWidget.setTabOrder(self.consent_photo_check, self.sensitive_notes_edit)
        QWidget.setTabOrder(self.sensitive_notes_edit, self.duplicates_list)
        QWidget.setTabOrder(self.duplicates_list, self.open_duplicate_button)

        self.retranslateUi(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        self.duplicates_label.setText(QCoreApplication.translate("PersonEditor", u"Already on file? These people have the same name, email or phone number. To avoid keeping two records of one person, open theirs instead:", None))
#if QT_CONFIG(accessibility)
        self.duplicates_list.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Possible duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.open_duplicate_button.setText(QCoreApplication.translate("PersonEditor", u"Open the e&xisting record instead", None))
        self.name_group.setTitle(QCoreApplication.translate("PersonEditor", u"Name and languages", None))
        self.first_name_label.setText(QCoreApplication.translate("PersonEditor", u"First &name", None))
        self.last_name_label.setText(QCoreApplication.translate("PersonEditor", u"&Last name", None))
        self.preferred_name_label.setText(QCoreApplication.translate("PersonEditor", u"Likes to be &called", None))
        self.languages_label.setText(QCoreApplication.translate("PersonEditor", u"Languages spoken", None))
        self.languages_hint.setText(QCoreApplication.translate("PersonEditor", u"Separate several with commas.", None))
        self.contact_group.setTitle(QCoreApplication.translate("PersonEditor", u"Phone and email", None))
        self.phone_label.setText(QCoreApplication.translate("PersonEditor", u"&Phone", None))
        self.mobile_label.setText(QCoreApplication.translate("PersonEditor", u"Mobile phone", None))
        self.email_label.setText(QCoreApplication.translate("PersonEditor", u"E&mail", None))
        self.reach_via_label.setText(QCoreApplication.translate("PersonEditor", u"&Reach via", None))
        self.reach_via_hint.setText(QCoreApplication.translate("PersonEditor", u"Someone who passes messages on, e.g. a neighbour or relative.", None))
        self.household_group.setTitle(QCoreApplication.translate("PersonEditor", u"Household", None))
        self.household_label.setText(QCoreApplication.translate("PersonEditor", u"Lives in the household", None))
        self.new_household_button.setText(QCoreApplication.translate("PersonEditor", u"Ne&w household\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_household_button.setToolTip(QCoreApplication.translate("PersonEditor", u"Enter the address of a household that is not on file yet", None))
#endif // QT_CONFIG(tooltip)
        self.open_household_button.setText(QCoreApplication.translate("PersonEditor", u"&Open the household", None))
        self.leave_household_button.setText(QCoreApplication.translate("PersonEditor", u"Not in a household", None))
        self.notes_group.setTitle(QCoreApplication.translate("PersonEditor", u"Notes", None))
        self.accessibility_label.setText(QCoreApplication.translate("PersonEditor", u"&Accessibility and mobility", None))
        self.notes_label.setText(QCoreApplication.translate("PersonEditor", u"Notes", None))
        self.membership_group.setTitle(QCoreApplication.translate("PersonEditor", u"Membership", None))
        self.status_label.setText(QCoreApplication.translate("PersonEditor", u"Membership &status", None))
        self.member_number_label.setText(QCoreApplication.translate("PersonEditor", u"Member n&umber", None))
        self.dues_title_label.setText(QCoreApplication.translate("PersonEditor", u"Dues paid until", None))
        self.record_payment_button.setText(QCoreApplication.translate("PersonEditor", u"Record a pa&yment\u2026", None))
        self.volunteer_group.setTitle(QCoreApplication.translate("PersonEditor", u"Volunteering", None))
        self.is_volunteer_check.setText(QCoreApplication.translate("PersonEditor", u"Volunteers with us", None))
        self.skills_label.setText(QCoreApplication.translate("PersonEditor", u"S&kills", None))
        self.interests_label.setText(QCoreApplication.translate("PersonEditor", u"&Interests", None))
        self.availability_label.setText(QCoreApplication.translate("PersonEditor", u"Availa&bility", None))
        self.consent_group.setTitle(QCoreApplication.translate("PersonEditor", u"Consent (what this person agreed to)", None))
        self.consent_directory_check.setText(QCoreApplication.translate("PersonEditor", u"Listed in the members' &directory", None))
        self.consent_email_check.setText(QCoreApplication.translate("PersonEditor", u"May be sent emails", None))
        self.consent_phone_check.setText(QCoreApplication.translate("PersonEditor", u"May be phoned", None))
        self.consent_photo_check.setText(QCoreApplication.translate("PersonEditor", u"Photos may be used", None))
        self.sensitive_group.setTitle(QCoreApplication.translate("PersonEditor", u"Sensitive notes (coordinators only)", None))
        self.sensitive_hint.setText(QCoreApplication.translate("PersonEditor", u"Only coordinators see these notes. Write only what is needed to help.", None))
        pass
    # retranslateUi

