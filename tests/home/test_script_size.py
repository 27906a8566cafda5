"""The public scripts stay small: on slow mobile data every byte is paid for
(figures in docs/benchmarks.md, "Public script size")."""

import gzip
from pathlib import Path

import pytest

STATIC_JS = Path(__file__).resolve().parents[2] / "static" / "js"
# (raw, gzip) bytes. portal.js loads on every page; send.js only with the
# forms that take files (the report, an answer on the tracking page); it grew
# from 12 KB / 4 KB when it began to show upload progress.
BUDGETS = {"portal.js": (3 * 1024, 1536), "send.js": (14 * 1024, 4608)}


@pytest.mark.parametrize("name", sorted(BUDGETS))
def test_script_size(name):
    raw = (STATIC_JS / name).read_bytes()
    packed = len(gzip.compress(raw, compresslevel=9))
    print(f"\n{name}: {len(raw)} bytes, {packed} gzip")
    raw_budget, gzip_budget = BUDGETS[name]
    assert len(raw) <= raw_budget
    assert packed <= gzip_budget
