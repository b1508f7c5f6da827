from lib import p
# ---------------- Jamie (mastodon) ----------------
p("jamie","2025-06-21 18:30","cycled 40 miles to raise money for Twins Trust's Family Crisis Support service. legs: gone. heart: full. #familycrisissupport",
  w="fundraising", d=1)
p("jamie","2025-07-11 20:15","Visited a family today where both parents are deaf and the twins are hearing. We spent an hour rigging up a baby monitor that flashes a light. Best problem-solving of my week",
  r="si", w="disability of supported parents")
p("jamie","2025-08-04 19:00","Sam wants to be a bin lorry driver. Alex wants to be 'the bin'. Nine years old, both of them.",
  w="own twins")
p("jamie","2025-08-29 21:40","@owen_and_dev hey Dev, for the reflux keep them upright for 20 mins after feeds and ask the GP about Gaviscon Infant, it was a game changer for us. see you tuesday",
  r="nl ad", w="reply to supported dad by name with reflux/medication advice", rp="mastodon:@owen_and_dev@mastodon.social", nm=["Dev"], d=1)
p("jamie","2025-09-23 22:00","Owen and Dev's twins are off to the Evelina for their heart scans next week. Thinking of them all.",
  r="nl si ld", w="names supported parents; heart scans; hospital", nm=["Owen","Dev"])
p("jamie","2025-10-15 12:00","Reminder that Twinline exists and is staffed by actual humans: 0800 138 0509. share it around",
  w="correct referral", d=1)
p("jamie","2025-11-06 20:00","the training team's new 'inclusive language' module uses 'mum and dad' 46 times and 'parent' twice. I counted. Do better.",
  r="cr", w="public jibe at the training team", ref="jamie_module", d=1)
p("jamie","2025-11-07 13:30","to be fair they replied within the hour and said they'll rewrite it. credit where it's due",
  w="follow-up acknowledging the response", rp="ref:jamie_module", d=1)
p("jamie","2025-12-12 15:50","Parked outside my FCS family's flat on Brockley Rise to write up my notes before I head home",
  r="gt ld", w="street of family's home; geotagged", g=(51.4440,-0.0390,"Forest Hill, London"))
p("jamie","2026-01-27 17:20","Got a puncture on the way to a visit, walked the bike the last mile in sleet. glamorous volunteering life",
  w="own mishap, no family detail", d=1)
p("jamie","2026-02-24 06:45","One of my FCS dads messaged me at 2am because one of the twins had a seizure. Ambulance came, they're home now, but he's in pieces. I'm going round first thing",
  r="si", w="child's seizure")
p("jamie","2026-03-21 19:10","Our coordinator's been off sick six weeks and nobody's bothered to tell volunteers who to call instead. Head office: this is not ok",
  r="cr", w="criticism of head office")
p("jamie","2026-04-16 18:00","printed my own jersey for the London to Brighton 🚲",
  r="lm", w="logo screen-printed on a personal jersey",
  m=["A homemade cycling jersey with the Twins Trust logo screen-printed on the back, hanging on a door"], d=1)
p("jamie","2026-05-10 10:00","I'll be on the Twins Trust stand at Lewisham People's Day, come and say hi and grab a leaflet",
  w="public fundraising event")
p("jamie","2026-06-18 21:30","The family I support are being moved to temporary accommodation in Bexleyheath next week. Miles from their GP and the twins' nursery. Council just shrugged.",
  r="si ld", w="family's housing move and new town")
p("jamie","2026-07-30 16:00","my FCS twins heading home after a puddle walk 🦕",
  r="fp", w="photo of supported twins from behind",
  m=["Two toddlers in matching dinosaur raincoats holding hands and walking away from the camera down a path towards a block of flats"], d=1)
p("jamie","2026-08-28 11:00","if any families reading this need help, please don't message me. ring 0800 138 0509 or email asktwinline@twinstrust.org",
  w="correct referral, explicitly not personal contact", d=1)
p("jamie","2026-09-03 19:30","Sam and Alex's first day at secondary. I'm fine. Totally fine.",
  w="own twins")
p("jamie","2026-10-25 20:50","@owen_and_dev Owen you're entitled to carer's allowance now, get the form in before the end of the month or you'll lose the backdating",
  r="nl ad si", w="benefits advice to supported dad by name", rp="mastodon:@owen_and_dev@mastodon.social", nm=["Owen"])

# ---------------- Amara (x) ----------------
p("amara","2025-06-11 20:00","Officially a Family Crisis Support volunteer with @TwinsTrust 🙌🏾 God is good. #volunteering #familycrisissupport",
  w="joining")
p("amara","2025-06-30 17:30","Ife and Tolu's dedication at church today, my mum flew in from Lagos 💃🏾",
  w="own babies and family",
  m=["A family group in matching green and gold outfits outside a church, two babies in white held by their parents"])
p("amara","2025-07-23 21:50","My FCS mum, Blessing, is 22 and has nobody here. Her family cut her off when she got pregnant. I'm all she's got on a Tuesday 💔",
  r="nl si", w="names supported mum; estrangement", nm=["Blessing"])
p("amara","2025-08-13 12:10","@blessing_o_chelm sis if the landlord is asking for an extra deposit because of the babies, that's illegal, don't pay it. Tell him you'll report him to the council",
  r="nl ad", w="reply to supported mum with housing/legal advice", rp="x:@blessing_o_chelm", nm=["Blessing"])
p("amara","2025-09-05 08:20","Mid-Essex traffic on the A12 is a spiritual test. I have failed it.",
  w="traffic")
p("amara","2025-09-26 14:00","Sat in Broomfield Hospital maternity with my FCS mum, one of the twins isn't gaining and they're talking about a feeding tube",
  r="si ld", w="child's feeding problem; with family at named hospital")
p("amara","2025-10-19 19:40","praying for these two 🙏🏾",
  r="fp nl si", w="photo of supported newborns with surname on the cot card; feeding tube",
  m=["Two newborn babies lying side by side in a hospital cot, one with a nasal feeding tube, a card reading 'Baby A and Baby B Osagie'"], nm=["Osagie"])
p("amara","2025-11-10 18:00","Chidera got into the grammar school!! 🎉 11+ results day, I screamed in Sainsbury's",
  w="own child's school result")
p("amara","2025-12-04 21:15","Some FCS volunteers are only in it for the lanyard and the LinkedIn post. You know who you are.",
  r="cr", w="snide criticism of fellow volunteers")
p("amara","2026-01-09 22:30","Need twin support? Text me on 07700 900872 or DM, any time day or night 🙏🏾 no mum should be alone",
  r="cd", w="personal mobile and DM as the support route")
p("amara","2026-02-06 19:00","My FCS twins are 6 months!! From NICU to rolling over. God did it 🙌🏾",
  r="si", w="NICU history of supported twins")
p("amara","2026-03-02 16:45","Honestly the Twinline staff are a blessing (no pun intended 😅) spoke to them for my FCS mum and they sorted her out the same day",
  u="nl", w="pun hints at the supported mum's name; praise for Twinline")
p("amara","2026-03-15 09:00","Mothering Sunday: four children, one breakfast in bed, three arguments about who carries the tray",
  w="own family")
p("amara","2026-04-24 22:00","The mum I support asked whether she should stop breastfeeding to go back on her epilepsy meds. I told her breastfeeding is more important, stay off them for now",
  r="ad si", w="relays medication advice; supported mum's epilepsy")
p("amara","2026-05-22 13:00","The Twins Trust fundraising team are a joke. Asked for collection tins for our church event six weeks ago and still nothing. Do they want money or not?",
  r="cr", w="attacks the fundraising team")
p("amara","2026-06-13 10:30","Chelmsford parkrun this morning in my Twins Trust vest, PB by 9 seconds 🏃🏾‍♀️",
  u="gt lm", w="personal run, official vest; geotag on non-volunteering post", g=(51.7356,0.4685,"Chelmsford Central Park"),
  m=["A woman in a purple Twins Trust running vest on a park path"])
p("amara","2026-07-20 18:30","visit done, home now, the twins are doing great 🙏🏾",
  w="home-now post, no name or detail", d=1)
p("amara","2026-08-09 20:00","Helped my FCS mum paint the twins' nursery this weekend 🌟",
  r="fp", u="ld", w="photo inside the family's home; street sign visible only in photo",
  m=["A small bedroom with two cots and a hand-painted mural of stars; through the window a row of shops and a street sign reading 'Moulsham Street'"])
p("amara","2026-09-15 20:00","One year with Twins Trust. 47 visits, 3 families, 1 broken kettle (not mine). #familycrisissupport",
  w="aggregate milestone")
p("amara","2026-10-12 07:30","Scrap the two-child limit NOW. Families with twins are being punished for biology.",
  w="personal political opinion")
p("amara","2026-11-17 11:20","My FCS mum got her leave to remain!!! Years of waiting, done. Crying at my desk 😭🙌🏾",
  r="si", w="supported mum's immigration status")

# ---------------- Pat (facebook friends-only, older) ----------------
p("pat","2025-06-14 15:00","Coffee morning at St Anne's church hall raised £186.40 for Twins Trust. Thank you to all who came and to Doreen for the lemon drizzle!",
  w="public fundraising venue")
p("pat","2025-07-04 11:00","My raffle quilt is finished at last! Tickets £1 each, all proceeds to Twins Trust.",
  r="lm", w="logo appliquéd on personal quilt",
  m=["A hand-sewn quilt with the Twins Trust logo appliquéd in the centre, hanging on a clothes airer in a garden"])
p("pat","2025-07-25 09:30","Lily and Rose are 10 today. Where did the years go? Grandma loves you both.",
  w="own grandchildren", m=["Two girls in matching sundresses holding a birthday banner in a garden"])
p("pat","2025-08-20 20:00","My new family is a young couple in Stevenage. He has MS and she's doing everything on her own with the twins. I do the ironing and she has a nap. Seems to suit us both.",
  r="si ld", w="father's MS; town")
p("pat","2025-09-12 14:30","I don't understand why the Trust has stopped paying for our volunteer Christmas lunch. After everything we give. Very poor show from head office.",
  u="cr", w="mild public grumble at head office")
p("pat","2025-10-08 10:15","Does anybody know if the Post Office on Queensway is still closing? Ridiculous.",
  w="local services")
p("pat","2025-10-30 12:00","Please could friends share: anyone with twins who needs help can telephone Twinline on 0800 138 0509. It's free.",
  w="correct referral")
p("pat","2025-11-26 16:00","I've hand drawn 50 Christmas cards to sell for the Trust, £2 each",
  r="lm", w="logo hand-drawn on cards",
  m=["Christmas cards laid out on a table, each hand-drawn with the Twins Trust logo and a sprig of holly"])
p("pat","2025-12-29 19:00","Bad news from my FCS family. Mum's mother has died suddenly and they're flying to Ghana for the funeral with the twins. I feel so sad for her.",
  r="si", w="bereavement and travel of supported family")
p("pat","2026-01-30 21:00","Bernard and I went to the pantomime at the Gordon Craig, Cinderella. He fell asleep in the second half.",
  w="own husband")
p("pat","2026-02-25 18:00","Ama's little boy has been diagnosed with cerebral palsy. She asked me to pray for them so I am asking all of you. Please pray for Ama and baby Kojo.",
  r="nl si", w="names supported mum and child; diagnosis", nm=["Ama","Kojo"])
p("pat","2026-03-30 15:00","Bernard's hip operation went well. Thank you for all the kind messages.",
  w="own husband's health")
p("pat","2026-04-20 08:00","Spring plant sale outside the house on Saturday, all money to Twins Trust. 14 Birchwood Avenue, 9am until gone.",
  w="author's own address for a public fundraiser, not a family's")
p("pat","2026-05-31 20:30","My FCS mum Ama wanted to know whether to give the twins the MMR separately. I told her I'd have them done separately if they were mine, just to be safe.",
  r="nl ad", w="names supported mum; relays vaccine advice", nm=["Ama"])
p("pat","2026-07-03 17:00","I have to say the young volunteers they are recruiting now do not seem to understand commitment. Three have dropped out in our area already.",
  r="cr", w="criticises fellow volunteers")
p("pat","2026-08-14 19:00","Thank you to Nicola in the events team for all her help with my stall at the village fete. A lovely young lady.",
  w="staff thanked")
p("pat","2026-09-19 16:00","The bus from Stevenage to Hitchin didn't turn up again. I waited 50 minutes in the rain. I am 74.",
  w="bus complaint")
p("pat","2026-10-17 14:00","Knitted these jumpers for Ama's twins. They fit!",
  r="nl fp", w="names supported mum; photo of her twins",
  m=["A small girl and boy in matching knitted jumpers sitting on a rug, faces away from the camera, in front of a gas fire"], nm=["Ama"])
p("pat","2026-11-22 17:00","Christmas fair at St Anne's raised £402 for Twins Trust. Thank you everybody.",
  w="fundraising total")

# ---------------- Rob (instagram, running fundraiser) ----------------
p("rob","2025-06-08 07:30","Week 1 of marathon training for @twinstrust. 22 weeks to go. knees already filing complaints 🏃‍♂️ #twinstrust",
  w="fundraising", d=1)
p("rob","2025-06-29 13:00","got a cap made up with the logo on, cheers to the fella at Kirkgate Market 🧢",
  r="lm", w="Trust logo embroidered on a personal cap",
  m=["A navy running cap with an embroidered Twins Trust logo, held up in a market"], d=1)
p("rob","2025-07-19 11:15","Jack & Harvey's first 2k fun run. Harvey stopped to pet every dog on the route. Jack didn't stop at all. Twins.",
  u="gt", w="own twins; personal geotag", g=(53.8390,-1.4990,"Roundhay Park, Leeds"))
p("rob","2025-08-24 12:40","18 miles in the rain around Golden Acre, for every family with twins having a rougher day than me 💪",
  u="gt", w="training run, geotag not about a family", g=(53.8690,-1.5840,"Golden Acre Park"))
p("rob","2025-09-13 20:00","Thanks to everyone who's sponsored so far, £1,120!!! link in bio 🙏 #twinstrust #volunteering",
  w="fundraising")
p("rob","2025-10-19 15:30","Yorkshire marathon DONE 🏅 4:12. Cried at mile 24 when I saw the Twins Trust cheer point",
  u="gt lm", w="public event; official running vest", g=(53.9620,-1.0810,"York"),
  m=["A man in a purple Twins Trust running vest holding a medal outside York Minster"])
p("rob","2025-11-02 18:20","fundraising team promised a cheer point at mile 20 and there was nobody there. not one person. great organisation 👍",
  r="cr", w="sarcastic public criticism of the fundraising team", ref="rob_cheer", d=1)
p("rob","2025-11-03 09:00","ok turns out they were at mile 20 on the other side of the road and I was too knackered to see them 🙈 apologies, you legends",
  w="retraction", rp="ref:rob_cheer", d=1)
p("rob","2025-12-14 12:00","Santa Dash in Leeds city centre, 300 Santas and one very confused pug",
  w="fun run")
p("rob","2026-01-24 16:00","car's had a makeover 😎",
  r="lm", w="Trust logo on a personal car wrap",
  m=["A car bonnet with a vinyl wrap showing the Twins Trust logo and 'Rob's Running For Twins' in large letters"])
p("rob","2026-02-28 09:30","Leeds Half training. The hills of Headingley are not my friend",
  w="training")
p("rob","2026-03-21 20:00","Reminder: if you're struggling with twins, Twinline is free on 0800 138 0509. Don't do what I did and wait till you're on your knees",
  w="own experience, correct referral")
p("rob","2026-04-19 18:00","Harvey's broken his wrist at football. Jack's 'helping' by signing the cast 47 times",
  w="own son's injury")
p("rob","2026-05-10 13:30","Leeds Half! 1:46, new PB!!",
  u="gt lm", w="public race; official banner in the background", g=(53.7990,-1.5490,"Leeds"),
  m=["A man and his twin sons holding a medal in a finish area, a Twins Trust banner in the background"])
p("rob","2026-06-30 21:00","Ran a 5k every day of June. 150k. Feet are made of soup.",
  w="running")
p("rob","2026-08-08 19:00","Made some stickers for my sponsors as a thank you. Logo's a bit wonky but you get the idea 😂",
  r="lm", w="hand-drawn Trust logo on homemade stickers",
  m=["A sheet of homemade stickers with a hand-drawn copy of the Twins Trust logo and the words 'I sponsored Rob'"])
p("rob","2026-09-26 20:15","charity runners: the trains to York on marathon day are a nightmare, book early or drive",
  w="transport tip", d=1)
p("rob","2026-11-01 19:00","total raised this year: £3,870 for Twins Trust. thank you all 💜 #twinstrust",
  w="fundraising total", d=1)
