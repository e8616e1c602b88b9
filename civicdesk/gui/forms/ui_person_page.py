# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_PersonPage(object):
    def setupUi(self, PersonPage):
        if not PersonPage.objectName():
            PersonPage.setObjectName(u"PersonPage")
        PersonPage.resize(980, 700)
        self.main_layout = QVBoxLayout(PersonPage)
        self.main_layout.setObjectName(u"main_layout")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.back_button = QPushButton(PersonPage)
        self.back_button.setObjectName(u"back_button")

        self.header_row.addWidget(self.back_button)

        self.title_label = QLabel(PersonPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_row.addWidget(self.title_label)

        self.badge_label = QLabel(PersonPage)
        self.badge_label.setObjectName(u"badge_label")

        self.header_row.addWidget(self.badge_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.archive_button = QPushButton(PersonPage)
        self.archive_button.setObjectName(u"archive_button")

        self.header_row.addWidget(self.archive_button)

        self.revert_button = QPushButton(PersonPage)
        self.revert_button.setObjectName(u"revert_button")

        self.header_row.addWidget(self.revert_button)

        self.save_button = QPushButton(PersonPage)
        self.save_button.setObjectName(u"save_button")

        self.header_row.addWidget(self.save_button)


        self.main_layout.addLayout(self.header_row)

        self.tabs = QTabWidget(PersonPage)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_layout = QVBoxLayout(self.details_tab)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_scroll = QScrollArea(self.details_tab)
        self.editor_scroll.setObjectName(u"editor_scroll")
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_holder = QWidget()
        self.editor_holder.setObjectName(u"editor_holder")
        self.editor_holder_layout = QVBoxLayout(self.editor_holder)
        self.editor_holder_layout.setObjectName(u"editor_holder_layout")
        self.editor_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_scroll.setWidget(self.editor_holder)

        self.details_layout.addWidget(self.editor_scroll)

        self.tabs.addTab(self.details_tab, "")
        self.payments_tab = QWidget()
        self.payments_tab.setObjectName(u"payments_tab")
        self.payments_layout = QVBoxLayout(self.payments_tab)
        self.payments_layout.setObjectName(u"payments_layout")
        self.payments_dues_label = QLabel(self.payments_tab)
        self.payments_dues_label.setObjectName(u"payments_dues_label")
        self.payments_dues_label.setWordWrap(True)

        self.payments_layout.addWidget(self.payments_dues_label)

        self.payments_view = QTableView(self.payments_tab)
        self.payments_view.setObjectName(u"payments_view")
        self.payments_view.setTabKeyNavigation(False)
        self.payments_view.setAlternatingRowColors(True)
        self.payments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments_view.setTabKeyNavigation(False)

        self.payments_layout.addWidget(self.payments_view)

        self.payments_buttons = QHBoxLayout()
        self.payments_buttons.setObjectName(u"payments_buttons")
        self.add_payment_button = QPushButton(self.payments_tab)
        self.add_payment_button.setObjectName(u"add_payment_button")

        self.payments_buttons.addWidget(self.add_payment_button)

        self.correct_payment_button = QPushButton(self.payments_tab)
        self.correct_payment_button.setObjectName(u"correct_payment_button")

        self.payments_buttons.addWidget(self.correct_payment_button)

        self.void_payment_button = QPushButton(self.payments_tab)
        self.void_payment_button.setObjectName(u"void_payment_button")

        self.payments_buttons.addWidget(self.void_payment_button)

        self.payments_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payments_buttons.addItem(self.payments_spacer)


        self.payments_layout.addLayout(self.payments_buttons)

        self.tabs.addTab(self.payments_tab, "")

        self.main_layout.addWidget(self.tabs)


        self.retranslateUi(PersonPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PersonPage):
        self.back_button.setText(QCoreApplication.translate("PersonPage", u"\u2190 Back", None))
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("PersonPage", u"Back to where you were (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.archive_button.setText(QCoreApplication.translate("PersonPage", u"Archive", None))
        self.revert_button.setText(QCoreApplication.translate("PersonPage", u"Undo my changes", None))
        self.save_button.setText(QCoreApplication.translate("PersonPage", u"Save", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("PersonPage", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("PersonPage", u"Details", None))
#if QT_CONFIG(accessibility)
        self.payments_view.setAccessibleName(QCoreApplication.translate("PersonPage", u"Payments", None))
#endif // QT_CONFIG(accessibility)
        self.add_payment_button.setText(QCoreApplication.translate("PersonPage", u"Record a pa&yment\u2026", None))
        self.correct_payment_button.setText(QCoreApplication.translate("PersonPage", u"Correct the payment\u2026", None))
        self.void_payment_button.setText(QCoreApplication.translate("PersonPage", u"Void the payment\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.payments_tab), QCoreApplication.translate("PersonPage", u"Payments", None))
        pass
    # retranslateUi

