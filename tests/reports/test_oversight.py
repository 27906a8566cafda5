"""Oversight: deadlines, the daily summary, statistics with their CSV, and
retention (purge) that forgets on schedule without changing the figures."""

import csv
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from home.models import Province
from reports import retention, services, statistics, storage
from reports.attachments import CleanAttachment
from reports.choices import State
from reports.deadlines import add_months, set_deadlines
from reports.models import (
    Agency,
    ArchivedCase,
    Attachment,
    CaseLogEntry,
    Message,
    Notification,
    PendingReceipt,
    Report,
    StatisticsExport,
)
from tests.conftest import url_in

from .conftest import member, signed_in

BANGKOK = ZoneInfo("Asia/Bangkok")


def new_case(nonce, *, category="other", province="yala", in_danger=False, files=()):
    return services.report_submit(
        category=category,
        affected=["child", "woman"],
        relation="self",
        province=Province.objects.get(code=province) if province else None,
        district="",
        when="today",
        description="ข้อความลับ",
        in_danger=in_danger,
        contact={},
        files=list(files),
        token_nonce=nonce,
        language="th",
    )


# --- Deadlines --------------------------------------------------------------------


def test_due_dates_for_normal_and_urgent_cases(db):
    normal = new_case("n").report
    urgent = new_case("u", in_danger=True).report
    assert normal.acknowledge_by - normal.created_at == timedelta(days=7)
    assert urgent.acknowledge_by - urgent.created_at == timedelta(hours=24)
    assert normal.answer_by == add_months(normal.created_at, 3)


@pytest.mark.parametrize(
    ("received", "answer_by"),
    [
        (
            datetime(2026, 11, 30, 9, tzinfo=BANGKOK),
            datetime(2027, 2, 28, 9, tzinfo=BANGKOK),
        ),
        (
            datetime(2027, 11, 30, 9, tzinfo=BANGKOK),
            datetime(2028, 2, 29, 9, tzinfo=BANGKOK),
        ),
        (
            datetime(2026, 10, 31, 23, tzinfo=BANGKOK),
            datetime(2027, 1, 31, 23, tzinfo=BANGKOK),
        ),
        (
            datetime(2026, 1, 31, 0, tzinfo=BANGKOK),
            datetime(2026, 4, 30, 0, tzinfo=BANGKOK),
        ),
    ],
)
def test_deadlines_across_month_and_year_ends(received, answer_by):
    report = Report(created_at=received, urgent=False)
    set_deadlines(report)
    assert report.answer_by == answer_by
    assert report.acknowledge_by == received + timedelta(days=7)


def test_staff_marking_a_case_urgent_brings_its_deadline_forward(db, django_user_model):
    manager = member(django_user_model, "m", "Case managers")
    case = new_case("x").report
    services.case_triage(case=case, user=manager, urgent=True, category="other")
    case.refresh_from_db()
    assert case.acknowledge_by - case.created_at == timedelta(hours=24)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("th", "ธันวาคม 2569"), ("ms", "Disember 2026"), ("en", "December 2026")],
)
def test_the_tracking_page_says_by_when_to_expect_an_answer(
    client, tracking_page, db, language, expected
):
    submission = new_case("t")
    report = submission.report
    Report.objects.filter(pk=report.pk).update(
        answer_by=datetime(2026, 12, 14, 9, tzinfo=BANGKOK)
    )
    url = url_in(tracking_page, language)
    client.post(url, {"action": "find", "code": submission.code})
    html = client.get(url).content.decode()
    assert f"14 {expected}" in html
    assert 'datetime="2026-12-14"' in html


def test_no_promise_once_answered(client, tracking_page, db, django_user_model):
    manager = member(django_user_model, "m", "Case managers")
    submission = new_case("t2")
    services.case_message(case=submission.report, user=manager, body="ได้รับแล้ว")
    url = url_in(tracking_page, "en")
    client.post(url, {"action": "find", "code": submission.code})
    assert "We will reply by" not in client.get(url).content.decode()


def test_the_daily_summary_has_counts_only(db, django_user_model):
    member(django_user_model, "m", "Case managers")
    member(django_user_model, "w", "Case workers", provinces=["yala"])
    late = new_case("late").report
    Report.objects.filter(pk=late.pk).update(
        acknowledge_by=timezone.now() - timedelta(days=1)
    )
    today = new_case("today").report
    Report.objects.filter(pk=today.pk).update(
        acknowledge_by=timezone.now() + timedelta(minutes=5)
    )
    mail.outbox.clear()
    call_command("send_deadline_summary", stdout=io.StringIO())
    assert [email.to for email in mail.outbox] == [["m@example.org"]]  # managers only
    email = mail.outbox[0]
    assert "1" in email.subject
    text = email.subject + email.body
    for secret in [late.reference, today.reference, "ข้อความลับ"]:
        assert secret not in text
    due_today, overdue = statistics_counts()
    assert (due_today, overdue) == (1, 1)


def statistics_counts():
    from reports.selectors import deadline_counts

    return deadline_counts(Report.objects.all())


# --- Statistics ---------------------------------------------------------------------


@pytest.fixture
def known_cases(db, django_user_model):
    """Seven cases received in November 2026, in known shapes."""
    manager = member(django_user_model, "boss", "Case managers")
    shelter = Agency.objects.create(name="Shelter", kind="shelter")
    police = Agency.objects.create(name="Police", kind="police")
    received = datetime(2026, 11, 10, 9, tzinfo=BANGKOK)
    cases = []
    for index, (category, province) in enumerate(
        [
            ("child-violence", "yala"),
            ("child-violence", "yala"),
            ("child-violence", "pattani"),
            ("domestic-violence", "pattani"),
            ("domestic-violence", "narathiwat"),
            ("trafficking", None),
            ("other", "yala"),
        ]
    ):
        case = new_case(f"k{index}", category=category, province=province).report
        Report.objects.filter(pk=case.pk).update(created_at=received)
        case.refresh_from_db()
        cases.append(case)
    # Acknowledged after 2, 4, 6 hours; answered (referred) after 10 and 20.
    for case, hours in zip(cases[:3], (2, 4, 6), strict=True):
        Report.objects.filter(pk=case.pk).update(
            acknowledged_at=received + timedelta(hours=hours), state=State.TRIAGE
        )
    for case, agency, hours in [(cases[0], shelter, 10), (cases[1], police, 20)]:
        services.case_refer(case=case, user=manager, agency=agency)
        Report.objects.filter(pk=case.pk).update(
            answered_at=received + timedelta(hours=hours)
        )
    Report.objects.filter(pk=cases[2].pk).update(
        state=State.CLOSED,
        outcome="helped",
        closed_at=received + timedelta(hours=48),
        answered_at=received + timedelta(hours=48),
    )
    return manager, cases


def section(figures, key):
    return dict(next(s for s in figures.sections if s.key == key).rows)


def test_statistics_on_known_cases(known_cases):
    with translation.override("en"):
        figures = statistics.figures(date(2026, 11, 1), date(2026, 11, 30))
        assert figures.total == 7
        assert section(figures, "months") == {"Nov 2026": 7}
        categories = section(figures, "categories")
        assert categories["Violence against a child"] == 3
        assert categories["Violence in the family or home"] == 2
        provinces = section(figures, "provinces")
        assert (provinces["Yala"], provinces["Pattani"], provinces["Not said"]) == (
            3,
            2,
            1,
        )
        assert section(figures, "affected")["A child (under 18)"] == 7
        assert section(figures, "states")["Closed"] == 1
        assert (
            section(figures, "outcomes")["Help given by the centre or an agency"] == 1
        )
        assert section(figures, "agencies") == {"Shelter": 1, "Police": 1}
        durations = {d.key: d for d in figures.durations}
        assert durations["acknowledge"].count == 3
        assert durations["acknowledge"].median_hours == pytest.approx(4)
        assert durations["answer"].median_hours == pytest.approx(20)
        assert durations["close"].count == 1
        assert durations["close"].median_hours == pytest.approx(48)


def test_the_csv_holds_aggregates_only_with_small_counts_hidden(client, known_cases):
    manager, cases = known_cases
    Agency.objects.filter(name="Police").update(name='=HYPERLINK("x")')
    signed_in(client, manager)
    url = reverse("reports_statistics:index")
    response = client.get(url + "?date_from=2026-11-01&date_to=2026-11-30&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [cell for row in rows for cell in row]
    assert ["", "", ""] not in rows
    # No references, no content, no contact.
    for case in cases:
        assert case.reference not in text
    assert "ข้อความลับ" not in text
    # Counts from 1 to 4 hidden; 0 and 7 shown.
    counts = [row[2] for row in rows[1:] if row[2]]
    assert "<5" in counts and "7" in counts and "0" in counts
    assert not any(c in {"1", "2", "3", "4"} for c in counts)
    # Formulas never reach a spreadsheet as formulas.
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert '\'=HYPERLINK("x")' in cells
    # Durations of fewer than 5 cases are left out.
    assert all(row[2] == "" for row in rows if "hours" in row[1])
    # The export is in the audit trail.
    export = StatisticsExport.objects.get()
    assert export.user == manager
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(action="reports.export").count() == 1


@pytest.mark.parametrize("role", ["editor", "worker"])
def test_statistics_are_for_case_managers_only(client, db, django_user_model, role):
    group = {"editor": "Editors", "worker": "Case workers"}[role]
    signed_in(client, member(django_user_model, role, group))
    url = reverse("reports_statistics:index")
    assert client.get(url).status_code == 404
    assert client.get(url + "?format=csv").status_code == 404
    assert StatisticsExport.objects.count() == 0


def test_the_statistics_page_has_charts_and_tables(client, known_cases):
    manager, _cases = known_cases
    signed_in(client, manager)
    response = client.get(
        reverse("reports_statistics:index") + "?date_from=2026-11-01&date_to=2026-11-30"
    )
    html = response.content.decode()
    assert html.count('src="data:image/svg+xml;base64,') >= 5
    assert "<script" not in "".join(
        __import__("base64").b64decode(src).decode()
        for src in __import__("re").findall(r'data:image/svg\+xml;base64,([^"]+)', html)
    )
    assert html.count("<table") >= 6


def test_a_period_that_ends_before_it_starts_is_refused(client, known_cases):
    manager, _cases = known_cases
    signed_in(client, manager)
    response = client.get(
        reverse("reports_statistics:index") + "?date_from=2026-12-01&date_to=2026-11-01"
    )
    assert response.status_code == 200
    assert response.context["form"].errors


# --- Retention ----------------------------------------------------------------------


@pytest.fixture
def closed_long_ago(db, django_user_model, settings, tmp_path):
    manager = member(django_user_model, "boss", "Case managers")
    photo = CleanAttachment(b"%PDF-1.4 old evidence", "application/pdf", "pdf", "a.pdf")
    submission = new_case("old", files=[photo])
    case = submission.report
    services.case_message(case=case, user=manager, body="ข้อความถึงผู้ร้อง")
    services.case_note(case=case, user=manager, body="บันทึก")
    services.case_refer(
        case=case, user=manager, agency=Agency.objects.create(name="A", kind="other")
    )
    services.state_change(case=case, user=manager, state=State.CLOSED, outcome="helped")
    Report.objects.filter(pk=case.pk).update(
        closed_at=timezone.now() - timedelta(days=settings.REPORTS_RETENTION_DAYS + 1)
    )
    return manager, submission


def test_purge_forgets_the_case_and_keeps_the_figures(
    client, tracking_page, closed_long_ago, django_capture_on_commit_callbacks
):
    manager, submission = closed_long_ago
    case = submission.report
    start, end = date(2000, 1, 1), date(2100, 1, 1)
    with translation.override("en"):
        before = statistics.figures(start, end)
    files = list(Attachment.objects.values_list("stored_name", flat=True))
    out = io.StringIO()
    call_command("purge_reports", "--dry-run", stdout=out)
    assert "1 case(s)" in out.getvalue()
    assert Report.objects.filter(pk=case.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_reports", stdout=io.StringIO())
    assert not Report.objects.filter(pk=case.pk).exists()
    for model in (Message, Attachment, Notification, PendingReceipt):
        assert not model.objects.filter(report_id=case.pk).exists()
    assert storage.names() == [] and files
    labels = set(
        CaseLogEntry.objects.filter(case_id=case.pk).values_list("label", flat=True)
    )
    assert labels == {retention.PURGED_LABEL}
    # The code answers exactly as an unknown code does.
    url = url_in(tracking_page, "en")
    response = client.post(url, {"action": "find", "code": submission.code})
    assert response.status_code == 400 and "could not find" in response.content.decode()
    # The figures do not change.
    with translation.override("en"):
        after = statistics.figures(start, end)
    assert after.total == before.total == 1
    assert [s.rows for s in after.sections if s.key != "states"] == [
        s.rows for s in before.sections if s.key != "states"
    ]
    assert [(d.count, d.median_hours) for d in after.durations] == [
        (d.count, d.median_hours) for d in before.durations
    ]
    assert ArchivedCase.objects.get().agencies == ["A"]
    # A second run does nothing.
    out = io.StringIO()
    call_command("purge_reports", stdout=out)
    assert "Purged 0" in out.getvalue()
    assert ArchivedCase.objects.count() == 1


def test_a_case_on_legal_hold_is_kept(client, closed_long_ago):
    manager, submission = closed_long_ago
    signed_in(client, manager)
    url = reverse("reports_case:inspect", args=[submission.report.pk])
    client.post(url, {"form": "hold", "hold-legal_hold": "on"})
    assert Report.objects.get(pk=submission.report.pk).legal_hold
    call_command("purge_reports", stdout=io.StringIO())
    assert Report.objects.filter(pk=submission.report.pk).exists()
    assert CaseLogEntry.objects.filter(action="reports.legal_hold").exists()


def test_a_recently_closed_or_open_case_is_kept(db, django_user_model, settings):
    manager = member(django_user_model, "boss", "Case managers")
    open_case = new_case("open").report
    recent = new_case("recent").report
    services.state_change(
        case=recent, user=manager, state=State.CLOSED, outcome="helped"
    )
    Report.objects.filter(pk=open_case.pk).update(
        created_at=timezone.now() - timedelta(days=settings.REPORTS_RETENTION_DAYS * 2)
    )
    assert retention.purge_due() == 0
    assert Report.objects.count() == 2


def test_a_purge_interrupted_mid_way_can_run_again(closed_long_ago, monkeypatch):
    """Each case is one transaction: a crash leaves it whole, a rerun ends it."""
    _manager, submission = closed_long_ago

    def crash(case):
        raise RuntimeError("killed")

    monkeypatch.setattr(retention, "archive", crash)
    with pytest.raises(RuntimeError):
        retention.purge_due()
    assert Report.objects.filter(pk=submission.report.pk).exists()
    assert ArchivedCase.objects.count() == 0
    monkeypatch.undo()
    assert retention.purge_due() == 1
    assert ArchivedCase.objects.count() == 1
