# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_HouseholdDialog(object):
    def setupUi(self, HouseholdDialog):
        if not HouseholdDialog.objectName():
            HouseholdDialog.setObjectName(u"HouseholdDialog")
        HouseholdDialog.resize(520, 520)
        self.main_layout = QVBoxLayout(HouseholdDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HouseholdDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(HouseholdDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(HouseholdDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(HouseholdDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.street_label = QLabel(HouseholdDialog)
        self.street_label.setObjectName(u"street_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_edit = QLineEdit(HouseholdDialog)
        self.street_edit.setObjectName(u"street_edit")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.street_edit)

        self.street_error = QLabel(HouseholdDialog)
        self.street_error.setObjectName(u"street_error")
        self.street_error.setWordWrap(True)

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.street_error)

        self.unit_label = QLabel(HouseholdDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(HouseholdDialog)
        self.unit_edit.setObjectName(u"unit_edit")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.unit_error = QLabel(HouseholdDialog)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setWordWrap(True)

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unit_error)

        self.postal_code_label = QLabel(HouseholdDialog)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_code_edit = QLineEdit(HouseholdDialog)
        self.postal_code_edit.setObjectName(u"postal_code_edit")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.postal_code_edit)

        self.postal_code_error = QLabel(HouseholdDialog)
        self.postal_code_error.setObjectName(u"postal_code_error")
        self.postal_code_error.setWordWrap(True)

        self.fields_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postal_code_error)

        self.city_label = QLabel(HouseholdDialog)
        self.city_label.setObjectName(u"city_label")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(HouseholdDialog)
        self.city_edit.setObjectName(u"city_edit")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.city_error = QLabel(HouseholdDialog)
        self.city_error.setObjectName(u"city_error")
        self.city_error.setWordWrap(True)

        self.fields_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.city_error)

        self.region_label = QLabel(HouseholdDialog)
        self.region_label.setObjectName(u"region_label")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_edit = QLineEdit(HouseholdDialog)
        self.region_edit.setObjectName(u"region_edit")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.region_edit)

        self.region_error = QLabel(HouseholdDialog)
        self.region_error.setObjectName(u"region_error")
        self.region_error.setWordWrap(True)

        self.fields_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.region_error)

        self.country_label = QLabel(HouseholdDialog)
        self.country_label.setObjectName(u"country_label")

        self.fields_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_edit = QLineEdit(HouseholdDialog)
        self.country_edit.setObjectName(u"country_edit")

        self.fields_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.country_edit)

        self.country_error = QLabel(HouseholdDialog)
        self.country_error.setObjectName(u"country_error")
        self.country_error.setWordWrap(True)

        self.fields_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.country_error)

        self.area_label = QLabel(HouseholdDialog)
        self.area_label.setObjectName(u"area_label")

        self.fields_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_edit = QLineEdit(HouseholdDialog)
        self.area_edit.setObjectName(u"area_edit")

        self.fields_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.area_edit)

        self.area_error = QLabel(HouseholdDialog)
        self.area_error.setObjectName(u"area_error")
        self.area_error.setWordWrap(True)

        self.fields_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.area_error)

        self.notes_label = QLabel(HouseholdDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(HouseholdDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.fields_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.notes_error = QLabel(HouseholdDialog)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setWordWrap(True)

        self.fields_form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.notes_error)


        self.main_layout.addLayout(self.fields_form)

        self.errors_label = QLabel(HouseholdDialog)
        self.errors_label.setObjectName(u"errors_label")
        self.errors_label.setWordWrap(True)

        self.main_layout.addWidget(self.errors_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(HouseholdDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.street_label.setBuddy(self.street_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.postal_code_label.setBuddy(self.postal_code_edit)
        self.city_label.setBuddy(self.city_edit)
        self.region_label.setBuddy(self.region_edit)
        self.country_label.setBuddy(self.country_edit)
        self.area_label.setBuddy(self.area_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HouseholdDialog)
    # setupUi

    def retranslateUi(self, HouseholdDialog):
        HouseholdDialog.setWindowTitle(QCoreApplication.translate("HouseholdDialog", u"Household", None))
        self.intro_label.setText(QCoreApplication.translate("HouseholdDialog", u"One address per household: everyone living there shares it, and mailings go out once per household.", None))
        self.name_label.setText(QCoreApplication.translate("HouseholdDialog", u"Household &name", None))
        self.street_label.setText(QCoreApplication.translate("HouseholdDialog", u"&Street and number", None))
        self.unit_label.setText(QCoreApplication.translate("HouseholdDialog", u"&Unit or floor", None))
        self.postal_code_label.setText(QCoreApplication.translate("HouseholdDialog", u"&Postal code", None))
        self.city_label.setText(QCoreApplication.translate("HouseholdDialog", u"&City", None))
        self.region_label.setText(QCoreApplication.translate("HouseholdDialog", u"&Region", None))
        self.country_label.setText(QCoreApplication.translate("HouseholdDialog", u"C&ountry", None))
        self.area_label.setText(QCoreApplication.translate("HouseholdDialog", u"&Area or district", None))
        self.notes_label.setText(QCoreApplication.translate("HouseholdDialog", u"No&tes", None))
    # retranslateUi

