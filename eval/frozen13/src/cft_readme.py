#!/usr/bin/env python3
"""Fill the counts into the hand-written README template, then write SHA256SUMS."""
import json, os, collections, subprocess
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cft')
recs = [json.loads(l) for l in open(os.path.join(D, 'bundle.jsonl'), encoding='utf-8')]
labs = {json.loads(l)['subject']: json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8')}
names = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cft_names.json')))
accts = [r for r in recs if r['kind'] == 'account']; posts = [r for r in recs if r['kind'] == 'post']
ids = {p['id'] for p in posts}
rc = collections.Counter(); uc = collections.Counter()
for l in labs.values(): rc.update(l['rules']); uc.update(l['unsure'])
clean = sum(1 for p in posts if not labs[p['id']]['rules'])
fully = sum(1 for p in posts if not labs[p['id']]['rules'] and not labs[p['id']]['unsure'])
reg = [l.strip() for l in open(os.path.join(D, 'register.csv')) if l.strip()][1:]
rows = []
for a in accts:
    ps = [p for p in posts if p['account_id'] == a['id']]
    l = labs[a['id']]
    rows.append(f"| `{a['id']}` | {a['role']} | {a['is_public']} | {a['location_sharing']} | {len(ps)} | "
                f"{sum(1 for p in ps if not labs[p['id']]['rules'])} | {', '.join(l['rules']) or '—'} | {', '.join(l['unsure']) or '—'} |")
rule_rows = '\n'.join(f"| `{r}` | {rc[r]} | {uc[r]} |" for r in ['disclaimer-missing', 'privacy-settings', 'name-leak', 'sensitive-info', 'family-photo', 'location-disclosure', 'criticism', 'controversial-official', 'geotag', 'logo-misuse', 'advice-to-family', 'contact-details'])
counts = f"""- Accounts: {len(accts)} — {sum(a['role']=='official' for a in accts)} official (X, Facebook, LinkedIn), {sum(a['role']=='personal' for a in accts)} personal (2 of them blogs)
- Posts: {len(posts)}; posts with no rule: {clean} ({clean/len(posts):.1%}); posts with neither rules nor unsure: {fully} ({fully/len(posts):.1%})
- Media items: {sum(len(p['media']) for p in posts)} on {sum(1 for p in posts if p['media'])} posts ({sum(1 for p in posts for m in p['media'] if m['type']=='video')} video, `.mp4`); the files don't exist and `alt_text` is the only visual signal
- Geotagged posts: {sum(1 for p in posts if p['geo'])}
- Replies: {sum(1 for p in posts if p['in_reply_to'])} ({sum(1 for p in posts if p['in_reply_to'] and p['in_reply_to']['post_id'] in ids)} to posts in this bundle on the same platform, the rest to non-enrolled accounts with post ids starting `9903`)
- Languages: {dict(collections.Counter(p['lang'] for p in posts))}; visibility: {dict(collections.Counter(p['visibility'] for p in posts))}
- Dates: {min(p['created_at'] for p in posts)} to {max(p['created_at'] for p in posts)} (all within 2031-05-01..2031-10-31 UTC)
- Post ids: `platform:84` followed by 17 digits (19 digits in all), e.g. `x:8400000000000000001`
- Protected-names register: {len(reg)} names of the {len(names['names_used'])} distinct supported-child / family-member first names (and nicknames) used in posts ({len(reg)/len(names['names_used']):.0%}). Not in the register: {', '.join(names['not_in_register'])}."""
tpl = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cft_README.template.md'), encoding='utf-8').read()
out = tpl.replace('{{COUNTS}}', counts).replace('{{ACCOUNTS}}', '\n'.join(rows)).replace('{{RULES}}', rule_rows)
open(os.path.join(D, 'README.md'), 'w', encoding='utf-8').write(out)
s = subprocess.run(['sha256sum', 'bundle.jsonl', 'labels.jsonl', 'register.csv', 'policy.toml', 'README.md'], cwd=D, capture_output=True, text=True, check=True).stdout
open(os.path.join(D, 'SHA256SUMS'), 'w').write(s)
print(s)
