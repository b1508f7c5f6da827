"""Issue 9, rows 11 and 15: archives that once crashed or ate memory — a profile nested
hundreds deep, a tweet with a lone surrogate, a zip of a quarter of a million empty entries
— give a clear error and a small footprint, on the command line and in the self-audit."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pytest

from socialaudit.app.inputs import open_input
from socialaudit.core.errors import InputError


def many_entries_zip(path, n: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for i in range(n):
            z.writestr(zipfile.ZipInfo(f"e{i}"), b"")


def forged_directory_zip(path, entries: int) -> None:
    """A tiny zip whose end-of-directory record claims `entries` entries."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
    data = bytearray(buf.getvalue())
    eocd = data.rfind(b"PK\x05\x06")
    data[eocd + 8:eocd + 12] = (min(entries, 0xFFFF)).to_bytes(2, "little") * 2
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def quarter_million_zip(tmp_path_factory):
    path = tmp_path_factory.mktemp("zips") / "many.zip"
    many_entries_zip(path, 250_000)
    return path


def test_a_zip_with_too_many_entries_is_refused_before_it_is_read(quarter_million_zip):
    with pytest.raises(InputError, match="250,000 entries is more than"):
        open_input(quarter_million_zip)


def test_refusing_an_entry_heavy_zip_costs_little_memory(quarter_million_zip):
    code = ("import resource,subprocess,sys;"
            "subprocess.run([sys.executable,'-m','socialaudit','audit','--policy','twins-trust-fcs',"
            f"'--input',{str(quarter_million_zip)!r}],capture_output=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    peak_kib = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip())
    assert peak_kib < 150 * 1024, f"peak {peak_kib / 1024:.0f} MiB"


def test_the_limits_read_from_the_end_record_not_from_zipfile(tmp_path):
    from crawler.archives.container import Limits, ZipContainer
    path = tmp_path / "small.zip"
    forged_directory_zip(path, 60_000)
    with pytest.raises(InputError, match="entries is more than"):
        ZipContainer(path, Limits(max_members=50_000))


def test_a_facebook_profile_nested_hundreds_deep_is_reported_not_a_crash(tmp_path):
    # written as text: json.dumps itself would recurse 950 deep (too deep under a test runner's stack)
    deep = '{"profile_v2": {"name": {"full_name": "Jane"}, "x": ' + '{"x": ' * 949 + "{}" + "}" * 949 + "}}"
    path = tmp_path / "fb.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("profile_information/profile_information.json", deep)
        z.writestr("posts/your_posts_1.json", json.dumps([{"timestamp": 1700000000, "data": [{"post": "hi"}]}]))
    out = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs",
                          "--input", str(path), "--format", "json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["audited"]["posts"] == 1 and any("deep" in e["reason"] for e in doc["errors"])
    assert "Traceback" not in out.stderr


def test_a_tweet_with_a_lone_surrogate_is_reported_and_the_rest_imported(tmp_path):
    from tests.archive_factory import write_x_archive
    folder = write_x_archive(tmp_path / "arc", "jane_v", 3)
    tweets = folder / "data" / "tweets.js"
    tweets.write_text(tweets.read_text().replace('"full_text": "Lovely visit', '"full_text": "\\ud800 Lovely visit', 1))
    out = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs",
                          "--input", str(folder), "--format", "json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["audited"]["posts"] == 2 and any("surrogate" in e["reason"] for e in doc["errors"])
