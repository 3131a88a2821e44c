"""The coach's contact details survive a restart and never break a sheet when missing."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.services.coach_profile import CoachProfile, load_profile, save_profile
from genwerkt_desktop.services.paths import VaultPaths


def test_profile_is_saved_and_read_back(tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path)
    profile = CoachProfile(name="Sara Claes", organisation="OCMW Gent", phone="09 266 99 00")
    save_profile(paths, profile)
    assert load_profile(paths) == profile
    assert load_profile(paths).contact_lines() == ["Sara Claes", "OCMW Gent", "09 266 99 00"]


def test_missing_or_damaged_profile_reads_as_empty(tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path)
    assert load_profile(paths) == CoachProfile()
    (tmp_path / "coach.json").write_text("{niet json", encoding="utf-8")
    assert load_profile(paths).contact_lines() == []
