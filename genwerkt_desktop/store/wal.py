"""Read a SQLite write-ahead log without SQLite, to find committed work it would drop.

When SQLite opens a database after a crash it replays the WAL up to the first frame
whose checksum or salt does not match, and silently forgets everything after it.  A
damaged frame followed by committed frames therefore loses finished work without a word.
This reads the WAL the way SQLite's recovery does (wal.c: header, frames, cumulative
checksums) and reports that case, so ``verify`` and unlocking can say so instead.
SQLCipher encrypts only the page images; the WAL's own framing is plain SQLite.
"""

from __future__ import annotations

import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

WAL_HEADER_BYTES: Final = 32
FRAME_HEADER_BYTES: Final = 24
_MAGIC_LE: Final = 0x377F0682
_MAGIC_BE: Final = 0x377F0683
_MASK: Final = 0xFFFFFFFF


@dataclass(frozen=True)
class WalReport:
    frames: int  # complete frames in the file
    replayable_commits: int  # commits SQLite will replay
    lost_commits: int  # commits after a damaged frame: finished work SQLite would drop

    @property
    def damaged(self) -> bool:
        return self.lost_commits > 0


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def inspect(data: bytes) -> WalReport:
    """What SQLite's recovery would make of a WAL file's bytes."""
    if len(data) < WAL_HEADER_BYTES:
        return WalReport(0, 0, 0)
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(
        ">8I", data[:WAL_HEADER_BYTES]
    )
    frame_bytes = FRAME_HEADER_BYTES + page_size
    valid_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    frames = (len(data) - WAL_HEADER_BYTES) // frame_bytes if valid_size else 0
    order = ">" if magic == _MAGIC_BE else "<"
    header_ok = (
        magic in (_MAGIC_LE, _MAGIC_BE)
        and valid_size
        and _checksum(data[:24], order, 0, 0) == (c0, c1)
    )
    if not header_ok:
        # SQLite ignores the whole log.  Frames in it mean commits that will be dropped;
        # with a damaged header their commit marks cannot be trusted, so count frames.
        return WalReport(frames, 0, 1 if frames else 0)
    s0, s1 = c0, c1
    replayable = 0
    lost = 0
    intact = True
    for index in range(frames):
        start = WAL_HEADER_BYTES + index * frame_bytes
        header = data[start : start + FRAME_HEADER_BYTES]
        _page, commit_size, f_salt1, f_salt2, f_c0, f_c1 = struct.unpack(">6I", header)
        ours = (f_salt1, f_salt2) == (salt1, salt2)
        if intact:
            s0, s1 = _checksum(header[:8], order, s0, s1)
            s0, s1 = _checksum(
                data[start + FRAME_HEADER_BYTES : start + frame_bytes], order, s0, s1
            )
            if ours and (s0, s1) == (f_c0, f_c1):
                if commit_size:
                    replayable += 1
                continue
            intact = False
        # Past the first bad frame: a frame of this log generation marked as a commit is
        # finished work that recovery will not replay.
        if ours and commit_size:
            lost += 1
    return WalReport(frames, replayable, lost)


def inspect_file(path: Path) -> WalReport:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return WalReport(0, 0, 0)
    return inspect(data)


def lost_commits(path: Path, *, settle_seconds: float = 0.2) -> int:
    """Committed transactions in the WAL at ``path`` that SQLite would silently drop.

    Another process may be appending a frame right now, which looks like a damaged tail
    for a moment: a finding is only believed when the file stays the same meanwhile.
    """
    for _attempt in range(3):
        before = _stamp(path)
        report = inspect_file(path)
        if not report.damaged:
            return 0
        time.sleep(settle_seconds)
        if _stamp(path) == before:
            return report.lost_commits
    return 0  # still being written: it is live, and SQLite's own locking guards it


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = Path(path).stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns
