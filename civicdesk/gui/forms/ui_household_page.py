# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_HouseholdPage(object):
    def setupUi(self, HouseholdPage):
        if not HouseholdPage.objectName():
            HouseholdPage.setObjectName(u"HouseholdPage")
        HouseholdPage.resize(980, 640)
        self.main_layout = QVBoxLayout(HouseholdPage)
        self.main_layout.setObjectName(u"main_layout")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.back_button = QPushButton(HouseholdPage)
        self.back_button.setObjectName(u"back_button")

        self.header_row.addWidget(self.back_button)

        self.title_label = QLabel(HouseholdPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_row.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.edit_button = QPushButton(HouseholdPage)
        self.edit_button.setObjectName(u"edit_button")

        self.header_row.addWidget(self.edit_button)

        self.payment_button = QPushButton(HouseholdPage)
        self.payment_button.setObjectName(u"payment_button")

        self.header_row.addWidget(self.payment_button)

        self.archive_button = QPushButton(HouseholdPage)
        self.archive_button.setObjectName(u"archive_button")

        self.header_row.addWidget(self.archive_button)


        self.main_layout.addLayout(self.header_row)

        self.address_label = QLabel(HouseholdPage)
        self.address_label.setObjectName(u"address_label")
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.address_label)

        self.members_label = QLabel(HouseholdPage)
        self.members_label.setObjectName(u"members_label")

        self.main_layout.addWidget(self.members_label)

        self.members_view = QTableView(HouseholdPage)
        self.members_view.setObjectName(u"members_view")
        self.members_view.setTabKeyNavigation(False)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.members_view)

        self.members_buttons = QHBoxLayout()
        self.members_buttons.setObjectName(u"members_buttons")
        self.open_member_button = QPushButton(HouseholdPage)
        self.open_member_button.setObjectName(u"open_member_button")

        self.members_buttons.addWidget(self.open_member_button)

        self.new_member_button = QPushButton(HouseholdPage)
        self.new_member_button.setObjectName(u"new_member_button")

        self.members_buttons.addWidget(self.new_member_button)

        self.members_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.members_buttons.addItem(self.members_spacer)


        self.main_layout.addLayout(self.members_buttons)

        self.move_row = QHBoxLayout()
        self.move_row.setObjectName(u"move_row")
        self.move_label = QLabel(HouseholdPage)
        self.move_label.setObjectName(u"move_label")

        self.move_row.addWidget(self.move_label)

        self.move_holder = QWidget(HouseholdPage)
        self.move_holder.setObjectName(u"move_holder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.move_holder.sizePolicy().hasHeightForWidth())
        self.move_holder.setSizePolicy(sizePolicy)
        self.move_layout = QVBoxLayout(self.move_holder)
        self.move_layout.setObjectName(u"move_layout")
        self.move_layout.setContentsMargins(0, 0, 0, 0)

        self.move_row.addWidget(self.move_holder)

        self.move_button = QPushButton(HouseholdPage)
        self.move_button.setObjectName(u"move_button")

        self.move_row.addWidget(self.move_button)


        self.main_layout.addLayout(self.move_row)

        self.payments_label = QLabel(HouseholdPage)
        self.payments_label.setObjectName(u"payments_label")

        self.main_layout.addWidget(self.payments_label)

        self.payments_view = QTableView(HouseholdPage)
        self.payments_view.setObjectName(u"payments_view")
        self.payments_view.setTabKeyNavigation(False)
        self.payments_view.setAlternatingRowColors(True)
        self.payments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments_view.setTabKeyNavigation(False)
        self.payments_view.setMaximumSize(QSize(16777215, 160))

        self.main_layout.addWidget(self.payments_view)

        self.payments_buttons = QHBoxLayout()
        self.payments_buttons.setObjectName(u"payments_buttons")
        self.correct_payment_button = QPushButton(HouseholdPage)
        self.correct_payment_button.setObjectName(u"correct_payment_button")

        self.payments_buttons.addWidget(self.correct_payment_button)

        self.void_payment_button = QPushButton(HouseholdPage)
        self.void_payment_button.setObjectName(u"void_payment_button")

        self.payments_buttons.addWidget(self.void_payment_button)

        self.payments_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payments_buttons.addItem(self.payments_spacer)


        self.main_layout.addLayout(self.payments_buttons)

        QWidget.setTabOrder(self.back_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.payment_button)
        QWidget.setTabOrder(self.payment_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.members_view)
        QWidget.setTabOrder(self.members_view, self.open_member_button)
        QWidget.setTabOrder(self.open_member_button, self.new_member_button)
        QWidget.setTabOrder(self.new_member_button, self.move_holder)
        QWidget.setTabOrder(self.move_holder, self.move_button)
        QWidget.setTabOrder(self.move_button, self.payments_view)
        QWidget.setTabOrder(self.payments_view, self.correct_payment_button)
        QWidget.setTabOrder(self.correct_payment_button, self.void_payment_button)

        self.retranslateUi(HouseholdPage)
    # setupUi

    def retranslateUi(self, HouseholdPage):
        self.back_button.setText(QCoreApplication.translate("HouseholdPage", u"\u2190 Back", None))
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("HouseholdPage", u"Back to where you were (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("HouseholdPage", u"&Change address\u2026", None))
        self.payment_button.setText(QCoreApplication.translate("HouseholdPage", u"Record a household &payment\u2026", None))
        self.archive_button.setText(QCoreApplication.translate("HouseholdPage", u"Archive household", None))
        self.members_label.setText(QCoreApplication.translate("HouseholdPage", u"People living here", None))
#if QT_CONFIG(accessibility)
        self.members_view.setAccessibleName(QCoreApplication.translate("HouseholdPage", u"Members of the household", None))
#endif // QT_CONFIG(accessibility)
        self.open_member_button.setText(QCoreApplication.translate("HouseholdPage", u"&Open the selected person", None))
        self.new_member_button.setText(QCoreApplication.translate("HouseholdPage", u"Add a &new person here", None))
#if QT_CONFIG(tooltip)
        self.new_member_button.setToolTip(QCoreApplication.translate("HouseholdPage", u"Someone not on file yet, living in this household (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.move_label.setText(QCoreApplication.translate("HouseholdPage", u"&Move someone on file into this household:", None))
        self.move_button.setText(QCoreApplication.translate("HouseholdPage", u"Move &here", None))
        self.payments_label.setText(QCoreApplication.translate("HouseholdPage", u"Payments for the household", None))
#if QT_CONFIG(accessibility)
        self.payments_view.setAccessibleName(QCoreApplication.translate("HouseholdPage", u"Payments", None))
#endif // QT_CONFIG(accessibility)
        self.correct_payment_button.setText(QCoreApplication.translate("HouseholdPage", u"Correct the payment\u2026", None))
        self.void_payment_button.setText(QCoreApplication.translate("HouseholdPage", u"Void the payment\u2026", None))
        pass
    # retranslateUi

