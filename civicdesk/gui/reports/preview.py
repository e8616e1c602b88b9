"""The report preview: the PDF in a QPdfView, with Print, Save as PDF and Open in viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from civicdesk.gui import viewer_files
from civicdesk.gui.forms.ui_report_preview_dialog import Ui_ReportPreviewDialog

PRINT_DPI = 300  # rasterising pages above this only costs memory


class ReportPreviewDialog(QDialog):
    """Shows one generated PDF. Non-modal: the user can keep working and print later."""

    def __init__(self, pdf: bytes, title: str, file_stem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportPreviewDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{title} \u2014 preview").format(title=title))
        self.pdf, self.title, self.file_stem = pdf, title, file_stem
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = self.ui.pdf_view
        view.setAccessibleName(self.tr("The report, page by page"))
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        self.ui.pages_label.setText(self.tr("Pages: {count}").format(count=self.page_count()))
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.print_button.clicked.connect(self.print_report)
        ui.save_button.clicked.connect(self.save_report)
        ui.open_button.clicked.connect(self.open_externally)
        ui.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        ui.zoom_out_button.clicked.connect(lambda: self._zoom(0.8))
        ui.fit_button.clicked.connect(
            lambda: ui.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_report),
                           (QKeySequence.StandardKey.Save, self.save_report),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(1.25)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(0.8))):
            QShortcut(QKeySequence(keys), self, slot)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _zoom(self, factor: float) -> None:
        view = self.ui.pdf_view
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.25, min(view.zoomFactor() * factor, 5.0)))

    # Print --------------------------------------------------------------------------------
    @staticmethod
    def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
        """The system's print dialog (tests replace this)."""
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        first = self.document.pagePointSize(0)
        printer.setPageSize(QPageSize(QSizeF(first), QPageSize.Unit.Point))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() >
                                   first.height() else QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, self.page_count())
        if not self.ask_printer(self, printer):
            return
        self.paint_pages(printer)

    def paint_pages(self, printer: QPrinter) -> None:
        """Draw each chosen page as an image fitted to the printer's page."""
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count()
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Printing"),
                                self.tr("The printer could not be started."))
            return
        try:
            for number in range(first, min(last, self.page_count()) + 1):
                if number > first:
                    printer.newPage()
                self._paint_page(painter, printer, number - 1)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        target = painter.viewport()
        points = self.document.pagePointSize(index)
        dpi = min(printer.resolution(), PRINT_DPI)
        image = self.document.render(index, QSize(int(points.width() * dpi / 72),
                                                  int(points.height() * dpi / 72)))
        size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(target.x(), target.y(), size.width(), size.height()), image)

    # Save and open ------------------------------------------------------------------------
    @staticmethod
    def ask_save_path(parent: QWidget, suggested: str) -> str:
        """The save dialog (tests replace this); "" when cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            parent, ReportPreviewDialog.tr("Save the report"), suggested,
            ReportPreviewDialog.tr("PDF files (*.pdf)"))
        return path

    def save_report(self) -> Path | None:
        chosen = self.ask_save_path(self, str(Path.home() / f"{self.file_stem}.pdf"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the report"), self.tr(
                "The report could not be saved in {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return None
        return path

    def open_externally(self) -> Path:
        """Write the PDF to the private folder of opened reports (emptied at lock, exit
        and start: `gui.viewer_files`) and hand it to the system viewer."""
        path = viewer_files.new_file(f"{self.file_stem}.pdf", self.pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
