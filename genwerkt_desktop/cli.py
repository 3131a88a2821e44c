"""The ``genwerkt`` command (contracts/CLI.md): the service layer without a window.

Each command imports what it runs, in its own handler: ``genwerkt --version`` and
``--help`` load neither the database layer (SQLAlchemy, Alembic) nor the crypto, the
schemas (jsonschema), the backup or the demo code, and ``genwerkt clients`` reads a store
at this program's schema without the database layer at all (services.vault.LeanVault)
and loads no export, backup or team code.  tests/cli/test_lean_imports.py keeps it so.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from genwerkt_desktop import __version__, cli_team
from genwerkt_desktop.diagnostics import start_logging
from genwerkt_desktop.domain.clock import Clock, SystemClock
from genwerkt_desktop.domain.errors import (
    GenwerktError,
    IntegrityFailure,
    InvalidInput,
    StateError,
)
from genwerkt_desktop.domain.passphrase import MIN_LENGTH, Level, assess
from genwerkt_desktop.resources import check_installation
from genwerkt_desktop.services.exports import Audience, ExportRequest, export_kinds
from genwerkt_desktop.services.paths import resolve_data_dir

if TYPE_CHECKING:
    from genwerkt_desktop.domain.due import DueItem
    from genwerkt_desktop.services.page_check import PageCheck
    from genwerkt_desktop.services.vault import OpenVault, UnlockedVault, VaultService
    from genwerkt_desktop.store.keystore import KeyStore
    from genwerkt_desktop.store.vault import KdfPolicy

log = logging.getLogger(__name__)

# The agenda's default period reaches this far back and ahead of today (CLI.md).
AGENDA_REACH = timedelta(weeks=4)

# The command line speaks Dutch; the app words the same levels through Qt Linguist.
_TOO_WEAK = {
    Level.TOO_SHORT: f"te kort: gebruik minstens {MIN_LENGTH} tekens",
    Level.WEAK: "zwak: te voorspelbaar, neem een zin van enkele woorden",
}


def _production_policy() -> KdfPolicy:
    from genwerkt_desktop.store.vault import PRODUCTION_POLICY

    return PRODUCTION_POLICY


def _no_keystore() -> KeyStore:
    from genwerkt_desktop.store.keystore import NoKeyStore

    return NoKeyStore()


@dataclass
class Dependencies:
    """What the command needs from the outside world; tests hand in their own."""

    policy: KdfPolicy = field(default_factory=_production_policy)
    clock: Clock = field(default_factory=SystemClock)
    keystore: KeyStore = field(default_factory=_no_keystore)
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    stdin: TextIO | None = None
    stdout: TextIO | None = None
    stderr: TextIO | None = None
    ask_secret: Callable[[str], str] = getpass.getpass
    log_dir: Path | None = None  # None: the platform's log folder


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="genwerkt",
        description="Het versleutelde cliëntdossier van genwerkt, zonder venster.",
    )
    parser.add_argument("--version", action="version", version=f"genwerkt {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="map van de kluis")
    parser.add_argument("--debug", action="store_true", help="toon details bij een fout")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="lees de wachtzin uit de eerste regel"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    sub.add_parser("init", help="maak een nieuwe versleutelde kluis")
    sub.add_parser("demo", help="voeg de fictieve voorbeelddossiers toe")
    p = sub.add_parser("import", help="lees dossiers in (dossier-v1 JSON)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p = sub.add_parser("clients", help="toon de cliënten")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("export", help="schrijf een export van één dossier")
    p.add_argument("client", metavar="CLIENT", help="id of uniek begin van de naam")
    p.add_argument(
        "--kind",
        required=True,
        choices=export_kinds(),
        help=", ".join(export_kinds())
        + " (json: het hele dossier, ook persoonlijke notities; voor een overdracht tussen"
        " coaches, niet versleuteld)",
    )
    p.add_argument("--item", metavar="ID", help="welk ecogram, balans, verwijzing of overleg")
    p.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        default=None,
        help="enkel bij referral en meeting: voor de cliënt (standaard) of voor een partner",
    )
    p.add_argument(
        "--with-personal-notes",
        action="store_true",
        help="neem persoonlijke werknotities op (enkel bij --kind dossier)",
    )
    p.add_argument(
        "--easy-read",
        action="store_true",
        help="enkel bij nazorg en pop: één blad in makkelijke taal, grote letters",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p = sub.add_parser("search", help="zoek in alle dossiers")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("backup", help="schrijf een versleutelde back-up")
    p.add_argument("output", metavar="OUT")
    p = sub.add_parser("restore", help="zet een back-up terug in een lege map")
    p.add_argument("input", metavar="IN")
    sub.add_parser("verify", help="controleer de kluis op beschadiging")
    sub.add_parser("passwd", help="wijzig de wachtzin")
    p = sub.add_parser("agenda", help="wat er bij alle cliënten te doen staat")
    p.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help="eerste dag, JJJJ-MM-DD (standaard: vier weken geleden)",
    )
    p.add_argument(
        "--to",
        dest="last",
        metavar="DATE",
        help="laatste dag, JJJJ-MM-DD (standaard: over vier weken)",
    )
    p.add_argument("--json", action="store_true")
    cli_team.add_parser(sub)
    for name, action in sub.choices.items():
        if name not in ("init", "demo", "team"):
            action.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS)
    return parser


class _Command:
    def __init__(self, args: argparse.Namespace, deps: Dependencies) -> None:
        self._checked: list[tuple[UnlockedVault, PageCheck]] = []
        self.args = args
        self.deps = deps
        self.out: TextIO = deps.stdout or sys.stdout
        self.err: TextIO = deps.stderr or sys.stderr
        from genwerkt_desktop.services.vault import VaultService

        self.service: VaultService = VaultService(
            resolve_data_dir(args.data_dir or deps.env.get("GENWERKT_DATA_DIR")),
            policy=deps.policy,
            clock=deps.clock,
            keystore=deps.keystore,
        )

    def say(self, line: str) -> None:
        print(line, file=self.out)

    # --- secrets ---------------------------------------------------------------------

    def interactive(self) -> bool:
        stdin = self.deps.stdin or sys.stdin
        return bool(stdin and stdin.isatty())

    def passphrase(self) -> str:
        from_env = self.deps.env.get("GENWERKT_PASSPHRASE")
        if from_env:
            return from_env
        path = getattr(self.args, "passphrase_file", None)
        if path:
            try:
                lines = Path(path).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise StateError(
                    f"{path}: wachtzinbestand niet leesbaar ({exc.strerror})"
                ) from None
            if not lines or not lines[0]:
                raise StateError(f"{path}: de eerste regel is leeg")
            return lines[0]
        if not self.interactive():
            raise StateError("geen wachtzin: zet GENWERKT_PASSPHRASE of gebruik --passphrase-file")
        return self.deps.ask_secret("Wachtzin: ")

    def new_passphrase(self, env_name: str) -> str:
        value = self.deps.env.get(env_name)
        if not value and env_name == "GENWERKT_PASSPHRASE":
            path = getattr(self.args, "passphrase_file", None)
            if path:
                value = self.passphrase()
        if not value:
            if not self.interactive():
                raise StateError(f"geen nieuwe wachtzin: zet {env_name}")
            value = self.deps.ask_secret("Nieuwe wachtzin: ")
            if self.deps.ask_secret("Nog eens: ") != value:
                raise StateError("de twee wachtzinnen verschillen")
        strength = assess(value)
        if not strength.acceptable:
            raise StateError(f"wachtzin {_TOO_WEAK[strength.level]}")
        return value

    def open_vault(self) -> OpenVault:
        """The store, its pages checked first: a command never answers from a store with a
        damaged page somewhere, even one it would not read.  The whole-file pass (~1 s for
        a store of 280 MB) runs when the files may have changed outside genwerkt's
        knowledge: when the sealed record of the last clean pass does not match them
        exactly, or is a day old (docs/integrity.md)."""
        vault = self.service.unlock(self.passphrase())
        self._check(vault)
        return vault

    def open_for_reading(self) -> UnlockedVault:
        """As ``open_vault``, for a command that only reads: without the database layer
        when the store's schema is this program's (services.vault.LeanVault)."""
        vault = self.service.unlock_for_reading(self.passphrase())
        self._check(vault)
        return vault

    def _check(self, vault: UnlockedVault) -> None:
        from genwerkt_desktop.services.page_check import check_pages

        try:
            check = check_pages(vault)
        except BaseException:
            vault.close()
            raise
        if check.damaged:
            vault.close()
            raise IntegrityFailure(
                f"de databank is beschadigd ({check.damaged} pagina('s)); voer 'genwerkt "
                "verify' uit en zet een back-up terug"
            )
        self._checked.append((vault, check))

    def _note_closed(self) -> None:
        """After a command that succeeded: the record follows what it wrote."""
        if not self._checked:
            return
        from genwerkt_desktop.services.page_check import note_store_closed

        for vault, check in self._checked:
            vault.close()  # closed already by the command; closing again does nothing
            note_store_closed(self.service.paths, check)
        self._checked.clear()

    # --- commands --------------------------------------------------------------------

    def run(self) -> int:
        handler = getattr(self, "cmd_" + self.args.command)
        try:
            result: int = handler()
        except (StateError, InvalidInput):
            self._note_closed()  # refused for what was asked, not for what was read
            raise
        if result == 0:
            self._note_closed()
        return result

    def cmd_init(self) -> int:
        if self.service.exists():
            raise StateError(f"er staat al een kluis in {self.service.paths.data_dir}")
        created = self.service.create(self.new_passphrase("GENWERKT_PASSPHRASE"))
        created.vault.close()
        print(
            "Kluis gemaakt. Dit is de herstelcode; schrijf ze op en bewaar ze op een veilige "
            "plaats. Ze wordt nooit meer getoond:",
            file=self.err,
        )
        self.say(created.recovery_code)
        return 0

    def cmd_demo(self) -> int:
        from genwerkt_desktop.services.demo import load_demo

        vault = self.open_vault()
        try:
            for item in load_demo(vault):
                self.say(item.client_id)
        finally:
            vault.close()
        return 0

    def cmd_import(self) -> int:
        from genwerkt_desktop.services.exchange import ExchangeService

        vault = self.open_vault()
        try:
            imported = ExchangeService(vault).import_files([Path(f) for f in self.args.files])
            for item in imported:
                self.say(item.client_id)
        finally:
            vault.close()
        return 0

    def cmd_clients(self) -> int:
        from genwerkt_desktop.services.client_list import names_and_phases

        vault = self.open_for_reading()
        try:
            # Only names, status and phase are printed: neither the last contact nor what
            # is due (every open appointment and step read, ~0.9 s at 2,000 clients) is
            # asked for.
            clients = names_and_phases(vault)
        finally:
            vault.close()
        if self.args.json:
            rows = [
                {
                    "id": c.id,
                    "name": c.display_name,
                    "status": c.status.value if c.status else None,
                    "phase": c.phase.value if c.phase else None,
                }
                for c in clients
            ]
            self.say(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for c in clients:
                status = c.status.value if c.status else "-"
                phase = c.phase.value if c.phase else "-"
                self.say(f"{c.id}\t{c.display_name}\t{status}\t{phase}")
        return 0

    def cmd_export(self) -> int:
        from genwerkt_desktop.services.dossiers import DossierService
        from genwerkt_desktop.services.exports import check_request, export

        asked = ExportRequest(
            client_id=self.args.client,
            output=Path(self.args.output),
            item_id=self.args.item,
            audience=Audience(self.args.audience) if self.args.audience else None,
            with_personal_notes=self.args.with_personal_notes,
            easy_read=self.args.easy_read,
        )
        check_request(self.args.kind, asked)  # before the passphrase: nothing to open
        vault = self.open_vault()
        try:
            client = DossierService(vault).resolve(self.args.client)
            request = replace(asked, client_id=client.id)
            written = export(vault, self.args.kind, request)
        finally:
            vault.close()
        self.say(str(written))
        return 0

    def cmd_search(self) -> int:
        from genwerkt_desktop.services.search import SearchService

        vault = self.open_vault()
        try:
            hits = SearchService(vault).search(self.args.query)
        finally:
            vault.close()
        if self.args.json:
            rows = [
                {
                    "client_id": h.client_id,
                    "client": h.client_name,
                    "where": h.source,
                    "snippet": h.plain_snippet(),
                }
                for h in hits
            ]
            self.say(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for h in hits:
                self.say(f"{h.client_id}\t{h.where}\t{h.plain_snippet()}")
        return 0

    def cmd_backup(self) -> int:
        from genwerkt_desktop.services.backups import make_backup

        vault = self.open_vault()
        try:
            written = make_backup(vault, Path(self.args.output))
        finally:
            vault.close()
        self.say(str(written))
        return 0

    def cmd_restore(self) -> int:
        from genwerkt_desktop.services.backups import restore_backup

        count = restore_backup(self.service, Path(self.args.input), self.passphrase())
        self.say(str(count))
        return 0

    def cmd_verify(self) -> int:
        from genwerkt_desktop.services.backups import verify_store

        report = verify_store(self.service, self.passphrase())
        if report.ok:
            self.say("ok")
            return 0
        for problem in report.problems:
            self.say(problem)
        raise IntegrityFailure("integriteit: " + report.problems[0])

    def cmd_agenda(self) -> int:
        from genwerkt_desktop.services.due_items import DueItemsService, check_period

        today = self.deps.clock.today()
        first = _day_argument("--from", self.args.first, today - AGENDA_REACH)
        last = _day_argument("--to", self.args.last, today + AGENDA_REACH)
        check_period(first, last)  # before the passphrase: nothing to open
        vault = self.open_vault()
        try:
            items = DueItemsService(vault).between(first, last)
        finally:
            vault.close()
        if self.args.json:
            rows = [
                {
                    "kind": i.kind.value,
                    "id": i.id,
                    "client_id": i.client_id,
                    "at": i.at.isoformat(),  # a moment keeps the offset it was stored with
                    "title": i.title,
                    "status": i.status.value,
                }
                for i in items
            ]
            self.say(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for i in items:
                self.say(
                    f"{_belgian_when(i)}\t{i.status.value}\t{i.kind.value}\t"
                    f"{i.client_id}\t{i.id}\t{i.title}"
                )
        return 0

    def cmd_team(self) -> int:
        return cli_team.TeamCommands(self).run()

    def cmd_passwd(self) -> int:
        old = self.passphrase()
        new = self.new_passphrase("GENWERKT_NEW_PASSPHRASE")
        self.service.change_passphrase(old, new)
        return 0


def _day_argument(option: str, given: str | None, default: date) -> date:
    if given is None:
        return default
    # Only the plain form: date.fromisoformat would also take week dates like 2026-W48-1.
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", given):
        try:
            return date.fromisoformat(given)
        except ValueError:
            pass
    raise StateError(f"{option}: '{given}' is geen geldige datum; schrijf JJJJ-MM-DD")


def _belgian_when(item: DueItem) -> str:
    """The day, and for a moment its time in Belgian time (CLI.md "Time"): 10.30."""
    from genwerkt_desktop.domain.belgian_time import in_brussels

    if isinstance(item.at, datetime):
        local = in_brussels(item.at)
        return f"{local.date().isoformat()} {local:%H.%M}"
    return item.at.isoformat()


def _utf8_streams() -> None:
    # Names like Yılmaz must reach a terminal or pipe whatever the locale says.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding not in ("utf8", "utf16", "utf32"):
            reconfigure(encoding="utf-8", errors="replace")


def _fail(error: GenwerktError, debug: bool, err: TextIO) -> int:
    """One line on stderr; the traceback only with --debug."""
    if debug:
        traceback.print_exc(file=err)
    print(f"genwerkt: error: {error}", file=err)
    return error.exit_code


def main(argv: Sequence[str] | None = None, deps: Dependencies | None = None) -> int:
    if deps is None or deps.stdout is None:
        _utf8_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    # After the arguments: --version and --help need no keyring and no key policy.
    deps = deps or Dependencies()
    err = deps.stderr or sys.stderr
    log_path = _start_log(deps)
    code = _run(args, deps, err, log_path)
    log.info("opdracht %s klaar: code %d", args.command, code)
    return code


def _start_log(deps: Dependencies) -> Path | None:
    try:
        return start_logging("genwerkt", deps.log_dir)
    except OSError:
        return None  # a log folder we cannot write never stops the work itself


def _run(args: argparse.Namespace, deps: Dependencies, err: TextIO, log_path: Path | None) -> int:
    log.info("opdracht %s", args.command)
    try:
        check_installation()
        return _Command(args, deps).run()
    except GenwerktError as exc:
        log.info("opdracht %s geweigerd: %s", args.command, type(exc).__name__)
        return _fail(exc, args.debug, err)
    except BrokenPipeError:
        # The reader went away (``| head``); not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("genwerkt: error: onderbroken", file=err)
        return 2
    except Exception as exc:
        # Damage is exit 4; a busy store, a full disk or an unwritable file is a state the
        # user can change (exit 2).
        error = _user_error(exc)
        if error is not None:
            return _fail(error, args.debug, err)
        # A bug: say so without content, details only with --debug.
        log.error("onverwachte fout in opdracht %s", args.command, exc_info=True)
        if args.debug:
            traceback.print_exc(file=err)
        where = f"; het logboek staat in {log_path}" if log_path else ""
        print(
            f"genwerkt: error: onverwachte fout ({type(exc).__name__}); "
            f"herhaal met --debug voor details{where}",
            file=err,
        )
        return 1


def _user_error(exc: Exception) -> GenwerktError | None:
    """The user's error for a driver error or an ``OSError``; None for a bug.  (The driver's
    errors are known once the database layer is loaded: only a failed command asks.)"""
    if not isinstance(exc, OSError) and "genwerkt_desktop.store.connection" not in sys.modules:
        return None  # no store was opened, so no driver error can have come from one
    from genwerkt_desktop.services.failures import user_error

    return user_error(exc)


if __name__ == "__main__":
    sys.exit(main())
