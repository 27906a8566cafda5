"""The settings an operator and a newcomer meet: every variable documented,
production passing Django's deployment checks, the development server safe."""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]


def variables_read_by_settings():
    names = set()
    for path in (BASE_DIR / "portal" / "settings").glob("*.py"):
        text = path.read_text()
        names |= set(re.findall(r'env(?:_bool|_list)?\(\s*"([A-Z0-9_]+)"', text))
        names |= set(re.findall(r'os\.environ\.get\(\s*"([A-Z0-9_]+)"', text))
    return names


def test_env_example_names_every_variable_the_settings_read():
    example = (BASE_DIR / ".env.example").read_text()
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, re.M))
    read = variables_read_by_settings()
    assert "PORTAL_PROXY_HOPS" in read and "SEARCH_URL" in read
    assert read - documented == set()


def production_env(tmp_path):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "portal.example.go.th",
        "REPORTS_ENCRYPTION_KEYS": "h0OM5Ycq3Ccrcqr0EJ7mGhmqmE9SlvHq2j4ZD1ByXg4=",
        "REPORTS_HMAC_KEY": secrets.token_urlsafe(50),
        "REDIS_URL": "redis://127.0.0.1:9/0",  # never contacted by the checks
        "PORTAL_VAR_DIR": str(tmp_path / "var"),
    }


def test_production_passes_the_deployment_checks(tmp_path):
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
