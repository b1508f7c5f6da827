from lib import p
# ---------------- Hanifa (bluesky, Bradford, writer) ----------------
p("hanifa","2025-06-06 21:30","Eid with the twins, both in kurtas three sizes too big because 'they'll grow into them'. Thanks Ammi 🌙",
  w="own twins")
p("hanifa","2025-06-18 22:00","Started volunteering with Family Crisis Support this month. I thought I knew what tired looked like; I had twins. But sitting on someone else's sofa at 10am, watching them try to remember what day it is, is a different kind of knowing. #familycrisissupport",
  u="si", w="generic impression of a family's exhaustion")
p("hanifa","2025-07-15 20:40","My FCS mum in Manningham has four children under five, including the twins, and her husband's been in hospital since March. She does the school run with a double buggy and two scooters. I don't know how.",
  r="si ld", w="husband's hospital stay; family's district")
p("hanifa","2025-08-08 09:15","@noor-and-twins.bsky.social Noor, please don't stop the iron tablets just because they bung you up. Take them with orange juice and have prunes, it'll settle. Love you x",
  r="nl ad si", w="reply to supported mum by name with medication advice; her anaemia", rp="bluesky:@noor-and-twins.bsky.social", nm=["Noor"])
p("hanifa","2025-09-02 18:00","Bradford's bins haven't been collected in three weeks and the foxes are having a festival.",
  w="council services complaint")
p("hanifa","2025-09-20 21:00","I've been thinking about what 'crisis' means. For some families it's an eviction letter or a baby in special care. For others it's quieter: a mother who hasn't spoken to another adult in four days. The families who need Family Crisis Support aren't on the news; they're on the third floor with the lift broken. If you can give two hours a week, please look at twinstrust.org.",
  w="general description of the service's work, no specific family")
p("hanifa","2025-10-11 19:30","My FCS mum's husband got out of hospital today after seven months. She sent me a voice note of just happy screaming. I've listened to it nine times.",
  r="si", w="husband's long hospital stay")
p("hanifa","2025-11-01 23:00","The Bradford FCS volunteers are honestly the best bunch. Curry night at Mumtaz, eleven of us, one very patient waiter",
  w="peer social, praise")
p("hanifa","2025-11-29 10:30","Whoever at head office decided volunteers in West Yorkshire don't need a coordinator for three months should try doing a safeguarding call with nobody to ring. Shameful.",
  r="cr", w="attacks head office decision")
p("hanifa","2025-12-19 20:10","Ayaan asked why Father Christmas doesn't come to Muslim houses. Inaya said 'because we have Eid, Ayaan, keep up'.",
  w="own twins")
p("hanifa","2026-01-22 12:00","If anyone in Bradford needs support with twins, message me here or on WhatsApp (I volunteer with Twins Trust) and I'll help where I can",
  r="cd", w="WhatsApp/DM offered instead of Twinline")
p("hanifa","2026-02-13 17:50","Sat in the car outside my family's house on Carlisle Road because I needed to cry before I went in. Some weeks are heavy.",
  r="ld", w="street where the family lives")
p("hanifa","2026-03-20 21:45","Ramadan visits: my FCS mum insists on making me iftar even though I'm there to help HER. Samosas, pakoras, the lot. We ate with the twins asleep on a mat between us.",
  u="si", w="reveals supported family's religious practice; warm, no crisis detail")
p("hanifa","2026-03-21 10:00","Eid Mubarak from my FCS twins 🌙",
  r="fp", w="photo of supported twins",
  m=["Two babies in identical white hats lying on a prayer mat on a living room floor, photographed from above, faces partly visible"])
p("hanifa","2026-05-08 13:00","Festival news! I'll be at Bradford Literature Festival in June talking about motherhood and memory. Come and say hi.",
  w="own work")
p("hanifa","2026-06-04 18:20","Noor's twins had their hearing tests at BRI today. One's passed, one has to go back. She's brave as anything.",
  r="nl si ld", w="names supported mum; children's hearing tests; hospital", nm=["Noor"])
p("hanifa","2026-07-12 09:00","Twins Trust's Twinline is 0800 138 0509, asktwinline@twinstrust.org. Save it in your phone even if you don't need it yet.",
  w="correct referral")
p("hanifa","2026-08-19 19:00","The health visitors round here have been wonderful to my FCS family this year. Credit where it's due.",
  w="praise for partner agency")
p("hanifa","2026-09-25 21:00","Faisal and I have been married ten years today. He still can't load a dishwasher. I still love him.",
  w="own husband")
p("hanifa","2026-10-29 22:15","My FCS mum's ex turned up at the house today. Police came. Everyone's ok. That's all I'll say.",
  r="si", w="domestic incident at supported family")
p("hanifa","2026-11-27 20:00","Anyone else find the FCS WhatsApp group is just Linda posting minions memes? Linda. Please. 😂",
  u="cr", w="teasing a fellow volunteer, affectionate")

# ---------------- Eilidh (x, Edinburgh, location sharing on) ----------------
p("eilidh","2025-06-14 16:30","dreich day for my first FCS visit but the wee ones were braw. hame now, tea on. #familycrisissupport",
  r="gt", w="geotag on a post about a visit", g=(55.9533,-3.1883,"Edinburgh"), d=1)
p("eilidh","2025-07-01 14:00","struan n morven at portobello, first paddle of the summer, morven went in up to her neck in 14 degree water 🥶",
  u="gt", w="own twins; personal geotag", g=(55.9530,-3.1090,"Portobello Beach"), d=1)
p("eilidh","2025-07-18 21:10","my FCS family's in Niddrie, one wee room for the twins n mum sleeps on the couch. she says it's fine. it's no fine",
  r="ld si", w="family's district and overcrowding", d=1)
p("eilidh","2025-08-09 13:20","fringe season, cannae move on the royal mile for folk handin oot flyers. love it n hate it",
  u="gt", w="personal geotag", g=(55.9497,-3.1910,"Royal Mile, Edinburgh"), d=1)
p("eilidh","2025-08-26 10:40","at the Sick Kids wi my FCS mum, wee one's getting his hips checked. waiting room's mobbed",
  r="si ld gt", w="child's hip check; with the family at a named hospital; geotagged",
  g=(55.9210,-3.1360,"Royal Hospital for Children and Young People, Edinburgh"), d=1)
p("eilidh","2025-09-15 19:25","@caitlin_mcd_x caitlin hen, for the teething just pop a cold flannel in the freezer n let her chew it. n dinnae bother wi they amber necklaces",
  r="nl ad", w="reply to supported mum with teething advice", rp="x:@caitlin_mcd_x", nm=["Caitlin"], d=1)
p("eilidh","2025-10-03 22:00","Fiona in the Scotland office is a total hero. rang me at 9pm to check i got hame safe fae a tough visit 💜",
  w="staff praised", d=1)
p("eilidh","2025-10-22 08:10","haar's in, cannae see the end of the street. edinburgh in october, ken",
  w="weather", d=1)
p("eilidh","2025-11-12 15:30","caitlin's partner's been lifted again. she's on her own wi the twins till his court date. poor lass",
  r="nl si gt", w="names supported mum; partner's arrest; geotagged near family", g=(55.9330,-3.1050,"Niddrie, Edinburgh"), nm=["Caitlin"], d=1)
p("eilidh","2025-12-07 17:00","stockings done for my FCS bairns 🎄",
  r="nl fp gt", w="children's names on stockings inside the family home; geotagged",
  m=["Two Christmas stockings with 'Ruaridh' and 'Isla-Rose' sewn on, hanging on a fireplace in a small living room"],
  g=(55.9330,-3.1050,"Niddrie, Edinburgh"), nm=["Ruaridh","Isla-Rose"], d=1)
p("eilidh","2026-01-04 12:00","hogmanay hangover still goin. 31 is too old for this",
  w="personal", d=1)
p("eilidh","2026-01-28 18:30","training day at the office. new coordinator seems nice but the whole induction is a tick box exercise run by folk that've never done a visit. waste of a saturday",
  r="cr", w="disparages the Trust's training/staff", d=1)
p("eilidh","2026-02-18 20:15","if yer strugglin wi twins in edinburgh gies a text on 07700 900733 n ah'll come roond",
  r="cd", w="personal mobile as support route", d=1)
p("eilidh","2026-03-11 11:05","sat on caitlin's stair waitin for the buzzer to work. Niddrie Mains Drive finest 😂",
  r="nl ld gt", w="names supported mum and her street; geotagged", g=(55.9335,-3.1040,"Niddrie Mains Drive, Edinburgh"), nm=["Caitlin"], d=1)
p("eilidh","2026-04-02 19:00","struan's been picked for the under 10s rugby. morven says she's 'better than him anyway'. probably true",
  w="own twins", d=1)
p("eilidh","2026-05-06 12:00","volunteers needed in Lothian! twinstrust.org #volunteering #twinstrust",
  w="recruitment")
p("eilidh","2026-06-01 10:20","walkin the twins round the Figgate so their mum could get a kip, lovely wee morning ☀️",
  r="fp gt ld", w="photo of supported twins; with them at a named park; geotagged",
  m=["A double pushchair with two sleeping babies under a sunshade, on a path beside a pond with swans"],
  g=(55.9490,-3.1150,"Figgate Park, Edinburgh"), d=1)
p("eilidh","2026-07-09 22:30","my FCS mum's twins are in foster care now. ah'm no allowed tae say more n ah'm heartbroken",
  r="si", w="children taken into care", d=1)
p("eilidh","2026-08-14 18:00","edinburgh trams on festival weekend: sardines wi opinions",
  w="transport", d=1)
p("eilidh","2026-09-03 21:00","to whoever at twins trust thought cuttin the scotland coordinator hours was a good idea: it wisnae",
  r="cr", w="public criticism of Trust decision-makers", d=1)
p("eilidh","2026-10-15 19:40","hame now, cosy night in wi the twins n a takeaway 🍕",
  u="gt", w="home post with geotag, no volunteering mentioned", g=(55.9400,-3.2200,"Edinburgh"), d=1)
p("eilidh","2026-11-20 20:50","my new FCS mum's fae Syria, came over wi the twins' dad. they're in a hotel in Leith waitin on their asylum claim",
  r="si ld", w="immigration status and current hotel area", d=1)

# ---------------- Mei-Lin (facebook friends-only) ----------------
p("meilin","2025-06-27 22:00","Quarter-end at work plus twins with chickenpox. If you don't hear from me, I'm under a pile of calamine.",
  w="own twins")
p("meilin","2025-07-19 20:30","First visit with my new FCS family in Longsight. Mum speaks Cantonese like my parents, so it felt like visiting an auntie. She's been very low since the birth and the grandparents are still in Hong Kong.",
  r="ld si", w="family's district; mother's low mood, family abroad")
p("meilin","2025-08-22 19:00","Tip for anyone with twins starting reception: label EVERYTHING, including socks. I have learned this the hard way.",
  w="general tip, not aimed at a supported family")
p("meilin","2025-09-16 21:00","Ah-Lam asked me how to sort the babies' passports so she can take them to Hong Kong. I told her to use the Post Office check and send service and wrote down the form numbers for her.",
  r="nl ad", w="names supported mum; relays admin advice", nm=["Ah-Lam"])
p("meilin","2025-10-09 20:15","I've done a spreadsheet of our volunteer expenses: we're each covering roughly £90 a quarter in unclaimed mileage. Has anyone raised this with the FCS team? Happy to share the sheet with whoever's collecting feedback.",
  w="constructive feedback, not disrespectful")
p("meilin","2025-10-06 21:00","Mid-Autumn festival with my parents and the twins. Ethan ate the egg yolk out of every single mooncake.",
  w="own family")
p("meilin","2025-12-13 23:10","Someone at our volunteer Christmas do spent the whole evening telling everyone her FCS family's business, names and all. I was mortified. Some people should not be volunteers.",
  r="cr", w="public criticism of a fellow volunteer")
p("meilin","2026-01-17 12:30","WhatsApp me if you know a Chinese-speaking twin family in Manchester who needs help, I can translate: 07700 900654",
  r="cd", w="personal WhatsApp number as a support route")
p("meilin","2026-02-17 18:00","Kung Hei Fat Choi! Year of the Horse 🐴 Ethan and Chloe got their red envelopes and immediately asked about the exchange rate. They're mine alright.",
  w="own twins")
p("meilin","2026-03-19 21:40","My FCS mum's finally been referred to the perinatal mental health team. It took four months and two crises. Relieved for her.",
  r="si", w="supported mum's mental health referral")
p("meilin","2026-04-25 17:00","Done! 🇬🇧✈️ so proud of her",
  r="fp", w="photo of the supported babies' passports with their photos",
  m=["Two baby passports open on a table showing the babies' photo pages"])
p("meilin","2026-05-29 20:00","Dan's booked us a weekend in the Lakes without the kids. First since 2019. I've forgotten how to talk in full sentences.",
  w="own husband")
p("meilin","2026-06-20 19:30","Pleased to say the FCS team took my expenses spreadsheet seriously and the mileage rate goes up in September. Thank you Nadia for pushing it through.",
  w="praise, staff named")
p("meilin","2026-07-24 21:15","Ah-Lam and the twins are off to Hong Kong for the summer, first time meeting their grandparents. Airport goodbyes at T2 were emotional",
  r="nl", u="si ld", w="names supported mum; travel; was with them at the airport", nm=["Ah-Lam"])
p("meilin","2026-09-10 18:45","Manchester's new bin schedule: four bins, three colours, two weeks, one very confused accountant.",
  w="council services")
p("meilin","2026-10-16 22:00","The mum I support has been having awful panic attacks since going back to work. I told her to try 4-7-8 breathing and cut out caffeine completely, it worked for me.",
  r="ad si", w="relays mental-health advice; panic attacks")
p("meilin","2026-11-28 19:00","Our volunteer group raised £860 at the Christmas market stall! Thank you all #twinstrust",
  w="fundraising")

# ---------------- Kwabena (instagram) ----------------
p("kwab","2025-06-22 18:00","Twins Trust FCS training ✅ 🇬🇭🇬🇧 Let's go. #volunteering #familycrisissupport",
  w="training")
p("kwab","2025-07-12 17:00","Kofi and Akua at the family fun day 😂 chale the energy",
  w="own twins", m=["Two children in matching kente-print shirts grinning on a bouncy castle"], d=1)
p("kwab","2025-08-02 21:00","My FCS dad in Bletchley works two jobs and still can't make the rent. The twins sleep in one cot. This country, eh",
  r="ld si", w="family's town, money and housing")
p("kwab","2025-08-30 19:30","These feet 😭 #familycrisissupport",
  r="fp", w="photo of supported babies' feet",
  m=["A man's hands holding two tiny babies' feet side by side, a volunteer lanyard visible"])
p("kwab","2025-09-27 10:00","@yaw.mensah.mk bro, for the eczema use the emollient every nappy change and switch to non-bio. Efua swears by shea butter too. see you saturday as usual",
  r="nl ad", w="reply to supported dad with skin-care advice", rp="instagram:@yaw.mensah.mk", nm=["Yaw"], d=1)
p("kwab","2025-10-25 19:00","Arsenal top of the league in October. I've been here before. I'm not getting excited. (I'm very excited.)",
  w="football")
p("kwab","2025-11-15 11:30","Sitting in the waiting room at Milton Keynes University Hospital with Yaw while the twins get their hearts checked. Long morning",
  r="nl si ld gt", w="names supported dad; heart checks; with family at named hospital; geotagged",
  g=(52.0260,-0.7370,"Milton Keynes University Hospital"), nm=["Yaw"])
p("kwab","2025-12-20 22:00","Christmas jumper game strong 🎄",
  r="lm", w="Trust logo stitched onto a homemade jumper",
  m=["A homemade Christmas jumper with the Twins Trust logo stitched in felt on the front, worn by a man at a party"])
p("kwab","2026-01-16 20:30","Some of the senior staff at Twins Trust need to remember volunteers are not free labour. Third email this month asking us to 'go the extra mile' with zero support.",
  r="cr", w="criticises senior staff")
p("kwab","2026-02-14 22:00","Valentine's: Efua and I ate jollof on the sofa and fell asleep at 9. Romance is alive.",
  w="own wife")
p("kwab","2026-03-13 18:00","My FCS dad got the job!!! Warehouse supervisor. From two jobs and no sleep to one job and a pay rise 🙌🏾",
  r="si", w="supported dad's employment")
p("kwab","2026-04-18 21:00","If you're a twin dad struggling, inbox me bro. Dads need dads. 💪🏾",
  r="cd", w="'inbox me' offered as the support route", d=1)
p("kwab","2026-05-25 20:00","Bank holiday BBQ, burnt the chicken, blamed the charcoal",
  w="personal")
p("kwab","2026-06-21 19:00","Father's Day vibes. My FCS dad sent me a card. I'm not crying, you're crying",
  w="no private detail about the family")
p("kwab","2026-07-25 16:00","My FCS twins repping the Black Stars ⭐️",
  r="fp", w="photo of supported twins (faces hidden)",
  m=["Two toddlers in matching Ghana football shirts sitting on a doorstep, faces hidden behind a football"])
p("kwab","2026-08-22 14:00","Sat in Yaw's car outside the council offices in MK while he sorts his housing appeal. Moral support mode",
  r="nl si ld gt", w="names supported dad; housing appeal; with him at named place; geotagged",
  g=(52.0406,-0.7594,"Central Milton Keynes"), nm=["Yaw"])
p("kwab","2026-09-08 08:00","Akua's first day of Year 2, Kofi already lost his book bag. Some things never change",
  w="own twins")
p("kwab","2026-10-24 20:00","Black History Month reading list for kids, drop yours below 📚",
  w="general")
p("kwab","2026-11-14 21:00","Honestly the best part of volunteering is watching dads open up. No names, no details. Just respect to all of them.",
  w="general reflection")
