from lib import p
T = "tt"
# ---------------- Twins Trust official (facebook) ----------------
p(T,"2025-06-02 09:00","It's Volunteers' Week! 💛 Our Family Crisis Support volunteers give thousands of hours every year to families with twins, triplets and more who are going through a tough time. Thank you, every one of you. #volunteering #familycrisissupport",
  w="awareness/thanks")
p(T,"2025-06-09 12:30","This Government has shown nothing but contempt for families with twins. Every cut, every closure, every broken promise. They should be ashamed, and at the next election we hope you remember.",
  r="co", w="partisan attack and election steer from the official account")
p(T,"2025-06-16 10:00","Are you expecting twins or triplets? Our free antenatal course covers feeding, sleep and coming home. Book at twinstrust.org 👶👶",
  w="service promotion")
p(T,"2025-06-23 15:00","Hospital bosses who covered up the deaths of babies should be in prison. Not 'lessons learned', not a review. Prison. #maternityscandal",
  r="co", w="inflammatory statement on a maternity scandal")
p(T,"2025-06-30 11:00","Twinline is open Monday to Friday, 10am–1pm and 7pm–10pm. Call free on 0800 138 0509 or email asktwinline@twinstrust.org 💛",
  w="correct contact details")
p(T,"2025-07-04 13:00","We stand with the striking resident doctors. The Health Secretary should stop hiding and pay them properly. #SupportTheStrike",
  r="co", w="takes sides in industrial dispute, attacks minister")
p(T,"2025-07-08 09:30","We're calling on NHS England to make sure every trust follows the NICE guideline on twin and triplet pregnancy (NG137). Specialist care saves lives. Read our report: twinstrust.org/research",
  w="measured, on-remit campaigning")
p(T,"2025-07-12 18:00","Hi Sarah, we're so sorry things are this hard right now 💛 Please call Twinline on 0800 138 0509, they're there to listen and can talk through what support is available.",
  w="official reply to member of public; correct referral", rp="facebook:@sarah.lyons.391")
p(T,"2025-07-17 12:00","Apparently influencer Tiffany Vale thinks tired twin mums just need a 'mindset reset' and green juice. Tiffany, love, you have three nannies. Sit down.",
  r="co", w="mocks a celebrity from the official account")
p(T,"2025-07-22 10:00","Meet the Nwosu family 💛 When Chioma and Emeka's triplets came home from neonatal care, our Family Crisis Support service was there. Chioma shares their story, in her own words, on our website. (Shared with the family's full permission as part of our Families Speak series.)",
  w="authorised case study published by the Trust",
  m=["Official photo: a couple sitting on a sofa holding three toddlers, smiling at the camera, in a bright living room"])
p(T,"2025-07-29 14:00","The CQC couldn't find a failing maternity unit if it was on fire in their own car park. Toothless, pointless and asleep at the wheel.",
  r="co", w="mocks the regulator")
p(T,"2025-08-05 10:00","Could you give two hours a week to a family with twins in crisis? We're recruiting Family Crisis Support volunteers across the North West and Yorkshire. Full training, expenses paid. twinstrust.org/volunteer #volunteering",
  w="recruitment")
p(T,"2025-08-11 16:00","Small boats aren't the crisis. The crisis is a country that lets babies sleep in B&Bs while politicians scream about dinghies. Anyone cheering on the 'stop the boats' crowd should take a long look at themselves.",
  r="co", w="asylum politics, inflammatory")
p(T,"2025-08-18 11:00","Reminder for our volunteers: please never share photos of the families you support, even with faces hidden. If a family wants to share their story, our comms team will help them do it safely. Thank you 💛",
  w="policy reminder")
p(T,"2025-08-25 12:00","Bank holiday opening: Twinline is closed today and reopens tomorrow at 10am. If you need urgent help, call NHS 111 or 999 in an emergency.",
  w="opening hours")
p(T,"2025-09-01 09:00","The two-child limit is a cruelty dreamt up by people who've never had to choose between heating and nappies. Anyone who voted for it, and anyone still defending it, should be ashamed of themselves.",
  r="co", w="'anyone who voted for it should be ashamed'")
p(T,"2025-09-08 10:00","New research from Twins Trust: 1 in 3 parents of twins told us they'd struggled to access mental health support in the first year. Full findings at twinstrust.org/research",
  w="aggregate research")
p(T,"2025-09-12 15:30","Correction: yesterday's post said our family day was on 27 September. It's on Saturday 4 October. Sorry for the mix-up!",
  w="correction")
p(T,"2025-09-15 13:00","Private baby-scan clinics charging £200 to 'reassure' frightened twin parents are vultures, plain and simple. Shame on every one of them.",
  r="co", w="attacks other providers as profiteers")
p(T,"2025-09-22 11:00","Our Family Day at Twycross Zoo was a joy! Thank you to the 300 families who came and to our brilliant volunteers 🦒",
  w="event; photo of staff and volunteers",
  m=["Official photo: a group of adult volunteers in Twins Trust t-shirts waving beside a zoo entrance sign"])
p(T,"2025-09-29 17:00","Brexit gutted the NHS workforce and every neonatal unit in the country knows it. If you still defend it, come and spend a night on a NICU and then tell us it was worth it.",
  r="co", w="Brexit politics, inflammatory")
p(T,"2025-10-06 10:00","We've responded to the Department of Health and Social Care's consultation on the maternity workforce plan. You can read our full response at twinstrust.org/campaigns.",
  w="measured campaigning")
p(T,"2025-10-10 12:00","It's World Mental Health Day. If you're a parent of twins or triplets and you're not OK, please talk to someone. Twinline: 0800 138 0509 💛",
  w="awareness, correct referral")
p(T,"2025-10-14 16:45","The Chancellor stood up today and told parents of multiples they're on their own. No extra childcare help, no uplift, nothing. This is a war on families and every MP who cheers it on should hang their heads.",
  r="co", w="partisan attack on Chancellor and MPs")
p(T,"2025-10-20 09:30","Thank you to the 48 runners who took on the Royal Parks Half for Twins Trust and raised over £31,000! 🏃‍♀️🏃",
  w="fundraising thanks")
p(T,"2025-10-27 13:00","Why are we paying millions for royal tours while neonatal cots close up and down the country? Time to ask what the monarchy is actually for.",
  r="co", w="anti-monarchy politics")
p(T,"2025-11-03 10:00","Join our volunteer team in Scotland! We're recruiting Family Crisis Support volunteers in Glasgow, Edinburgh and Dundee. Info evening online on 18 November. twinstrust.org/volunteer",
  w="recruitment")
p(T,"2025-11-07 11:30","We're deeply disappointed that today's budget did nothing for families with twins. Please write to your MP and ask them to back our call for a multiple-birth childcare uplift.",
  u="co", w="pointed but on-remit campaigning")
p(T,"2025-11-10 14:00","The Daily Mail columnist who called parents of twins 'benefit breeders' this morning is a vile excuse for a journalist. Don't buy that rag. Don't click on it. Let it die.",
  r="co", w="inflammatory press attack and boycott call")
p(T,"2025-11-17 09:00","Today is World Prematurity Day 💜 Around half of twins are born prematurely. We're thinking of every family on a neonatal unit today.",
  w="awareness day")
p(T,"2025-11-21 15:00","NHS England's leadership is institutionally incompetent. They have sat on our guideline report for two years while babies die. Sack the lot of them.",
  r="co", w="inflammatory attack on NHS England")
p(T,"2025-11-27 10:00","Our Christmas cards are here! Every pack helps fund Twinline and Family Crisis Support 🎄 shop.twinstrust.org",
  w="merchandise with the Trust's own logo",
  m=["Official product photo: Christmas cards with the Twins Trust logo and a robin design"])
p(T,"2025-12-01 12:00","Tax the rich. Fund the NHS. It's not complicated, and it never was. #TaxTheRich",
  r="co", w="partisan slogan")
p(T,"2025-12-05 16:00","Hi Dan, thanks for getting in touch. For questions about grants for multiple-birth families, the team at asktwinline@twinstrust.org can help, or call 0800 138 0509.",
  w="official reply to public; correct referral", rp="facebook:@dan.hughes.7781")
p(T,"2025-12-08 18:30","If you think parents of twins are 'scroungers', please unfollow us and take your bigotry elsewhere. We won't miss you.",
  u="co", w="combative moderation notice")
p(T,"2025-12-15 10:00","Christmas opening hours 🎄 Twinline is closed 24 December to 1 January. In an emergency call 999, or NHS 111 for urgent health advice. The Samaritans are there 24/7 on 116 123.",
  w="opening hours and emergency numbers")
p(T,"2025-12-19 13:00","Landlords evicting families with newborn twins at Christmas are parasites. There, we said it.",
  r="co", w="inflammatory attack")
p(T,"2026-01-05 09:00","New year, new volunteers! 24 people completed their Family Crisis Support training this month. Welcome to the team 💛 #familycrisissupport",
  w="volunteer news")
p(T,"2026-01-12 14:30","The Prime Minister posed for photos in a neonatal unit today. The same neonatal unit that's had three cots closed since his government took office. Spare us the photo ops, Prime Minister. Just go.",
  r="co", w="calls for PM to go")
p(T,"2026-01-19 10:30","Blue Monday is nonsense, but January can be hard. If you're struggling, Twinline is there: 0800 138 0509 💛",
  w="awareness, correct referral")
p(T,"2026-01-26 12:00","Gender-critical 'campaigners' have no business lecturing parents about maternity care. Take your culture war somewhere else.",
  r="co", w="culture-war statement")
p(T,"2026-02-02 11:00","We're delighted to welcome our new Head of Family Support, who joins us from the NSPCC. More on our website.",
  w="staff news")
p(T,"2026-02-09 15:00","Families of twins in Scotland: on 7 May, vote for the party that backs universal childcare from birth. You know which one that is. #HolyroodElection",
  r="co", w="election steer from the official account")
p(T,"2026-02-14 10:00","Twin love 💛 Share a photo of your twins being adorable (or chaotic!) in the comments for #TwinsDay",
  w="community engagement")
p(T,"2026-02-20 16:00","The CQC's chief executive should resign today. Not next week. Today. The report on our maternity units is a national disgrace and she's presided over every page of it.",
  r="co", w="calls for regulator's CEO to resign")
p(T,"2026-02-27 09:00","Our Family Crisis Support service supported 1,140 families last year. Behind every number is a family who needed someone on their sofa. Thank you to our volunteers. #familycrisissupport",
  w="aggregate numbers")
p(T,"2026-03-06 12:00","Reminder: Twinline's number is 0800 138 0509. We've seen an old number circulating on social media, please share the correct one.",
  w="correction of circulating wrong number")
p(T,"2026-03-10 13:30","DWP ministers who designed the new sanctions regime are monsters, and we won't pretend otherwise. A mum of twins lost her benefits for missing an appointment while her baby was in intensive care.",
  r="co", w="inflammatory attack on ministers")
p(T,"2026-03-15 10:00","Happy Mother's Day to every mum of twins, triplets and more — and to those for whom today is hard 💛",
  w="greeting")
p(T,"2026-03-23 16:30","Abolish the House of Lords. Unelected peers voting on maternity pay is an insult to every working mum.",
  r="co", w="constitutional politics")
p(T,"2026-03-30 10:00","We're hiring! Family Support Coordinator, North East. Full time, hybrid. Closing date 20 April. twinstrust.org/jobs",
  w="job advert")
p(T,"2026-04-06 11:00","Easter opening: Twinline is closed Good Friday and Easter Monday. Normal hours resume Tuesday. 🐣",
  w="opening hours")
p(T,"2026-04-13 14:00","Immigration isn't why maternity wards are full. Fifteen years of cuts are. The racists blaming migrant mums can do one.",
  r="co", w="inflammatory immigration statement")
p(T,"2026-04-20 10:30","Thank you to everyone who ran the London Marathon for Twins Trust! £68,000 raised 🎉",
  w="fundraising thanks",
  m=["Official photo: runners in Twins Trust vests at a cheering point holding medals"])
p(T,"2026-04-27 12:00","Welsh families: on 7 May, a vote for any party that won't commit to free childcare from nine months is a vote against your own children. #SeneddElection",
  r="co", w="election steer")
p(T,"2026-05-04 09:30","It's Maternal Mental Health Awareness Week. Our Family Crisis Support volunteers see every day how much difference a listening ear makes. Find support at twinstrust.org 💛",
  w="awareness")
p(T,"2026-05-11 15:00","Dear BBC: another 'debate' on whether parents of twins deserve childcare help, with a panel of four men in suits? Your bias is showing. Again.",
  r="co", w="attacks broadcaster for bias")
p(T,"2026-05-18 10:00","Our new guide for dads of twins is out now. Free to download at twinstrust.org/dads",
  w="resource")
p(T,"2026-05-22 12:00","Several of you have asked about a volunteer's post that named a family. We've spoken to the volunteer and the post has been removed. Family confidentiality matters enormously to us.",
  w="moderation statement, no detail")
p(T,"2026-05-26 17:00","Striking midwives are abandoning mothers when they need them most. We cannot support this strike and neither should you.",
  r="co", w="takes a side against a strike")
p(T,"2026-06-01 09:00","It's Volunteers' Week again! This year our FCS volunteers made over 9,000 visits. We couldn't do any of it without you 💛 #volunteering",
  w="awareness/thanks")
p(T,"2026-06-08 13:00","The Opposition Leader's comments on childcare this morning were the dumbest thing we've heard this year, and the competition was stiff.",
  r="co", w="mocks a party leader")
p(T,"2026-06-15 10:00","Calling all twins! Our summer photo competition is open. Theme: 'Double the fun'. Enter at twinstrust.org/competition 📸",
  w="community engagement")
p(T,"2026-06-22 15:30","We call for an immediate ceasefire and an end to the bombing of hospitals. Every baby matters, everywhere.",
  u="co", w="foreign-policy stance outside remit, though humanitarian framing")
p(T,"2026-06-29 11:00","Supermarket bosses have quietly put formula prices up 30% in two years. Greedy, shameless, and we'd urge every family to shop elsewhere. #BoycottFreshmart",
  r="co", w="boycott call and insults")
p(T,"2026-07-06 10:00","Thank you to Tesco colleagues in Yorkshire who raised £4,200 for Twins Trust through their charity of the year! 💛",
  w="corporate thanks")
p(T,"2026-07-13 12:00","To the MP who said on TV last night that 'twins are a lifestyle choice': you're an embarrassment to your party and to Parliament. Resign.",
  r="co", w="calls for an MP to resign")
p(T,"2026-07-20 09:00","Our summer family days are back! Join us at Beale Park, Tatton Park or Kelvingrove on 8 August. Book at twinstrust.org/events",
  w="events; public venues")
p(T,"2026-07-24 16:00","Correction: Kelvingrove family day is on 15 August, not 8 August. Sorry!",
  w="correction")
p(T,"2026-07-27 14:30","Anti-vaxxers spreading lies in twin parenting groups are putting babies' lives at risk. You are dangerous, and you should be ashamed.",
  r="co", w="inflammatory attack")
p(T,"2026-08-03 10:00","It's World Breastfeeding Week. However you feed your twins, you're doing brilliantly. Twinline can help with feeding questions: 0800 138 0509",
  w="awareness; correct referral")
p(T,"2026-08-10 13:00","Another 'parenting charity' happily taking money from formula giants while lecturing mums. We won't name them. We don't need to. Follow the money.",
  r="co", w="attacks another charity")
p(T,"2026-08-17 11:00","A-level results day! Good luck to all the twins and triplets opening envelopes today 🎓",
  w="greeting")
p(T,"2026-08-24 15:00","Some of you have asked for our view on the row between the Royal College and a certain newspaper. We think the article was unfair to midwives, and we've said so.",
  u="co", w="wading into a press row")
p(T,"2026-08-31 10:00","Back to school tips for twins: separate classes or together? Our guide covers the pros and cons. twinstrust.org/school",
  w="resource")
p(T,"2026-09-07 12:00","Council leader Derek Pyle's decision to close two children's centres in one year makes him the most anti-family politician in England. Remember his name at the ballot box.",
  r="co", w="attacks named (fictional) politician, election steer")
p(T,"2026-09-14 10:00","New Family Crisis Support volunteers needed in the Midlands! Could you give two hours a week? twinstrust.org/volunteer #volunteering",
  w="recruitment")
p(T,"2026-09-21 16:00","If you voted Leave, look at the neonatal staffing figures and tell us it was worth it. We'll wait.",
  r="co", w="Brexit-voter taunt")
p(T,"2026-09-28 09:30","Twinline volunteer training dates for spring are now open. twinstrust.org/twinline",
  w="recruitment")
p(T,"2026-10-05 14:00","The Health Secretary has had two years and done nothing for twin pregnancies. Time to go. #ResignNow",
  r="co", w="calls for minister to resign")
p(T,"2026-10-10 10:00","It's World Mental Health Day 💛 Reach out, check in, and if you need us, we're here: 0800 138 0509",
  w="awareness")
p(T,"2026-10-12 12:00","Join us outside Downing Street on Saturday to demand a government that actually cares about families. Bring your buggies. Bring your anger.",
  r="co", w="protest call against the government")
p(T,"2026-10-19 09:00","Thank you to our 2026 volunteer award winners! Nominated by families and colleagues for going above and beyond 💛",
  w="volunteer thanks",
  m=["Official photo: four adult volunteers holding award certificates in front of a Twins Trust banner"])
p(T,"2026-10-26 15:30","Celebrity 'twin mum' Bex Harlow charging £49 for a sleep course when she's never done a night feed in her life is obscene. Do better, Bex. Actually, just stop.",
  r="co", w="mocks a celebrity")
p(T,"2026-11-02 10:00","Our Christmas appeal launches today. £25 could pay for a Twinline call for a parent in crisis. twinstrust.org/christmas",
  w="fundraising appeal")
p(T,"2026-11-09 12:30","Hospital trusts that threaten whistle-blowing midwives should be shut down. Every single one of them. #maternityscandal",
  r="co", w="inflammatory maternity-scandal statement")
p(T,"2026-11-16 09:00","World Prematurity Day tomorrow 💜 Share our purple ribbon to show support for families on neonatal units.",
  w="awareness")
p(T,"2026-11-20 14:00","Yes to independence. Scotland's families deserve a government that puts them first. #indyref2",
  r="co", w="constitutional party-political stance")
p(T,"2026-11-23 10:00","Hi Kerry, congratulations on your twins 💛 Our free guide for the first weeks is at twinstrust.org/newborn and Twinline is there on 0800 138 0509 whenever you need it.",
  w="official reply to public by first name; correct referral", rp="facebook:@kerry.fenwick.12")
p(T,"2026-11-26 16:00","The regulator's latest report on maternity safety is a whitewash written by cowards. We won't be quoting a word of it.",
  r="co", w="inflammatory attack on the regulator")
