"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None on every call that
returns nothing, and the app aborted after a few thousand clicks. pyproject excludes it;
this test keeps any other build with that fault out."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_leave_the_reference_count_of_none_alone(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("genwerkt")
    assert abs(sys.getrefcount(None) - before) < 100
