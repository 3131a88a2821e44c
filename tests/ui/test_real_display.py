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
# X servers are a Linux matter; CI runs on Linux with Xvfb (.ci/run installs it).
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="needs an X server (Linux)")


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed for this test (Debian: xvfb; .ci/run installs it)"
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=[write_end],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = os.read(read_end, 16).decode().strip()
        os.close(read_end)
        assert number, "Xvfb did not start"
        yield f":{number}"
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
