#!/usr/bin/env python3
"""Write register.csv, policy.toml, README.md and SHA256SUMS for frozen11/cft (after cft_build.py)."""
import collections, hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cft')

# Protected first names used in posts (children/young people in care, birth-family members):
# ellie-mae, skye, lewis, tiana, reece, ffion, osian, harvey (harvs), destiny, zainab, caoimhe,
# mason, lacey, aaliyah, tyler, kiera, kyle, bailey, paige, connor, shannon, lorraine, kaydz (nickname),
# kayden, ava, odhrán, orla.
# Register lists ~60%; the rest must be found without it.
REGISTER = ['Ellie-Mae', 'Skye', 'Tiana', 'Reece', 'Ffion', 'Harvey', 'Zainab', 'Mason',
            'Lacey', 'Tyler', 'Bailey', 'Paige', 'Connor', 'Lorraine', 'Kayden', 'Ava']
UNREGISTERED = ['Kaydz', 'Lewis', 'Osian', 'Destiny', 'Caoimhe', 'Aaliyah', 'Kiera', 'Kyle', 'Shannon', 'Odhrán', 'Orla']

RULES = ['disclaimer-missing', 'name-leak', 'sensitive-info', 'family-photo', 'geotag',
         'location-disclosure', 'logo-misuse', 'criticism', 'advice-to-family',
         'controversial-official', 'contact-details', 'privacy-settings']


def main():
    with open(os.path.join(OUT, 'register.csv'), 'w', encoding='utf-8') as f:
        f.write('name\n' + ''.join(n + '\n' for n in REGISTER))
    with open(os.path.join(OUT, 'policy.toml'), 'w', encoding='utf-8') as f:
        f.write('# frozen11: pack plus this set\'s partial protected-names register\n'
                'extends = "childrens-family-trust"\n[names]\nregister = "register.csv"\n')
    recs = [json.loads(l) for l in open(os.path.join(OUT, 'bundle.jsonl'), encoding='utf-8')]
    labs = [json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')]
    accs = [r for r in recs if r['kind'] == 'account']
    posts = [r for r in recs if r['kind'] == 'post']
    media = sum(len(p['media']) for p in posts)
    geo = sum(1 for p in posts if p['geo'])
    replies = sum(1 for p in posts if p['in_reply_to'])
    enrolled_ids = {p['id'] for p in posts}
    thread = sum(1 for p in posts if p['in_reply_to'] and p['in_reply_to']['post_id'] in enrolled_ids)
    per_acc = collections.Counter(p['account_id'] for p in posts)
    pos, uns = collections.Counter(), collections.Counter()
    clean = 0
    lab_by = {l['subject']: l for l in labs}
    for l in labs:
        pos.update(l['rules']); uns.update(l['unsure'])
    clean = sum(1 for p in posts if not lab_by[p['id']]['rules'])
    clean_strict = sum(1 for p in posts if not lab_by[p['id']]['rules'] and not lab_by[p['id']]['unsure'])
    L = []
    L.append('# frozen11 / cft: Children\'s Family Trust held-out set\n')
    L.append('Hand-written test bundle for the `childrens-family-trust` pack, with a partial protected-names register '
             '(see `policy.toml`). Media files are not provided; `alt_text` is the only visual signal. '
             'There is no EXIF; `geotag` labels come only from `geo`.\n')
    L.append('Run: `socialaudit audit --policy policy.toml --input bundle.jsonl --format json`\n')
    L.append('## Counts\n')
    L.append(f'| item | count |\n|---|---|\n| accounts | {len(accs)} (official {sum(a["role"]=="official" for a in accs)}, personal {sum(a["role"]=="personal" for a in accs)}) |'
             f'\n| posts | {len(posts)} |\n| media items | {media} (video {sum(m["type"]=="video" for p in posts for m in p["media"])}) |'
             f'\n| posts with media | {sum(1 for p in posts if p["media"])} |\n| posts with geo | {geo} |'
             f'\n| replies | {replies} ({thread} to enrolled posts, {replies-thread} to non-enrolled targets) |'
             f'\n| posts with no rule | {clean} ({100*clean/len(posts):.0f}%; {clean_strict} with no unsure either) |'
             f'\n| register names | {len(REGISTER)} of {len(REGISTER)+len(UNREGISTERED)} protected names used |\n')
    L.append('Dates: 2030-05-01 to 2030-10-31 UTC. Post ids `platform:8031…` (19 digits); '
             'non-enrolled reply targets `platform:9899…`.\n')
    L.append('## Accounts\n')
    L.append('| account id | platform | role | is_public | location_sharing | posts | account rules | unsure |\n|---|---|---|---|---|---|---|---|')
    for a in accs:
        l = lab_by[a['id']]
        js = lambda v: 'null' if v is None else str(v).lower()
        L.append(f'| `{a["id"]}` | {a["platform"]} | {a["role"]} | {js(a["is_public"])} | {js(a["location_sharing"])} | '
                 f'{per_acc[a["id"]]} | {", ".join(l["rules"]) or "-"} | {", ".join(l["unsure"]) or "-"} |')
    L.append('\n## Labels per rule\n')
    L.append('| rule | subject | positives | unsure |\n|---|---|---|---|')
    for r in RULES:
        subj = 'account' if r in ('disclaimer-missing', 'privacy-settings') else 'post'
        L.append(f'| `{r}` | {subj} | {pos[r]} | {uns[r]} |')
    L.append('\n## Notes on labelling against the CFT policy\n')
    L.append('- The CFT policy has no logo clause: personal media showing the Trust logo is labelled `logo-misuse` unsure only, never positive.\n'
             '- The CFT policy has no explicit advice clause: advice to families in replies is `advice-to-family` unsure only.\n'
             '- `contact-details` positives are contact details shown to be wrong or unverified (a number the author later withdrew, a premium-rate number passed on from a group, a personal mobile offered instead of the Trust route).\n'
             '- `geotag` is positive when the geotagged post concerns children in care; geotags on purely personal or official-event posts are unsure.\n'
             '- `privacy-settings` is positive for location sharing on, or a public personal account that posts identifying detail about children in care; the policy only encourages privacy settings, so public accounts with milder content are unsure.\n'
             '- Hard negatives include the authors\' own children and grandchildren, staff first names, adult carers in consented stories, trains, weather, fundraising and events.\n')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')
    with open(os.path.join(OUT, 'SHA256SUMS'), 'w') as f:
        for fn in ['bundle.jsonl', 'labels.jsonl', 'register.csv', 'policy.toml', 'README.md']:
            h = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
            f.write(f'{h}  {fn}\n')


if __name__ == '__main__':
    main()
