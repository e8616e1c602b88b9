"""What other PCs save, shown here at once, on a server database (#17).

`LiveUpdates.start()` (by `MainWindow.start_routines`) listens on a thread of its own (not
the task thread, which a blocking listener would stop for every write; `services.live`
gives the listener its own connection) and hands each notice to the GUI thread, which
publishes it on the change bus exactly as a write here would be published: lists refresh,
open records reload, and an editor with unsaved edits keeps them and says who changed the
record and when. A published notice is never announced again (only `gui.operations`
announces), and this window's own notices are ignored.

Notices that arrive together are published each (with its own who and when), or as one
"everything changed" when there are many; after the listener lost its connection and found
it again, "everything changed" too (what was said meanwhile was missed).

On a SQLite file there is nothing to hear: `start()` does nothing.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from civicdesk.services import live
from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext


class LiveUpdates(QObject):
    """Listens for one window's database while the window is open."""

    _heard = Signal(object)  # a Changes, emitted on the listening thread (queued here)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.listener: live.Listener | None = None
        self._thread: threading.Thread | None = None
        self._pending: list[Changes] = []
        self._heard.connect(self._on_heard)

    def start(self) -> bool:
        """Start listening (False: a file, nothing to hear, or already listening)."""
        if self.listener is not None or not live.shared():
            return False
        live.announce_own_writes()  # the database stays quiet about this window's writes
        self.context.tasks.run(lambda _ctx: live.mark_this_thread())  # the task thread's
        self.listener = live.listener()
        self._thread = threading.Thread(target=self._listen, args=(self.listener,),
                                        name="civicdesk-live-updates", daemon=True)
        self._thread.start()
        return True

    @property
    def listening(self) -> bool:
        """Connected and listening right now."""
        return self.listener is not None and self.listener.ready.is_set()

    def stop(self) -> None:
        """Stop listening (the window closes); waits for the thread to end."""
        listener, thread = self.listener, self._thread
        self.listener = self._thread = None
        if listener is not None:
            listener.stop()
        if thread is not None:
            thread.join(5)

    def _listen(self, listener: live.Listener) -> None:  # on the listening thread
        for changes in live.notices(listener):
            if listener.stopped:
                return
            self._heard.emit(changes)

    def _on_heard(self, changes: Changes) -> None:
        if self.listener is None:
            return  # stopped meanwhile
        if changes.elsewhere is not None and changes.elsewhere.sender == self.context.sender:
            return  # this window's own write, published when it was made
        self._pending.append(changes)
        if len(self._pending) == 1:  # publish once the notices queued with it are in
            QTimer.singleShot(0, self._publish)

    def _publish(self) -> None:
        heard, self._pending = self._pending, []
        for changes in live.coalesced(heard):
            self.context.publish_from_elsewhere(changes)
