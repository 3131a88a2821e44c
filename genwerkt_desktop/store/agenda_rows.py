"""The agenda's queries besides what is due (that is ``due_rows``): the days to look
again at a paused referral or a step on hold.

Each function answers plain rows (attribute access by column name); the agenda service
turns them into agenda items.  Callers own the connection.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, select

from genwerkt_desktop.domain.enums import StepStatus

from .models import GoalRow, OrganisationRow, ReferralRow, StepRow, table_of
from .pop_follow_up import step_revisits
from .row_values import Rows

_OPEN_GOAL_STATES = ("open", "bezig")


def referrals_to_revisit(conn: Connection, first: date, last: date) -> Rows:
    """Referrals paused or stopped, to look at again from ``first`` to ``last``:
    ``id, client_id, revisit_on, name`` (of the organisation)."""
    r, o = table_of(ReferralRow), table_of(OrganisationRow)
    return conn.execute(
        select(r.c.id, r.c.client_id, r.c.revisit_on, o.c.name)
        .join(o, o.c.id == r.c.organisation_id)
        .where(
            r.c.revisit_on >= first, r.c.revisit_on <= last, r.c.status.in_(("time_out", "gestopt"))
        )
    ).all()


def steps_to_revisit(conn: Connection, first: date, last: date) -> Rows:
    """Steps on hold (of open goals) to look at again from ``first`` to ``last``:
    ``id, text, revisit_on, client_id``."""
    v, s, g = step_revisits, table_of(StepRow), table_of(GoalRow)
    return conn.execute(
        select(s.c.id, s.c.text, v.c.revisit_on, g.c.client_id)
        .join(s, s.c.id == v.c.step_id)
        .join(g, g.c.id == s.c.goal_id)
        .where(
            v.c.revisit_on >= first,
            v.c.revisit_on <= last,
            s.c.status == StepStatus.ON_HOLD.value,
            g.c.status.in_(_OPEN_GOAL_STATES),
        )
    ).all()
