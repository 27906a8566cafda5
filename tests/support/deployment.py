"""The deployment files of deploy/, read as the machines that run them do:
the environment file as systemd's EnvironmentFile= reads it, a unit's
ExecStart=, the nginx site with this machine's paths and ports.

The tests start processes from these files, swapping only what differs on a
test machine: the paths (PATHS) and the ports.
"""

import re
import secrets
import shlex
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
DEPLOY = BASE_DIR / "deploy"


def read_env_file(path=DEPLOY / "portal.env") -> dict[str, str]:
    """KEY=value lines; comments and blank lines skipped (systemd's rules
    for the plain values this file holds)."""
    values = {}
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


def secrets_filled(environment: dict[str, str]) -> dict[str, str]:
    """The file with the secrets an operator generates (docs/operations.md)."""
    from cryptography.fernet import Fernet

    return {
        **environment,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "REPORTS_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "REPORTS_HMAC_KEY": secrets.token_urlsafe(50),
    }


def exec_start(unit: str, paths: dict[str, str]) -> list[str]:
    """The command line of ``deploy/systemd/<unit>``, paths swapped."""
    text = (DEPLOY / "systemd" / unit).read_text()
    command = re.search(r"^ExecStart=(.+)$", text, re.M).group(1)
    return [swap(part, paths) for part in shlex.split(command)]


def unit_value(unit: str, key: str) -> str:
    text = (DEPLOY / "systemd" / unit).read_text()
    return re.search(rf"^{key}=(.+)$", text, re.M).group(1).strip()


def swap(text: str, paths: dict[str, str]) -> str:
    for production, here in paths.items():
        text = text.replace(production, here)
    return text


def machine_paths(root: Path) -> dict[str, str]:
    """Production path -> where it is on this machine, longest first."""
    return {
        "/srv/portal/venv/bin/": str(Path(sys.executable).parent) + "/",
        "/srv/portal/app": str(BASE_DIR),
        "/srv/portal/static": str(root / "static"),
        "/var/lib/portal": str(root / "state"),
        "/etc/portal/portal.env": str(root / "portal.env"),
        "/etc/ssl/portal": str(root / "tls"),
        "/etc/nginx/portal-upstream.conf": str(root / "portal-upstream.conf"),
        "/var/log/nginx": str(root / "log"),
    }
