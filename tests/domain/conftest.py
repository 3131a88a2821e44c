"""Shared fixtures for the domain tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fakes import FixedClock


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2024, 6, 15, 9, 30, tzinfo=UTC))
