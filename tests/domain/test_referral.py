from __future__ import annotations

from genwerkt_desktop.domain.enums import ReferralStatus
from genwerkt_desktop.domain.model import ReferralStep
from genwerkt_desktop.domain.referral import (
    STEP_NUMBERS,
    referral_progress,
    validate_referral,
)
from tests.domain.builders import D, referral

TODAY = D(2024, 6, 15)


def test_seven_numbered_steps() -> None:
    assert STEP_NUMBERS == (1, 2, 3, 4, 5, 6, 7)


def test_next_step_is_the_first_one_still_open() -> None:
    progress = referral_progress(referral(done=(1, 2, 4)), TODAY)
    assert progress.done == (1, 2, 4)
    assert progress.next_step == 3
    assert not progress.complete and not progress.paused and not progress.revisit_due
    assert referral_progress(referral(), TODAY).next_step == 1


def test_all_seven_done_is_complete() -> None:
    progress = referral_progress(referral(done=(1, 2, 3, 4, 5, 6, 7)), TODAY)
    assert progress.complete and progress.next_step is None


def test_pause_keeps_the_next_step_and_says_when_to_look_again() -> None:
    later = referral(done=(1, 2), status=ReferralStatus.TIME_OUT, revisit_on=D(2024, 7, 1))
    progress = referral_progress(later, TODAY)
    assert progress.paused and progress.next_step == 3 and not progress.revisit_due
    assert referral_progress(later, D(2024, 7, 1)).revisit_due


def test_a_stopped_referral_has_no_next_step() -> None:
    stopped = referral(done=(1,), status=ReferralStatus.STOPPED)
    progress = referral_progress(stopped, TODAY)
    assert progress.next_step is None and not progress.paused


def test_ticks_with_problems_are_reported() -> None:
    messy = referral(
        steps=(
            ReferralStep(step=2, done=True),
            ReferralStep(step=2, done=False),
            ReferralStep(step=9, done=True),
            ReferralStep(step=3, done=False, done_on=D(2024, 3, 3)),
        )
    )
    problems = validate_referral(messy)
    assert len(problems) == 3
    assert any("Stap 2" in p for p in problems)
    assert any("Stap 9" in p for p in problems)
    assert any("Stap 3" in p for p in problems)
    assert referral_progress(messy, TODAY).done == (2,)
    assert validate_referral(referral(done=(1, 2))) == []
