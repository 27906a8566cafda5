"""Every interface string is translated into Thai and Malay, and the
catalogues hold every string the code uses (nobody forgot makemessages)."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
SOURCES = ["home", "portal", "templates", "manage.py"]
OPTIONAL_SOURCES = ["reports"]


def read_po(path):
    """{(msgctxt, msgid): (msgstrs, flags)} from a .po file (header excluded)."""
    entries = {}
    current, flags, key = {}, set(), None

    def finish():
        if "msgid" in current and current["msgid"]:
            strings = [v for k, v in current.items() if k.startswith("msgstr")]
            entries[(current.get("msgctxt"), current["msgid"])] = (strings, flags)

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            finish()
            current, flags, key = {}, set(), None
        elif line.startswith("#,"):
            flags = {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            current[key] += ast.literal_eval(line)
        else:
            key, _, value = line.partition(" ")
            current[key] = ast.literal_eval(value)
    finish()
    return entries


@pytest.mark.parametrize("language", ["th", "ms"])
def test_every_string_is_translated(language):
    entries = read_po(BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 100
    untranslated = [
        msgid for (_ctx, msgid), (strs, _f) in entries.items() if not all(strs)
    ]
    fuzzy = [
        msgid for (_ctx, msgid), (_s, flags) in entries.items() if "fuzzy" in flags
    ]
    assert untranslated == [], f"untranslated in {language}"
    assert fuzzy == [], f"fuzzy in {language}"


def test_catalogues_hold_every_string_in_the_code(tmp_path):
    for name in SOURCES + [s for s in OPTIONAL_SOURCES if (BASE_DIR / s).exists()]:
        source = BASE_DIR / name
        if source.is_dir():
            shutil.copytree(
                source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy(source, tmp_path / name)
    (tmp_path / "locale" / "th" / "LC_MESSAGES").mkdir(parents=True)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "th", "-v", "0"],
        cwd=tmp_path,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
    )
    extracted = read_po(tmp_path / "locale" / "th" / "LC_MESSAGES" / "django.po")
    committed = read_po(BASE_DIR / "locale" / "th" / "LC_MESSAGES" / "django.po")
    missing = sorted(msgid for (_ctx, msgid) in set(extracted) - set(committed))
    assert missing == [], "run `make makemessages` and translate the new strings"


def template_msgids():
    """English source strings used by the public templates."""
    path = BASE_DIR / "locale" / "th" / "LC_MESSAGES" / "django.po"
    msgids, in_template = set(), False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#: "):
            in_template = "templates/" in line
        elif line.startswith('msgid "') and in_template and len(line) > 12:
            msgids.add(ast.literal_eval(line[6:]))
    return msgids


@pytest.mark.parametrize("language", ["th", "ms"])
@pytest.mark.parametrize("key", ["home", "info", "service", "news_index"])
def test_thai_and_malay_pages_show_no_english_interface_text(
    client, tree, key, language
):
    from django.utils import translation

    with translation.override(language):
        url = tree[key].get_url()
    html = client.get(url).content.decode()
    leaked = [msgid for msgid in template_msgids() if msgid in html]
    assert leaked == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", ["ไม่เกิน 5000", "อักขระ null", "LINE ID"]),
        ("ms", ["5000 aksara", "Aksara nol", "ID LINE"]),
    ],
)
def test_django_own_validation_messages_reach_complainants_translated(
    client, report_page, language, expected
):
    """Django's own messages ("Ensure this value has at most ...", "Null
    characters are not allowed.") are untranslated in its Thai catalogue;
    locale/upstream supplies them."""
    from tests.conftest import url_in
    from tests.reports.conftest import form_data

    url = url_in(report_page, language)
    data = form_data(
        client,
        url,
        description="ก" * 5001,
        district="บ้าน\x00",
        contact_line="a\r\n<b>x</b>",
    )
    html = client.post(url, data).content.decode()
    for words in expected:
        assert words in html
    for english in ["Ensure this value", "Null characters", "Enter a LINE ID"]:
        assert english not in html


def test_upstream_catalogues_are_complete():
    for path in (BASE_DIR / "locale" / "upstream").glob("*/LC_MESSAGES/*.po"):
        entries = read_po(path)
        assert entries, path
        assert [m for (_c, m), (strs, _f) in entries.items() if not all(strs)] == []
