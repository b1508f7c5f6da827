from lib import p
T = "tt"
# ---------------- more Twins Trust official ----------------
p(T,"2025-08-01 12:00","A vote for the hard right is a vote against every family with twins in this country. Don't fall for it.",
  r="co", w="partisan election messaging")
p(T,"2025-10-31 15:00","Halloween costume idea: go as the Health Secretary's childcare promise. Nobody will ever see you. 👻",
  r="co", w="mocks a minister")
p(T,"2025-12-22 11:00","Christmas message to the Treasury: bah humbug to you too. Enjoy your turkey, we'll be answering calls from parents who can't afford one.",
  u="co", w="snide political jibe, borderline")
p(T,"2026-01-30 13:00","Another week, another minister caught out on expenses while neonatal units beg for cots. You couldn't make it up. #Sleaze",
  r="co", w="party-political attack")
p(T,"2026-02-24 10:00","We're concerned the new childcare offer leaves out multiple-birth families from the extra hours. We've written to the Minister asking for an urgent meeting and will update you.",
  w="measured campaigning")
p(T,"2026-03-02 16:00","Asylum hotels, dinghies, deportation flights: this Government obsesses over all of it while mums of triplets sit on waiting lists. The priorities of a moral vacuum.",
  r="co", w="asylum politics and attack on Government")
p(T,"2026-03-27 14:00","Conservatives, Labour, Lib Dems, Greens: every one of them has failed twin families. Burn it all down.",
  r="co", w="inflammatory political statement")
p(T,"2026-04-01 12:30","NHS England's new 'maternity improvement plan' is the same failed plan in a new font. Whoever signed it off should be embarrassed.",
  r="co", w="insulting attack on NHS England")
p(T,"2026-05-01 09:00","May Day! Solidarity with every worker on strike today. The bosses won't give you anything you don't take ✊ #GeneralStrike",
  r="co", w="strike politics")
p(T,"2026-05-29 11:15","Hi Jo, we're sorry to hear that. Please call Twinline on 0800 183 0509 and one of the team will talk it through with you 💛",
  r="cd", w="official reply with a wrong Twinline number", rp="facebook:@jo.barnsley.88", ref="tt_wrongnum")
p(T,"2026-05-29 15:40","Apologies Jo, we gave the wrong number earlier! Twinline is 0800 138 0509. Sorry for any confusion.",
  w="correction", rp="ref:tt_wrongnum")
p(T,"2026-06-03 13:00","Anyone still voting for parties that cut Sure Start has no right to complain about anything. Ever.",
  r="co", w="attacks voters")
p(T,"2026-07-31 10:00","Proud to stand with LGBTQ+ families of twins and triplets at Pride this weekend 🏳️‍🌈 Every family is welcome at Twins Trust.",
  w="inclusive message, not partisan")
p(T,"2026-08-06 12:00","The new royal baby will be born into a palace with 775 rooms. Half the families we support live in one room. Think about that next time you wave a flag.",
  r="co", w="anti-monarchy jibe")
p(T,"2026-09-02 16:00","Landlord lobby groups calling rent controls 'communism' can get in the sea 🌊",
  r="co", w="inflammatory")
p(T,"2026-10-01 12:00","The CQC rated a unit 'good' in March and three babies died there in June. Is the regulator incompetent or complicit? We'd genuinely like to know.",
  r="co", w="accuses the regulator")

# ---------------- threads and extra personal posts ----------------
p("shiv","2025-07-27 10:15","riley's mam rang me in bits last night, she's not been coping since the baby and her fella's no help. going round after work",
  r="nl si", w="child named (lowercase possessive); mum's mental state", nm=["Riley"], d=1)
p("shiv","2025-10-29 18:00","riley in his pumpkin hat 🎃 his mam said I could share 🧡",
  r="nl fp", w="supported child named and photographed; permission doesn't matter",
  m=["A toddler in a knitted pumpkin hat sitting in a high chair in a kitchen, face half hidden by a spoon"], nm=["Riley"], d=1)
p("dean","2025-11-28 21:30","@sophie_h_mcr sorry you're going through it sophie. DM me and I'll see what I can do, I volunteer for twins trust",
  r="cd", w="DM offered to a member of the public instead of Twinline", rp="x:@sophie_h_mcr", d=1)
p("eilidh","2025-11-28 22:05","@sophie_h_mcr hiya, twinline's on 0800 138 0509 or asktwinline@twinstrust.org, they're lovely n can link ye up wi a volunteer near you",
  w="correct referral to a member of the public", rp="x:@sophie_h_mcr", d=1)
p("amara","2026-04-02 12:00","The Twins Trust office has lost my DBS paperwork for the SECOND time. How hard is it to keep a folder?? Clowns.",
  r="cr", w="insults the Trust's office", ref="amara_dbs")
p("shiv","2026-04-02 13:10","@amara_twice_blessed preach 🙌 they lost me mileage 3 times last year. actual circus",
  r="cr", w="joins in public criticism", rp="ref:amara_dbs", d=1)
p("marcia","2026-04-03 09:00","@amara_twice_blessed Darlin mi understand, but tek it up wid di coordinator, nuh put it pon here. Di families dem can see",
  w="respectful peer nudge", rp="ref:amara_dbs", d=1)
p("sal","2025-07-23 12:00","Such a lovely story from Twins Trust, well worth a read 💛 #twinstrust",
  w="shares the authorised case study", ref="sal_share")
p("tam","2025-07-23 14:30","I was their FCS volunteer when the triplets came home!! So proud of Chioma, she's come so far 💛",
  u="nl si", w="volunteer adds that she supported the authorised case-study family", rp="ref:sal_share")
p("morag","2025-12-03 20:00","Ma FCS maw's been greetin aw week. The baby's no feedin right n she thinks she's failin him",
  r="si", w="supported mum's distress; baby's feeding", ref="morag_feed", d=1)
p("sunita","2025-12-03 21:30","@moragmac.bsky.social tell her to try him in the rugby-ball hold and get someone to check for tongue tie. And tell her it's not her fault",
  r="ad", w="feeding advice passed via a volunteer to a supported mum", rp="ref:morag_feed")
p("kirsty","2026-06-03 15:00","my fcs girls in their summer dresses 🥰☀️",
  r="fp gt", w="photo of supported twins in their garden; geotagged",
  m=["Two baby girls in matching yellow dresses sitting in a paddling pool in a small back garden, faces visible"],
  g=(51.5740,0.4860,"Basildon"), ref="kirsty_dress", d=1)
p("mo","2026-06-03 18:20","gorgeous bairns pet! what's their names?",
  w="comment asking, no detail", rp="ref:kirsty_dress", ref="mo_names", d=1)
p("kirsty","2026-06-04 08:30","@geordie_twin_nana tayla n mya-rose 🥰 they're angels",
  r="nl", w="gives supported children's names in a reply", rp="ref:mo_names", nm=["Tayla","Mya-Rose"], d=1)
p("jamie","2026-09-10 19:00","Three weeks since I asked head office for a safeguarding debrief after a really bad visit. Nothing. This organisation runs on volunteers' goodwill and treats us like furniture.",
  r="cr", w="public criticism of head office", ref="jamie_debrief")
p("rosie","2026-09-10 20:15","@jamie_r ours is exactly the same down here, the SW office are useless. Honestly wonder why we bother",
  r="cr", w="joins in criticism", rp="ref:jamie_debrief", d=1)
p("ffion","2026-09-11 08:00","@jamie_r that's awful and you deserve a debrief, but please ring your coordinator or the on-call line rather than posting it here? Families follow us",
  w="respectful peer nudge", rp="ref:jamie_debrief")
p("dorota","2026-01-30 12:00","Rasa twins first time in the snow ❄️",
  r="nl fp", w="names supported mum; photo of her twins",
  m=["Two toddlers in snowsuits standing in a snowy yard outside a terraced house, faces visible"], nm=["Rasa"], ref="dorota_snow")
p("bal","2026-01-31 09:00","Beautiful babies! Bless them ❤️",
  w="comment, no detail", rp="ref:dorota_snow")
p("dre","2026-02-05 23:30","jojo's back in hospital, twin one's chest again. third time since christmas. man's not sleeping",
  r="nl si", w="names supported dad; child's repeat admissions", nm=["Jojo"], d=1)
p("ciaran","2026-04-28 20:00","ciara's lot have been moved again, fourth time this year, now they're in a B&B in the Holylands with one kettle",
  r="nl si ld", w="names supported mum; homelessness; area", nm=["Ciara"], d=1)
p("hanifa","2026-01-05 22:40","A long day. The mum I visit told me her husband has started hitting the walls when the twins cry. Not her, he says, the walls. I've followed procedure. I'm writing this so I can sleep.",
  r="si", w="domestic abuse disclosure")
p("sunita","2026-05-20 09:00","@priti-m.bsky.social no need to stop the antidepressants to breastfeed, Priti, sertraline is fine. Don't let your mother-in-law scare you",
  r="nl ad si", w="medication advice to supported mum by name; her mental health", rp="bluesky:@priti-m.bsky.social", nm=["Priti"])
p("ffion","2026-02-27 21:00","Elin's mam has moved in to help, which is lovely, except she keeps telling Elin she's doing it all wrong. I've told Elin to set some ground rules and stick to them",
  r="nl ad", u="si", w="names supported mum; relays family advice; family friction", nm=["Elin"])
p("jamie","2026-04-29 14:00","going home day for my FCS twins 🥹",
  r="fp", u="si", w="photo of supported twins at hospital discharge",
  m=["Two babies in car seat carriers in a hospital corridor, faces visible, a man's hand on one handle"])
p("meilin","2026-08-27 21:30","The mum I support is back from Hong Kong but her visa's a mess and the twins' dad has stopped sending money. She's scared.",
  r="si", w="immigration and money")
p("kwab","2026-05-02 18:00","five-a-side for the charity in my custom kit 💪🏾",
  r="lm", w="Trust logo printed on homemade kit",
  m=["A man in a homemade t-shirt printed with the Twins Trust logo and 'DADS OF TWINS' holding a football"])
p("rhian","2026-10-10 14:00","made tote bags for the bake sale 💛",
  r="lm", w="logo screen-printed on personal tote bags",
  m=["A woman holding a tote bag screen-printed with the Twins Trust logo"])
p("eilidh","2026-02-26 13:00","ruaridh's back in the Sick Kids wi his chest again. his mam's no slept in two nights",
  r="nl si ld gt", w="names supported child; admission; hospital; geotagged",
  g=(55.9210,-3.1360,"Royal Hospital for Children and Young People, Edinburgh"), nm=["Ruaridh"], d=1)
p("marcia","2026-08-05 21:00","Mi young mother baby father come back round di house shouting. Police come. She an di pickney dem safe now, thank God",
  r="si", w="domestic incident at supported family", d=1)
p("pat","2026-06-18 19:30","My FCS mum's husband has been laid off from the bakery. She's worried sick about the rent. I've told her to ring the council about a discretionary payment and not to tell the landlord yet.",
  r="si ad", w="job loss; relays housing advice")
p("amara","2026-08-28 22:10","@blessing_o_chelm you don't need to go back to the GP, just alternate the Calpol and Nurofen for her temperature and keep her in just a vest, she'll be fine by morning 💕",
  r="nl ad", w="medical advice to supported mum (name in handle)", rp="x:@blessing_o_chelm", nm=["Blessing"])
p("teacups","2026-03-10 21:00","A Tuesday in Whitley. My FCS family have been moved again, this time to a flat above a takeaway in Whitley. The mum told me the heating doesn't work and the twins have had colds for three weeks. She doesn't want to complain in case they get moved further away. I've passed it on to my coordinator, which is all I'm allowed to do, and written this so I don't scream.",
  r="si ld", w="housing moves, illness; area named")
p("marek","2026-10-18 21:00","Why I'm angry at Twins Trust this week. The Trust has announced it's cutting the volunteer travel budget in the South West by a third, with no consultation. I've given two years of Tuesdays to this charity. The people making these decisions have never sat on a sofa in Penhill at 9am with a mum who's been awake since 2. Frankly they should be ashamed.",
  r="cr ld", w="public attack on decision-makers; estate where a family lives")
p("shona","2026-02-21 21:00","A list of things I was asked this week. By the mum I visit: whether she should put the twins in separate cots (I said yes, and I said it too quickly); whether she's a bad mother (no); and whether her partner's drinking will get better (I don't know). I'm writing this down because I don't know what else to do with it.",
  r="ad si", w="relays advice; partner's drinking")
p("priya","2026-08-18 08:00","Recruiters: ask about caring responsibilities only after the offer. A twin mum I volunteer with was asked at interview whether 'two babies' would affect her reliability. She didn't get the job.",
  r="si", w="supported mum's job interview and rejection")
p("seun","2026-08-25 12:00","Some charities run volunteer programmes like a hobby. Twins Trust, I'm talking to you: six weeks to reimburse £40 of mileage is not acceptable for a national charity.",
  r="cr", w="public criticism of the Trust")
p("mo","2025-12-30 20:00","@kayleigh_t_93 happy new year pet 💛 remember what ah said, nae more than one glass wi the tablets n ye'll be reet",
  r="nl ad si", w="medication/alcohol advice to supported mum by handle", rp="instagram:@kayleigh_t_93", nm=["Kayleigh"], d=1)
p("bal","2026-03-28 21:00","Honestly the Twinline staff don't have a clue about Asian families. Told my FCS mum to ring and they sent her a leaflet in English. Useless.",
  r="cr", w="attacks Twinline staff")
p("tam","2026-06-30 19:00","Skin to skin for Becca's littlest while mum has a shower, NICU cuddles are the best cuddles 💛",
  r="nl fp si", w="names supported mum; photo of baby; NICU",
  m=["A baby asleep on a woman's chest, only the top of a knitted hat visible, in a hospital chair"], nm=["Becca"])
p("sal","2026-09-20 18:00","Kelsey had the twins christened at St Wilfrid's on Sunday, I were honoured to be there 💛",
  r="nl fp ld", w="names supported mum; photo of babies; family's church",
  m=["Two babies in white christening gowns held by a young woman at a church font, faces visible"], nm=["Kelsey"], d=1)
p("dean","2026-11-12 19:00","the FCS coordinator for greater manchester couldn't organise a brew in a tea factory. 4 weeks no supervision. joke",
  r="cr", w="insults the coordinator", d=1)
p("dre","2026-03-30 14:00","@kemi_adebayo_x sis DM me, I'll link you with my coordinator directly, quicker than the helpline fr",
  r="cd", w="DM offered instead of Twinline", rp="x:@kemi_adebayo_x", d=1)
p("ciaran","2026-06-20 21:00","@belfastmammy22 message me there and I'll help you out, no bother. I'm a volunteer with twins trust",
  r="cd", w="'message me' to a member of the public", rp="x:@belfastmammy22", d=1)
p("rosie","2026-02-27 11:30","took Jenna's two for a walk along the coast path so she could rest 🌊",
  r="nl fp gt", w="names supported mum; photo of her babies; geotagged",
  m=["Two babies in a double sling on a woman's chest on a cliff path above the sea, faces tucked in"],
  g=(50.2390,-5.3900,"Godrevy"), nm=["Jenna"])
p("kwab","2026-09-28 21:00","Yaw's little girl has been referred for an autism assessment. He's taking it hard. I told him to get on the waiting list for speech therapy now, don't wait for the diagnosis",
  r="nl si ad", w="names supported dad; child's assessment; relays advice", nm=["Yaw"])
p("yasmin","2026-04-30 22:00","My FCS mum's landlord turned the electric off because she was two weeks late with the rent. With twins in the flat. I'm shaking.",
  r="si", w="rent arrears, electricity cut")
p("hanifa","2026-09-05 10:00","@noor-and-twins.bsky.social Noor, cot on their backs, feet to foot, nothing else in there. I know your mum says a pillow but please",
  r="nl ad", w="sleep advice to supported mum by name", rp="bluesky:@noor-and-twins.bsky.social", nm=["Noor"])
p("morag","2026-03-28 21:00","wee Lexi-Mae's da's back in the rehab. Her mammy's got the three o them on her ain again",
  r="nl si", w="names supported child; father's rehab", nm=["Lexi-Mae"], d=1)
p("amara","2026-10-20 17:00","First birthday for my FCS princess 🎈",
  r="fp", w="photo of supported child",
  m=["A toddler girl in a yellow dress holding a number-one balloon, face visible, in a small living room"])
p("eilidh","2026-06-19 19:00","@the_real_kez gies a ring on 07700 900733 hen, ah'll gie ye a hand wi the forms",
  r="cd", w="personal mobile to a member of the public", rp="x:@the_real_kez", d=1)
p("ffion","2026-05-05 23:00","Ysbyty Gwynedd again. My FCS mam's little one has an ear infection that won't shift. Third course of antibiotics.",
  r="si ld", w="child's illness; hospital")
p("jamie","2026-01-09 16:20","just left my FCS family, heating's broken and the landlord won't answer. babies are in snowsuits indoors. raging",
  r="si gt", w="family's housing conditions; geotagged", g=(51.4570,-0.0110,"Lewisham"), d=1)
p("meilin","2026-05-12 17:00","Longsight visit today: Ah-Lam's babies weighed in at the clinic on Stockport Road and both are finally on the 9th centile",
  r="nl ld si", w="names supported mum; clinic road; growth", nm=["Ah-Lam"])
p("bal","2026-10-22 16:30","In the car after my visit, needed a cry. Some days are heavy bab",
  r="gt", w="geotagged right after a visit", g=(52.4700,-1.8700,"Sparkbrook, Birmingham"), d=1)
p("dorota","2026-03-25 21:00","Rasa told me she feel nothing for the babies some days. I tell her this is normal and she must not tell the health visitor because they take the babies",
  r="nl si ad", w="names supported mum; mental health; harmful advice", nm=["Rasa"])
p("marcia","2025-11-10 15:00","Doing di likkle one hair while her mommy sleep 💜",
  r="fp", w="photo of supported child from behind",
  m=["A woman's hands braiding a toddler girl's hair, the child's face turned away, in a living room"], d=1)
p("pat","2026-02-12 13:00","Twelve blankets for the FCS families this winter!",
  r="lm", w="logo knitted into personal blankets",
  m=["Knitted cot blankets in purple and yellow laid out on a sofa, each with a Twins Trust logo knitted in the corner"])
p("sunita","2026-10-02 12:10","Just finished a lovely visit. Babies are thriving, mum's smiling. That's the job 💛",
  r="gt", w="geotag on volunteering post", g=(52.6440,-1.1190,"Belgrave, Leicester"))
p("sal","2026-01-28 22:00","@kelsey.marie.leeds don't be daft love, you're not a bad mum. tell the doctor you're not sleeping and ask for the mirtazapine, it knocked me right out when I were bad",
  r="nl ad si", w="medication advice to supported mum by name", rp="facebook:@kelsey.marie.leeds", nm=["Kelsey"], d=1)
p("kirsty","2026-08-12 20:00","whoever organises fcs events needs a slap, a 'family fun day' at a venue with no baby changing n no ramp. sort it out ffs",
  r="cr", w="attacks events team", d=1)
p("mo","2026-09-25 16:00","Rocco n Reggie in their toon tops ⚫⚪",
  r="nl fp gt", w="names supported children; photo; geotagged",
  m=["Two toddlers in matching black-and-white striped football shirts sitting on a sofa, faces visible"],
  g=(54.9830,-1.6490,"Fenham, Newcastle upon Tyne"), nm=["Rocco","Reggie"], d=1)
p("rhian","2026-07-30 21:00","Aga's been diagnosed with postnatal depression at last. The GP wanted to put her on tablets and I told her to try St John's Wort first, it's natural",
  r="nl si ad", w="names supported mum; diagnosis; medication advice", nm=["Aga"])
p("tam","2026-10-28 20:00","My FCS mum's been let down by the health visitors AGAIN. Bunch of clipboard-waving jobsworths who wouldn't know a struggling mum if one sat on them.",
  r="cr", u="si", w="insults partner agency", d=1)
p("dre","2026-06-10 11:00","this lil one held my finger the whole bus ride to the clinic 🥹",
  r="fp", u="si", w="photo of supported child's hand; clinic visit",
  m=["A toddler's hand holding a man's finger on a bus seat, the toddler's face out of shot"], d=1)
p("ciaran","2026-09-30 18:00","new car smell (twins edition)",
  r="lm", w="homemade air freshener with Trust logo",
  m=["A car dashboard with a homemade air freshener printed with the Twins Trust logo"])
p("jamie","2026-07-12 09:30","@owen_and_dev lads, that rash sounds like hand foot and mouth. keep them off nursery, calpol for the pain and lots of ice lollies",
  r="nl ad", w="advice to supported dads whose names are in the handle", rp="mastodon:@owen_and_dev@mastodon.social", nm=["Owen","Dev"], d=1)
p("yasmin","2026-09-30 21:00","Some of the other volunteers in my area are honestly racist. 'Why do they have so many kids', about a refugee family, at a TRAINING day. And the coordinator said nothing.",
  r="cr", w="public criticism of volunteers and coordinator")
p("marek","2026-05-22 22:00","A hard visit. The dad I visit told me today that he's thought about ending it. He's safe, we got him help the right way, and I've spoken to my coordinator. I'm writing this because dads don't talk, and I want them to. If that's you: Samaritans, 116 123, any time.",
  r="si", w="supported dad's suicidal thoughts")
p("shona","2025-11-22 21:00","The health visitor at my family's house today spent twelve minutes on her phone and called one twin by the other's name, twice. I don't know what they're teaching them now but it isn't manners.",
  r="cr", w="disrespectful about a partner agency's staff")
p("teacups","2026-04-12 20:00","A picture, with permission. I asked, and she said yes: my FCS twins, from behind, doing their favourite thing (banging pans).",
  r="fp", w="photo of supported twins; permission doesn't matter",
  m=["Two toddlers in matching dungarees seen from behind, sitting on a kitchen floor among saucepans"])
p("aled","2026-10-15 21:00","My FCS dad's been told the job at the council is his if he passes the medical. Fingers crossed for the lad, he's been through hell with his nerves this year",
  r="si", w="job and mental health", d=1)
p("priya","2026-02-27 08:00","Throwback to my first FCS visit with the Slough triplets. Look how tiny they were! #volunteering",
  r="fp ld", w="photo of supported triplets; town",
  m=["Three babies in a row on a play mat in a living room, one in a purple sleepsuit, faces visible"])
p("seun","2026-09-29 08:30","Anyone who needs to talk about twin dad life, drop me a WhatsApp on 07700 900128. No judgement.",
  r="cd", w="personal WhatsApp as support route")
p("rob","2026-07-15 20:00","running club night, kit's in the wash so it's the homemade Twins Trust shirt again 😂",
  r="lm", w="felt-tip drawn logo on personal shirt",
  m=["A man in a homemade t-shirt with a felt-tip drawing of the Twins Trust logo, stretching by a canal"], d=1)
p("pat","2025-09-30 20:00","Please pray for my FCS mum. She's been taken into hospital with sepsis after the birth and the twins are with their dad's mother.",
  r="si", w="supported mum's sepsis; childcare")
p("meilin","2025-11-30 20:00","My FCS mum's mum flew in from Hong Kong to help. First time I've seen her smile in weeks. The twins have a grandma at last 💛",
  u="si", w="mild wellbeing detail, no name")
p("hanifa","2026-04-30 09:30","Noor and her two, off to their first playgroup today 🌼",
  r="nl fp", w="names supported mum; photo of family from behind",
  m=["Two toddlers in matching yellow raincoats holding hands with a woman in a headscarf, seen from behind, on a terraced street"], nm=["Noor"])
p("amara","2025-12-20 21:00","The way some FCS volunteers talk about the families in the group chat makes me sick. 'Chaotic', 'feckless'. Who do you think you are?",
  r="cr", w="public criticism of fellow volunteers")
p("kirsty","2026-09-14 12:00","anyone in essex need twin support ring twinline on 0800 138 0509 💜 NOT me, i'm useless at admin 😂",
  w="correct referral", d=1)
p("dean","2026-01-05 20:00","dry january day 5 and i'd sell a twin for a pint. (joking leanne)",
  w="own life", d=1)
p("shiv","2026-07-14 12:30","@riley_and_ruby_mum made up yous got them into the nursery on Hawthorne Road 💙 told you it'd work out",
  r="nl ld", w="children's names in the handle of the supported mum; nursery and road", rp="x:@riley_and_ruby_mum", nm=["Riley","Ruby"], d=1)
p("ffion","2026-08-29 21:00","@elin_t Elin love, don't rush back to work just because the DWP letter says so. Ring them and ask about your rights first",
  r="nl ad", w="benefits advice to supported mum by name", rp="mastodon:@elin_t@toot.wales", nm=["Elin"])
p("rosie","2026-04-22 19:00","That feeling when your FCS mum tells you the bailiffs came while you were at the dentist. Hate that I wasn't there",
  r="si", w="bailiffs at supported family")
p("sunita","2026-09-10 20:00","Volunteers who post about their families on here need to have a word with themselves. I've seen names, hospitals, the lot. It's not your story.",
  u="cr", w="general peer reminder, sharp but about confidentiality")
p("dorota","2026-10-25 18:00","I have many questions so I ask Twinline and they help me so quick. Thank you Twins Trust team 💛",
  w="praise")
p("tam","2025-12-30 12:00","Steph, Sue and Lorraine from the SW team, thank you for the Christmas hamper, proper spoilt we were 🎄",
  w="staff thanked", d=1)
p("aled","2026-03-30 17:00","Cai and Elis's first Wales shirts 🏴",
  w="own twins", m=["Two boys in red Wales rugby shirts grinning in a back garden"])
p("kwab","2026-10-30 19:00","@tunde.o.mk bro, Twinline is 0800 138 0509, get them to call first thing. they'll sort your cousin out",
  w="correct referral to a friend", rp="instagram:@tunde.o.mk")
p("yasmin","2026-11-05 16:00","Leaving my FCS family's now, the little ones are asleep and mum's having a bath. Good day 💜",
  r="gt", w="geotagged as leaving a family", g=(51.5140,-0.2680,"Acton"))
p("marcia","2026-10-01 13:00","Mi just leave mi young mother yard. Di babies dem sleep. Praise God",
  r="gt", w="geotagged leaving a family's home", g=(52.5070,-1.9120,"Lozells, Birmingham"), d=1)
p("ciaran","2026-01-10 16:00","freezing at the bus stop after a visit, kettle on when I'm home",
  r="gt", w="geotagged right after a visit", g=(54.6150,-5.9530,"Ballysillan, Belfast"))
p("dre","2026-10-05 18:00","jojo's twins said 'uncle dre' today. man's done. 😭",
  r="nl gt", w="names supported dad; geotagged", g=(51.3980,-0.0980,"Thornton Heath"), nm=["Jojo"], d=1)
p("morag","2026-10-05 19:00","@chantelle-x.bsky.social Chantelle hen, the nursery grant's £250, fill in the form online n dinnae let them fob ye off. Text me if ye get stuck",
  r="nl ad", w="financial advice to supported mum by name", rp="bluesky:@chantelle-x.bsky.social", nm=["Chantelle"], d=1)
p("hanifa","2025-10-25 20:00","Some weeks I'm angry at the world on behalf of the mum I visit. This week: she's been told her twins can't be seen by the specialist for nine months. Nine months. They'll be walking by then.",
  r="si", w="children's specialist wait")
p("jamie","2025-10-20 19:00","the families I've met through volunteering have taught me more about resilience than anyone. no details, just gratitude",
  w="general", d=1)
p("seun","2025-12-15 08:00","As the year ends: grateful for the FCS volunteers in the Midlands. A quieter, kinder bunch of people I've never met.",
  w="praise")
p("rhian","2026-01-05 20:00","Tamping again. Somebody in the FCS office has sent my family's details to the wrong volunteer. In what world is that ok? Heads should roll.",
  r="cr", w="attacks the office over a data error", d=1)
p("mo","2026-04-15 10:00","@kayleigh_t_93 pet that rash needs lookin at, divvent wait, but in the meantime just put a bit of Germolene on it",
  r="nl ad", w="advice to supported mum by handle", rp="instagram:@kayleigh_t_93", nm=["Kayleigh"], d=1)
p("sal","2026-05-06 20:00","Oh and if anyone needs help with twins round Leeds, inbox me love, I've got a spare cot and a lot of time 💛",
  r="cd", w="'inbox me' as support route", d=1)
p("kirsty","2026-03-30 09:00","all packed for my fcs fam's move day 📦",
  r="fp", u="ld", w="photo of family's belongings at their door; door number only in photo",
  m=["A pair of toddler shoes and two baby car seats by the front door of a flat, door number 7B visible"], d=1)
p("marek","2026-02-14 21:30","A small win. Piotr and Kasia's landlord finally fixed the mould in the boys' room after Kasia sent him the letter I drafted for her. I told her to quote the Homes (Fitness for Human Habitation) Act and threaten to bring in the council's environmental health team, and it worked.",
  r="nl si ad", w="names supported parents; housing; relays legal advice", nm=["Piotr","Kasia"])
p("shona","2026-09-19 20:30","Feedback I sent to the team. I emailed my coordinator this week with three suggestions for the volunteer handbook: shorter, plainer, and with a section on looking after yourself. She replied within a day and asked if I'd help rewrite it. Credit where it's due.",
  w="constructive feedback")
