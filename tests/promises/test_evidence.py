import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from audit.models import AuditEvent
from promises.models import Comment, Evidence
from tests.factories.flow import SSO, DealFactory, submit

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def ask(sales):
    return submit(sales, DealFactory.create(owner=sales), SSO)


def upload(client, ask, name, data, **extra):
    return client.post(f"/api/asks/{ask.pk}/evidence/",
                       {"file": SimpleUploadedFile(name, data), **extra}, format="multipart")


@pytest.fixture
def rep(api, sales):
    return api(sales)


def test_good_file_is_stored_outside_the_web_root_under_a_generated_name(rep, ask):
    r = upload(rep, ask, "call-notes.pdf", PDF, title="Call notes")
    assert r.status_code == 201, r.content
    evidence = Evidence.objects.get()
    assert evidence.original_name == "call-notes.pdf" and evidence.content_type == "application/pdf"
    assert len(evidence.stored_name) == 32 and "." not in evidence.stored_name
    stored = Path(settings.EVIDENCE_ROOT) / evidence.stored_name
    assert stored.read_bytes() == PDF
    assert not str(stored).startswith(str(settings.STATIC_ROOT))
    assert AuditEvent.objects.filter(action="evidence.added", ask=ask).count() == 1


@pytest.mark.parametrize(("name", "data", "says"), [
    ("screenshot.png", PDF, "content is a PDF"),
    ("sample.csv", b"\x00\x01binary", "not a file type we accept"),
    ("payload.exe", b"MZ\x90\x00", "not accepted"),
    ("notes.pdf", b"<script>alert(1)</script>", "content is a text"),
])
def test_wrong_type_behind_a_name_is_refused(rep, ask, name, data, says):
    r = upload(rep, ask, name, data)
    assert r.status_code == 400 and says in r.json()["file"][0]
    assert Evidence.objects.count() == 0


def test_oversize_file_is_refused(rep, ask, settings):
    settings.EVIDENCE_MAX_BYTES = 1024 * 1024
    r = upload(rep, ask, "big.csv", b"a,b\n" * (300 * 1024))
    assert r.status_code == 400 and "at most 1 MB" in r.json()["file"][0]
    assert Evidence.objects.count() == 0


def test_path_tricks_in_the_filename_are_neutralised(rep, ask):
    r = upload(rep, ask, "../../etc/passwd.png", PNG)
    assert r.status_code == 201
    evidence = Evidence.objects.get()
    assert evidence.original_name == "passwd.png"
    assert (Path(settings.EVIDENCE_ROOT) / evidence.stored_name).is_file()


def test_office_files_are_judged_by_their_inside(rep, ask):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert upload(rep, ask, "volumes.xlsx", buf.getvalue()).status_code == 201
    assert upload(rep, ask, "volumes.docx", buf.getvalue()).status_code == 400


def test_download_only_for_those_who_see_the_ask_and_always_as_attachment(
        api, rep, ask, other_sales, engineer, product):
    upload(rep, ask, "call-notes.pdf", PDF)
    evidence = Evidence.objects.get()
    r = rep.get(f"/api/evidence/{evidence.pk}/download/")
    assert r.status_code == 200
    assert r["Content-Disposition"].startswith("attachment") and "call-notes.pdf" in r[
        "Content-Disposition"]
    assert b"".join(r.streaming_content) == PDF
    assert api(engineer).get(f"/api/evidence/{evidence.pk}/download/").status_code == 200
    # Not routed to product (a security-only ask) and not shared with the other rep.
    assert api(product).get(f"/api/evidence/{evidence.pk}/download/").status_code == 404
    assert api(other_sales).get(f"/api/evidence/{evidence.pk}/download/").status_code == 404


def test_links_must_be_web_links(rep, ask):
    assert rep.post(f"/api/asks/{ask.pk}/evidence/", {"url": "javascript:alert(1)"},
                    format="json").status_code == 400
    r = rep.post(f"/api/asks/{ask.pk}/evidence/",
                 {"url": "https://example.com/questionnaire", "title": "Questionnaire"},
                 format="json")
    assert r.status_code == 201 and Evidence.objects.get().kind == "link"


def test_page_upload_shows_the_reason(client, sales, ask):
    client.force_login(sales)
    r = client.post(f"/asks/{ask.pk}/evidence/",
                    {"file": SimpleUploadedFile("shot.png", PDF), "title": "x"})
    assert r.status_code == 400 and "content is a PDF" in r.content.decode()


def test_comments_are_visible_to_all_who_see_the_ask(api, rep, ask, engineer, manager):
    r = api(engineer).post(f"/api/asks/{ask.pk}/comments/",
                           {"body": "Which Okta org?"}, format="json")
    assert r.status_code == 201
    comment = Comment.objects.get()
    assert comment.author == engineer and comment.created_at is not None
    assert [c["body"] for c in rep.get(f"/api/asks/{ask.pk}/comments/").json()] == [
        "Which Okta org?"]
    assert api(manager).get(f"/api/asks/{ask.pk}/comments/").status_code == 200
    assert api(manager).post(f"/api/asks/{ask.pk}/comments/", {"body": "hi"},
                             format="json").status_code == 403
    assert Comment.objects.count() == 1
