"""Auditing on several cores gives exactly the document a single process gives."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.factories import account_dict, post_dict, write_bundle

GEO = {"lat": 53.99, "lon": -1.54, "place_name": "Somewhere"}


def test_parallel_output_is_identical_to_serial(tmp_path):
    records = [account_dict(bio="FCS volunteer with Twins Trust", location_sharing=True)]
    for i in range(700):
        records.append(post_dict(text=f"Lovely visit this morning with my FCS family #{i}", geo=GEO if i % 5 == 0 else None))
        if i % 97 == 0:
            records.append("{broken line")
    bundle = write_bundle(tmp_path / "b.jsonl", records)
    outs = [_audit_json(bundle, jobs) for jobs in ("1", "2")]
    assert outs[0] == outs[1]
    assert '"line": 2' in outs[0] and "privacy-settings" in outs[0]


def test_names_remembered_across_an_accounts_posts_reach_every_worker(tmp_path):
    records = [account_dict(bio="Foster carer with Children's Family Trust")]
    for i in range(300):  # the name shown to be a child in care once, then only named, in many chunks
        records.append(post_dict(text="Tomasz's social worker came round, he has settled so well since he came to us"
                                 if i == 0 else f"Tomasz scored his first goal today ⚽ #{i}"))
    bundle = write_bundle(tmp_path / "b.jsonl", records)
    outs = [_audit_json(bundle, jobs, "childrens-family-trust") for jobs in ("1", "2")]
    assert outs[0] == outs[1]
    assert outs[0].count('"rule": "name-leak"') == 300


def _audit_json(bundle, jobs: str, policy: str = "twins-trust-fcs") -> str:
    r = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", policy, "--input",
                        str(bundle), "--format", "json", "--jobs", jobs], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _photo_post(path: str) -> dict:
    return post_dict(text="Our stall at the fun run", media=[{"type": "photo", "path": path, "alt_text": None}])


def test_a_chunk_closes_after_a_few_photo_posts_so_photos_spread_over_the_workers():
    from auditors.parallel import CHUNK, PHOTO_CHUNK, chunks

    items = ["photo"] * (2 * PHOTO_CHUNK) + ["text"] * 10 + ["photo"]
    sized = [len(c) for c in chunks(iter(items), lambda item: item == "photo")]
    assert sized == [PHOTO_CHUNK, PHOTO_CHUNK, 11]
    assert [len(c) for c in chunks(iter(range(CHUNK + 1)))] == [CHUNK, 1]


def test_a_small_bundle_full_of_photos_uses_every_core_and_a_small_text_one_does_not(tmp_path):
    from auditors.parallel import PARALLEL_MIN_PHOTOS, default_jobs

    photos = write_bundle(tmp_path / "photos.jsonl", [account_dict()] + [
        _photo_post(f"media/p{i}.jpg") for i in range(PARALLEL_MIN_PHOTOS)])
    text = write_bundle(tmp_path / "text.jsonl", [account_dict()] + [
        post_dict(text="A quiet day") for _ in range(PARALLEL_MIN_PHOTOS)])
    assert default_jobs(str(photos)) == min(os.cpu_count() or 1, 4)
    assert default_jobs(str(text)) == 1


def test_a_first_chunk_with_photos_gives_the_serial_document(tmp_path):
    """The parent audits a photo-first chunk up to its first photo (building what the photo
    rules share before the fork) and the workers the rest: the document is the serial one."""
    import cv2

    from auditors.registry import load_policy
    from auditors.vision.synthetic import photo

    logo = cv2.imread(load_policy("twins-trust-fcs").organisation["logos"][0])
    (tmp_path / "media").mkdir()
    records = [account_dict(bio="Volunteer")]
    for i in range(12):
        name = f"media/p{i}.jpg"
        cv2.imwrite(str(tmp_path / name), photo(logo if i % 3 == 0 else None, seed=i, size=(480, 640), width=240))
        records.append(_photo_post(name))
        if i % 4 == 1:
            records.append(post_dict(text=f"Lovely visit this morning with my FCS family #{i}"))
    bundle = write_bundle(tmp_path / "b.jsonl", records)
    outs = [_audit_json(bundle, jobs) for jobs in ("1", "2")]
    assert outs[0] == outs[1]
    assert outs[0].count('"rule": "logo-misuse"') >= 3
