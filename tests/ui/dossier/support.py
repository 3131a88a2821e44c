"""One tab's presenter on the real DossierController, wired as the dossier workspace
wires it: the controller's whole read resets the tab (``show``), and a read-back of the
parts the tab itself wrote is handed to ``keep``.  Both are recorded, so a test can tell
a reset from a kept view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

import pytest
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.ui.clients.support import wait_for


class Shows(Protocol):
    def show(self, dossier: Dossier) -> None: ...
    def keep(self, dossier: Dossier) -> None: ...


@dataclass
class Deliveries:
    """What the controller handed to the presenter: resets and kept read-backs."""

    resets: list[Dossier] = field(default_factory=list)
    kept: list[Dossier] = field(default_factory=list)


def deliver(controller: DossierController, presenter: Shows, initiator: object) -> Deliveries:
    """Connect the presenter to the controller as the workspace does for its tab."""
    seen = Deliveries()

    def loaded(dossier: Dossier) -> None:
        seen.resets.append(dossier)
        presenter.show(dossier)

    def parts_loaded(dossier: Dossier, _parts: frozenset[Part], by: object) -> None:
        if by is initiator:
            seen.kept.append(dossier)
            presenter.keep(dossier)
        else:
            seen.resets.append(dossier)
            presenter.show(dossier)

    controller.loaded.connect(loaded)
    controller.parts_loaded.connect(parts_loaded)
    return seen


@pytest.fixture
def dossier_controller(
    demo_workspace: Workspace, runner: TaskRunner, events: DataEvents
) -> Iterator[DossierController]:
    """The real controller, on the worker; nothing loaded yet."""
    real = DossierController(demo_workspace, runner, events)
    yield real
    real.forget()
    runner.wait()


def shown_view(qtbot, widget: QWidget, width: int = 1000, height: int = 700) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget


def load(qtbot, controller: DossierController, seen: Deliveries, client_id: str) -> Dossier:  # type: ignore[no-untyped-def]
    """Open a dossier through the controller and wait until the presenter shows it."""
    before = len(seen.resets)
    controller.load(client_id)
    wait_for(qtbot, lambda: len(seen.resets) > before)
    return seen.resets[-1]


def settle(qtbot, runner: TaskRunner, condition: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Let the worker finish and its answers (and the read-backs they start) arrive."""
    runner.wait()
    wait_for(qtbot, condition)
