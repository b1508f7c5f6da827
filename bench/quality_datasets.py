#!/usr/bin/env python3
"""Rule quality on public datasets (no training on them; the packs are used as shipped).

    python bench/quality_datasets.py [--datasets ../shared/datasets]

Each section is an independent function that prints its own figures and skips
with a clear message when its dataset is absent; `main` calls each in turn.

- airline: the `criticism` rule against Twitter US Airline Sentiment. For each
  airline a policy names it as the organisation (name + its @handle); a tweet
  is criticism when `airline_sentiment == "negative"`. Reports P/R/F1 on the
  negative class, and a timing.
- stance: the `criticism` rule against TweetEval stance (SemEval-2016 6A):
  the target's name is the organisation, `against` is the positive class.
- logos: the `logo-misuse` rule's photo matching against FlickrLogos-27
  (subset). For each brand a policy extending twins-trust-fcs names that
  brand's reference logo (cropped to its box) as the organisation's logo;
  every other image (other brands' included) is posted from a personal
  account with no alt text. Reports P/R/F1 per brand for "logo present",
  separately for the dev split (FlickrLogos-27's training photos: what the
  matcher may be developed on) and the test split (its query photos: scored,
  never tuned on), then both together. `--logos-only dev` runs the dev split
  alone, for development.
- exif: EXIF GPS reading (`auditors.mediainfo.read_gps`, which the `geotag`
  rule uses) against exif-gps-photos' manifest: has-GPS accuracy, P/R, the
  largest coordinate error, the empty-GPS-block hard negative, and a timing.
- wnut17: person-name detection (`auditors.nlp.names.find_first_names`, the
  finder name-leak uses, plus the capitalised word after a name as a surname)
  on the Twitter documents of the WNUT-17 test set. Token-level P/R/F1 for the
  person class (B-/I-person), at the finder's fixed cut-off WNUT_CUTOFF (never
  tuned on this set), with and without the usernames after '@'. The anchor to
  beat: Presidio with spaCy en_core_web_sm, token F1 0.215.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from auditors.prepared import Prepared as prepared  # one per call: the bench builds its contexts itself

HERE = Path(__file__).resolve().parent
DEFAULT_DATASETS = HERE.parent.parent / "shared" / "datasets"
_MENTION = re.compile(r"@\w+")


def _confusion(fired: list[bool], truth: list[bool]) -> list[int]:
    """[true positives, false positives, false negatives]."""
    return [sum(1 for f, y in zip(fired, truth) if f and y), sum(1 for f, y in zip(fired, truth) if f and not y),
            sum(1 for f, y in zip(fired, truth) if y and not f)]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _policy_for(name: str, folder: Path, handles: list[str] = (), aliases: list[str] = ()):
    """A policy that names `name` as the organisation; everything else is the base pack."""
    from auditors.registry import load_policy
    path = folder / (re.sub(r"\W+", "-", name.lower()) + ".toml")
    quote = lambda xs: ", ".join(f'"{x}"' for x in xs)  # noqa: E731
    path.write_text(f'[pack]\nid = "bench"\n[organisation]\nname = "{name}"\n'
                    f'handles = [{quote(handles)}]\naliases = [{quote(aliases)}]\n')
    return load_policy(str(path))


def _criticism_fires(policy, texts: list[str]) -> list[bool]:
    """Run the criticism auditor on each text as a public post from a personal account."""
    from auditors.context import PostContext
    from auditors.rules import criticism
    settings = policy.rule("criticism")
    account = _bench_account()
    ready = prepared(policy)
    out = []
    for i, text in enumerate(texts):
        post = _bench_post(i, text, account)
        ctx = PostContext(ready, settings, account, [], lambda _a: False, {})
        out.append(any(f.confidence >= settings.min_confidence for f in criticism.check(post, ctx)))
    return out


def _bench_account():
    from socialaudit.core.model import Account
    return Account("x:@bench", "x")


def _bench_post(i: int, text: str, account):
    from socialaudit.core.model import Post
    return Post(f"x:{i}", account.id, "x", text=text)


def _criticism_head_fires(policy, texts: list[str]) -> list[bool] | None:
    """The shipped learned criticism head on each text (same account and post as the rule),
    at the threshold chosen by `socialaudit train`; None when no heads are shipped."""
    from auditors.learned.builtin import layer_for
    layer = layer_for(policy)
    if layer is None:
        return None
    cols = [(col, threshold) for col, rule, threshold in layer.active if rule == "criticism"]
    if not cols:
        return None
    col, threshold = cols[0]
    account = _bench_account()
    fired: list[bool] = []
    for start in range(0, len(texts), 512):
        batch = [(_bench_post(start + i, t, account), account) for i, t in enumerate(texts[start:start + 512])]
        fired.extend(bool(p >= threshold) for p in layer.probabilities(batch)[:, col])
    return fired


def _read_airline(path: Path) -> dict[str, list[tuple[str, bool]]]:
    """Rows by airline, deduplicated on tweet_id; pairs whose labels disagree are dropped."""
    rows: dict[str, tuple[str, str, str]] = {}
    conflicting: set[str] = set()
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            tid, label = row["tweet_id"], row["airline_sentiment"]
            if tid in rows and rows[tid][1] != label:
                conflicting.add(tid)
            rows.setdefault(tid, (row["airline"], label, row["text"]))
    by_airline: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for tid, (airline, label, text) in rows.items():
        if tid not in conflicting:
            by_airline[airline].append((text, label == "negative"))
    return by_airline


def airline(datasets: Path) -> None:
    """criticism vs airline_sentiment == negative, one policy per airline: the rule alone,
    and the rule OR the learned head (what `audit` reports with the learned layer on)."""
    path = datasets / "airline-sentiment" / "Tweets.csv"
    print("\nairline-sentiment: criticism vs negative class (never trained on)")
    if not path.is_file():
        print(f"  skipped: {path} not found (needs ../shared/datasets/airline-sentiment)")
        return
    by_airline = _read_airline(path)
    totals = {"rule": [0, 0, 0], "rule or head": [0, 0, 0]}
    n = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name, rows in sorted(by_airline.items()):
            # The airline's handle: the @mention its own rows use most (the dataset's `airline` column).
            handle = Counter(m.lower() for t, _ in rows for m in _MENTION.findall(t)).most_common(1)[0][0]
            policy = _policy_for(name, Path(tmp), handles=[handle])
            texts, truth = [t for t, _ in rows], [y for _, y in rows]
            rule = _criticism_fires(policy, texts)
            head = _criticism_head_fires(policy, texts)
            variants = {"rule": rule}
            if head is not None:
                variants["rule or head"] = [a or b for a, b in zip(rule, head)]
            line = f"  {name:15} {handle:16} n={len(rows):5}"
            for label, fired in variants.items():
                a = _confusion(fired, truth)
                totals[label] = [x + y for x, y in zip(totals[label], a)]
                line += "  {}: F1={:.3f}".format(label, _prf(*a)[2])
            print(line)
            n += len(rows)
    elapsed = time.perf_counter() - started
    for label, counts in totals.items():
        if sum(counts) == 0:
            print(f"  ALL {label}: no learned heads shipped")
            continue
        p, r, f1 = _prf(*counts)
        print(f"  ALL {label:13} n={n}  P={p:.3f} R={r:.3f}  negative-class F1={f1:.3f}")
    print(f"  timing: {elapsed * 1e6 / max(n, 1):.1f} µs per tweet (rule and head, every tweet mentions its target)")


def stance(datasets: Path) -> None:
    """criticism vs TweetEval stance 'against', with the SemEval target as the organisation."""
    path = datasets / "tweeteval-stance" / "test_all_targets.csv"
    print("\ntweeteval-stance: criticism rule vs 'against' (stance, not always criticism)")
    if not path.is_file():
        print(f"  skipped: {path} not found (needs ../shared/datasets/tweeteval-stance)")
        return
    by_target: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = row["text"].replace("#SemST", "").strip()  # the organisers' query tag, not content
            by_target[row["semeval_target"]].append((text, row["label"] == "against"))
    tp = fp = fn = 0
    with tempfile.TemporaryDirectory() as tmp:
        for target, rows in sorted(by_target.items()):
            aliases = target.split()[-1:] if " " in target else []  # "Hillary Clinton" is also "Clinton"
            fired = _criticism_fires(_policy_for(target, Path(tmp), aliases=aliases), [t for t, _ in rows])
            a = _confusion(fired, [y for _, y in rows])
            p, r, f1 = _prf(*a)
            print(f"  {target:34} n={len(rows):4}  P={p:.3f} R={r:.3f} F1={f1:.3f}")
            tp, fp, fn = tp + a[0], fp + a[1], fn + a[2]
    p, r, f1 = _prf(tp, fp, fn)
    print(f"  ALL  P={p:.3f} R={r:.3f}  against-class F1={f1:.3f}")


# --- logos: the logo-misuse rule's photo side on FlickrLogos-27 (subset) -----------------

def _crop_reference(datasets_dir: Path, row: dict, boxes: dict, folder: Path) -> Path:
    """The brand's reference logo cropped to its box, written as a PNG the policy can name."""
    import cv2
    image = cv2.imread(str(datasets_dir / row["file"]))
    b = boxes[row["file"]][0]
    x1, y1, x2, y2 = (int(b[k]) for k in ("x1", "y1", "x2", "y2"))
    out = folder / f"{row['brand'].lower()}-logo.png"
    cv2.imwrite(str(out), image[y1:y2 + 1, x1:x2 + 1])
    return out


def _logo_fires(policy, image: Path) -> bool:
    """Run the logo-misuse auditor on one photo posted from a personal account (no alt text)."""
    from auditors.context import PostContext
    from auditors.mediainfo import load_media
    from auditors.rules import logo_misuse
    from socialaudit.core.model import Account, Media, Post
    account = Account("x:@bench", "x")
    post = Post("x:1", account.id, "x", text="", media=[Media("photo", image.name, None)])
    settings = policy.rule("logo-misuse")
    media = [load_media(post.media[0], 0, image.parent)]
    ctx = PostContext(prepared(policy), settings, account, media, lambda _a: False, {})
    return any(f.confidence >= settings.min_confidence for f in logo_misuse.check(post, ctx))


LOGO_SPLITS = {"dev": "training", "test": "query"}  # FlickrLogos-27's own split of each photo


def _counts(pairs: list[tuple[bool, bool]]) -> list[int]:
    """tp, fp, fn of (fired, truth) pairs."""
    return [sum(f and y for f, y in pairs), sum(f and not y for f, y in pairs), sum(y and not f for f, y in pairs)]


def _logo_line(label: str, c: list[int], n: int, positives: int) -> str:
    p, r, f1 = _prf(*c)
    shown_p = f"{p:.3f}" if c[0] + c[1] else "n/a (nothing flagged)"
    return (f"  {label:16} photos={n:2} with logo={positives:2}  tp={c[0]:2} fp={c[1]:2} fn={c[2]:2}  "
            f"P={shown_p} R={r:.3f} F1={f1:.3f}")


def logos(datasets: Path, splits: tuple[str, ...] = ("dev", "test")) -> None:
    """logo-misuse (pixels only) vs 'logo of this brand present', one policy per brand.

    Reported per split: dev = the photos of FlickrLogos-27's training split (what the
    matcher may be developed on), test = its query split (scored, never tuned on), and
    both together (the figure this section has always printed, when both are asked for)."""
    from auditors.registry import load_policy
    folder = datasets / "flickrlogos27-subset"
    print("\nflickrlogos27-subset: logo-misuse rule (photo matching) vs brand logo present")
    if not (folder / "manifest.csv").is_file():
        print(f"  skipped: {folder} not found (needs ../shared/datasets/flickrlogos27-subset)")
        return
    rows = list(csv.DictReader((folder / "manifest.csv").open(newline="")))
    boxes: dict[str, list[dict]] = defaultdict(list)
    for b in csv.DictReader((folder / "annotations.csv").open(newline="")):
        boxes[b["file"]].append(b)
    wanted = {LOGO_SPLITS[s] for s in splits}
    results: dict[str, dict[str, list[tuple[bool, bool]]]] = defaultdict(lambda: defaultdict(list))
    n, elapsed = 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for ref in (r for r in rows if r["role"] == "reference_logo"):
            logo = _crop_reference(folder, ref, boxes, Path(tmp))
            policy_path = Path(tmp) / f"{ref['brand'].lower()}.toml"
            policy_path.write_text(f'extends = "twins-trust-fcs"\n[organisation]\nlogos = ["{logo.as_posix()}"]\n')
            policy = load_policy(str(policy_path))
            for r in rows:
                if r["file"] == ref["file"] or r["original_set"] not in wanted:
                    continue
                started = time.perf_counter()
                fired = _logo_fires(policy, folder / r["file"])
                elapsed, n = elapsed + time.perf_counter() - started, n + 1
                split = next(k for k, v in LOGO_SPLITS.items() if v == r["original_set"])
                results[split][ref["brand"]].append((fired, r["brand"] == ref["brand"] and r["logo_present"] == "1"))
    for split in splits:
        label = "dev (training split)" if split == "dev" else "test (query split)"
        print(f"  {label}:")
        total: list[tuple[bool, bool]] = []
        for brand, pairs in results[split].items():
            print(_logo_line(f"  {brand}", _counts(pairs), len(pairs), sum(y for _, y in pairs)))
            total += pairs
        print(_logo_line(f"  {split.upper()} ALL", _counts(total), len(total), sum(y for _, y in total)))
    everything = [pair for split in splits for pairs in results[split].values() for pair in pairs]
    p, r, f1 = _prf(*_counts(everything))
    print(f"  ALL ({'+'.join(splits)})  P={p:.3f} R={r:.3f} F1={f1:.3f}  "
          f"({elapsed * 1000 / max(n, 1):.0f} ms per photo incl. decode)")


def exif(datasets: Path) -> None:
    """EXIF GPS reading vs the manifest's has_gps and coordinates (the geotag rule's photo input)."""
    from auditors.mediainfo import read_gps
    folder = datasets / "exif-gps-photos"
    print("\nexif-gps-photos: EXIF GPS reading (geotag rule) vs manifest")
    if not (folder / "manifest.csv").is_file():
        print(f"  skipped: {folder} not found (needs ../shared/datasets/exif-gps-photos)")
        return
    rows = list(csv.DictReader((folder / "manifest.csv").open(newline="")))
    tp = fp = fn = right = 0
    worst, started = 0.0, time.perf_counter()
    for row in rows:
        gps, truth = read_gps(folder / row["file"]), row["has_gps"] == "1"
        got = gps.has_coordinates
        tp, fp, fn = tp + (got and truth), fp + (got and not truth), fn + (truth and not got)
        right += got == truth
        if got and truth:
            worst = max(worst, abs(gps.lat - float(row["latitude"])), abs(gps.lon - float(row["longitude"])))
        if row["gps_ifd_present"] == "1" and not truth:
            print(f"  hard negative {row['file']}: GPS block present={gps.present}, coordinates={got}")
    elapsed = time.perf_counter() - started
    p, r, f1 = _prf(tp, fp, fn)
    print(f"  photos={len(rows)} with GPS={tp + fn}  accuracy={right / max(len(rows), 1):.3f}  "
          f"P={p:.3f} R={r:.3f} F1={f1:.3f}  max coordinate error={worst:.1e} deg")
    print(f"  timing: {elapsed * 1000 / max(len(rows), 1):.1f} ms per photo (EXIF only, no pixel decode)")


WNUT_CUTOFF = 0.5  # a priori: more likely a name than not; the set is for evaluation only
PRESIDIO_ANCHOR_F1 = 0.215


def _wnut_docs(folder: Path) -> list[list[tuple[str, str]]]:
    """The Twitter documents of the test set, as (token, tag) lists."""
    with (folder / "emerging.test.sources.tsv").open(encoding="utf-8") as f:
        twitter = {int(r["doc_index"]) for r in csv.DictReader(f, delimiter="\t") if r["source"] == "twitter"}
    docs: list[list[tuple[str, str]]] = [[]]
    for line in (folder / "emerging.test.annotated").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if docs[-1]:
                docs.append([])
            continue
        token, _, tag = line.rpartition("\t")
        docs[-1].append((token, tag))
    return [d for i, d in enumerate(d for d in docs if d) if i in twitter]


def _wnut_predict(tokens: list[str], stopwords: frozenset[str]) -> tuple[list[bool], list[bool]]:
    """Which tokens the finder calls part of a person's name, and which are usernames after '@'.
    The tokens are joined with spaces, except that '@' is glued to its username again."""
    from auditors.nlp.names import find_first_names, surnames
    text, spans, handle = "", [], []
    for i, tok in enumerate(tokens):
        glue = i > 0 and tokens[i - 1] == "@"
        text += ("" if glue or not text else " ")
        spans.append((len(text), len(text) + len(tok)))
        handle.append(glue)
        text += tok
    names = [n for n in find_first_names(text, stopwords) if n.confidence >= WNUT_CUTOFF]
    found = names + [n for n in surnames(text, names, stopwords) if n.confidence >= WNUT_CUTOFF]
    return [any(n.start < e and s < n.end for n in found) for s, e in spans], handle


def wnut17(datasets: Path) -> None:
    """Person-name detection vs WNUT-17 test (Twitter part), token level."""
    from auditors.registry import load_policy
    folder = datasets / "wnut17"
    print("\nwnut17: person-name finder (auditors.nlp.names) vs WNUT-17 test, Twitter documents")
    if not (folder / "emerging.test.sources.tsv").is_file():
        print(f"  skipped: {folder} not found (needs ../shared/datasets/wnut17)")
        return
    stopwords = frozenset(w.lower() for w in load_policy("base").words("name_stopwords"))
    docs = _wnut_docs(folder)
    counts = {"with usernames": [0, 0, 0], "without usernames": [0, 0, 0]}
    started = time.perf_counter()
    for doc in docs:
        predicted, handle = _wnut_predict([t for t, _ in doc], stopwords)
        for (_, tag), got, is_handle in zip(doc, predicted, handle):
            truth = tag.endswith("-person")
            for key in counts:
                if key == "without usernames" and is_handle:
                    continue
                c = counts[key]
                c[0], c[1], c[2] = c[0] + (got and truth), c[1] + (got and not truth), c[2] + (truth and not got)
    elapsed = time.perf_counter() - started
    for key, (tp, fp, fn) in counts.items():
        p, r, f1 = _prf(tp, fp, fn)
        print(f"  {key:18} docs={len(docs)} person tokens={tp + fn:4}  tp={tp:3} fp={fp:3} fn={fn:3}  "
              f"P={p:.3f} R={r:.3f} F1={f1:.3f}")
    print(f"  cut-off {WNUT_CUTOFF} (fixed); anchor to beat: Presidio + spaCy en_core_web_sm token "
          f"F1={PRESIDIO_ANCHOR_F1}; {elapsed * 1e6 / max(len(docs), 1):.0f} µs per tweet")


def rule_speed(datasets: Path) -> None:
    """CPU time per post of the four text rules (criticism, controversial-official,
    advice-to-family, contact-details) on the dev corpus, best of several runs."""
    from auditors.context import PostContext
    from auditors.registry import load_policy
    from auditors.rules import advice_to_family, contact_details, controversial_official, criticism
    from socialaudit.core.model import Account, Post, default_account_for, parse_record
    corpus = datasets.parent / "corpus"
    print("\ntext-rule speed: criticism + controversial-official + advice-to-family + contact-details")
    if not corpus.is_dir():
        print(f"  skipped: {corpus} not found (needs ../shared/corpus)")
        return
    mods = (criticism, controversial_official, advice_to_family, contact_details)
    for bundle, pack in (("twins-dev", "twins-trust-fcs"), ("cft-dev", "childrens-family-trust")):
        policy = load_policy(pack)
        with (corpus / f"{bundle}.jsonl").open(encoding="utf-8") as f:
            records = [parse_record(json.loads(line)) for line in f if line.strip()]
        accounts = {r.id: r for r in records if isinstance(r, Account)}
        posts = [r for r in records if isinstance(r, Post)]
        rules = [(m, policy.rule(m.RULE.id)) for m in mods if policy.rule(m.RULE.id).enabled]
        ready = prepared(policy)

        def run(posts=posts, accounts=accounts, rules=rules, ready=ready) -> None:
            for post in posts:
                cache: dict = {}
                account = accounts.get(post.account_id) or default_account_for(post)
                for mod, settings in rules:
                    list(mod.check(post, PostContext(ready, settings, account, [], accounts.__contains__, cache)))
        best = min(_cpu(run) for _ in range(10))
        print(f"  {bundle:10} {len(rules)} rules  {best * 1e6 / len(posts):6.1f} µs/post (CPU, best of 10)")
    ref = min(_cpu(lambda: [_MENTION.findall("@someone said hello to @other " * 4) for _ in range(1000)])
              for _ in range(10))
    print(f"  machine reference: {ref * 1e3:.2f} µs per 120-char regex findall (≈1 µs on an idle laptop core)")


def _cpu(fn) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    ap.add_argument("--logos-only", choices=["dev", "test", "all"],
                    help="run only the logos section, on that split (dev = training photos, for development)")
    args = ap.parse_args()
    if not args.datasets.is_dir():
        print(f"datasets not found at {args.datasets}: skipping (needs ../shared/datasets)")
        return 0
    if args.logos_only:
        logos(args.datasets, ("dev", "test") if args.logos_only == "all" else (args.logos_only,))
        return 0
    airline(args.datasets)
    stance(args.datasets)
    rule_speed(args.datasets)
    logos(args.datasets)
    exif(args.datasets)
    wnut17(args.datasets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
