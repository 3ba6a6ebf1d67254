"""Where the workstation keeps its data and which database and marketplace it talks to.

Precedence: command-line option, then environment variable, then default.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "workstation"
APP_AUTHOR = "workstation"

ENV_DATA_DIR = "WORKSTATION_DATA_DIR"
ENV_DB_URL = "WORKSTATION_DB_URL"
ENV_MARKETPLACE = "WORKSTATION_MARKETPLACE"

SANDBOX = "sandbox"


class ConfigError(Exception):
    """The configuration cannot be used; the message says which setting and why."""


@dataclass(frozen=True)
class Config:
    data_dir: Path
    db_url: str
    marketplace: str = SANDBOX  # "sandbox" (embedded default) or a gateway base URL
    sandbox_port: int = 0  # 0: take the port the sandbox records in its state file

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def sandbox_dir(self) -> Path:
        return self.data_dir / "sandbox"

    @property
    def uses_sandbox(self) -> bool:
        return self.marketplace == SANDBOX


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def load_config(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None,
                marketplace: str | None = None, env: dict[str, str] | None = None) -> Config:
    """Build the configuration; creates nothing on disk (see `ensure_data_dir`)."""
    env = os.environ if env is None else env
    raw_dir = data_dir or env.get(ENV_DATA_DIR) or default_data_dir()
    directory = Path(raw_dir).expanduser().resolve()
    url = db_url or env.get(ENV_DB_URL) or sqlite_url(directory / "workstation.sqlite3")
    if not (url.startswith("sqlite") or url.startswith("postgresql")):
        raise ConfigError(
            f"Database URL {url!r} is not supported: use sqlite:///PATH or postgresql+psycopg://..."
        )
    return Config(directory, url, marketplace or env.get(ENV_MARKETPLACE) or SANDBOX)


def owner_only(path: Path, mode: int = 0o600) -> None:
    """Make a file (0600) or folder (0700) of ours readable by its owner only, where the system
    has such modes; a file owned by someone else (a shared folder given with --data-dir) is left."""
    if os.name != "posix" or not path.exists():
        return
    with contextlib.suppress(OSError):
        if path.stat().st_uid == os.getuid() and (path.stat().st_mode & 0o777) != mode:
            path.chmod(mode)


def ensure_data_dir(config: Config) -> None:
    """Create the data directory and check that it is writable, with a clear error if not."""
    try:
        # a folder given with --data-dir that is not ours (a home folder, a share) keeps its mode
        ours = (not config.data_dir.exists() or (config.data_dir / "workstation.sqlite3").exists()
                or config.log_dir.is_dir())
        config.data_dir.mkdir(parents=True, exist_ok=True)
        config.log_dir.mkdir(exist_ok=True)
        for folder in ((config.data_dir, config.log_dir) if ours else (config.log_dir,)):
            owner_only(folder, 0o700)  # orders, customers, addresses, tokens: nobody else's to read
        # a probe of its own: several starts at once never trip over one another's
        with tempfile.NamedTemporaryFile(dir=config.data_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise ConfigError(
            f"The data directory {config.data_dir} cannot be written ({exc.strerror or exc}). "
            f"Choose another with --data-dir or {ENV_DATA_DIR}."
        ) from exc
