"""The audit log records what happened without content, and notices tampering."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.vault import OpenVault
from tests.demo_files import AYSE_ID, LUKASZ_ID


def test_actions_are_logged_without_content_and_the_chain_holds(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)
    ExchangeService(vault).export_json(AYSE_ID, tmp_path / "a.json")
    DossierService(vault).delete_for_good(LUKASZ_ID)
    log = AuditService(vault)
    entries = log.recent()
    actions = [e.action for e in entries]
    assert actions[:2] == ["verwijderd", "geëxporteerd"]
    assert actions[-1] == "aangemaakt"
    deleted = entries[0]
    assert deleted.client_id == LUKASZ_ID and deleted.detail is None
    for entry in entries:
        assert "Wróblewski" not in f"{entry.detail} {entry.action}"
    assert log.chain_problem() is None


def test_an_altered_line_breaks_the_chain(vault: OpenVault) -> None:
    load_demo(vault)
    with vault.db.write() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'geopend' WHERE seq = 2"))
    assert AuditService(vault).chain_problem() == "auditlog: regel 2 is gewijzigd"


def test_a_failed_delete_leaves_no_audit_line(vault: OpenVault) -> None:
    """The audit line commits with its write: no 'verwijderd' for a delete that failed."""
    load_demo(vault)
    before = len(AuditService(vault).recent())
    try:
        DossierService(vault).delete_for_good("00000000-0000-4000-8000-00000000dead")
    except Exception as exc:
        assert "geen cliënt" in str(exc)
    assert len(AuditService(vault).recent()) == before
