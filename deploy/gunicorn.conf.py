"""gunicorn settings for one app server (portal-web.service runs
``gunicorn -c deploy/gunicorn.conf.py portal.wsgi``).

nginx sits in front and buffers each request whole before it reaches a
worker, so plain sync workers are right: a worker is busy only while the app
works, never while a slow phone uploads. Values come from the environment
file (deploy/portal.env) so each server can differ without editing this.
"""

import multiprocessing
import os

bind = os.environ.get("PORTAL_BIND", "127.0.0.1:8000")
# Two per core plus one is gunicorn's advice; each worker may decode one
# photo at a time (portal/images.py), which bounds its memory.
workers = int(os.environ.get("PORTAL_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 60  # a report with six photos takes a few seconds, never a minute
graceful_timeout = 30
keepalive = 5  # nginx keeps connections to us open (upstream keepalive)
# A fresh process now and then, as a safety net for memory (photo decoding
# already hands its memory back, portal/images.py). Rarely and spread out:
# replacing a worker costs about a second of loading, and under a rush of
# readers frequent replacements cut throughput by three quarters (make bench).
max_requests = 100_000
max_requests_jitter = 50_000
worker_tmp_dir = "/dev/shm"  # noqa: S108 (heartbeat files, on tmpfs, not the disk)

# No access log here: nginx keeps it, without addresses or user agents.
# The error log never holds request data (portal/errors.py).
accesslog = None
errorlog = "-"
loglevel = "warning"
capture_output = True
proc_name = "portal"
