"""The case queue: who may open what, what every action does, what the audit
trail records, and which moves a case may make."""

import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from reports import services
from reports.choices import State, Status
from reports.models import Agency, CaseLogEntry, Message, Note, Referral, Report
from reports.states import TRANSITIONS, TransitionRefused

from .conftest import signed_in

# --- Who may open what ----------------------------------------------------------

ROLES = [
    "anonymous",
    "editor",
    "moderator",
    "worker_in",
    "worker_out",
    "manager",
    "superuser",
]


def case_urls(case):
    file = case.attachments.get()
    return {
        "queue": reverse("reports_case:index"),
        "queue results": reverse("reports_case:index_results"),
        "case page": reverse("reports_case:inspect", args=[case.pk]),
        "file": reverse("reports_case:file", args=[case.pk, file.pk]),
        "agencies": reverse("wagtailsnippets_reports_agency:list"),
        "new agency": reverse("wagtailsnippets_reports_agency:add"),
        "worker provinces": reverse("reports_staffscope:index"),
    }


# Expected status per role and URL: 200 opens; 404 refuses a case URL as if
# it did not exist; Wagtail's own views (agencies, workers' provinces) send
# whoever lacks permission to the dashboard (302), as they send an anonymous
# visitor to sign in.
CASE_URLS = ["queue", "queue results", "case page", "file"]
EXPECTED = {
    "anonymous": dict.fromkeys(
        [
            "queue",
            "queue results",
            "case page",
            "file",
            "agencies",
            "new agency",
            "worker provinces",
        ],
        302,
    ),
    "editor": {
        **dict.fromkeys(CASE_URLS, 404),
        **dict.fromkeys(["agencies", "new agency", "worker provinces"], 302),
    },
    "worker_in": {
        "queue": 200,
        "queue results": 200,
        "case page": 200,
        "file": 200,
        "agencies": 200,
        "new agency": 302,
        "worker provinces": 302,
    },
    "worker_out": {
        "queue": 200,
        "queue results": 200,
        "case page": 404,
        "file": 404,
        "agencies": 200,
        "new agency": 302,
        "worker provinces": 302,
    },
    "manager": dict.fromkeys(
        [
            "queue",
            "queue results",
            "case page",
            "file",
            "agencies",
            "new agency",
            "worker provinces",
        ],
        200,
    ),
}
EXPECTED["moderator"] = EXPECTED["editor"]
EXPECTED["superuser"] = EXPECTED["manager"]


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, staff, case, role):
    if role != "anonymous":
        signed_in(client, staff[role])
    seen = {name: client.get(url).status_code for name, url in case_urls(case).items()}
    assert seen == EXPECTED[role]


ACTION_EXPECTED = {
    "anonymous": (302, False),  # to the sign-in page
    "editor": (404, False),
    "moderator": (404, False),
    "worker_in": (302, True),  # saved, back to the case page
    "worker_out": (404, False),
    "manager": (302, True),
    "superuser": (302, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_actions_matrix(client, staff, case, role):
    if role != "anonymous":
        signed_in(client, staff[role])
    url = reverse("reports_case:inspect", args=[case.pk])
    response = client.post(url, {"form": "note", "note-body": "x"})
    status, saved = ACTION_EXPECTED[role]
    assert response.status_code == status
    assert Note.objects.exists() == saved
    if role == "anonymous":
        assert reverse("wagtailadmin_login") in response["Location"]


def test_the_queue_shows_a_worker_only_their_cases(client, staff, case):
    other = services.report_submit(
        category="other",
        affected=["other"],
        relation="self",
        province=None,
        district="",
        when="today",
        description="x",
        in_danger=False,
        contact={},
        files=[],
        token_nonce="other",
        language="th",
    ).report
    signed_in(client, staff["worker_in"])
    html = client.get(reverse("reports_case:index")).content.decode()
    assert case.reference in html and other.reference not in html
    services.case_assign(case=other, user=staff["manager"], assignee=staff["worker_in"])
    html = client.get(reverse("reports_case:index")).content.decode()
    assert other.reference in html


def test_communications_staff_see_nothing_of_cases(client, staff, case):
    services.case_note(case=case, user=staff["manager"], body="ลับ")
    for role in ("editor", "moderator"):
        signed_in(client, staff[role])
        for url in [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_pages:search") + f"?q={case.reference}",
            reverse("wagtailadmin_reports:site_history"),
            reverse("wagtailimages:index"),
            reverse("wagtaildocs:index"),
        ]:
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert reverse("reports_case:index") not in html, url  # no link, no menu
            if "?q=" not in url:  # a search page repeats what was searched for
                assert case.reference not in html, url


def test_only_managers_read_the_audit_trail(client, staff, case):
    services.case_note(case=case, user=staff["worker_in"], body="ลับ")
    signed_in(client, staff["worker_in"])
    page = client.get(reverse("reports_case:inspect", args=[case.pk])).content.decode()
    assert 'id="audit-section"' not in page
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert case.reference not in history
    signed_in(client, staff["manager"])
    page = client.get(reverse("reports_case:inspect", args=[case.pk])).content.decode()
    assert 'id="audit-section"' in page
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert case.reference in history


def test_case_urls_refuse_a_user_who_has_not_passed_the_second_factor(
    client, staff, case
):
    client.force_login(staff["manager"])  # password only
    for url in [reverse("wagtailadmin_home"), *case_urls(case).values()]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("reports_second_factor_setup"))


def test_case_pages_are_never_stored(client, staff, case):
    signed_in(client, staff["manager"])
    for url in case_urls(case).values():
        assert "no-store" in client.get(url)["Cache-Control"]


# --- The case page ----------------------------------------------------------------


def test_the_case_page_shows_contact_details_and_safe_times_first(client, staff, case):
    signed_in(client, staff["worker_in"])
    html = client.get(reverse("reports_case:inspect", args=[case.pk])).content.decode()
    assert "081 234 5678" in html and "หลังสามทุ่ม" in html
    assert "เด็กถูกทำร้ายที่บ้านข้างๆ" in html
    assert html.index("หลังสามทุ่ม") < html.index("เด็กถูกทำร้ายที่บ้านข้างๆ")


def test_a_file_is_downloaded_safely_and_logged(client, staff, case):
    signed_in(client, staff["worker_in"])
    url = case_urls(case)["file"]
    response = client.get(url)
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("default-src 'none'")
    assert "no-store" in response["Cache-Control"]
    assert response.content.startswith(b"\xff\xd8")  # the cleaned JPEG
    preview = client.get(url + "?preview=1")
    assert preview["Content-Disposition"].startswith("inline;")
    entries = CaseLogEntry.objects.filter(action="reports.download")
    assert entries.count() == 2
    assert all(entry.label == case.reference for entry in entries)


# --- Actions ------------------------------------------------------------------------


def post(client, case, form, **data):
    url = reverse("reports_case:inspect", args=[case.pk])
    return client.post(
        url, {"form": form, **{f"{form}-{k}": v for k, v in data.items()}}
    )


def test_a_manager_assigns_and_a_worker_refers_asks_and_closes(client, staff, case):
    agency = Agency.objects.create(
        name="สำนักงานพัฒนาสังคมฯ ยะลา", kind="social-development"
    )
    signed_in(client, staff["manager"])
    assert (
        post(client, case, "assign", assignee=staff["worker_in"].pk).status_code == 302
    )
    case.refresh_from_db()
    assert case.assignee == staff["worker_in"]

    signed_in(client, staff["worker_in"])
    assert (
        post(
            client, case, "triage", category="domestic-violence", urgent="on"
        ).status_code
        == 302
    )
    assert post(client, case, "refer", agency=agency.pk).status_code == 302
    case.refresh_from_db()
    assert (case.state, case.status) == (State.REFERRED, Status.REFERRED)
    assert (
        post(client, case, "message", body="ปลอดภัยไหมคะ", question="on").status_code
        == 302
    )
    case.refresh_from_db()
    assert case.state == State.WAITING
    services.complainant_reply(report=case, body="ปลอดภัย", files=[], token_nonce="a")
    case.refresh_from_db()
    assert case.state == State.REFERRED  # back where it was
    assert case.unread_reply
    # Closing needs an outcome: without one, the form says so.
    response = post(client, case, "state", state=State.CLOSED)
    assert response.status_code == 200
    assert "outcome" in response.context["action_forms"]["state"].errors
    assert (
        post(client, case, "state", state=State.CLOSED, outcome="helped").status_code
        == 302
    )
    case.refresh_from_db()
    assert (case.state, case.outcome, case.status) == (
        State.CLOSED,
        "helped",
        Status.CLOSED,
    )
    assert case.category == "domestic-violence" and case.urgent
    assert Referral.objects.get().agency == agency
    actions = list(
        CaseLogEntry.objects.filter(case_id=case.pk)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )
    for expected in [
        "reports.assign",
        "reports.triage",
        "reports.refer",
        "reports.message",
        "reports.state",
    ]:
        assert expected in actions


def test_a_worker_takes_an_unassigned_case_of_their_provinces(client, staff, case):
    signed_in(client, staff["worker_in"])
    assert post(client, case, "take").status_code == 302
    case.refresh_from_db()
    assert case.assignee == staff["worker_in"]
    # Taking someone else's case, or assigning, is refused.
    response = post(client, case, "assign", assignee=staff["worker_out"].pk)
    assert response.status_code == 404
    case.refresh_from_db()
    assert case.assignee == staff["worker_in"]


def test_an_internal_note_is_encrypted_and_never_shown_to_the_complainant(
    client, staff, case, tracking_page
):
    from django.db import connection

    signed_in(client, staff["worker_in"])
    post(client, case, "note", body="ผู้กระทำเป็นญาติ")
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM reports_note")
        assert "ญาติ" not in cursor.fetchone()[0]
    assert Note.objects.get().body == "ผู้กระทำเป็นญาติ"


def test_a_staff_message_reaches_the_tracking_page_signed_by_the_centre(
    client, staff, case, tracking_page
):
    from django.test import Client

    from tests.conftest import url_in

    signed_in(client, staff["worker_in"])
    post(client, case, "message", body="โปรดโทรกลับเมื่อปลอดภัย")
    complainant = Client()
    submission_code = None
    # The complainant opens the case with the code from the fixture's receipt.
    from reports import crypto
    from reports.models import PendingReceipt

    sealed = PendingReceipt.objects.get(report=case).sealed
    submission_code = crypto.unseal(
        sealed, key=crypto.purpose_key("receipt", "staff-fixture")
    )["code"]
    url = url_in(tracking_page, "th")
    complainant.post(url, {"action": "find", "code": submission_code})
    html = complainant.get(url).content.decode()
    assert "โปรดโทรกลับเมื่อปลอดภัย" in html
    assert "worker_in" not in html
    assert Message.objects.get().author == staff["worker_in"]


def test_every_view_download_and_action_is_logged_without_content(client, staff, case):
    agency = Agency.objects.create(name="Shelter", kind="shelter")
    signed_in(client, staff["manager"])
    client.get(reverse("reports_case:inspect", args=[case.pk]))
    client.get(case_urls(case)["file"])
    post(client, case, "triage", category="other", urgent="on")
    post(client, case, "assign", assignee=staff["manager"].pk)
    post(client, case, "refer", agency=agency.pk)
    post(
        client, case, "referral", referral=Referral.objects.get().pk, outcome="accepted"
    )
    post(client, case, "note", body="บันทึกลับ")
    post(client, case, "message", body="ข้อความลับ")
    post(client, case, "state", state=State.CLOSED, outcome="helped")
    entries = CaseLogEntry.objects.filter(case_id=case.pk)
    actions = set(entries.values_list("action", flat=True))
    assert actions >= {
        "reports.view_content",
        "reports.download",
        "reports.triage",
        "reports.assign",
        "reports.refer",
        "reports.referral_outcome",
        "reports.note",
        "reports.message",
        "reports.state",
    }
    for entry in entries:
        assert entry.label == case.reference
        assert entry.user == staff["manager"]
        text = repr(entry.data)
        for secret in ["บันทึกลับ", "ข้อความลับ", "เด็กถูกทำร้าย", "081 234 5678", "สมชาย"]:
            assert secret not in text


def test_the_queue_counts_states_and_marks_overdue_cases(client, staff, case):
    from datetime import timedelta

    Report.objects.filter(pk=case.pk).update(
        acknowledge_by=case.created_at - timedelta(days=1)
    )
    signed_in(client, staff["manager"])
    response = client.get(reverse("reports_case:index"))
    html = response.content.decode()
    assert "case-row--overdue" in html
    assert 'href="/admin/cases/?state=new"' in html
    overdue = client.get(
        reverse("reports_case:index") + "?due=overdue"
    ).content.decode()
    assert case.reference in overdue
    fine = client.get(reverse("reports_case:index") + "?due=soon").content.decode()
    assert case.reference not in fine


def test_the_queue_filters_by_the_day_a_case_came_in(client, staff, case):
    signed_in(client, staff["manager"])
    index = reverse("reports_case:index")
    day = timezone.localdate(case.created_at)  # the Bangkok day, as staff type it
    inside = client.get(index + f"?received_from={day}&received_to={day}")
    assert case.reference in inside.content.decode()
    later = day.replace(year=day.year + 1)
    outside = client.get(index + f"?received_from={later}")
    assert case.reference not in outside.content.decode()


def test_the_queue_searches_by_reference_only(client, staff, case):
    signed_in(client, staff["manager"])
    index = reverse("reports_case:index")
    assert (
        case.reference
        in client.get(index + f"?q={case.reference[-4:]}").content.decode()
    )
    # Words of the (encrypted) description find nothing.
    assert case.reference not in client.get(index + "?q=เด็ก").content.decode()


# --- The state table ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target"), itertools.product(State.values, repeat=2)
)
def test_state_changes_follow_the_table(staff, case, current, target):
    Report.objects.filter(pk=case.pk).update(state=current)
    case.refresh_from_db()
    agency = Agency.objects.create(name="A", kind="other")
    Referral.objects.create(report=case, agency=agency)  # "in progress" needs one
    outcome = "helped" if target == State.CLOSED else ""
    if target in TRANSITIONS[current]:
        services.state_change(
            case=case, user=staff["manager"], state=target, outcome=outcome
        )
        case.refresh_from_db()
        assert case.state == target
    else:
        with pytest.raises(TransitionRefused):
            services.state_change(
                case=case, user=staff["manager"], state=target, outcome=outcome
            )


def test_a_case_is_in_progress_only_once_referred(staff, case):
    """The complainant reads "Referred for help" for a case in progress."""
    services.state_change(case=case, user=staff["manager"], state=State.ASSESSING)
    with pytest.raises(TransitionRefused):
        services.state_change(case=case, user=staff["manager"], state=State.IN_PROGRESS)
    agency = Agency.objects.create(name="Shelter", kind="shelter")
    services.case_refer(case=case, user=staff["manager"], agency=agency)
    services.state_change(case=case, user=staff["manager"], state=State.IN_PROGRESS)
    case.refresh_from_db()
    assert (case.state, case.status) == (State.IN_PROGRESS, Status.REFERRED)


def test_a_second_question_keeps_the_case_waiting_and_where_it_was(staff, case):
    services.state_change(case=case, user=staff["manager"], state=State.ASSESSING)
    services.case_message(case=case, user=staff["manager"], body="1?", question=True)
    services.case_message(case=case, user=staff["manager"], body="2?", question=True)
    case.refresh_from_db()
    assert (case.state, case.state_before_waiting) == (State.WAITING, State.ASSESSING)
    services.complainant_reply(report=case, body="!", files=[], token_nonce="q2")
    case.refresh_from_db()
    assert case.state == State.ASSESSING


def test_closing_without_an_outcome_is_refused(staff, case):
    with pytest.raises(TransitionRefused):
        services.state_change(case=case, user=staff["manager"], state=State.CLOSED)


def test_an_answer_to_a_closed_case_is_kept_and_the_case_stays_closed(staff, case):
    services.state_change(
        case=case, user=staff["manager"], state=State.CLOSED, outcome="helped"
    )
    services.complainant_reply(report=case, body="ขอบคุณค่ะ", files=[], token_nonce="t")
    case.refresh_from_db()
    assert (case.state, case.status) == (State.CLOSED, Status.CLOSED)
    assert case.unread_reply
    assert case.messages.get().body == "ขอบคุณค่ะ"


def test_a_case_never_shows_a_name_in_its_label():
    assert str(Report()).startswith("CW-")  # a reference even before saving


# --- Query budget ---------------------------------------------------------------------


def more_cases(count):
    from home.models import Province

    yala = Province.objects.get(code="yala")
    Report.objects.bulk_create(
        [
            Report(
                category="other",
                affected=["other"],
                relation="self",
                province=yala,
                when="today",
                description="x",
                code_hash=f"h{i}-{count}",
                submission_key=f"k{i}-{count}",
            )
            for i in range(count)
        ]
    )


QUEUE_BUDGET = 22
CASE_PAGE_BUDGET = 32


def test_the_queue_costs_the_same_queries_for_any_number_of_cases(
    client, staff, case, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    signed_in(client, staff["manager"])
    url = reverse("reports_case:index")
    counts = []
    for extra in (5, 60):
        more_cases(extra)
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        counts.append(len(captured))
        assert response.status_code == 200
    assert counts[0] == counts[1] <= QUEUE_BUDGET, counts
    with django_assert_max_num_queries(CASE_PAGE_BUDGET):
        client.get(reverse("reports_case:inspect", args=[case.pk]))


# --- Agencies, exports, races ------------------------------------------------------


def test_the_agency_chooser_is_for_case_staff_only(client, staff):
    url = reverse("wagtailsnippetchoosers_reports_agency:choose")
    signed_in(client, staff["editor"])
    assert client.get(url).status_code == 404
    signed_in(client, staff["worker_in"])
    assert client.get(url).status_code == 200


def test_an_agency_with_referrals_is_kept(client, staff, case):
    used = Agency.objects.create(name="Used", kind="shelter")
    unused = Agency.objects.create(name="Unused", kind="shelter")
    services.case_refer(case=case, user=staff["manager"], agency=used)
    signed_in(client, staff["manager"])
    response = client.post(
        reverse("wagtailsnippets_reports_agency:delete", args=[used.pk])
    )
    assert response.status_code == 302
    assert Agency.objects.filter(pk=used.pk).exists()
    response = client.post(
        reverse("wagtailsnippets_reports_agency:delete", args=[unused.pk])
    )
    assert not Agency.objects.filter(pk=unused.pk).exists()


def test_the_queue_is_never_exported_as_a_spreadsheet(client, staff, case):
    signed_in(client, staff["manager"])
    for fmt in ("csv", "xlsx"):
        response = client.get(reverse("reports_case:index") + f"?export={fmt}")
        assert response["Content-Type"].startswith("text/html")


def test_taking_a_case_someone_just_got_is_refused(staff, case):
    services.case_assign(case=case, user=staff["manager"], assignee=staff["manager"])
    with pytest.raises(TransitionRefused):
        services.case_take(case=case, user=staff["worker_in"])
    case.refresh_from_db()
    assert case.assignee == staff["manager"]
