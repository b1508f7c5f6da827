import json
meta={'twins':('twins-trust-fcs','Twins Trust Family Crisis Support social media protocol','9830','9839',
 "All twelve rules apply. `controversial-official` rests on clause 12 and the personal-use paragraph (disrepute)."),
 'cft':('childrens-family-trust',"Children's Family Trust digital and social media policy",'9840','9849',
 "Nine rules apply. The CFT policy has no clause on advice to families, official contact details or logos, so `advice-to-family`, `contact-details` and `logo-misuse` have no positives (one logo case is unsure). The confidentiality clause (\"do not publish any information about a child or young person\") makes `sensitive-info` fire readily on foster-child details.")}
for o,(org,pol,pp,ep,note) in meta.items():
    s=json.load(open(f'{o}.stats.json'))
    reg=[l.strip() for l in open(f'../{o}/register.csv')][1:]
    t=f"""# frozen4 held-out set: `{org}`

Hand-written, synthetic audit bundle for `socialaudit`, written by an independent
test writer who read only the two policy seeds, CONTRACT.md and the corpus README
label schema (not the tool's code, data or dev corpus files).

## Files

| file | what it is |
|---|---|
| `bundle.jsonl` | CONTRACT §2 bundle: {s['accounts']} account records, then {s['posts']} posts in time order |
| `labels.jsonl` | one label per subject ({s['accounts']+s['posts']} lines): `rules` (sure), `unsure`, `why` (policy clause) |
| `register.csv` | PARTIAL protected-names register, column `name`, {len(reg)} names |
| `policy.toml` | extends `{org}` and wires in `register.csv` |
| `SHA256SUMS` | sha256 of the other files |

Run: `socialaudit audit --policy policy.toml --input bundle.jsonl --format json`

## How it was written

- Every post was written by hand in a one-line-per-post source file
  (`/work/frozen4-draft/src/{o}.src`) with its labels beside it; a stdlib-only
  script (`/work/frozen4-draft/src/build.py`) turns it into JSONL and validates it:
  valid JSON, unique ids, unique texts, one label per subject, only the twelve
  CONTRACT §4 rule ids, account rules only on accounts, `controversial-official`
  only on official accounts, posts in time order, replies after their parents and
  on the same platform, phone numbers only from Ofcom drama ranges (or Twinline and
  its deliberate mis-typings), unsure share under 6%, every register name used.
- People, families, handles and places are invented (real UK towns used). Phone
  numbers come from 07700 900xxx / 01632 960xxx. The only real contact details are
  the ones the policy gives.
- Post ids are 19 digits starting `{pp}`; reply targets outside the bundle start `{ep}`.
  Timestamps fall between 2026-11-01 and 2027-04-30 UTC.
- Media files are NOT provided: `media[].path` names a missing file and `alt_text`
  is the only visual signal. There is no EXIF; `geotag` comes only from `geo`.
- Labels trace to a clause of the {pol}; cases that could go either
  way are in `unsure` (leave them out of scoring).
- The register holds about half of the supported-family / child-in-care names;
  the rest (and nicknames, diminutives, accented and hyphenated forms, names in
  hashtags and @-handles) must be found from context. Register names also occur
  as hard negatives (the author's own relatives, public figures, common words).
- {note}

## Counts

Posts per platform: """ + ", ".join(f"{k} {v}" for k,v in s['per_platform'].items()) + f""" (total {s['posts']}).

{s['replies']} replies, {s['media']} media items, {s['geotagged']} geotagged posts, {s['clean_posts']} posts with `rules: []`.
Unsure share: {s['unsure_subject_share']*100:.1f}% of subjects, {s['unsure_pair_share']*100:.1f}% of labelled (subject, rule) pairs.

| rule | positives | unsure |
|---|---|---|
""" + "\n".join(f"| `{k}` | {v} | {s['unsure'].get(k,0)} |" for k,v in s['positives'].items()) + "\n"
    open(f'../{o}/README.md','w').write(t)
