"""Auditing on several cores gives exactly the document a single process gives."""
from __future__ import annotations

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
    outs = []
    for jobs in ("1", "2"):
        r = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs", "--input",
                            str(bundle), "--format", "json", "--jobs", jobs], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    assert outs[0] == outs[1]
    assert '"line": 2' in outs[0] and "privacy-settings" in outs[0]
