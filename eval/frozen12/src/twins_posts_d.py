from twins_lib import acct, p

# ---------------- Rachel's blog, Twin Mum Diaries (no disclaimer) ----------------
acct("blog:twinmumdiaries.co.uk")
p("Ten things nobody tells you about the first year with twins. 1. You will never again drink a hot cup of tea. 2. Mabel and Otis will both wake at 3am, but never at the same 3am. 3. Your washing machine becomes your best friend and your enemy. 4. Double buggies do not fit through Boots' doors. 5. Strangers will ask if they're natural. Just smile. 6. You will cry in the car park at Tesco and that's ok. 7. Someone will say 'double trouble' every single day. 8. Your partner is not your enemy, even at 4am. 9. Ask for help sooner than you think you need it. 10. It gets easier. Promise.",
  why="author's own twins; general parenting list")
p("Why I became a Family Crisis Support volunteer. Three years ago I was the one sitting on the kitchen floor at 2am with two screaming babies and no idea how I'd get through the next hour. A Twins Trust volunteer came to my house every Thursday for four months. She didn't fix anything, she just sat with me, held a baby, made the tea. So this year I did the training myself. If you're thinking about it, please do – you can find out more on the Twins Trust website. #familycrisissupport #volunteering #twinstrust",
  why="own story and promotion")
p("My first family. I won't say much, for obvious reasons, but I want to write down how it felt. The mum is younger than I was, living in a first-floor flat with no lift, and the girls are just ten weeks old. Dad works nights. She told me she hadn't left the house in eighteen days. We went for a walk round the block and she cried at the postbox. I'm going back on Monday.",
  r="S", why="detailed private circumstances of the supported family: ages, housing, isolation, dad's work")
p("A rainy half term in the Medway towns: our top five indoor days out. Chatham Historic Dockyard (the submarine is a hit), the soft play at Gillingham, Rochester library's Saturday story time, the Strand lido café when it's dry enough, and the old faithful, Nan's house.",
  why="family days out, no supported family")
p("Lola-Rose is such a character. At fourteen months she's already bossing her sister about, and Maisie just lets her. Their mum and I laughed until we were nearly sick on Tuesday when Lola-Rose put a colander on her head and refused to take it off for the health visitor.",
  r="N", why="names supported twins (hyphenated name) and describes visit")
p("On being 'just' a volunteer. I sat in a meeting this week where a professional – I won't say which agency, but you can guess – talked about 'my' family as if they were a caseload number, in front of the mum. Then told me I was 'just the volunteer' and should wait outside. I've never felt so small, or so angry on someone else's behalf. Some of the people in these services should not be in them.",
  r="C", u="S", why="criticism of a partner agency professional; implies the family has multi-agency involvement")
p("Slow-cooker chicken and chickpea curry (feeds two adults and two fussy four-year-olds). 4 chicken thighs, 1 tin chickpeas, 1 tin chopped tomatoes, 1 onion, 2 tbsp korma paste, a handful of spinach. Low for 6 hours. Mabel picks out the spinach, Otis picks out the chicken. Win some, lose some.",
  why="recipe; own children")
p("The girls I visit were both admitted to Medway Maritime this weekend with bronchiolitis. Maisie's out, the little one's still on high-flow. Please, if you've got a cold, don't kiss other people's babies.",
  r="N S L", why="names child; hospital and diagnosis; reveals where the family is now")
p("Bits of advice for a mum I support, since she reads this blog: stick to the routine even when it feels pointless, get the GP to check your iron levels, and don't let your mother-in-law into the flat until you're ready. You know who you are xx",
  r="A S", why="advice addressed to a supported mum via the blog; health and family tension")
p("Twins Trust's comms team have published a case study about a family in our area today – go and read it and share it, it's beautifully done (and yes, I cried). Sharing is the best way we can help.",
  why="encourages sharing an authorised case study (clause 5)")
p("Honesty post. Volunteering is not all cuddles. This month my family's benefits were stopped after a missed appointment she never got the letter for, the landlord served notice, and the twins' dad has gone back to his mum's. I went home and sat in the car for an hour. I'm writing it here because I need to put it somewhere.",
  r="S", why="supported family's benefits, eviction notice, relationship breakdown")
p("Otis lost his first tooth today! He's told everyone at school the tooth fairy is 'probably a spy'. Mabel is furious hers haven't come out yet.",
  why="own children")
p("Our charity's leadership talk a lot about 'valuing volunteers' – meanwhile we're told our expenses won't be paid for three months because of 'a system change'. Really valued, thanks.",
  r="C", why="sarcastic criticism of the organisation's leadership")
p("If you're a twin parent reading this and you're struggling right now: please don't message me, I'm not able to help through the blog. Ring Twinline on 0800 138 0509 or email asktwinline@twinstrust.org. They will listen.",
  why="correct referral, refuses to advise")

# ---------------- Margaret's blog, Notes from the Kettle (disclaimer in About) ----------------
acct("blog:notesfromthekettle.blog")
p("Forty years on the wards and now I'm retired I thought I'd have time for the garden. Instead I've got a volunteering role with Twins Trust, a WI committee and a grandson who thinks I'm a taxi. I wouldn't have it any other way.",
  why="general intro")
p("The Solway was silver this morning, the kind of light that makes you forgive Cumbria its rain. Walked from Allonby to Crosscanonby and didn't see a soul but a curlew.",
  why="walk, nature")
p("The family I sit with on Wednesdays have had a rotten week. I'll say no more than that the little girl's had another seizure and the doctors are talking about a referral to the RVI in Newcastle. Her mam is exhausted. Dad is Polish and his English is better than my Polish, which isn't saying much.",
  r="S", why="child's seizures and referral, family background - no name")
p("Eliza, if you do read this, happy first birthday pet. Your nana Margaret (well, your volunteer nana) is very proud of you.",
  r="N", why="names supported child and addresses her")
p("Rhubarb and ginger jam, from my mother's notebook: 1kg rhubarb, 1kg jam sugar, juice of 2 lemons, 50g stem ginger. Macerate overnight, boil hard to setting point. Makes six jars, or five and a spoonful for the cook.",
  why="recipe")
p("On reflection I have taken down Tuesday's post. A coordinator rightly pointed out that I had written too much about a family I support. I'm sorry. I'm still learning, at seventy-one.",
  why="acknowledged mistake and correction (clause 10)")
p("A grumble: West Cumberland Hospital car parking now costs more than my lunch. The trust should be ashamed.",
  u="C", why="hospital trust car-parking charges - general public complaint, not about a partner in the FCS context; an auditor might read it as criticism of a partner")
p("Marek Kowalski's van got towed outside the flat in Workington last night while he was up with the twins at A&E. Of all the days.",
  r="N L S", why="names supported dad by full name; town; A&E visit")
p("My grandson Harry has just passed his driving test at the third attempt. Lock up your hedges, Cockermouth.",
  why="own grandson")
p("I was asked to write about Family Crisis Support for the parish magazine. I wrote that it is the quietest kind of help: you arrive, you make a cup of tea, you hold a baby so someone can have a shower. Nobody gets a medal. That's fine.",
  why="general reflection about the service")
p("Bobbi's got her first tooth and bit me with it. I told her mam it's time to start on the teething rings in the fridge and a bit of Calpol if she's really miserable.",
  r="N A", why="names supported child; gives health advice to the mum")
p("Red squirrel on the feeder this morning! First one since October.",
  m="A red squirrel eating from a wooden bird feeder in a snowy garden",
  why="nature")
p("Family Crisis Support is recruiting in West Cumbria. If you've got a few hours and a patient nature, look at the Twins Trust website or ring Twinline on 0800 138 0509 to ask about it.",
  why="promotion, correct number")

# ---------------- Priya, staff, LinkedIn ----------------
acct("linkedin:@priya-sharma-twins")
p("Delighted to share that I've been promoted to Family Crisis Support Coordinator (Yorkshire & Humber) at Twins Trust. Grateful to my team and our incredible volunteers. #familycrisissupport #twinstrust",
  why="career news")
p("Reflecting on 12 months of Family Crisis Support in Yorkshire: 46 families supported, 31 trained volunteers, and a 92% reduction in self-reported crisis scores. Numbers only tell part of the story, but they matter. Full impact report on the Twins Trust website.",
  why="aggregate statistics, no identifiable family")
p("Proud to speak at the Perinatal Mental Health Network conference in Harrogate today on peer support for families with multiples. Thank you to Dr Helen Moss for chairing.",
  m="A woman presenting at a lectern in front of a slide titled 'Peer support for multiple-birth families'",
  why="conference, staff")
p("A case from this week that stays with me: a mother of 6-week-old twins in Hull, recently arrived from Eritrea, no recourse to public funds, discharged from hospital with no follow-up. Our volunteer found her in a hostel with one cot for both babies.",
  r="S L", u="N",
  why="highly identifying private circumstances of a supported family (city, origin, immigration status, hostel)")
p("Multi-agency working is only as strong as its weakest link. This month, one local authority partner failed to attend three consecutive case meetings. Families deserve better. I've raised it formally, but I'll say it here too.",
  r="C", why="public criticism of a partner agency by staff")
p("Hiring: we are looking for a volunteer coordinator to join our Leeds team. Part-time, hybrid. DM me for an informal chat or see the Twins Trust careers page.",
  why="recruitment; DM for job not for help")
p("Twins, triplets and more: new ONS data show multiple births have fallen to 13.9 per 1,000 maternities. What does that mean for specialist services? A short thread.",
  why="statistics")
p("Congratulations to Amara and the whole family on the safe arrival of the twins! (Posted with Amara's permission.)",
  r="N", u="S",
  why="staff names a supported mum; permission doesn't override the protocol (only planned media engagements are exempt)")
p("Grateful to the Leeds neonatal team and Leeds City Council family hubs for a genuinely joined-up week. This is what good partnership looks like.",
  why="praise of partners")
p("If a family reaches out to you asking for support, please point them to Twinline (0800 138 0509) or asktwinline@twinstrust.org. Please don't try to advise over messages, however well-meant.",
  why="reinforces the protocol, correct details")
p("After 11 hours on the M62 this week I'm convinced it's a car park with occasional movement.",
  why="traffic")
p("Leadership isn't about having all the answers. Thoughts from our team away-day at Ilkley.",
  m="A group of ten adults in waterproofs on a moor, a rocky outcrop behind them",
  why="staff away day")
