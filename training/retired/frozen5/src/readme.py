import json, collections, sys, os
ORG = {'twins': 'twins-trust-fcs', 'cft': 'childrens-family-trust'}
for o in ['twins', 'cft']:
    recs = [json.loads(l) for l in open(f'{o}/bundle.jsonl')]
    labs = [json.loads(l) for l in open(f'{o}/labels.jsonl')]
    posts = [r for r in recs if r['kind'] == 'post']; accs = [r for r in recs if r['kind'] == 'account']
    plat = collections.Counter(p['platform'] for p in posts)
    aplat = collections.Counter(a['platform'] for a in accs)
    pos = collections.Counter(r for l in labs for r in l['rules']); un = collections.Counter(r for l in labs for r in l['unsure'])
    reg = len(open(f'{o}/register.csv').read().split()) - 1
    nposclean = sum(1 for l in labs if l['subject'] in {p['id'] for p in posts} and not l['rules'])
    s = f"""# frozen5 held-out set: `{ORG[o]}`

Hand-written, synthetic audit bundle for evaluating `socialaudit` against the `{ORG[o]}` pack.
Written independently of the tool: the author read only the two policy documents in
`shared/seeds/`, `shared/CONTRACT.md` and the label schema in `shared/corpus/README.md`.

## How it was written

- Every post was written by hand in a compact source format (one line per post: account,
  sure rules, unsure rules, extras such as alt text, geotag and reply target, text, note) and turned
  into CONTRACT §2 JSONL by a stdlib-only Python script (`/work/frozen5-draft/src/build.py`), which
  also validates the output (valid JSON, unique ids, one label per subject, only the twelve
  CONTRACT §4 rule ids, account-level rules only on accounts, time order, replies after parents,
  unsure share under 6%).
- People, handles, families, schools and streets are invented; towns are real UK towns. Phone
  numbers come only from Ofcom drama ranges (07700 900xxx, 01632 960xxx). The only real
  contact details are those printed in the Twins Trust protocol.
- Media files do not exist: `media[].path` names a missing file and `alt_text` is the only visual
  signal. There is no EXIF; `geotag` labels come only from the post's `geo` object.
- Posts are in one global time order between 2027-05-01 and 2027-10-31. Reply targets outside
  the bundle have post ids starting `{'9859' if o == 'twins' else '9869'}`.
- `register.csv` is deliberately partial ({reg} names): roughly half the supported family / child
  names used in the posts are in it; the rest must be found from context (child, family or care cues,
  lowercase, possessive, nickname, hyphenated, hashtag and @-handle forms).
- Labels follow the policy clause named in each `why`. Cases that could reasonably go either way
  are in `unsure` and should be left out of scoring.
"""
    if o == 'cft':
        s += """- The CFT policy has no clause on advice to families, official contact details or logos, so this
  bundle has **no sure positives** for `advice-to-family`, `contact-details` or `logo-misuse`; one
  look-alike case of each is marked `unsure`. Any other finding for those three rules is a false positive.
- CFT's confidentiality clause ("do not publish any information about a child or young person") is
  stricter than Twins Trust's, so `sensitive-info` fires on most concrete details about a child in care.
"""
    else:
        s += """- `controversial-official` rests on Post content 12 and the personal-use paragraph (disrepute); it is
  only ever labelled on the two official accounts. Personal political posts are never this rule.
"""
    s += f"""
## Counts

{len(accs)} accounts ({', '.join(f'{k} {v}' for k, v in sorted(aplat.items()))}; 2 official), {len(posts)} posts,
{sum(len(p['media']) for p in posts)} media items, {sum(1 for p in posts if p['geo'])} geotagged posts, {sum(1 for p in posts if p['in_reply_to'])} replies.
{nposclean} posts have `rules: []`. Subjects with any unsure rule: {sum(1 for l in labs if l['unsure'])} of {len(labs)}.

Posts per platform:

| platform | posts |
|---|---|
""" + ''.join(f'| {k} | {v} |\n' for k, v in sorted(plat.items())) + """
Positives per rule (unsure in its own column, not scored):

| rule | + | unsure |
|---|---|---|
""" + ''.join(f'| `{r}` | {pos[r]} | {un[r]} |\n' for r in sorted(set(pos) | set(un) | {'advice-to-family','contact-details','logo-misuse'})) + f"""
## Run

    socialaudit audit --policy policy.toml --input bundle.jsonl --format json

`policy.toml` extends the built-in `{ORG[o]}` pack and adds this set's partial register.
`SHA256SUMS` covers every other file in this folder.
"""
    open(f'{o}/README.md', 'w').write(s)
