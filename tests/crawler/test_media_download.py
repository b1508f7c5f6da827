"""Media downloads: content-addressed, capped, typed by magic bytes."""
from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from crawler.live.downloads import MediaRejected, MediaStore
from crawler.live.http import HttpClient, PlatformRules, RetryPolicy
from socialaudit.core.mediatypes import sniff
from tests.crawler.fakeserver import FakeClock, FakeServer, Reply


def jpeg_bytes(colour=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def srv():
    with FakeServer() as server:
        yield server


@pytest.fixture
def http() -> HttpClient:
    return HttpClient(PlatformRules("test"), clock=FakeClock(), timeout=1.5, policy=RetryPolicy(max_retries=2))


def test_download_lands_at_its_sha256_path(srv, http, tmp_path):
    data = jpeg_bytes()
    srv.script("/m/photo", Reply(200, data, {"Content-Type": "image/jpeg"}))
    stored = MediaStore(tmp_path).fetch(srv.url + "/m/photo", http)
    sha = hashlib.sha256(data).hexdigest()
    assert stored.relpath == f"media/{sha[:2]}/{sha}.jpg"
    assert (tmp_path / stored.relpath).read_bytes() == data and stored.mime == "image/jpeg"


def test_same_bytes_are_stored_once(srv, http, tmp_path):
    data = jpeg_bytes()
    srv.script("/a", Reply(200, data))
    srv.script("/b", Reply(200, data))
    store = MediaStore(tmp_path)
    assert store.fetch(srv.url + "/a", http).path == store.fetch(srv.url + "/b", http).path
    assert len(list((tmp_path / "media").rglob("*.jpg"))) == 1


def test_type_comes_from_magic_bytes_not_the_url_or_header(srv, http, tmp_path):
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "PNG")
    srv.script("/photo.jpg", Reply(200, buf.getvalue(), {"Content-Type": "image/jpeg"}))
    assert MediaStore(tmp_path).fetch(srv.url + "/photo.jpg", http).relpath.endswith(".png")


def test_html_error_page_served_as_image_is_refused(srv, http, tmp_path):
    srv.script("/x.jpg", Reply(200, b"<html><body>Not found</body></html>", {"Content-Type": "image/jpeg"}))
    assert MediaStore(tmp_path).fetch(srv.url + "/x.jpg", http) is None
    assert not [p for p in (tmp_path / "media").rglob("*") if p.is_file()]


def test_download_over_the_cap_is_refused_and_leaves_nothing(srv, http, tmp_path):
    srv.script("/big", Reply(200, jpeg_bytes() + b"\0" * 5000))
    assert MediaStore(tmp_path, max_bytes=2000).fetch(srv.url + "/big", http) is None
    assert not [p for p in (tmp_path / "media").rglob("*") if p.is_file()]


def test_server_error_then_success_is_retried(srv, http, tmp_path):
    srv.script("/m", Reply(502), Reply(200, jpeg_bytes()))
    assert MediaStore(tmp_path).fetch(srv.url + "/m", http) is not None


def test_cdn_403_is_not_a_reauthorisation(srv, http, tmp_path):
    srv.script("/m", Reply(403, b"denied"))
    assert MediaStore(tmp_path).fetch(srv.url + "/m", http) is None


def test_store_bytes_applies_the_same_checks(tmp_path):
    store = MediaStore(tmp_path, max_bytes=10)
    with pytest.raises(MediaRejected):
        store.store_bytes(jpeg_bytes())


@pytest.mark.parametrize("head, expected", [
    (b"\xff\xd8\xff\xe0\0\x10JFIF", "jpg"),
    (b"\x89PNG\r\n\x1a\n\0\0", "png"),
    (b"GIF89a\x01\0", "gif"),
    (b"RIFF\x10\0\0\0WEBPVP8 ", "webp"),
    (b"\0\0\0\x18ftypmp42\0\0", "mp4"),
    (b"\0\0\0\x18ftypheic\0\0", "heic"),
    (b"\0\0\0\x14ftypqt  \0\0", "mov"),
    (b"<!DOCTYPE html>", None),
    (b"%PDF-1.7", None),
])
def test_sniff_by_magic_bytes(head, expected):
    kind = sniff(head)
    assert (kind[1] if kind else None) == expected
