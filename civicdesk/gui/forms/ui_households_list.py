# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'households_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_HouseholdsList(object):
    def setupUi(self, HouseholdsList):
        if not HouseholdsList.objectName():
            HouseholdsList.setObjectName(u"HouseholdsList")
        HouseholdsList.resize(980, 640)
        self.main_layout = QVBoxLayout(HouseholdsList)
        self.main_layout.setObjectName(u"main_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(HouseholdsList)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(HouseholdsList)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.archived_check = QCheckBox(HouseholdsList)
        self.archived_check.setObjectName(u"archived_check")

        self.search_row.addWidget(self.archived_check)


        self.main_layout.addLayout(self.search_row)

        self.count_row = QHBoxLayout()
        self.count_row.setObjectName(u"count_row")
        self.count_label = QLabel(HouseholdsList)
        self.count_label.setObjectName(u"count_label")

        self.count_row.addWidget(self.count_label)

        self.count_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.count_row.addItem(self.count_spacer)

        self.hint_label = QLabel(HouseholdsList)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.count_row.addWidget(self.hint_label)

        self.open_button = QPushButton(HouseholdsList)
        self.open_button.setObjectName(u"open_button")

        self.count_row.addWidget(self.open_button)


        self.main_layout.addLayout(self.count_row)

        self.table_view = QTableView(HouseholdsList)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setTabKeyNavigation(False)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.table_view)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.archived_check)
        QWidget.setTabOrder(self.archived_check, self.open_button)
        QWidget.setTabOrder(self.open_button, self.table_view)

        self.retranslateUi(HouseholdsList)
    # setupUi

    def retranslateUi(self, HouseholdsList):
        self.search_label.setText(QCoreApplication.translate("HouseholdsList", u"F&ind", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("HouseholdsList", u"Type a member's name, phone, email or the street (Ctrl+F)", None))
        self.archived_check.setText(QCoreApplication.translate("HouseholdsList", u"Include &archived households", None))
        self.hint_label.setText(QCoreApplication.translate("HouseholdsList", u"Enter opens the selected household", None))
        self.open_button.setText(QCoreApplication.translate("HouseholdsList", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("HouseholdsList", u"Households", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

