#!/usr/bin/env python3
"""Build frozen11/cft: parse hand-written post sources, assign ids/urls/media paths, serialise.

Only ids, timestamps, media paths, URLs and serialisation are done here; all text, alt text,
geo and labels come from src/cft_posts*.txt and the ACCOUNTS table below.
"""
import hashlib, json, os, re, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cft')
YEAR = 2030

# key: (record, label rules, label unsure, why)
ACCOUNTS = [
    ('cftx', dict(id='x:@CFTFostering', platform='x', handle='CFTFostering',
        display_name="Children's Family Trust", role='official',
        bio="Fostering charity finding safe, loving homes for children across the North. Official account.",
        about_text=None, website='https://www.childrensfamilytrust.org', is_public=True, location_sharing=False),
        [], [], 'official account; disclaimer not needed'),
    ('cftfb', dict(id='facebook:@ChildrensFamilyTrust', platform='facebook', handle='ChildrensFamilyTrust',
        display_name="Children's Family Trust", role='official',
        bio="Official page of Children's Family Trust, a fostering charity. Could you foster?",
        about_text=None, website='https://www.childrensfamilytrust.org', is_public=True, location_sharing=None),
        [], [], 'official page'),
    ('cftli', dict(id='linkedin:@childrens-family-trust', platform='linkedin', handle='childrens-family-trust',
        display_name="Children's Family Trust", role='official',
        bio="Registered charity and independent fostering provider. News, jobs and policy.",
        about_text=None, website='https://www.childrensfamilytrust.org', is_public=True, location_sharing=False),
        [], [], 'official company page'),
    ('gail', dict(id='x:@gail_fosters_toon', platform='x', handle='gail_fosters_toon',
        display_name='Gail R', role='personal',
        bio="Foster carer with @CFTFostering. Mam of 2 + however many the bairns' list says. Toon till I die ⚫⚪",
        about_text=None, website=None, is_public=True, location_sharing=True),
        ['disclaimer-missing', 'privacy-settings'], [],
        'names CFT link, no personal-views disclaimer; public with location sharing on, posts about foster children'),
    ('karen', dict(id='facebook:@karen.mcallister.glasgow', platform='facebook', handle='karen.mcallister.glasgow',
        display_name='Karen McAllister', role='personal',
        bio="Foster carer (Children's Family Trust) fae Glasgow. Views my own.",
        about_text=None, website=None, is_public=False, location_sharing=False),
        [], [], 'disclaimer present; private account, location off'),
    ('danny', dict(id='instagram:@danny_k_scouse', platform='instagram', handle='danny_k_scouse',
        display_name='Danny K', role='personal',
        bio="foster dad w/ CFT 💙 scouser 🔴 dad to Mia. opinions mine not theirs",
        about_text=None, website=None, is_public=True, location_sharing=None),
        ['privacy-settings'], [], 'disclaimer present; public personal account posting foster children and address'),
    ('rhi', dict(id='bluesky:@rhiannon-pugh.bsky.social', platform='bluesky', handle='rhiannon-pugh.bsky.social',
        display_name='Rhiannon Pugh', role='personal',
        bio="Supervising social worker @ Children's Family Trust. Personal account, views are my own. Cymraeg/English.",
        about_text=None, website=None, is_public=True, location_sharing=False),
        [], ['privacy-settings'], 'disclaimer present; public account that sometimes posts case-related detail'),
    ('bev', dict(id='mastodon:@brummie_bev@mastodon.social', platform='mastodon', handle='brummie_bev@mastodon.social',
        display_name='Bev 🚗', role='personal',
        bio="Volunteer driver for Children's Family Trust. Brummie born and bred. Tea, canals, Villa.",
        about_text=None, website=None, is_public=True, location_sharing=None),
        ['disclaimer-missing', 'privacy-settings'], [],
        'names CFT role, no disclaimer; public account posting children\'s names and areas'),
    ('sian', dict(id='blog:fosteringinthevalleys.blog', platform='blog', handle='fosteringinthevalleys.blog',
        display_name='Cwtch and Chaos', role='personal',
        bio="A foster mam in the Valleys writing about tea, rain and children.",
        about_text="I'm Sian. My husband Gareth and I have fostered with the Children's Family Trust since 2023. This blog is about the ups and downs of family life in a small town in South Wales.",
        website='https://fosteringinthevalleys.blog', is_public=True, location_sharing=None),
        ['disclaimer-missing'], ['privacy-settings'],
        'About page names CFT, no disclaimer; public blog about fostering (blogs are public by nature)'),
    ('tom', dict(id='linkedin:@tom-hargreaves-fostering', platform='linkedin', handle='tom-hargreaves-fostering',
        display_name='Tom Hargreaves', role='personal',
        bio="Fostering Recruitment Officer at Children's Family Trust | Yorkshire | Marketing & community engagement",
        about_text=None, website=None, is_public=True, location_sharing=False),
        ['disclaimer-missing'], [],
        'staff profile naming CFT and posting personal opinions, no disclaimer; public work profile allowed'),
    ('prec', dict(id='x:@lndn_fostermum', platform='x', handle='lndn_fostermum',
        display_name='Precious A 🙏🏾', role='personal',
        bio="fostering w/ CFT 💜 mum of 3 (2 mine, 1 borrowed) | east london | church girl",
        about_text=None, website=None, is_public=None, location_sharing=None),
        ['disclaimer-missing'], ['privacy-settings'],
        'names CFT, no disclaimer; visibility unknown'),
    ('siob', dict(id='facebook:@siobhan.quinn.belfast', platform='facebook', handle='siobhan.quinn.belfast',
        display_name='Siobhán Quinn', role='personal',
        bio="Retired teacher. Belfast. Mammy, granny, fostering panel member.",
        about_text=None, website=None, is_public=False, location_sharing=False),
        [], [], 'bio does not name the organisation; private'),
    ('mau', dict(id='instagram:@yorkshire_nana_fosters', platform='instagram', handle='yorkshire_nana_fosters',
        display_name='Maureen 💜', role='personal',
        bio="Respite carer with Children's Family Trust. Nana. Yorkshire lass. All views my own 💜",
        about_text=None, website=None, is_public=True, location_sharing=True),
        ['privacy-settings'], [], 'disclaimer present; public with location sharing on'),
    ('jay', dict(id='bluesky:@jaybird-mcr.bsky.social', platform='bluesky', handle='jaybird-mcr.bsky.social',
        display_name='jay', role='personal',
        bio="care experienced. CFT youth forum. uni. he/him",
        about_text=None, website=None, is_public=True, location_sharing=False),
        [], ['disclaimer-missing', 'privacy-settings'],
        'young person naming CFT forum without disclaimer; disclaimer duty is on staff/carers, arguable'),
    ('mark', dict(id='x:@mark_teaches_pe', platform='x', handle='mark_teaches_pe',
        display_name='Mr P', role='personal',
        bio="PE teacher. Leeds. Cricket, rugby league, coffee.",
        about_text=None, website=None, is_public=True, location_sharing=False),
        [], [], 'no link to the organisation in bio; location off'),
    ('ceri', dict(id='mastodon:@ceri@toot.wales', platform='mastodon', handle='ceri@toot.wales',
        display_name='Ceri Llewellyn', role='personal',
        bio="Trustee, Children's Family Trust. Accountant. Toots are my own and not the Trust's.",
        about_text=None, website=None, is_public=True, location_sharing=False),
        [], [], 'disclaimer present; location off'),
    ('lisa', dict(id='facebook:@lisa.dobson.fc', platform='facebook', handle='lisa.dobson.fc',
        display_name='Lisa Dobson', role='personal',
        bio="Foster carer for CFT 💙 Boro girl. Wife, mam, taxi driver (unpaid).",
        about_text=None, website=None, is_public=False, location_sharing=True),
        ['disclaimer-missing', 'privacy-settings'], [],
        'names CFT, no disclaimer; location sharing on'),
    ('graham', dict(id='blog:amiddleagedfosterdad.co.uk', platform='blog', handle='amiddleagedfosterdad.co.uk',
        display_name='Notes from the Spare Room', role='personal',
        bio="A foster dad in Edinburgh, writing mostly at night.",
        about_text="I foster with Children's Family Trust. The views on this blog are mine alone and do not represent the Trust. Names and details of young people are changed or left out.",
        website='https://amiddleagedfosterdad.co.uk', is_public=True, location_sharing=None),
        [], ['privacy-settings'], 'disclaimer present; public blog about fostering'),
]
ACC = {k: v for k, v, *_ in ACCOUNTS}

ID_BASE = {'post': 8031000000000000000, 'ext': 9899310000000000000}


def parse():
    posts = []
    for fn in sorted(glob.glob(os.path.join(HERE, 'cft_posts*.txt'))):
        blocks = re.split(r'^### ', open(fn, encoding='utf-8').read(), flags=re.M)[1:]
        for b in blocks:
            lines = b.rstrip('\n').split('\n')
            hdr = lines[0].split()
            p = dict(key=hdr[0], date=hdr[1], time=hdr[2], tag=(hdr[3][1:] if len(hdr) > 3 else None),
                     media=[], geo=None, re=None, vis=None, R=[], U=[], W='', src=os.path.basename(fn))
            i = 1
            while i < len(lines):
                l = lines[i]
                if l.startswith('+ photo: ') or l.startswith('+ video: '):
                    p['media'].append((l[2:7], l[9:].strip()))
                elif l.startswith('+ geo: '):
                    lat, lon, place = [x.strip() for x in l[7:].split(',', 2)]
                    p['geo'] = {'lat': float(lat), 'lon': float(lon), 'place_name': place}
                elif l.startswith('+ re: '):
                    p['re'] = l[6:].strip()
                elif l.startswith('+ vis: '):
                    p['vis'] = l[7:].strip()
                elif l.startswith('R:'):
                    p['R'] = l[2:].split()
                elif l.startswith('U:'):
                    p['U'] = l[2:].split()
                elif l.startswith('W:'):
                    p['W'] = l[2:].strip()
                else:
                    break
                i += 1
            p['text'] = '\n'.join(lines[i:]).strip()
            posts.append(p)
    return posts


def slug(t):
    return re.sub(r'[^a-z0-9]+', '-', t.split('\n')[0].lower()).strip('-')[:40]


def url(acc, pid, num, text):
    h = acc['handle']
    pl = acc['platform']
    if pl == 'x':
        return f'https://x.com/{h}/status/{num}'
    if pl == 'facebook':
        return f'https://www.facebook.com/{h}/posts/{num}'
    if pl == 'instagram':
        return f'https://www.instagram.com/p/{num}/'
    if pl == 'bluesky':
        return f'https://bsky.app/profile/{h}/post/{num}'
    if pl == 'mastodon':
        user, inst = h.split('@')
        return f'https://{inst}/@{user}/{num}'
    if pl == 'linkedin':
        return f'https://www.linkedin.com/feed/update/urn:li:activity:{num}'
    if pl == 'blog':
        return f'https://{h}/{YEAR}/{slug(text)}'


def build():
    posts = parse()
    order = {k: i for i, (k, *_r) in enumerate(ACCOUNTS)}
    posts.sort(key=lambda p: (order[p['key']], p['date'], p['time']))
    tags, n, ext_n, media_n = {}, 0, 0, 0
    for p in posts:
        n += 1
        num = ID_BASE['post'] + n * 7919 % 1000003 * 1000 + n  # spread, unique
        p['num'] = str(num)
        acc = ACC[p['key']]
        p['id'] = f"{acc['platform']}:{num}"
        if p['tag']:
            tags[p['tag']] = p
    recs, labels = [], []
    for k, acc, R, U, W in ACCOUNTS:
        recs.append(dict(kind='account', **acc))
        labels.append(dict(subject=acc['id'], rules=R, unsure=U, why=W))
    for p in posts:
        acc = ACC[p['key']]
        irt = None
        if p['re']:
            if p['re'].startswith('&'):
                t = tags[p['re'][1:]]
                irt = {'account': ACC[t['key']]['id'], 'post_id': t['id']}
            else:
                ext_n += 1
                irt = {'account': f"{acc['platform']}:{p['re']}",
                       'post_id': f"{acc['platform']}:{ID_BASE['ext'] + ext_n * 104729}"}
        media = []
        for typ, alt in p['media']:
            media_n += 1
            ext = 'mp4' if typ == 'video' else 'jpg'
            media.append({'type': typ, 'path': f'media/c{media_n:03d}.{ext}', 'alt_text': alt})
        vis = p['vis'] or ('public' if acc['is_public'] is not False else 'friends')
        recs.append(dict(kind='post', id=p['id'], account_id=acc['id'], platform=acc['platform'],
                         created_at=f"{YEAR}-{p['date']}T{p['time']}:00Z", text=p['text'],
                         url=url(acc, p['id'], p['num'], p['text']),
                         lang='cy' if p.get('key') in ('rhi', 'ceri') and p['text'].startswith(('Diwrnod', 'Dw i')) else 'en',
                         in_reply_to=irt, geo=p['geo'], media=media, visibility=vis))
        labels.append(dict(subject=p['id'], rules=p['R'], unsure=p['U'], why=p['W']))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'bundle.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    return recs, labels


if __name__ == '__main__':
    recs, labels = build()
    print(len(recs), 'records')
