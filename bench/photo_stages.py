#!/usr/bin/env python3
"""Where a photo's CPU time goes: the audit of a bundle in this process, one thread, with
a clock on each stage of the photo path.

    python bench/photo_stages.py --policy POLICY --bundle BUNDLE.jsonl --single ONE.jsonl

Run from the root of the tree to measure (bench/photos.py --stages runs it from the
baseline's tree and from this one). Stages are found by name, so the same script times
the code before and after the photo work: EXIF (`read_gps`), decode (the `MediaInfo`
methods that give pixels, with their resize), faces (`detect_faces`, with its resize and
equalisation), and the logo matcher split into its resize (`_prepare`), keypoints
(`LogoIndex.find` less the rest: ORB), matching (`LogoIndex._verify`, `_match` in older
trees: Hamming neighbours, ratio test, RANSAC, checks), the opt-in SIFT pass, the colour
layout and the shape check. "rest" is everything else (reading the bundle,
the text rules, rendering). Start-up is the CPU of this process up to the end of a
one-photo audit: the command's imports, the policy, the lexicons, the models. Each
stage's time excludes the stages called inside it. Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the tree being measured, not the one this file is in


def _cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


class Clocks:
    """Exclusive CPU seconds per stage (nested stages are subtracted from their callers)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self._stack: list[list] = []

    def wrap(self, stage: str, fn):
        def timed(*args, **kwargs):
            frame = [time.thread_time(), 0.0]
            self._stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                self._stack.pop()
                took = time.thread_time() - frame[0]
                self.spent[stage] = self.spent.get(stage, 0.0) + took - frame[1]
                if self._stack:
                    self._stack[-1][1] += took
        return timed


def instrument(clocks: Clocks) -> None:
    """Put the clocks on whatever of the photo path this tree has."""
    import auditors.mediainfo as mi
    import auditors.rules.family_photo as fp
    import auditors.vision.matcher as vm
    mi.read_gps = clocks.wrap("exif", mi.read_gps)
    for name in ("pixels", "rgb", "grey"):
        if hasattr(mi.MediaInfo, name):
            setattr(mi.MediaInfo, name, clocks.wrap("decode+resize", getattr(mi.MediaInfo, name)))
    fp.detect_faces = clocks.wrap("faces", fp.detect_faces)
    vm._prepare = clocks.wrap("logo resize", vm._prepare)
    vm.LogoIndex.find = clocks.wrap("logo keypoints (ORB)", vm.LogoIndex.find)
    matching = "_verify" if hasattr(vm.LogoIndex, "_verify") else "_match"  # _match before the SIFT pass
    setattr(vm.LogoIndex, matching, clocks.wrap("logo matching+RANSAC", getattr(vm.LogoIndex, matching)))
    if hasattr(vm.LogoIndex, "_fine_find"):
        vm.LogoIndex._fine_find = clocks.wrap("logo SIFT (fine_check)", vm.LogoIndex._fine_find)
    if hasattr(mi.MediaInfo, "rgb_preview"):
        mi.MediaInfo.rgb_preview = clocks.wrap("colour decode", mi.MediaInfo.rgb_preview)
    try:
        import auditors.vision.colourmatch as cm
    except ImportError:  # a tree from before the colour-layout verifier
        return
    cm.ColourIndex.find = clocks.wrap("logo colour layout", cm.ColourIndex.find)
    try:
        import auditors.vision.shapecheck as sc
    except ImportError:  # a tree from before the shape check
        return
    sc.ShapeIndex.find = clocks.wrap("logo shape check", sc.ShapeIndex.find)


def one_thread() -> None:
    """Photos on this thread only, and OpenCV's own pool off, so each stage's CPU is seen
    by the thread clock of the caller (the same work, counted where it is asked for)."""
    import cv2
    cv2.setNumThreads(1)
    try:
        import auditors.photothreads as pt
    except ImportError:  # the tree before photo threads: one thread already
        return
    pt.default_threads = lambda: 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--policy", required=True)
    ap.add_argument("--bundle", required=True)
    ap.add_argument("--single", required=True, help="a one-photo bundle: start-up is measured on it")
    args = ap.parse_args()
    import socialaudit.app.cli  # noqa: F401  what the command imports
    from auditors.engine import audit
    from auditors.prepared import Prepared
    from auditors.registry import load_policy
    from socialaudit.app.inputs import open_input
    one_thread()
    prepared = Prepared(load_policy(args.policy))
    list(audit(open_input(args.single), prepared))
    startup = _cpu()
    clocks = Clocks()
    instrument(clocks)
    started = _cpu()
    posts = sum(1 for item in audit(open_input(args.bundle), prepared) if item.subject.id.startswith("x:") and
                ":@" not in item.subject.id)
    total = _cpu() - started
    stages = {k: v for k, v in clocks.spent.items()}
    stages["rest"] = total - sum(stages.values())
    import auditors
    tree = str(Path(auditors.__file__).parent.parent)
    print(json.dumps({"tree": tree, "posts": posts, "startup_cpu": startup, "total_cpu": total, "stages": stages}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
