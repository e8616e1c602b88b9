# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mainwindow.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QMenu, QMenuBar, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_back_up = QAction(MainWindow)
        self.action_back_up.setObjectName(u"action_back_up")
        self.action_restore = QAction(MainWindow)
        self.action_restore.setObjectName(u"action_restore")
        self.action_second_folder = QAction(MainWindow)
        self.action_second_folder.setObjectName(u"action_second_folder")
        self.action_show_data_folder = QAction(MainWindow)
        self.action_show_data_folder.setObjectName(u"action_show_data_folder")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_list = QListWidget(self.central_widget)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMinimumSize(QSize(170, 0))
        self.nav_list.setMaximumSize(QSize(220, 16777215))
        self.nav_list.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_list.setIconSize(QSize(28, 28))
        self.nav_list.setSpacing(4)

        self.central_layout.addWidget(self.nav_list)

        self.pane_stack = QStackedWidget(self.central_widget)
        self.pane_stack.setObjectName(u"pane_stack")

        self.central_layout.addWidget(self.pane_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_go = QMenu(self.menu_bar)
        self.menu_go.setObjectName(u"menu_go")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_go.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_back_up)
        self.menu_file.addAction(self.action_restore)
        self.menu_file.addAction(self.action_second_folder)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_show_data_folder)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CivicDesk", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_back_up.setText(QCoreApplication.translate("MainWindow", u"&Back up now", None))
#if QT_CONFIG(shortcut)
        self.action_back_up.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+B", None))
#endif // QT_CONFIG(shortcut)
        self.action_restore.setText(QCoreApplication.translate("MainWindow", u"&Restore from a backup\u2026", None))
        self.action_second_folder.setText(QCoreApplication.translate("MainWindow", u"&Second backup folder\u2026", None))
        self.action_show_data_folder.setText(QCoreApplication.translate("MainWindow", u"Show the &data folder", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About CivicDesk", None))
#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_go.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

