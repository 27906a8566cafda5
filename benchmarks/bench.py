"""make bench: the public site under load, as production runs it, before and
after the page cache, side by side in one run.

    make bench                      # or: .venv/bin/python benchmarks/bench.py
    BENCH_SECONDS=30 make bench     # longer runs

Starts a throwaway redis-server and two app servers on loopback ports, each
exactly as deploy/ runs one: gunicorn with deploy/gunicorn.conf.py (sync
workers, PORTAL_WORKERS=2 here), portal.settings.production (DEBUG off),
static files collected and served by WhiteNoise, Redis as the shared cache,
and SQLite in a temporary folder with the demo content. The two differ only
in PORTAL_PAGE_CACHE_SECONDS: 0 (page cache off) and unset (the default,
on). Every row is measured on one and then the other, so load from other
work on the machine hits both columns alike.

For each row: a warm-up (BENCH_WARMUP seconds) and then BENCH_SECONDS of wrk
with BENCH_CONNECTIONS connections on BENCH_THREADS threads (10 and 2, as in
issue 10's baseline), through benchmarks/wrk/bench.lua. The rows: the
hashed CSS (the ceiling: WhiteNoise through the same gunicorn), home, an
information page, the directory with a filter, a service page, a news page,
a Thai search, the report form, a tracking-code lookup (POST) and a
complaint (multipart POST, every request with a form token of its own, all
minted more than REPORTS_MIN_FILL_SECONDS earlier). Rate limits are raised
so that the POST rows measure the work, not 429s.

Prints a Markdown table (req/s, p50, p99, share of the static file's
throughput, non-2xx responses, X-Page-Cache as seen right after the run)
and the budget of issue 10: a cached public page reaches at least 50 % of
the static file's throughput. Everything it starts (redis-server, gunicorn,
wrk) and its temporary folder are removed on exit, Ctrl-C included.
"""

import contextlib
import html
import http.client
import json
import math
import os
import re
import runpy
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BASE_DIR))

from tests.browser.pages import demo_paths  # noqa: E402

LUA = BASE_DIR / "benchmarks" / "wrk" / "bench.lua"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
WORKERS = os.environ.get("BENCH_WORKERS", "2")
LANGUAGE = os.environ.get("BENCH_LANGUAGE", "th")
# For diagnosis only, e.g. "--max-requests 0" or "--preload": appended to
# the production command line (command-line settings win over the file's).
GUNICORN_ARGS = os.environ.get("BENCH_GUNICORN_ARGS", "").split()
# Complaint tokens minted per second of wrk run: far above what the app can
# take, so that no token is ever sent twice (the Lua script counts it if so).
TOKEN_RATE = int(os.environ.get("BENCH_TOKEN_RATE", "300"))
MIN_FILL_SECONDS = 3  # REPORTS_MIN_FILL_SECONDS
BUDGET = 0.5
HIGH = "1000000000"
BOUNDARY = "----portalbench" + secrets.token_hex(8)

# (label, key in demo_paths or a special row, wrk mode, page cached when on)
ROWS = [
    ("static file (hashed CSS)", "static", "get", False),
    ("home", "home", "get", True),
    ("information page", "information", "get", True),
    ("directory, filtered", "directory", "get", True),
    ("service page", "service", "get", True),
    ("news page", "news", "get", True),
    ("Thai search", "search", "get", False),
    ("report form (GET)", "report", "get", False),
    ("tracking lookup (POST, a real code: 302)", "tracking", "find", False),
    ("complaint (POST)", "report", "submit", False),
]
# What a row answers when all is well: a lookup of a real code opens the
# case with a redirect to the tracking page.
EXPECTED = {"get": 200, "find": 302, "submit": 200}

# What a person fills in (tests/reports/conftest.py form_data), in the order
# a browser sends the form's fields; "token" is filled in per request.
FORM_FIELDS = [
    ("category", "domestic-violence"),
    ("affected", "woman"),
    ("affected", "child"),
    ("relation", "self"),
    ("province", ""),
    ("district", ""),
    ("when", "week"),
    ("description", "สามีทำร้ายร่างกายฉันและลูกทุกคืน ขอความช่วยเหลือ"),
    ("in_danger", "no"),
    ("files", None),  # an empty file input, as a browser sends it
    ("contact_name", ""),
    ("contact_phone", ""),
    ("contact_email", ""),
    ("contact_line", ""),
    ("safe_times", ""),
    ("code_word", ""),
    ("website", ""),
]

_processes = []  # everything started here, stopped on exit


def say(message):
    print(message, file=sys.stderr, flush=True)


class BenchError(RuntimeError):
    pass


# --- Processes ----------------------------------------------------------------


def start(args, **kwargs):
    """A child in a session of its own: Ctrl-C reaches only this script,
    which then stops every child itself, in order."""
    process = subprocess.Popen(args, start_new_session=True, **kwargs)  # noqa: S603
    _processes.append(process)
    return process


def stop(process, timeout=15):
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if process in _processes:
        _processes.remove(process)


def stop_all():
    for process in reversed(list(_processes)):
        stop(process)


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, what, log=None, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        time.sleep(0.1)
    tail = log.read_text()[-3000:] if log and log.exists() else ""
    raise BenchError(f"{what} did not start on port {port}.\n{tail}")


def worker_pids(master):
    """The current children of a gunicorn master (its workers)."""
    pids = set()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after ")".
        if int(stat.rsplit(")", 1)[1].split()[1]) == master:
            pids.add(int(entry.name))
    return pids


class WorkerWatch:
    """Counts the distinct workers a master runs during a measurement: more
    than PORTAL_WORKERS means some were replaced (max_requests)."""

    def __init__(self, master):
        self.master = master
        self.seen = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.seen |= worker_pids(self.master)
            self._stop.wait(0.05)

    def __enter__(self):
        self.seen = worker_pids(self.master)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.seen |= worker_pids(self.master)


# --- The site -----------------------------------------------------------------


def portal_env_names():
    """Every variable deploy/portal.env names: none of the caller's own
    values may leak into the servers started here."""
    names = set()
    for line in (BASE_DIR / "deploy" / "portal.env").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            names.add(line.split("=", 1)[0].strip())
    return names


def site_env(var, redis_url):
    from cryptography.fernet import Fernet

    env = {
        key: value
        for key, value in os.environ.items()
        if key not in portal_env_names() and not key.startswith("BENCH_")
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PORTAL_VAR_DIR": str(var),
        "DJANGO_STATIC_ROOT": str(var / "static"),
        "DJANGO_MEDIA_ROOT": str(var / "media"),
        "REPORTS_FILE_ROOT": str(var / "report-files"),
        # Plain HTTP on loopback: no TLS proxy in front here.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "REPORTS_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "REPORTS_HMAC_KEY": secrets.token_urlsafe(32),
        "REDIS_URL": redis_url,
        # No task worker runs here; and nothing may ever mail anyone.
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "PORTAL_PROXY_HOPS": "0",  # wrk connects directly, no proxy
        "PORTAL_WORKERS": WORKERS,
    }
    # One client sends thousands of POSTs: limits are tested elsewhere.
    for name in portal_env_names():
        if name.startswith("REPORTS_") and "_LIMIT_" in name:
            env[name] = HIGH
    return env


def manage(env, *args):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BenchError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def start_gunicorn(env, var, name, cache_seconds):
    port = free_port()
    server_env = dict(env, PORTAL_BIND=f"127.0.0.1:{port}")
    if cache_seconds is None:
        server_env.pop("PORTAL_PAGE_CACHE_SECONDS", None)  # the default
    else:
        server_env["PORTAL_PAGE_CACHE_SECONDS"] = str(cache_seconds)
    log = var / f"gunicorn-{name}.log"
    process = start(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
        + [*GUNICORN_ARGS, "portal.wsgi"],
        cwd=BASE_DIR,
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )
    wait_for_port(port, process, f"gunicorn ({name})", log)
    server = {"name": name, "port": port, "process": process, "log": log}
    deadline = time.monotonic() + 60
    while True:  # the port answers before the workers have loaded Django
        with contextlib.suppress(OSError):
            if get(server, f"/{LANGUAGE}/")["status"] == 200:
                return server
        if time.monotonic() > deadline or process.poll() is not None:
            raise BenchError(f"gunicorn ({name}) does not serve pages.\n")
        time.sleep(0.3)


# --- HTTP from here (checks, the CSRF pair, one real submission) ---------------


def request(server, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", server["port"], timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        content = response.read()
        return {
            "status": response.status,
            "headers": response.headers,
            "cookies": [
                value.split("=", 1)[0]
                for key, value in response.getheaders()
                if key.lower() == "set-cookie"
            ],
            "body": content,
        }
    finally:
        connection.close()


def get(server, path, headers=None):
    return request(server, "GET", path, headers=headers)


def multipart(fields, token):
    """The complaint as a browser sends it, split around the token."""
    parts = []
    for name, value in fields:
        if value is None:
            parts.append(
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; '
                'filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n'
            )
        else:
            parts.append(
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"'
                f"\r\n\r\n{value}\r\n"
            )
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    prefix, suffix = body.split(token, 1)
    return prefix.encode(), suffix.encode()


def hidden_input(content, name):
    match = re.search(rf'name="{name}" value="([^"]+)"', content)
    if not match:
        raise BenchError(f"no {name} field in the report form")
    return html.unescape(match.group(1))


def csrf_pair(server, form_path):
    """A CSRF cookie and the form's token that goes with it, from the real
    report form (any number of POSTs may send the same pair)."""
    page = get(server, form_path)
    cookie = page["headers"].get("Set-Cookie", "")
    match = re.search(r"csrftoken=([^;]+)", cookie)
    if page["status"] != 200 or not match:
        raise BenchError(f"the report form gave no CSRF cookie: {page['status']}")
    content = page["body"].decode()
    return match.group(1), hidden_input(content, "csrfmiddlewaretoken"), content


def submit_once(server, form_path):
    """One complaint through the real form (GET, wait, POST): checks the
    POST the benchmark sends, and gives a real tracking code."""
    cookie, csrf, content = csrf_pair(server, form_path)
    token = hidden_input(content, "token")
    time.sleep(MIN_FILL_SECONDS + 0.2)
    fields = [("csrfmiddlewaretoken", csrf), ("token", token), *FORM_FIELDS]
    prefix, suffix = multipart(fields, token)
    answer = request(
        server,
        "POST",
        form_path,
        body=prefix + token.encode() + suffix,
        headers={
            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            "Cookie": f"csrftoken={cookie}",
        },
    )
    receipt = answer["body"].decode()
    match = re.search(r'id="tracking-code"[^>]*>(.*?)</p>', receipt, re.S)
    if answer["status"] != 200 or not match:
        raise BenchError(
            f"a complaint sent as the benchmark sends it was not accepted "
            f"({answer['status']}):\n{receipt[:2000]}"
        )
    return re.sub(r"\D", "", match.group(1)), len(answer["body"])


def mint_tokens(env, count):
    """Form tokens made by the function the form itself uses
    (reports.forms.new_token), with the servers' settings and keys."""
    code = (
        "from reports.forms import new_token\n"
        f"print('\\n'.join('TOKEN ' + new_token() for _ in range({count})))"
    )
    output = manage(env, "shell", "-c", code)
    tokens = re.findall(r"^TOKEN (\S+)$", output, re.M)
    if len(tokens) != count:
        raise BenchError("minting form tokens failed")
    return tokens


def app_load_seconds(env):
    """What a new gunicorn worker does before its first request (without
    --preload): import the app. Median of three fresh processes."""
    code = (
        "import time; start = time.perf_counter(); "
        "from portal.wsgi import application; "
        "print('LOAD', time.perf_counter() - start)"
    )
    times = []
    for _ in range(3):
        output = subprocess.run(  # noqa: S603
            [sys.executable, "-c", code],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(re.search(r"^LOAD (\S+)$", output, re.M).group(1)))
    return sorted(times)[1]


def report_count(var):
    """Reports in the database, once the complaints still in flight when wrk
    stopped have been answered (the count stops moving)."""
    last = None
    for _ in range(60):
        database = sqlite3.connect(var / "db.sqlite3", timeout=30)
        with contextlib.closing(database) as db:
            count = db.execute("SELECT count(*) FROM reports_report").fetchone()[0]
        if count == last:
            return count
        last = count
        time.sleep(0.5)
    return last


# --- wrk ------------------------------------------------------------------------


def wrk(server, path, mode, seconds, env):
    url = f"http://127.0.0.1:{server['port']}{path}"
    process = start(
        ["wrk", "-t", str(THREADS), "-c", str(CONNECTIONS)]
        + ["-d", f"{seconds}s", "--timeout", "10s", "-s", str(LUA), url],
        env=dict(os.environ, BENCH_MODE=mode, BENCH_LUA_THREADS=str(THREADS), **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=seconds + 60)
    finally:
        stop(process)
    match = re.search(r"^BENCH_RESULT (\{.*\})$", out, re.M)
    if process.returncode or not match:
        raise BenchError(f"wrk failed on {url}:\n{out}\n{err}")
    result = json.loads(match.group(1))
    result["rps"] = result["requests"] / result["seconds"]
    return result


# --- The report -----------------------------------------------------------------


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    meminfo = Path("/proc/meminfo").read_text()
    total = int(re.search(r"^MemTotal:\s+(\d+) kB", meminfo, re.M).group(1))
    wrk_version = subprocess.run(
        ["wrk", "-v"], capture_output=True, text=True
    ).stdout.split("[")[0]
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": model.group(1).strip() if model else "unknown",
        "ram": f"{total / 1024 / 1024:.1f} GiB",
        "wrk": wrk_version.strip(),
        "load": Path("/proc/loadavg").read_text().split()[:3],
    }


def ms(microseconds):
    value = microseconds / 1000
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"


def rate(value):
    return f"{value:,.0f}"


def share(value, ceiling):
    return f"{100 * value / ceiling:.1f} %" if ceiling else "n/a"


def non_2xx(result):
    """Responses other than the row's expected answer, and socket errors."""
    if result["statuses"]:
        wrong = sum(
            count
            for status, count in result["statuses"].items()
            if int(status) != result["expected"]
        )
    else:  # GET rows: wrk itself counts answers of 400 and above
        wrong = result["status"]
    sockets = sum(result[key] for key in ("connect", "read", "write", "timeout"))
    return f"{wrong}" + (f" (+{sockets} socket)" if sockets else "")


def table(results, sizes, cache_headers):
    static_off = results["staticget", "off"]["rps"]
    static_on = results["staticget", "on"]["rps"]
    lines = [
        "| row | size | cache off: req/s | p50 | p99 | of static | "
        "cache on: req/s | p50 | p99 | of static | X-Page-Cache | non-2xx off / on |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| --- | --- |",
    ]
    for label, key, mode, _cached in ROWS:
        off, on = results[key + mode, "off"], results[key + mode, "on"]
        lines.append(
            f"| {label} | {sizes[key + mode]} "
            f"| {rate(off['rps'])} | {ms(off['p50'])} | {ms(off['p99'])} "
            f"| {share(off['rps'], static_off)} "
            f"| {rate(on['rps'])} | {ms(on['p50'])} | {ms(on['p99'])} "
            f"| {share(on['rps'], static_on)} "
            f"| {cache_headers[key + mode]} | {non_2xx(off)} / {non_2xx(on)} |"
        )
    return "\n".join(lines)


def kb(size):
    return f"{size / 1024:.1f} KB"


def main():
    missing = [tool for tool in ("wrk", "redis-server") if not shutil.which(tool)]
    if missing:
        say(
            f"make bench needs {' and '.join(missing)}, not found on PATH: "
            f"apt-get install -y {' '.join(missing)}"
        )
        return 2
    info = machine()
    say(
        f"make bench: {info['nproc']} cores ({info['cpu']}), {info['ram']}, "
        f"{info['wrk']}; load {' '.join(info['load'])}"
    )
    if float(info["load"][0]) > info["nproc"] / 2:
        say(
            f"Warning: the machine is busy (load {info['load'][0]} on "
            f"{info['nproc']} cores): other work will lower and scatter the "
            "figures. Run again when it is quiet."
        )
    temp = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    try:
        return run(temp, info)
    finally:
        stop_all()
        shutil.rmtree(temp, ignore_errors=True)


def run(temp, info):
    var = temp / "var"
    var.mkdir()
    redis_port = free_port()
    redis = start(
        ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1"]
        + ["--save", "", "--appendonly", "no", "--loglevel", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(redis_port, redis, "redis-server")
    env = site_env(var, f"redis://127.0.0.1:{redis_port}/0")

    say("Setting up the site (migrate, demo content, collectstatic)...")
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    # The report form and tracking pages (and some staff and fake cases).
    manage(env, "load_demo_reports", "--force")
    manage(env, "collectstatic", "--noinput")
    info["app_load"] = app_load_seconds(env)
    config = runpy.run_path(str(BASE_DIR / "deploy" / "gunicorn.conf.py"))
    info["max_requests"] = (config["max_requests"], config["max_requests_jitter"])
    manifest = json.loads((var / "static" / "staticfiles.json").read_text())
    paths = {
        key: urllib.parse.quote(path, safe="/?=&")
        for key, path in demo_paths(LANGUAGE).items()
    }
    paths["static"] = "/static/" + manifest["paths"]["css/portal.css"]

    servers = {
        "off": start_gunicorn(env, var, "off", 0),
        "on": start_gunicorn(env, var, "on", None),
    }
    say(
        f"gunicorn -c deploy/gunicorn.conf.py, {WORKERS} sync workers each: "
        f"page cache off on :{servers['off']['port']}, "
        f"on (default) on :{servers['on']['port']}"
    )

    # What each GET row answers, before any load: must be a 200 itself (wrk
    # would count a redirect as a success) and set no cookie when cached.
    sizes, cookies = {}, {}
    for _label, key, mode, _cached in ROWS:
        if mode != "get":
            continue
        for name, server in servers.items():
            for _ in range(3):  # the third answer on "on" must come from the cache
                answer = get(server, paths[key])
            if answer["status"] != 200:
                raise BenchError(f"{paths[key]} answered {answer['status']} ({name})")
            sizes[key + mode] = kb(len(answer["body"]))
            cookies[key, name] = answer["cookies"]

    code, receipt_size = submit_once(servers["on"], paths["report"])
    sizes["reportsubmit"] = kb(receipt_size)
    cookie, csrf, _content = csrf_pair(servers["on"], paths["report"])
    find_body = temp / "find.txt"
    find_body.write_text(
        urllib.parse.urlencode(
            {"csrfmiddlewaretoken": csrf, "action": "find", "code": code}
        )
    )
    lookup = request(
        servers["on"],
        "POST",
        paths["tracking"],
        body=find_body.read_bytes(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
        },
    )
    if lookup["status"] != EXPECTED["find"]:
        raise BenchError(f"the tracking lookup answered {lookup['status']}")
    sizes["trackingfind"] = kb(len(lookup["body"])) if lookup["body"] else "302"
    placeholder = "TOKEN" + secrets.token_hex(8)
    prefix, suffix = multipart(
        [("csrfmiddlewaretoken", csrf), ("token", placeholder), *FORM_FIELDS],
        placeholder,
    )
    (temp / "prefix.bin").write_bytes(prefix)
    (temp / "suffix.bin").write_bytes(suffix)
    token_files = {}
    counts = {"warm": math.ceil(WARMUP * TOKEN_RATE) + 50}
    counts["run"] = math.ceil(SECONDS * TOKEN_RATE) + 50
    minted = time.monotonic()
    all_tokens = iter(mint_tokens(env, 2 * (counts["warm"] + counts["run"])))
    for name in servers:
        for phase, count in counts.items():
            path = temp / f"tokens-{name}-{phase}.txt"
            path.write_text("\n".join(next(all_tokens) for _ in range(count)) + "\n")
            token_files[name, phase] = path
    time.sleep(max(0.0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - minted)))

    results, cache_headers, restarts, stored = {}, {}, {}, {}
    for label, key, mode, _cached in ROWS:
        row = key + mode
        for name, server in servers.items():
            lua_env = {"BENCH_COOKIE": f"csrftoken={cookie}"}
            if mode == "find":
                lua_env["BENCH_BODY"] = str(find_body)
            if mode == "submit":
                lua_env |= {
                    "BENCH_PREFIX": str(temp / "prefix.bin"),
                    "BENCH_SUFFIX": str(temp / "suffix.bin"),
                    "BENCH_BOUNDARY": BOUNDARY,
                }
            if WARMUP > 0:
                if mode == "submit":
                    lua_env["BENCH_TOKENS"] = str(token_files[name, "warm"])
                wrk(server, paths[key], mode, WARMUP, lua_env)
            if mode == "submit":
                lua_env["BENCH_TOKENS"] = str(token_files[name, "run"])
                before = report_count(var)
            with WorkerWatch(server["process"].pid) as watch:
                result = wrk(server, paths[key], mode, SECONDS, lua_env)
            result["expected"] = EXPECTED[mode]
            restarts[row, name] = len(watch.seen) - int(WORKERS)
            if mode == "submit":
                stored[name] = report_count(var) - before
            results[row, name] = result
            say(
                f"  {label}, cache {name}: {rate(result['rps'])} req/s, "
                f"p50 {ms(result['p50'])}, p99 {ms(result['p99'])}, "
                f"non-2xx {non_2xx(result)}, workers replaced {restarts[row, name]}"
            )
            if name == "on":
                seen = get(server, paths[key]).get("headers") if mode == "get" else {}
                cache_headers[row] = (seen or {}).get("X-Page-Cache") or "none"

    print(report(info, results, sizes, cache_headers, cookies, restarts, stored))
    return 0


def report(info, results, sizes, cache_headers, cookies, restarts, stored):
    lines = [
        f"{info['nproc']} cores (`nproc`), {info['cpu']}, {info['ram']} RAM; "
        f"{info['wrk']}, {THREADS} threads, {CONNECTIONS} connections, "
        f"{SECONDS:g} s per row after {WARMUP:g} s of warm-up; gunicorn "
        f"{WORKERS} sync workers (deploy/gunicorn.conf.py), production "
        f"settings, SQLite, Redis; language {LANGUAGE}; load average at the "
        f"start {' '.join(info['load'])}, at the end "
        f"{' '.join(Path('/proc/loadavg').read_text().split()[:3])}."
        + (f" Diagnosis: gunicorn {' '.join(GUNICORN_ARGS)}." if GUNICORN_ARGS else ""),
        "",
        table(results, sizes, cache_headers),
        "",
    ]
    static_on = results["staticget", "on"]["rps"]
    lines.append(
        f"Budget: a cached public page reaches at least {BUDGET:.0%} of the "
        f"static file's throughput ({rate(static_on)} req/s with the cache on):"
    )
    for label, key, _mode, cached in ROWS:
        if not cached:
            continue
        on = results[key + "get", "on"]["rps"]
        hit = cache_headers[key + "get"] == "hit"
        verdict = "PASS" if on >= BUDGET * static_on and hit else "FAIL"
        # A worker replaced mid-run stops serving while its successor loads
        # the app: the ratio then measures the restarts, not the cache.
        replaced = restarts["staticget", "on"] + restarts[key + "get", "on"]
        if replaced:
            verdict += (
                f" (not meaningful: gunicorn replaced {replaced} workers during "
                "this row and the static file's)"
            )
        lines.append(
            f"- {label}: {share(on, static_on)} ({rate(on)} req/s, "
            f"X-Page-Cache {cache_headers[key + 'get']}) {verdict}"
        )
    lines.append("")
    lines.append("Checks:")
    for name in ("off", "on"):
        find = results["trackingfind", name]
        submit = results["reportsubmit", name]
        lines.append(
            f"- cache {name}: tracking lookup statuses {find['statuses']}; "
            f"complaints: statuses {submit['statuses']}, {submit['receipts']} "
            f"receipts with a code, {stored[name]} new reports in the database "
            f"(those in flight when wrk stopped included), "
            f"{submit['reused']} tokens sent twice"
        )
    with_cookies = sorted(
        {
            f"{key} ({name}): {', '.join(sorted(set(names)))}"
            for (key, name), names in cookies.items()
            if names
        }
    )
    lines.append(
        "- cookies set by the GET rows: "
        + ("; ".join(with_cookies) if with_cookies else "none")
    )
    replaced = {
        f"{row} ({name})": count for (row, name), count in restarts.items() if count
    }
    lines.append(
        "- workers replaced during the measured runs: "
        + (", ".join(f"{k} {v}" for k, v in replaced.items()) or "none")
        + f"; deploy/gunicorn.conf.py replaces a worker after max_requests "
        f"{info['max_requests'][0]} (+ up to {info['max_requests'][1]} jitter), "
        f"and a new worker first loads the app: {info['app_load']:.1f} s "
        f"(median of three fresh processes, before the servers started)"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    # Ctrl-C stops everything, even where the shell started us with SIGINT
    # ignored (a background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)
    try:
        sys.exit(main())
    except BenchError as error:
        say(f"make bench failed: {error}")
        sys.exit(1)
    except KeyboardInterrupt:
        say("make bench: interrupted, everything it started is stopped.")
        sys.exit(130)
