"""The whole production stack on one machine, started from deploy/ as an
operator would start it: nginx (TLS, the portal site), two app servers
(portal-web.service), the task worker (portal-worker.service), PostgreSQL,
Redis, S3-compatible object storage (moto) and a mail server (a sink).

Every service the app talks to sits behind a FaultyProxy, so a test can cut
the database, Redis, the object store or the mail server and restore them.
Used by tests/deploy/ (run by .ci/run) and benchmarks/.
"""

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import psycopg

from .demo_staff import read_demo_staff
from .deployment import (
    BASE_DIR,
    DEPLOY,
    exec_start,
    machine_paths,
    read_env_file,
    secrets_filled,
    swap,
    unit_value,
)
from .s3 import S3Server
from .smtp_sink import SmtpSink
from .tcp_proxy import FaultyProxy

HOST_NAME = "portal.example.go.th"
# The machine's PostgreSQL (trust auth), or the one .ci/run starts (password).
POSTGRES = "postgresql://postgres:postgres@127.0.0.1:5432/postgres"


def answers(port, host="127.0.0.1"):
    try:
        socket.create_connection((host, port), 0.5).close()
        return True
    except OSError:
        return False


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, *, timeout=60.0, interval=0.2, what="a condition"):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(interval)


class Missing(Exception):
    """A program the stack needs is not installed (the message says which)."""


class Stack:
    def __init__(self, root: Path, *, overrides=None):
        self.root = Path(root)
        self.overrides = overrides or {}
        self.paths = machine_paths(self.root)
        self.processes = {}
        self.proxies = {}
        self.https_port = free_port()
        self.http_port = free_port()
        self.app_ports = [free_port(), free_port()]
        self.database = f"portal_deploy_{secrets.token_hex(4)}"
        self.redis_process = None

    # --- what the tests use ----------------------------------------------------

    @property
    def origin(self):
        return f"https://{HOST_NAME}:{self.https_port}"

    @property
    def certificate(self):
        return self.root / "tls" / "fullchain.pem"

    def sql(self, query, *args):
        with psycopg.connect(self.database_url(direct=True)) as connection:
            rows = connection.execute(query, args)
            return rows.fetchall() if rows.description else None

    def manage(self, *args, timeout=600, check=True):
        return subprocess.run(  # noqa: S603
            [str(Path(self.paths["/srv/portal/venv/bin/"]) / "python"), "manage.py"]
            + list(args),
            cwd=BASE_DIR,
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=check,
        )

    def log(self, name):
        path = self.root / "log" / name
        return path.read_text(errors="replace") if path.exists() else ""

    # --- start and stop ----------------------------------------------------------

    def start(self):
        for program in ("nginx", "openssl"):
            if not shutil.which(program):
                raise Missing(f"{program} not found: apt-get install {program}")
        if not answers(5432):
            raise Missing("PostgreSQL does not answer on 127.0.0.1:5432")
        for folder in ("static", "state", "log", "tls", "tmp"):
            (self.root / folder).mkdir(mode=0o755, exist_ok=True)
        self._certificate()
        self._services()
        self.environment = self._environment()
        self._first_deployment()
        for index in range(len(self.app_ports)):
            self.start_app_server(index)
        self.start_worker()
        self._nginx()
        for port in self.app_ports:
            wait_until(lambda p=port: answers(p), what=f"app server on {port}")
        return self

    def stop(self):
        for name in list(self.processes):
            self.stop_process(name)
        for proxy in self.proxies.values():
            proxy.stop()
        with contextlib.suppress(Exception):
            self.smtp.stop()
        with contextlib.suppress(Exception):
            self.s3.stop()
        if self.redis_process is not None:
            self.redis_process.kill()
            self.redis_process.wait()
        elif hasattr(self, "redis_db"):
            with contextlib.suppress(Exception):
                self._redis_flush()
        with (
            contextlib.suppress(Exception),
            psycopg.connect(POSTGRES, autocommit=True) as connection,
        ):
            connection.execute(
                f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)'
            )

    def _certificate(self):
        tls = self.root / "tls"
        subprocess.run(  # noqa: S603
            ["openssl", "req", "-x509", "-nodes", "-days", "2", "-newkey", "ec"]
            + ["-pkeyopt", "ec_paramgen_curve:prime256v1", "-subj", f"/CN={HOST_NAME}"]
            + ["-addext", f"subjectAltName=DNS:{HOST_NAME}"]
            + ["-keyout", str(tls / "privkey.pem"), "-out", str(tls / "fullchain.pem")],
            check=True,
            capture_output=True,
        )

    def _services(self):
        # PostgreSQL: the machine's, a fresh database for this run.
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{self.database}"')
        self.proxies["database"] = FaultyProxy(5432).start()
        # Redis: the machine's (a database number of its own, emptied), or
        # one of our own where none answers.
        if answers(6379):
            self.redis_port, self.redis_db = 6379, 13
            self._redis_flush()
        else:
            binary = shutil.which("redis-server")
            if binary is None:
                raise Missing("Redis: none answers and redis-server not found")
            self.redis_port, self.redis_db = free_port(), 0
            self.redis_process = subprocess.Popen(  # noqa: S603
                [binary, "--port", str(self.redis_port), "--bind", "127.0.0.1"]
                + ["--save", "", "--appendonly", "no"],
                stdout=subprocess.DEVNULL,
            )
            wait_until(lambda: answers(self.redis_port), what="redis-server")
        self.proxies["redis"] = FaultyProxy(self.redis_port).start()
        self.s3 = S3Server().start()
        self.bucket = "portal-reports"
        self.s3.make_bucket(self.bucket)
        self.proxies["storage"] = FaultyProxy(self.s3.port).start()
        self.smtp = SmtpSink().start()
        self.proxies["mail"] = FaultyProxy(self.smtp.port).start()

    def _redis_flush(self):
        import redis

        redis.Redis(port=self.redis_port, db=self.redis_db).flushdb()

    def database_url(self, *, direct=False):
        port = 5432 if direct else self.proxies["database"].port
        return f"postgres://postgres:postgres@127.0.0.1:{port}/{self.database}"

    def _environment(self):
        """deploy/portal.env as an operator fills it in for this machine."""
        values = secrets_filled(read_env_file())
        values = {key: swap(value, self.paths) for key, value in values.items()}
        storage_proxy = S3Server()
        storage_proxy.endpoint = f"http://127.0.0.1:{self.proxies['storage'].port}"
        values.update(
            {
                "DATABASE_URL": self.database_url(),
                "REDIS_URL": (
                    f"redis://127.0.0.1:{self.proxies['redis'].port}/{self.redis_db}"
                ),
                **storage_proxy.environment(self.bucket),
                "DJANGO_EMAIL_HOST": "127.0.0.1",
                "DJANGO_EMAIL_PORT": str(self.proxies["mail"].port),
                "WAGTAILADMIN_BASE_URL": self.origin,
                "DJANGO_CSRF_TRUSTED_ORIGINS": self.origin,
                "PORTAL_WORKERS": "2",
                # Staff emails every 2 s instead of every minute.
                "REPORTS_OUTBOX_SECONDS": "2",
                # Site-wide limits above the load test's thousand reports;
                # every per-client limit stays as the file sets it.
                "REPORTS_POST_LIMIT_SITE": "100000",
                "REPORTS_SUBMIT_LIMIT_SITE": "100000",
                **self.overrides,
            }
        )
        # What systemd gives a service besides its EnvironmentFile.
        values["PATH"] = "/usr/local/bin:/usr/bin:/bin"
        values["HOME"] = str(self.root / "state")
        values["LANG"] = "C.UTF-8"
        (self.root / "portal.env").write_text(
            "".join(f"{key}={value}\n" for key, value in values.items())
        )
        return values

    def _first_deployment(self):
        """docs/operations.md, "First deployment", plus the demo content."""
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        self.manage("load_demo_content")
        self.manage("load_demo_reports", "--force")
        # A moderator (publishes pages) with one-time backup codes.
        self.moderator = {
            "username": "moderator",
            "password": secrets.token_urlsafe(16),
        }
        output = self.manage(
            "shell",
            "-c",
            "from django.contrib.auth.models import Group, User\n"
            "from reports.views.second_factor import new_backup_codes\n"
            f"user = User.objects.create_user({self.moderator['username']!r}, "
            f"email='moderator@example.org', password={self.moderator['password']!r})\n"
            "user.groups.add(Group.objects.get(name='Moderators'))\n"
            "print(' '.join(new_backup_codes(user)))\n",
        ).stdout
        self.moderator["codes"] = output.strip().splitlines()[-1].split()
        self.staff = read_demo_staff(self.root / "state" / "demo-staff.txt")

    # --- processes, from the unit files --------------------------------------------

    def _spawn(self, name, command, environment):
        log = (self.root / "log" / f"{name}.log").open("a")
        self.processes[name] = subprocess.Popen(  # noqa: S603
            command,
            cwd=swap(unit_value(self.unit_of(name), "WorkingDirectory"), self.paths),
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @staticmethod
    def unit_of(name):
        return "portal-worker.service" if name == "worker" else "portal-web.service"

    def start_app_server(self, index):
        port = self.app_ports[index]
        environment = {**self.environment, "PORTAL_BIND": f"127.0.0.1:{port}"}
        self._spawn(
            f"web-{index}", exec_start("portal-web.service", self.paths), environment
        )
        wait_until(lambda: answers(port), timeout=60, what=f"app server {index}")

    def start_worker(self):
        command = exec_start("portal-worker.service", self.paths)
        self._spawn("worker", command, self.environment)

    def stop_process(self, name, *, sig=signal.SIGTERM):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def _nginx(self):
        site = swap((DEPLOY / "nginx" / "portal.conf").read_text(), self.paths)
        site = site.replace("listen 80;", f"listen 127.0.0.1:{self.http_port};")
        site = site.replace("listen 443 ", f"listen 127.0.0.1:{self.https_port} ")
        site = "\n".join(line for line in site.splitlines() if "[::]" not in line)
        (self.root / "portal.conf").write_text(site)
        upstream = (DEPLOY / "nginx" / "portal-upstream.conf").read_text()
        servers = "".join(
            f"    server 127.0.0.1:{port} max_fails=2 fail_timeout=10s;\n"
            for port in self.app_ports
        )
        upstream = upstream.replace(
            "    server 127.0.0.1:8000 max_fails=2 fail_timeout=10s;\n", servers
        )
        assert servers in upstream, "deploy/nginx/portal-upstream.conf changed"
        (self.root / "portal-upstream.conf").write_text(upstream)
        temp = self.root / "tmp"
        user = "user root;\n" if os.geteuid() == 0 else ""
        main = f"""{user}worker_processes 2;
pid {self.root}/nginx.pid;
error_log {self.root}/log/nginx.error.log warn;
daemon off;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {self.root}/portal.conf;
}}
"""
        (self.root / "nginx.conf").write_text(main)
        checked = subprocess.run(  # noqa: S603
            ["nginx", "-t", "-c", str(self.root / "nginx.conf")],
            capture_output=True,
            text=True,
        )
        if checked.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{checked.stderr}")
        log = (self.root / "log" / "nginx.out").open("a")
        self.processes["nginx"] = subprocess.Popen(  # noqa: S603
            ["nginx", "-c", str(self.root / "nginx.conf")],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until(lambda: answers(self.https_port), what="nginx")
