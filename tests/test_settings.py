"""The settings an operator and a newcomer meet: every variable documented,
production passing Django's deployment checks, the development server safe."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.deployment import (
    DEPLOY,
    machine_paths,
    read_env_file,
    secrets_filled,
    swap,
)

BASE_DIR = Path(__file__).resolve().parents[1]


def variables_read_by_settings():
    names = set()
    sources = [*(BASE_DIR / "portal" / "settings").glob("*.py")]
    for path in [*sources, DEPLOY / "gunicorn.conf.py"]:
        text = path.read_text()
        names |= set(re.findall(r'env(?:_bool|_list)?\(\s*"([A-Z0-9_]+)"', text))
        names |= set(re.findall(r'os\.environ\.get\(\s*"([A-Z0-9_]+)"', text))
    return names


def test_the_environment_file_names_every_variable_the_portal_reads():
    example = (DEPLOY / "portal.env").read_text()
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, re.M))
    read = variables_read_by_settings()
    assert "PORTAL_PROXY_HOPS" in read and "SEARCH_URL" in read
    assert "PORTAL_BIND" in read and "PORTAL_WORKERS" in read  # gunicorn's
    assert read - documented == set()


def production_env(tmp_path):
    """deploy/portal.env as an operator fills it in, local paths swapped."""
    environment = swap_paths(secrets_filled(read_env_file()), machine_paths(tmp_path))
    return {
        **environment,
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
    }


def swap_paths(environment, paths):
    return {key: swap(value, paths) for key, value in environment.items()}


def test_production_passes_the_deployment_checks(tmp_path):
    """Under the environment file of deploy/, as the units read it."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_development_server_answers_404_to_a_path_out_of_static(tmp_path):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "PORTAL_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run(
        [*manage, "migrate", "--noinput", "-v", "0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        with socket.create_connection(("127.0.0.1", port), 5) as sock:
            sock.sendall(
                b"GET /static/../manage.py HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Connection: close\r\n\r\n"
            )
            status_line = sock.recv(200).split(b"\r\n", 1)[0]
        assert b" 404 " in status_line
        css = urllib.request.urlopen(  # noqa: S310 (loopback)
            f"http://127.0.0.1:{port}/static/css/portal.css", timeout=10
        )
        assert css.status == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
