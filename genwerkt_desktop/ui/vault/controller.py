"""Runs the vault use cases off the GUI thread and decides which start page comes next."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from genwerkt_desktop.domain.errors import GenwerktError, IntegrityFailure, WrongPassphrase
from genwerkt_desktop.services.vault import CreatedVault, OpenVault, VaultService
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.preload import PRELOAD, Preload
from genwerkt_desktop.ui.vault.failure import describe_failure
from genwerkt_desktop.ui.vault.names_first import NamesFirst
from genwerkt_desktop.ui.vault.page import Page
from genwerkt_desktop.ui.vault.screens import VaultScreens
from genwerkt_desktop.ui.worker import TaskRunner

if TYPE_CHECKING:
    # Read in the worker (services/vault.py); importing it here would load the domain
    # model before the unlock page is up.
    from genwerkt_desktop.services.client_list import ClientSummary

log = logging.getLogger(__name__)


class VaultController(QObject):
    """Runs the vault use cases off the GUI thread and walks the coach through the pages."""

    # An OpenVault handed over to the main window, and the client list's names when the
    # unlock read them already (a list of ClientSummary, or None).
    unlocked = Signal(object, object)
    # The client list's names, read by an unlock before the store is opened the full way
    # (a list of ClientSummary): the window shows them at once and says
    # first_list_shown() once they are painted.  Then comes `unlocked`, or
    # `names_withdrawn` when the unlock fails after all (or the coach locked meanwhile).
    names_read = Signal(object)
    names_withdrawn = Signal()
    notice = Signal(str)  # a short remark for the status bar (never client content)
    # From the worker: the vault opened is older than this program and is being updated.
    _updating = Signal()

    def __init__(
        self,
        service: VaultService,
        screens: VaultScreens,
        runner: TaskRunner,
        dialogs: Dialogs,
        parent: QObject | None = None,
        *,
        preload: Preload = PRELOAD,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._preload = preload
        self._screens = screens
        self._ops = Operations(runner, self)
        self._dialogs = dialogs
        self._setup_vault: OpenVault | None = None  # created, not yet handed over
        self._recovery_code: str | None = None
        self._keyring_unavailable: str | None = None
        self._keyring_known = False  # asked in a worker: a keyring can be slow to answer
        self._remembered = False
        self._shutting_down = False
        self._warming = False
        self._names_first = NamesFirst(preload, self)
        self._names_first.names_read.connect(self.names_read)
        self._names_first.names_withdrawn.connect(self.names_withdrawn)

        screens.create.create_requested.connect(self._create)
        screens.recovery_code.print_requested.connect(self._print_code)
        screens.recovery_code.continue_requested.connect(self._code_stored)
        screens.demo_offer.load_requested.connect(self._load_demo)
        screens.demo_offer.skip_requested.connect(self._finish_setup)
        screens.unlock.unlock_requested.connect(self._unlock)
        screens.unlock.recovery_requested.connect(self._show_recover)
        screens.recover.recover_requested.connect(self._recover)
        screens.recover.back_requested.connect(self.show_unlock)
        self._updating.connect(self._show_updating)
        # Held while a vault opens (_opening): the imports of what the coach opens later
        # wait until the worker has read what the first screen shows.
        runner.busy_changed.connect(self._worker_busy)

    # -- entry points

    def start(self) -> None:
        """A new vault when there is none; else try the remembered key, then ask."""
        if not self._service.exists():
            self._screens.create.reset()
            self._screens.show_page(self._screens.create)
            self._warm_up_soon()
            return
        self._screens.show_page(self._screens.checking)
        service = self._service
        self._opening()

        def work() -> tuple[OpenVault | None, str | None]:
            unavailable = service.remember_availability()
            vault = service.unlock_remembered(self._updating.emit) if unavailable is None else None
            return (self._ready(vault) if vault is not None else None), unavailable

        def done(result: tuple[OpenVault | None, str | None]) -> None:
            vault, unavailable = result
            self._set_keyring(unavailable)
            if vault is not None:
                self._remembered = True
                self._hand_over(vault)
            else:
                self.show_unlock()
                self._warm_up_soon()

        def failed(exc: BaseException) -> None:
            self.show_unlock()
            if isinstance(exc, IntegrityFailure):
                self._screens.unlock.show_damage(describe_failure(exc))
            else:
                self._screens.unlock.show_wrong(describe_failure(exc))
            self._warm_up_soon()

        self._run(work, done, failed)

    def show_unlock(self, message: str = "") -> None:
        if not self._keyring_known:
            self._set_keyring(self._service.remember_availability())
        page = self._screens.unlock
        page.set_remember_option(self._keyring_unavailable, self._remembered)
        page.reset(message)
        self._screens.show_page(page)
        page.passphrase.setFocus()

    def shutdown(self) -> None:
        """The window closes: finish running work and drop a vault not yet handed over."""
        self._shutting_down = True
        self._names_first.close()  # a worker waiting for the names' paint goes on
        self._ops.flush()
        self._drop_setup_vault()

    # -- plumbing

    def _warm_up_soon(self) -> None:
        """From the event loop, after the page just shown: started earlier, the imports
        would hold the interpreter while that page is laid out and painted."""
        QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        """Import what an open vault needs (the database layer, every service and view)
        while the coach reads or types, on a thread of its own (ui/preload.py), never on
        the worker: an unlock submitted early does not queue behind the imports.  The app
        starts it with the process already; this covers a window made without the app."""
        if self._warming or self._shutting_down:
            return
        self._warming = True
        self._preload.start()

    def _opening(self) -> None:
        """A vault is about to be opened in the worker."""
        self._preload.hold()

    def _worker_busy(self, busy: bool) -> None:
        if not busy:
            self._preload.release()

    def _ready(self, vault: OpenVault) -> OpenVault:
        """In the worker, before the hand-over: what the work area needs is imported
        (the preload thread is waited for), so the window builds it without waiting for
        an import on the GUI thread.  A vault that cannot be shown is closed again."""
        try:
            self._preload.require()
        except BaseException:
            vault.close()
            raise
        return vault

    def _set_keyring(self, unavailable: str | None) -> None:
        self._keyring_unavailable = unavailable
        self._keyring_known = True

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        # Unlocking, creating, recovering: none makes another's answer pointless.
        self._ops.query(work, done, failure=failed)

    def _show_updating(self) -> None:
        """A vault from an older version: a safety copy, then its update, before it opens
        (on a large vault that takes a while: the search index is built again)."""
        text = QCoreApplication.translate(
            "VaultScreens", "De kluis wordt bijgewerkt voor deze versie; dat kan even duren…"
        )
        for page in (self._screens.unlock, self._screens.checking):
            if page.is_busy():
                page.set_busy(True, text)

    def _busy(self, page: Page, text: str) -> Callable[[], None]:
        page.set_busy(True, text)
        return lambda: page.set_busy(False)

    def _hand_over(self, vault: OpenVault, names: list[ClientSummary] | None = None) -> None:
        if self._shutting_down:
            vault.close()
            return
        self._names_first.handed_over()
        self.unlocked.emit(vault, names)

    # -- the names first (an unlock with the passphrase, see names_first.py)

    def first_list_shown(self) -> None:
        """The window painted the names (or cannot show them): the worker goes on."""
        self._names_first.shown()

    def cancel_opening(self) -> None:
        """The coach locked while the names were shown and the store was still being
        opened: the vault that comes is closed at once, never shown."""
        self._names_first.cancel()

    def _drop_setup_vault(self) -> None:
        self._recovery_code = None
        self._screens.recovery_code.clear()
        if self._setup_vault is not None:
            self._setup_vault.close()
            self._setup_vault = None

    # -- creating

    def _create(self, passphrase: str) -> None:
        page = self._screens.create
        idle = self._busy(
            page,
            QCoreApplication.translate("VaultScreens", "De kluis wordt gemaakt en versleuteld…"),
        )
        service = self._service

        def work() -> tuple[CreatedVault, str | None]:
            created = service.create(passphrase)
            return created, service.remember_availability()

        def done(result: tuple[CreatedVault, str | None]) -> None:
            idle()
            page.reset()
            created, unavailable = result
            self._set_keyring(unavailable)
            if self._shutting_down:
                created.vault.close()
                return
            self._setup_vault = created.vault
            self._recovery_code = created.recovery_code
            self._screens.recovery_code.show_code(created.recovery_code)
            self._screens.show_page(self._screens.recovery_code)

        def failed(exc: BaseException) -> None:
            idle()
            page.show_error(describe_failure(exc))

        self._run(work, done, failed)

    def _print_code(self) -> None:
        if self._recovery_code is None:
            return
        page = self._screens.recovery_code
        title = QCoreApplication.translate("VaultScreens", "genwerkt: herstelcode")
        lead = QCoreApplication.translate(
            "VaultScreens", "Deze code opent uw genwerkt-kluis als u de wachtzin vergeet."
        )
        keep = QCoreApplication.translate(
            "VaultScreens", "Bewaar dit blad op een veilige plek, niet bij de laptop."
        )
        sheet = (
            f"<h2>{html.escape(title)}</h2><p>{html.escape(lead)}</p>"
            "<p style='font-family: monospace; font-size: x-large;'>"
            f"{html.escape(self._recovery_code)}</p><p>{html.escape(keep)}</p>"
        )
        try:
            printed = self._dialogs.print_document(page.window(), title, sheet)
        except Exception as exc:
            page.show_message(describe_failure(exc))
            return
        if printed:
            page.show_message("")
            page.stored.setFocus()

    def _code_stored(self) -> None:
        if not self._screens.recovery_code.stored.isChecked():
            return
        self._recovery_code = None
        self._screens.recovery_code.clear()
        self._screens.demo_offer.show_error("")
        self._screens.show_page(self._screens.demo_offer)
        self._screens.demo_offer.yes_button.setFocus()

    def _load_demo(self) -> None:
        from genwerkt_desktop.services.demo import load_demo  # jsonschema: only needed here

        vault = self._setup_vault
        if vault is None:
            return
        page = self._screens.demo_offer
        idle = self._busy(
            page, QCoreApplication.translate("VaultScreens", "De voorbeelddossiers worden geladen…")
        )

        def done(imported: list[Any]) -> None:
            idle()
            self._finish_setup()
            self.notice.emit(
                QCoreApplication.translate(
                    "VaultScreens", "{count} fictieve voorbeelddossiers geladen."
                ).format(count=len(imported))
            )

        def failed(exc: BaseException) -> None:
            idle()
            page.show_error(
                describe_failure(exc)
                + " "
                + QCoreApplication.translate("VaultScreens", "U kunt ook leeg beginnen.")
            )

        self._run(lambda: load_demo(vault), done, failed)

    def _finish_setup(self) -> None:
        vault = self._setup_vault
        if vault is None:
            return
        self._setup_vault = None
        self._hand_over(vault)

    # -- opening

    def _unlock(self, passphrase: str, remember: bool) -> None:
        page = self._screens.unlock
        service = self._service
        offer = self._keyring_unavailable is None
        was_remembered = self._remembered
        self._opening()
        self._names_first.begin()

        def work() -> tuple[OpenVault, list[ClientSummary] | None, str | None]:
            vault, names = service.unlock_with_names(
                passphrase, updating=self._updating.emit, names_read=self._names_first.in_worker
            )
            self._ready(vault)
            warning = None
            try:
                if offer and remember:
                    service.remember_on_device(vault)
                elif offer and was_remembered:
                    service.forget_on_device()
            except GenwerktError as exc:
                warning = str(exc)
            return vault, names, warning

        def done(result: tuple[OpenVault, list[ClientSummary] | None, str | None]) -> None:
            idle()
            vault, names, warning = result
            if self._names_first.end():  # locked while the names were up
                vault.close()
                return
            if offer and warning is None:
                self._remembered = remember
            page.reset()
            self._hand_over(vault, names)
            if warning:
                self.notice.emit(
                    QCoreApplication.translate(
                        "VaultScreens", "Onthouden op dit apparaat lukte niet: {reason}."
                    ).format(reason=warning.rstrip("."))
                )

        def failed(exc: BaseException) -> None:
            idle()
            cancelled = self._names_first.end()
            self._names_first.withdraw()
            if cancelled:
                return  # locked meanwhile: the unlock page is up, without an old error
            if isinstance(exc, WrongPassphrase):
                page.show_wrong(
                    QCoreApplication.translate(
                        "VaultScreens",
                        "Deze wachtzin opent de kluis niet. Let op hoofdletters, spaties "
                        "en leestekens, en probeer opnieuw.",
                    )
                )
            elif isinstance(exc, IntegrityFailure):
                page.show_damage(describe_failure(exc))
            else:
                page.show_wrong(describe_failure(exc))

        # The key is derived from now on; the page shows it is busy meanwhile (its answer
        # comes through the event loop, after this).
        self._run(work, done, failed)
        idle = self._busy(
            page, QCoreApplication.translate("VaultScreens", "De kluis wordt geopend…")
        )

    def _show_recover(self) -> None:
        self._screens.unlock.reset()
        self._screens.recover.reset()
        self._screens.show_page(self._screens.recover)
        self._screens.recover.code.setFocus()

    def _recover(self, code: str, new_passphrase: str) -> None:
        page = self._screens.recover
        idle = self._busy(
            page,
            QCoreApplication.translate(
                "VaultScreens", "De kluis wordt geopend met de herstelcode…"
            ),
        )
        service = self._service

        def done(vault: OpenVault) -> None:
            idle()
            page.reset()
            self._hand_over(vault)
            self.notice.emit(
                QCoreApplication.translate(
                    "VaultScreens", "De kluis is open. Gebruik voortaan uw nieuwe wachtzin."
                )
            )

        def failed(exc: BaseException) -> None:
            idle()
            if isinstance(exc, WrongPassphrase):
                page.show_wrong_code(
                    QCoreApplication.translate(
                        "VaultScreens",
                        "Deze herstelcode past niet bij deze kluis. Controleer elke groep tekens.",
                    )
                )
            else:
                page.show_error(describe_failure(exc))

        self._opening()
        self._run(
            lambda: self._ready(service.unlock_with_recovery(code, new_passphrase)), done, failed
        )
