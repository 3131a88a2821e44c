"""The desktop on a real X server (Xvfb), not only offscreen: Qt's xcb platform plugin
loads with the system libraries .ci/run and the README name, and a window appears."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

WAIT_SECONDS = 30


def _free_display() -> str:
    for number in range(90, 190):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return f":{number}"
    raise AssertionError("no free X display number")


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed for this test (Debian: xvfb; .ci/run installs it)"
    display = _free_display()
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while "root window" not in _window_names(display):  # until it takes connections
            assert server.poll() is None, "Xvfb stopped"
            assert time.monotonic() < deadline, "Xvfb does not answer"
            time.sleep(0.2)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _window_names(display: str) -> str:
    xwininfo = shutil.which("xwininfo")
    assert xwininfo, "xwininfo is needed (Debian: x11-utils; .ci/run installs it)"
    listing = subprocess.run(
        [xwininfo, "-root", "-tree"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
    )
    return listing.stdout


def test_the_desktop_shows_its_window_on_an_x_server(x_display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update({"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"})
    app = subprocess.Popen(
        [sys.executable, "-m", "genwerkt_desktop.app", "--data-dir", str(tmp_path / "kluis")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline and app.poll() is None:
            if '"genwerkt"' in _window_names(x_display):
                break
            time.sleep(0.5)
        assert app.poll() is None, app.stderr.read() if app.stderr else ""
        assert '"genwerkt"' in _window_names(x_display)  # the main window, by its title
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=15)
    assert "Could not load the Qt platform plugin" not in err
