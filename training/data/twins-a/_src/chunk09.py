from lib import p
# ---------------- Yasmin (instagram private) ----------------
p("yasmin","2025-06-17 20:00","Training done ✨ proud to be a Twins Trust volunteer 💜 #familycrisissupport",
  w="training")
p("yasmin","2025-07-05 15:00","Adam and Layla finally napping at the same time. This is what peace looks like ☕",
  w="own twins", m=["Two glasses of mint tea on a tray on a small balcony"])
p("yasmin","2025-07-24 18:30","So proud of my FCS mum, first time out on her own with the twins 🥹",
  r="fp", u="si", w="photo of supported mum and babies from behind; mild detail",
  m=["A young woman in a hijab seen from behind, pushing a double buggy with two babies along a high street"])
p("yasmin","2025-08-14 22:00","My FCS mum is from Sudan. She lost her whole family in the war and now she's raising twins alone in a hostel in Ealing. I can't stop thinking about her",
  r="si ld", w="refugee background, bereavement, hostel and area")
p("yasmin","2025-09-03 21:30","Praying for this little fighter 🤲 my FCS baby is in NICU",
  r="fp si", w="photo of supported baby in incubator",
  m=["Close-up of a baby with eyes open lying in a hospital incubator with wires attached"])
p("yasmin","2025-09-26 10:15","Amira habibti, don't give the baby honey for the cough, not before one year! Just saline drops and keep her upright",
  r="nl ad", w="reply to supported mum by name with health advice", rp="instagram:@amira.sdn.mum", nm=["Amira"])
p("yasmin","2025-10-20 21:00","Omar made koshari for 15 people and we're still eating it four days later",
  w="own husband")
p("yasmin","2025-11-15 19:00","Came home to this 💜",
  r="nl", w="names of supported mum and children in the photographed thank-you note",
  m=["A handwritten note on a kitchen counter reading 'Thank you Yasmin, from Amira, Yusuf and Maryam' next to a plate of date cookies"],
  nm=["Amira","Yusuf","Maryam"])
p("yasmin","2025-12-10 20:30","The way the Home Office treats refugee mothers with newborn twins is a disgrace. Four moves in six months.",
  u="si", w="political opinion (clean) but hints at a specific family's moves")
p("yasmin","2026-01-08 11:00","Snow day for my FCS girls ❄️",
  r="fp", u="ld", w="photo of supported twins; estate sign visible only in photo",
  m=["Two babies in matching pink snowsuits in a double pram outside a block of flats with a sign reading 'Acton Gardens'"])
p("yasmin","2026-02-02 21:00","Honestly the FCS coordinators in London don't have a clue about refugee families. Zero cultural awareness, zero interpreters. Embarrassing.",
  r="cr", w="public criticism of coordinators")
p("yasmin","2026-02-18 19:30","Ramadan Kareem 🌙 Adam asked if he can fast 'just until lunch'",
  w="own son")
p("yasmin","2026-03-18 20:00","Eid outfits for my FCS family, thanks to the generous ladies at my mosque 💜",
  u="fp", w="photo of clothes for the supported family, not the family itself",
  m=["Eid clothes laid out on a bed: two tiny matching dresses and a woman's abaya"])
p("yasmin","2026-04-17 21:45","Amira's twins have been referred to Great Ormond Street for their kidneys. She doesn't understand the letters so I'm going with her Tuesday",
  r="nl si ld", w="names supported mum; kidney referral; hospital", nm=["Amira"])
p("yasmin","2026-05-09 16:00","Tea tip: cardamom in the pot, not the cup. You're welcome.",
  w="general tip")
p("yasmin","2026-06-05 12:00","If you're a refugee mum with twins in west London, message me on here, I speak Arabic and I can help",
  r="cd", w="'message me' as support route")
p("yasmin","2026-07-02 18:00","Video call with my FCS mum from the hospital, they're finally going home 🥹",
  r="fp si", w="screenshot showing supported mum and babies; hospital discharge",
  m=["A phone screen showing a video call with a young woman holding two babies, faces visible"])
p("yasmin","2026-08-11 20:30","The interpreting agency the Trust uses sent a man to translate for a mum who'd asked for a woman. Twice. Whoever manages that contract needs to answer for it.",
  r="cr", u="si", w="attacks staff/partner managing interpreters; mum's request")
p("yasmin","2026-09-16 19:00","Layla lost her first tooth in a falafel wrap. Adam is furious he hasn't lost one.",
  w="own twins")
p("yasmin","2026-10-23 13:00","My FCS mum got her refugee status!!! Alhamdulillah 🤲",
  r="si", w="immigration status")
p("yasmin","2026-11-19 09:30","My FCS mum off to her first English class 💜",
  r="fp", u="si", w="photo of supported mum and babies from behind",
  m=["A woman in a hijab seen from behind at a bus stop with a double buggy, two babies bundled in blankets"])

# ---------------- Shona, Night Feeds & Notebooks (blog) ----------------
p("shona","2025-06-28 21:00","Why I volunteer. When Fraser and Iona were born I was a depute head with a plan for everything, and within a fortnight the plan was a crumpled shopping list on the fridge. What saved me wasn't a book; it was a woman from the twins' charity who came on Thursdays and didn't mind that the house smelt of sick. I've been a Family Crisis Support volunteer for a year now. I don't write about the families I visit. I write about what it does to me, which is enough.",
  w="own experience; no family detail")
p("shona","2025-08-09 22:30","Dundee in the rain, and a family I can't stop thinking about. I've been visiting a mum in Whitfield since May. Her twins were born at 29 weeks at Ninewells and one of them still has a feeding tube. Her partner works away on the rigs, three weeks on and three off, and when he's away she doesn't sleep. I make tea, I fold tiny vests, I listen. I'm not allowed to fix anything, and some days that's the hardest part.",
  r="si ld", w="prematurity, feeding tube, partner's work; area and hospital")
p("shona","2025-09-20 20:00","Back to school, but not for me. It's the first August in twenty-two years that I haven't laminated anything. Fraser and Iona went into P5 without a backward glance. I sat in the car outside the gates and had a wee greet, then went to Asda and bought a coffee I didn't need. Change is strange.",
  w="own twins", d=1)
p("shona","2025-10-25 21:15","What I told her about sleep. A few readers asked what I say when a mum asks about sleep, so here's what I told the mum I visit last week, same as I'd tell my sister. Get the twins on the same schedule: when one wakes to feed, wake the other. Put the cots side by side so they can see each other. Keep the night feeds dark and boring. And take the help when it's offered, even if it's me.",
  r="ad", w="relays sleep advice given to the supported mum")
p("shona","2025-12-06 20:45","A rant about the handbook. I've held my tongue for a year. The FCS volunteer handbook is patronising, repetitive and written by someone who clearly thinks volunteers can't be trusted to boil a kettle. Page 34 explains how to knock on a door. Page 35 explains it again. I was a depute head teacher, for goodness' sake.",
  r="cr", w="derides the Trust's handbook and its authors")
p("shona","2026-01-25 22:00","Burns Night. Haggis from the butcher on Perth Road, neeps that Iona refused to touch, and Fraser reciting the first verse of the Address with a butter knife. His grandad would have been proud.",
  w="own family")
p("shona","2026-03-07 20:00","Lessons from the classroom. Twenty years of teaching taught me that the loudest child is rarely the one in most trouble. Volunteering has taught me the same about parents. Listen for the quiet ones.",
  w="general reflection")
p("shona","2026-04-18 21:30","She said I could write about it. The mum I visit gave me permission to write this, so here goes. Three weeks ago Stacey-Jo found out her twins' dad had been sending her messages from prison. The police are involved now and she's moved to her aunt's in Broughty Ferry with the boys. She wanted people to know that it happens to ordinary women.",
  r="nl si ld", w="names supported mum despite permission; domestic abuse; new town", nm=["Stacey-Jo"], ref="shona_permission")
p("shona","2026-05-30 20:30","Photos I didn't take. The wee fists. The laundry pile like a mountain range. The way the morning light hit the kitchen table. I'm keeping them in my head where they belong.",
  w="explains not photographing families; no detail")
p("shona","2026-07-11 21:00","On being told off (fairly). My coordinator rang me after my April post. She was kind but clear: permission from a family doesn't make it OK to write about them, and the post should come down. I've taken it down. I was wrong, and I'm sorry. I'm leaving this note so that if you're a volunteer thinking of doing the same, you don't.",
  w="acknowledges an error and corrects it")
p("shona","2026-08-22 20:00","The summer holidays are long. Nine weeks. Three rainy weekends in Arbroath, one sunny day at the Bell Rock lighthouse signal tower, and approximately 4,000 arguments about whose turn it was on the iPad.",
  w="own family")
p("shona","2026-10-03 20:00","Helping the Dundee families. If you're a twin parent in Tayside and you can't face phoning a helpline, email me at shona@nightfeedsandnotebooks.co.uk and I'll help you find your way. Twinline is 0800 138 0509 too, but I know a phone call can feel like a mountain.",
  r="cd", w="personal email offered alongside Twinline")
p("shona","2026-11-14 21:00","Two years. Two families, one coordinator who told me off when I needed it, and a car that now smells permanently of baby wipes. I'd do it all again. #volunteering #familycrisissupport",
  w="reflection")
