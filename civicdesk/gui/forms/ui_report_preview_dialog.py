# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ReportPreviewDialog(object):
    def setupUi(self, ReportPreviewDialog):
        if not ReportPreviewDialog.objectName():
            ReportPreviewDialog.setObjectName(u"ReportPreviewDialog")
        ReportPreviewDialog.resize(900, 760)
        self.main_layout = QVBoxLayout(ReportPreviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tool_layout = QHBoxLayout()
        self.tool_layout.setObjectName(u"tool_layout")
        self.print_button = QPushButton(ReportPreviewDialog)
        self.print_button.setObjectName(u"print_button")

        self.tool_layout.addWidget(self.print_button)

        self.save_button = QPushButton(ReportPreviewDialog)
        self.save_button.setObjectName(u"save_button")

        self.tool_layout.addWidget(self.save_button)

        self.open_button = QPushButton(ReportPreviewDialog)
        self.open_button.setObjectName(u"open_button")

        self.tool_layout.addWidget(self.open_button)

        self.tool_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tool_layout.addItem(self.tool_spacer)

        self.pages_label = QLabel(ReportPreviewDialog)
        self.pages_label.setObjectName(u"pages_label")

        self.tool_layout.addWidget(self.pages_label)

        self.zoom_out_button = QPushButton(ReportPreviewDialog)
        self.zoom_out_button.setObjectName(u"zoom_out_button")
        self.zoom_out_button.setMaximumSize(QSize(40, 16777215))

        self.tool_layout.addWidget(self.zoom_out_button)

        self.fit_button = QPushButton(ReportPreviewDialog)
        self.fit_button.setObjectName(u"fit_button")

        self.tool_layout.addWidget(self.fit_button)

        self.zoom_in_button = QPushButton(ReportPreviewDialog)
        self.zoom_in_button.setObjectName(u"zoom_in_button")
        self.zoom_in_button.setMaximumSize(QSize(40, 16777215))

        self.tool_layout.addWidget(self.zoom_in_button)


        self.main_layout.addLayout(self.tool_layout)

        self.pdf_view = QPdfView(ReportPreviewDialog)
        self.pdf_view.setObjectName(u"pdf_view")

        self.main_layout.addWidget(self.pdf_view)

        self.button_box = QDialogButtonBox(ReportPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(ReportPreviewDialog)
        self.button_box.rejected.connect(ReportPreviewDialog.reject)
    # setupUi

    def retranslateUi(self, ReportPreviewDialog):
        ReportPreviewDialog.setWindowTitle(QCoreApplication.translate("ReportPreviewDialog", u"Report preview", None))
        self.print_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Print on any printer of this computer (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Save the report as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Open in PDF viewer", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Open the report in this computer's PDF viewer", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_out_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Smaller (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.fit_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"Fit &width", None))
        self.zoom_in_button.setText(QCoreApplication.translate("ReportPreviewDialog", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Larger (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

