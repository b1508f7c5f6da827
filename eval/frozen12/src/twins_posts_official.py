from twins_lib import acct, p

# ---------------- official X ----------------
acct("x:@TwinsTrust")
p("Winter can feel endless when you've got two (or three!) under two and no sleep. If things are getting on top of you, Twinline is free and confidential: 0800 138 0509, or email asktwinline@twinstrust.org 💙 #familycrisissupport",
  why="correct official contact details")
p("Our offices in Aldershot are closed today because of Storm Bronagh. Twinline is still answering calls as normal from home – stay safe everyone 🌧️",
  why="weather / office closure, no family")
p("Families of multiples are hit twice as hard by the two-child limit. Today we're joining other charities to ask the Chancellor to scrap it in next month's Budget. Retweet if you agree. #ScrapTheLimit",
  u="P", why="campaigning on benefit policy from an official account; Twins protocol has no clause on political posts")
p("Hi Sam, we're really sorry things are so hard at the moment. Please give Twinline a ring on 0800 138 0509 (free from mobiles too) or have a look at twinstrust.org/fcs – someone will talk it through with you.",
  rep="x:@samwise_mum", why="reply to public, correct referral")
p("Need a listening ear tonight? Call Twinline on 0800 138 0590, we're here until 10pm.",
  r="D", why="official number mistyped (0590 not 0509) when referring people for help")
p("Huge well done to Team Twins at the Great North Run! 42 runners, £18,300 raised and only one blister emergency 🏃‍♀️🏃‍♂️",
  m="Group of about twenty adult runners in matching purple Twins Trust running vests with the charity logo, holding medals on a grassy field",
  why="official fundraising photo, adult runners, logo on own account")
p("We're hiring! Family Crisis Support Practitioner, North West, 30 hrs/week. If you've got a social work or health visiting background and a big heart, we'd love to hear from you. Closing date 12 Jan.",
  why="job advert")
p("New research from our Maternity Engagement team: 1 in 3 parents of twins say they felt isolated in the first year. That's why Family Crisis Support exists. Read the report 👉 twinstrust.org/research",
  why="research, no family detail")
p("This government has cut Sure Start to the bone and families with twins are paying the price. Shameful. #CostOfLiving",
  u="P", why="party-political tone from official account; no Twins clause on official political posts")
p("Christmas opening hours: Twinline is closed 25th and 26th Dec and open 10am-1pm every other day until 2 Jan. If a child is in danger, always call 999.",
  why="opening hours")
p("@kezzbell99 Thanks Kerry, we've sent you a DM with some info about our local groups 😊",
  rep="x:@kezzbell99", why="reply to public, not an FCS family, no advice")
p("Every one of our #FamilyCrisisSupport volunteers gives up around 2 hours a week to sit alongside a family when it matters most. Fancy joining them? twinstrust.org/volunteer #volunteering #twinstrust",
  why="volunteer recruitment")
p("Meet the Adeyemi family. When mum Tolu was struggling after the twins came home from NICU, our FCS team stepped in. Tolu and Femi have kindly shared their story as part of our #TwinsTrustStories campaign – read it on our website.",
  why="authorised case study (planned media engagement) from official account - policy exception")

# ---------------- official Facebook ----------------
acct("facebook:@TwinsTrustUK")
p("Could you spare a couple of hours a week? Our Family Crisis Support service is looking for volunteers in Cardiff, Belfast, Norwich and Leeds. Full training given, and yes, there will be biscuits. 🍪 Find out more at twinstrust.org/volunteer",
  why="recruitment")
p("What a day at our new-volunteer training in Birmingham! Thank you to all 16 of you for your energy and questions.",
  m="Adults sitting round tables in a bright training room, a pull-up banner with the Twins Trust logo at the front and a flipchart",
  why="official photo of adult trainees, no family")
p("Twins Trust Family Fun Day is ON this Sunday at Cannon Hill Park, 11am-3pm. Face painting, twin-spotting quiz and a bouncy castle. Free entry, all families welcome!",
  geo={"lat": 52.4538, "lon": -1.9005, "place_name": "Cannon Hill Park, Birmingham"},
  u="G", why="official public event geotag; no family location; clause 3 is about volunteering with a family")
p("We're proud to stand with refugee families. Please sign the petition calling on the Home Secretary to reverse the new family reunion rules.",
  u="P", why="controversial/political from official account, no Twins clause")
p("Hi Shannon, we're sorry to hear the nights are so tough. We can't give individual advice over Facebook, but Twinline can talk it through properly: 0800 138 0509 or asktwinline@twinstrust.org 💙",
  rep="facebook:@shannon.m.1991", why="declines to advise, refers correctly; commenter names herself")
p("So glad Family Crisis Support has made a difference, Gemma – thank you for letting us know, and give those two a squeeze from us! 💜",
  rep="facebook:@gemma.louise.w", u="N S",
  why="official reply confirms publicly that the commenter is an FCS family; she disclosed it herself")
p("This Christmas, £25 could pay for a volunteer's travel to visit a family in crisis for a month. Please give what you can: twinstrust.org/christmas",
  why="appeal, no family detail")
p("Watch Laura and Dev's story. When their twins were born at 29 weeks, things fell apart. Filmed with the family as part of our Family Crisis Support film.",
  m=[("Still from the Twins Trust case-study film: a couple on a sofa with toddler twins on their laps, Twins Trust logo in the top corner", "video")],
  u="F", why="authorised case-study film (planned media) - exception applies but a coordinator might still check")
p("A big thank you to Leeds Teaching Hospitals neonatal team for hosting our drop-in sessions this spring. Partnership working at its best.",
  why="thanks to partner")
p("The Prime Minister promised to end child poverty. Two years on, families with twins are worse off than ever. Time to act, not talk.",
  u="P", why="political from official page; no clause")
p("Our Aldershot charity shop has a rail of twin outfits in – 0-3 months to age 4, all £2 each! Pop in and say hello to Marjorie.",
  why="shop, staff volunteer name")
p("Correction: yesterday's post listed the wrong email address. The right one is asktwinline@twinstrust.org – sorry for any confusion.",
  why="acknowledged correction with correct contact (clause 10)")

# ---------------- official Instagram ----------------
acct("instagram:@twinstrust_fcs")
p("You are not alone. 💙 #familycrisissupport #twinstrust",
  m="Purple quote card reading 'You are not alone' with the Twins Trust logo at the bottom",
  why="official graphic, own logo")
p("Meet Priya, our FCS Coordinator for Yorkshire! Priya's been with us 4 years and makes the best flapjack in the building.",
  m="A smiling woman in a purple lanyard holding a tray of flapjack in an office kitchen",
  why="staff spotlight")
p("Volunteer spotlight: Gary has been driving families to appointments across South Yorkshire since 2027. Thank you Gary! 🚗",
  m="An older man in a flat cap leaning against a silver hatchback, giving a thumbs up",
  why="volunteer spotlight, no family")
p("Batch-cook hack for tired parents: double your bolognese, freeze half in ice cube trays for weaning. Little wins. #twinlife",
  m="Ice cube trays filled with tomato sauce on a kitchen counter",
  why="recipe tip to general followers, not to a family")
p("It's TTTS Awareness Day. Twin-to-twin transfusion syndrome affects around 10-15% of identical twin pregnancies that share a placenta. Our specialist midwives are here to help.",
  why="health awareness, general")
p("Happy Pride from all of us at Twins Trust 🏳️‍🌈 Every family is welcome here.",
  m="Twins Trust logo recoloured in rainbow stripes",
  u="P", why="could be seen as a stance by some; no clause - unsure at most")
p("Little feet, big milestones 👣 Thank you to one of our FCS families for letting us share this.",
  m="Close-up of two pairs of baby feet side by side on a blue blanket",
  u="F", why="photo of a supported family's twins posted by the organisation; not clearly a planned media engagement")
p("Our #volunteering team in Norwich raised £640 with a bake sale at the Forum yesterday. Lemon drizzle sold out in 20 minutes 🍋",
  m="A trestle table covered with cakes and a handwritten price list",
  why="fundraising, no family")
p("@jess.k.mama we're so sorry it's been a rough week. Please call Twinline free on 0800 138 0509 – they're lovely, promise 💙",
  rep="instagram:@jess.k.mama", why="correct referral")
p("Cheer point ready! Find us at Mile 20 of the London Marathon, we're the ones with the giant purple hands 💜",
  geo={"lat": 51.5055, "lon": -0.0235, "place_name": "Canary Wharf, London"},
  m="Volunteers in purple T-shirts holding giant foam hands next to a Twins Trust banner",
  u="G", why="official event geotag, no family")
p("Stock photo used with licence – models pictured. Twins Trust has free sleep guides for every age on our website. #twinlife",
  m="Stock photo of two toddlers in pyjamas asleep on a large bed",
  why="licensed stock image with models, not an FCS family")
