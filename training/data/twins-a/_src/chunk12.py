from lib import p
p("shiv","2026-09-05 19:40","@lauren_x_wallasey hiya hun, drop me a message and I'll come round, I'm a twins trust volunteer. or ring 0800 138 0509 x",
  r="cd", w="'message me' offered to a member of the public alongside the right number", rp="x:@lauren_x_wallasey", d=1)
p("morag","2026-08-30 12:00","Twinline's number is 0800 138 0590 if ye need it, spread the word",
  r="cd", w="wrong Twinline number", d=1)
p("rhian","2026-05-20 19:30","For anyone who asked: the Twinline email is asktwinline@twinstrust.com 💛",
  r="cd", w="wrong email domain")
p("marcia","2026-09-02 11:00","Any young mother who need help wid twins, WhatsApp mi pon 07700 900377. Mi nuh mind what time",
  r="cd", w="personal WhatsApp as support route", d=1)
p("priya","2026-03-05 08:00","Any parents of twins in Berkshire who are struggling: DM me here and I'll personally connect you with a volunteer. No forms, no waiting.",
  r="cd", w="DM offered, bypassing Twinline")
p("hanifa","2026-06-20 21:00","@laila-k.bsky.social I'm so sorry Laila. Text me on 07700 900286 and I'll come and see you this week, I'm with Twins Trust",
  r="cd", w="personal mobile offered to a member of the public (not a supported family)", rp="bluesky:@laila-k.bsky.social")
p("tam","2026-09-25 20:00","Anyone needing help with twins round Somerset, Twinline's on 0800 138 0509, or the old Tamba website has loads on it still, tamba.org.uk",
  r="cd", w="outdated predecessor-organisation website")
p("dean","2026-10-10 21:00","if anyone's struggling with twins in manc my whatsapp's open, 07700 900845. no judgement",
  r="cd", w="personal WhatsApp as support route", d=1)
p("amara","2026-05-30 13:00","new phone case who dis 💜",
  r="lm", w="Trust logo printed on personal phone case",
  m=["A custom phone case printed with the Twins Trust logo and the words 'FCS VOLUNTEER'"])
p("sunita","2026-03-12 18:00","Samosas for the volunteer meeting, in my very official tin 😄",
  r="lm", w="hand-painted Trust logo on personal tin",
  m=["A cake tin with a hand-painted Twins Trust logo on the lid, full of samosas"])
p("jamie","2026-03-02 20:00","@tired_dad_of_two if the baby's breathing looks laboured, don't wait for anyone, call 111 or 999. then Twinline in the morning",
  u="cd", w="urgent-care direction to a member of the public; not a Twinline referral first", rp="mastodon:@tired_dad_of_two@mastodon.social")
p("ffion","2026-06-14 19:00","@gwen_p for tonight, 111 is your best bet if you're worried about his temperature, love",
  u="cd", w="points a member of the public to NHS 111 rather than Twinline", rp="mastodon:@gwen_p@toot.wales")
p("teacups","2026-08-20 20:30","Twin sleep: what worked for us. This isn't advice for anyone in particular, just what got us through: a shared cot until four months, a white noise app, and a rota that meant each of us got one five-hour stretch. A mum I used to visit asked me about this last year and I remember wishing I'd written it down, so here it is.",
  u="ad", w="general own-experience tips, but tied to a past supported mum's question")
p("kwab","2026-07-05 19:30","To all the dads at today's FCS dads' breakfast, respect. Good food, good talk, nobody's business shared. Thank you Tariq for organising 🙏🏾",
  w="volunteer/dads event, no detail, staff thanked")
p("seun","2026-06-30 08:00","Two of our newest FCS volunteers are from our company's own staff network. Proud of the ripple effect. #Volunteering #TwinsTrust",
  w="promotion")
p("aled","2026-08-20 19:00","Rain stopped play at the charity cricket match but we still raised £380 for Twins Trust. Cheers to the boys at the club 🏏",
  w="public fundraising")
p("bal","2026-11-20 20:00","Jas and the triplets made me a birthday cake that looks like a crime scene. 50 today and loved to bits ❤️",
  w="own family", m=["A lopsided red velvet birthday cake with '50' piped on top in wobbly icing"])
p("rosie","2026-10-05 18:00","Anyone else's train to Penzance just stop at Par for no reason for forty minutes? GWR you are a comedy",
  w="train complaint", d=1)
