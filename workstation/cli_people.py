"""`workstation-cli users ...` and the CLI's sign-in (`--user LOGIN`, `--token BADGE`).

Parsing only needs argparse and the roles table; the services are imported when a command runs.
With no people defined the CLI runs as the implicit administrator, as it always did. Once
people exist, a command runs as the person `--user` (password from WORKSTATION_PASSWORD, else a
prompt on a terminal, else the first line of standard input) or `--token` (a badge code) names;
without either it may read but every change that needs a role is refused.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

from workstation.domain.role_codes import ROLE_CODES

ENV_PASSWORD = "WORKSTATION_PASSWORD"
ENV_TOKEN = "WORKSTATION_TOKEN"
_QT: list[Any] = []  # the QGuiApplication a badge label needed, kept alive until the process ends


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="LOGIN",
                        help=f"act as this person (password: {ENV_PASSWORD}, a prompt, or the first line of stdin)")
    parser.add_argument("--token", metavar="BADGE",
                        help=f"act as the person of this badge code (or {ENV_TOKEN})")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("users", help="people who sign in, their roles and badges (administrators)")
    p.add_argument("action", nargs="?", default="list",
                   choices=("list", "add", "disable", "enable", "password", "role", "badge", "revoke-badges"))
    p.add_argument("login", nargs="?")
    p.add_argument("--role", choices=ROLE_CODES, help="add, role: administrator, purchaser or clerk")
    p.add_argument("--name", help="add: the name shown in the window")
    p.add_argument("--password-stdin", dest="password_stdin", action="store_true",
                   help="add, password: read the new password from the next line of standard input")
    p.add_argument("--label", metavar="FILE", help="badge: also save the badge label as FILE.png or FILE.pdf")
    p.add_argument("--stock", choices=("58x40", "100x150"), default="58x40", help="badge: label size (mm)")
    p.set_defaults(func=cmd_users)


def reads_only(args: argparse.Namespace) -> bool:
    return getattr(args, "action", "list") == "list"


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def sign_in(core: Any, args: argparse.Namespace) -> None:
    """Make `core.actor` the person the options name; SignInFailed when they are wrong. Without
    options: the implicit administrator while nobody is defined, else nobody (reads only)."""
    from workstation.services.people import sign_in as become
    from workstation.services.people import sign_out

    people = core.people
    login = getattr(args, "user", None)
    token = getattr(args, "token", None) or os.environ.get(ENV_TOKEN)
    if login:
        password = os.environ.get(ENV_PASSWORD)
        if password is None:
            password = _read_secret(f"Password for {login}: ")
        become(core.actor, people.authenticate(login, password))
    elif token:
        become(core.actor, people.authenticate_badge(token))
    elif people.required():
        sign_out(core.actor, core.actor.user)


def _new_password(args: argparse.Namespace) -> str:
    from workstation.services.errors import InvalidInput

    if args.password_stdin:
        return _read_secret("")
    if not sys.stdin.isatty():
        raise InvalidInput("Give the new password with --password-stdin (one line on standard input).")
    first = _read_secret("New password: ")
    if _read_secret("Again: ") != first:
        raise InvalidInput("The two passwords differ; nothing was changed.")
    return first


def cmd_users(core: Any, args: argparse.Namespace) -> int:
    import json

    from workstation.services.errors import InvalidInput

    people = core.people
    if args.action == "list":
        rows = people.list()
        if args.json:
            print(json.dumps([{"login": p.login, "name": p.name, "role": p.role, "active": p.active,
                               "badges": p.badges, "created_at": p.created_at.isoformat()} for p in rows],
                             ensure_ascii=False, indent=2))
        else:
            print("\n".join(f"{p.login:20} {p.role:14} {'active' if p.active else 'disabled':9} "
                            f"badges {p.badges}  {p.name}" for p in rows)
                  or "No people defined: this station runs as one administrator (workstation-cli users add).")
        return 0
    if not args.login:
        raise InvalidInput(f"users {args.action}: give the person's LOGIN.")
    if args.action == "add":
        if not args.role:
            raise InvalidInput("users add: give --role administrator, purchaser or clerk.")
        person = people.add(core.actor, args.login, args.role, _new_password(args), args.name or "")
        _say(args, {"login": person.login, "role": person.role, "name": person.name},
             f"Added {person.login} ({person.role}).")
    elif args.action == "password":
        people.set_password(core.actor, args.login, _new_password(args))
        _say(args, {"login": args.login}, f"Password of {args.login} changed.")
    elif args.action == "role":
        if not args.role:
            raise InvalidInput("users role: give --role administrator, purchaser or clerk.")
        person = people.update(core.actor, args.login, role_code=args.role)
        _say(args, {"login": person.login, "role": person.role}, f"{person.login} is now a {person.role}.")
    elif args.action in ("disable", "enable"):
        person = (people.disable if args.action == "disable" else people.enable)(core.actor, args.login)
        _say(args, {"login": person.login, "active": person.active},
             f"{person.login} is {'active' if person.active else 'disabled'}.")
    elif args.action == "revoke-badges":
        count = people.revoke_badges(core.actor, args.login)
        _say(args, {"login": args.login, "revoked": count}, f"{count} badge(s) of {args.login} revoked.")
    else:  # badge
        person = people.get(args.login)
        code = people.issue_badge(core.actor, person.login)
        saved = _badge_label(person, code, args.label, args.stock) if args.label else None
        _say(args, {"login": person.login, "badge": code, "label": str(saved) if saved else None},
             f"Badge of {person.login}: {code}\n(shown once; scan it at a station to sign in"
             + (f"; label saved to {saved})" if saved else "; --label FILE.png saves a label to print)"))
    return 0


def _say(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    import json

    print(json.dumps(payload, ensure_ascii=False, indent=2) if args.json else text)


def _badge_label(person: Any, code: str, target: str, stock: str) -> Path:
    """The badge label (scanner/labels.py) as PNG or PDF."""
    from pathlib import Path

    from PySide6.QtGui import QGuiApplication

    from workstation.scanner.labels import (
        STOCK_58,
        BadgeLabel,
        STOCK_100x150,
        render,
        save_pdf,
        save_png,
    )
    from workstation.services.errors import InvalidInput

    path = Path(target)
    if path.suffix.lower() not in (".png", ".pdf"):
        raise InvalidInput("--label: give a file name ending in .png or .pdf")
    if QGuiApplication.instance() is None:  # fonts and painting need one; no window is shown
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _QT.append(QGuiApplication([sys.argv[0]]))
    label = BadgeLabel(code=code, name=person.name or person.login, login=person.login,
                       role=_role_name(person.role))
    chosen = STOCK_100x150 if stock == "100x150" else STOCK_58
    if path.suffix.lower() == ".pdf":
        save_pdf([label], chosen, path)
    else:
        save_png(render(label, chosen), path)
    return path


def _role_name(code: str) -> str:
    from workstation.domain.roles import ROLES

    return ROLES[code].name
