# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

from civicdesk.gui.widgets.lazy_combo import LazyComboBox

class Ui_PeopleList(object):
    def setupUi(self, PeopleList):
        if not PeopleList.objectName():
            PeopleList.setObjectName(u"PeopleList")
        PeopleList.resize(980, 640)
        self.main_layout = QVBoxLayout(PeopleList)
        self.main_layout.setObjectName(u"main_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(PeopleList)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(PeopleList)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.new_person_button = QPushButton(PeopleList)
        self.new_person_button.setObjectName(u"new_person_button")

        self.search_row.addWidget(self.new_person_button)


        self.main_layout.addLayout(self.search_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.filter_label = QLabel(PeopleList)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_row.addWidget(self.filter_label)

        self.status_combo = QComboBox(PeopleList)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.status_combo)

        self.volunteer_combo = QComboBox(PeopleList)
        self.volunteer_combo.setObjectName(u"volunteer_combo")
        self.volunteer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.volunteer_combo)

        self.language_combo = LazyComboBox(PeopleList)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.language_combo)

        self.skill_combo = LazyComboBox(PeopleList)
        self.skill_combo.setObjectName(u"skill_combo")
        self.skill_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.skill_combo)

        self.dues_check = QCheckBox(PeopleList)
        self.dues_check.setObjectName(u"dues_check")

        self.filter_row.addWidget(self.dues_check)

        self.archived_combo = QComboBox(PeopleList)
        self.archived_combo.setObjectName(u"archived_combo")
        self.archived_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.archived_combo)

        self.clear_filters_button = QPushButton(PeopleList)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.filter_row.addWidget(self.clear_filters_button)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_row)

        self.count_row = QHBoxLayout()
        self.count_row.setObjectName(u"count_row")
        self.count_label = QLabel(PeopleList)
        self.count_label.setObjectName(u"count_label")

        self.count_row.addWidget(self.count_label)

        self.count_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.count_row.addItem(self.count_spacer)

        self.hint_label = QLabel(PeopleList)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.count_row.addWidget(self.hint_label)

        self.open_button = QPushButton(PeopleList)
        self.open_button.setObjectName(u"open_button")

        self.count_row.addWidget(self.open_button)


        self.main_layout.addLayout(self.count_row)

        self.table_view = QTableView(PeopleList)
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
        QWidget.setTabOrder(self.search_edit, self.new_person_button)
        QWidget.setTabOrder(self.new_person_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.volunteer_combo)
        QWidget.setTabOrder(self.volunteer_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.skill_combo)
        QWidget.setTabOrder(self.skill_combo, self.dues_check)
        QWidget.setTabOrder(self.dues_check, self.archived_combo)
        QWidget.setTabOrder(self.archived_combo, self.clear_filters_button)
        QWidget.setTabOrder(self.clear_filters_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.table_view)

        self.retranslateUi(PeopleList)
    # setupUi

    def retranslateUi(self, PeopleList):
        self.search_label.setText(QCoreApplication.translate("PeopleList", u"F&ind", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("PeopleList", u"Type a name, phone number, email or street (Ctrl+F)", None))
        self.new_person_button.setText(QCoreApplication.translate("PeopleList", u"New person", None))
#if QT_CONFIG(tooltip)
        self.new_person_button.setToolTip(QCoreApplication.translate("PeopleList", u"Add someone who is not on file yet (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.filter_label.setText(QCoreApplication.translate("PeopleList", u"Show", None))
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("PeopleList", u"Membership status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.volunteer_combo.setToolTip(QCoreApplication.translate("PeopleList", u"Volunteers or not", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.language_combo.setToolTip(QCoreApplication.translate("PeopleList", u"Language spoken", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.skill_combo.setToolTip(QCoreApplication.translate("PeopleList", u"Volunteer skill", None))
#endif // QT_CONFIG(tooltip)
        self.dues_check.setText(QCoreApplication.translate("PeopleList", u"&Dues overdue", None))
#if QT_CONFIG(tooltip)
        self.archived_combo.setToolTip(QCoreApplication.translate("PeopleList", u"Current or archived people", None))
#endif // QT_CONFIG(tooltip)
        self.clear_filters_button.setText(QCoreApplication.translate("PeopleList", u"Show everyo&ne", None))
        self.hint_label.setText(QCoreApplication.translate("PeopleList", u"Enter opens the selected person", None))
        self.open_button.setText(QCoreApplication.translate("PeopleList", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("PeopleList", u"People", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

