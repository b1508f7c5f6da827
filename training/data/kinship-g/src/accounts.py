from lib import acc
acc('ox','x:@OakridgeKinship','OakridgeKinship','Oakridge Kinship Network','official',
    "Supporting grandparents, aunts, uncles & siblings raising children who can't live with their parents 🌳 Advice Line 0808 157 0246 | advice@oakridgekinship.org.uk",True,False,why="official account",web="https://oakridgekinship.org.uk")
acc('ofb','facebook:@oakridgekinshipnetwork','oakridgekinshipnetwork','Oakridge Kinship Network','official',
    "Oakridge Kinship Network – peer groups, family workers and advice for kinship carers. Advice Line 0808 157 0246 (Mon–Fri 9–5, Wed till 8).",True,False,why="official account",web="https://oakridgekinship.org.uk")
acc('bev','x:@scouse_nan_bev','scouse_nan_bev','Bev 🌳','personal',
    "nan of 5, raised 2 of them 💪 peer supporter @OakridgeKinship. LFC till i die ❤️ Walton",True,False,
    "disclaimer-missing privacy-settings",why="names Oakridge role, no disclaimer; public account posting about the grans she supports")
acc('den','facebook:@denise.mcallister.52','denise.mcallister.52','Denise McAllister','personal',
    "Gran, knitter, Toon season ticket. Peer supporter with Oakridge Kinship Network – views my own, pet.",False,False,why="disclaimer present; friends-only profile")
acc('tel','x:@brumgrandad_tel','brumgrandad_tel','Tel (Grandad)','personal',
    "Retired bus driver. Volunteer driver for @OakridgeKinship. Views my own. KRO 💙",True,False,"privacy-settings",
    why="disclaimer present; public account describing the families he drives")
acc('ruk','instagram:@nana_rukhsana','nana_rukhsana','Rukhsana 🌸','personal',
    "Family worker | Oakridge Kinship Network | Manc & proud | mum of 3 🌸",True,True,"disclaimer-missing privacy-settings",
    why="names employer, no disclaimer; location sharing on")
acc('gwen','blog:kinshipandchips.example','kinshipandchips.example','Kinship & Chips','personal',
    "Notes from a Valleys nan who volunteers with kinship carers.",True,None,"","privacy-settings",
    about="I'm Gwen, 63, from the Rhondda. I volunteer as a peer group host for Oakridge Kinship Network. Everything on this blog is my own view and does not represent Oakridge Kinship Network.",
    why="disclaimer on About page; blog public by nature",web="https://kinshipandchips.example")
acc('mo','x:@glasgow_aunty_mo','glasgow_aunty_mo','Mo 🏴󠁧󠁢󠁳󠁣󠁴󠁿','personal',
    "raising ma niece since she wis 3. peer supporter for other kinship carers. Partick Thistle. tea jenny",True,False,
    "privacy-settings","disclaimer-missing",why="public account posting about carers she supports; Oakridge named only in posts")
acc('kwab','facebook:@kwabena.owusu.77','kwabena.owusu.77','Kwabena Owusu','personal',
    "Family Support Worker at Oakridge Kinship Network. Dad of two. Views my own.",False,False,why="disclaimer present; friends-only profile")
acc('priya','linkedin:@priya-sandhu-kinship','priya-sandhu-kinship','Priya Sandhu','personal',
    "Head of Family Services, Oakridge Kinship Network | Kinship care, family group conferencing, systemic practice",True,False,
    "disclaimer-missing","privacy-settings",why="names employer, no personal-views disclaimer; professional public profile")
acc('mal','bluesky:@yorkshiregrandad.bsky.social','yorkshiregrandad.bsky.social','Malcolm 🐑','personal',
    "Grandad. Dales walker. Oakridge Kinship volunteer (views my own, obviously). Huddersfield Town, God help me.",True,False,
    "privacy-settings",why="disclaimer present; public account posting about families he visits")
acc('jan','instagram:@westcountry_gran_jan','westcountry_gran_jan','Jan 🐄','personal',
    "Gran to 4 🐄 cider, cream teas & volunteering with Oakridge Kinship 🌳",False,False,"disclaimer-missing",
    why="names Oakridge, no disclaimer; private account")
acc('tom','x:@tomasz_k_runs','tomasz_k_runs','Tomasz K 🏃','personal',
    "Running 12 races in 12 months for @OakridgeKinship 🌳 Leeds. Views my own.",True,False,"","privacy-settings",
    why="disclaimer present; public but fundraising posts only")
acc('sio','facebook:@siobhan.doherty.kin','siobhan.doherty.kin','Siobhan Doherty','personal',
    "Peer supporter at Oakridge Kinship Network 💚 Derry girl living in Luton. Mammy of 2.",True,False,
    "disclaimer-missing privacy-settings",why="names Oakridge, no disclaimer; public profile posting about families")
acc('deji','x:@deji_ldn','deji_ldn','Deji','personal',
    "youth club volunteer w/ oakridge kinship network (young carers raising siblings) | views mine | arsenal | south ldn",True,False,
    "privacy-settings",why="disclaimer present; public account describing young people he supports")
acc('lin','mastodon:@lindaw@mastodon.social','lindaw@mastodon.social','Linda W','personal',
    "Retired social worker. Trustee, Oakridge Kinship Network. Personal views only. Gardening, Radio 4, birds.",True,False,
    "","privacy-settings",why="disclaimer present; public but only promotional and general posts")
