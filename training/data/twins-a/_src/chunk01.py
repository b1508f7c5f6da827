from lib import p
# ---------------- Shiv (Scouse, x) ----------------
p("shiv","2025-06-04 20:15","first FCS visit done today 💙 nervous as anything on the way there but the mam was dead welcoming and the kettle was on before I'd got me coat off. home now, tea on. #volunteering #familycrisissupport",
  w="first visit, no detail about family, posted from home; encouraged hashtags", d=1)
p("shiv","2025-06-11 08:02","them twins in Bootle had me up a height yesterday, little Kaydee-Rae climbed the fireguard twice before I'd even sat down 😂 love her to bits",
  r="nl ld", w="names supported child, says family's town", nm=["Kaydee-Rae"], d=1)
p("shiv","2025-06-19 13:40","Lewis and Cian's sports day today and both of them came last in the egg and spoon. proper proud of the sportsmanship tho, cian carried his egg back for the lad who dropped his 😭💙",
  w="author's own twins (named in bio)", d=1)
p("shiv","2025-06-26 21:10","dead worried about my FCS mam tonight. she's not ate properly in days and she told me she cries in the bath so the babies can't hear her. feel useless la",
  r="si", w="supported mum's mental state and eating, no name", d=1)
p("shiv","2025-07-03 17:45","sat in the car outside after me visit, needed five minutes to myself. mad week",
  r="gt", w="geotag on a post made right after a visit", g=(53.4475,-2.9690,"Walton, Liverpool"), d=1)
p("shiv","2025-07-09 12:20","@gemmaloulou88 tell your sister to ring Twinline on 0800 138 0509 or have a look on twinstrust.org, they're boss. honestly don't let her struggle on her own x",
  w="correct referral to a friend's sister; friend not a supported family", rp="x:@gemmaloulou88", d=1)
p("shiv","2025-08-23 19:05","first proper game at the new ground and the lads' faces 😭💙 not even bothered we were rubbish. what a place",
  u="gt", w="geotag on unrelated personal post (football with own kids)", g=(53.4236,-2.9996,"Bramley-Moore Dock, Liverpool"), d=1)
p("shiv","2025-08-14 10:30","Nadia our coordinator is an actual angel, rang me back on her day off when I was panicking about a visit. we don't deserve her 💙 #familycrisissupport",
  w="staff member praised by name")
p("shiv","2025-08-20 22:47","me fcs fam's landlord has served them notice. two weeks after the triplets came home from the neonatal. who even does that",
  r="si", w="eviction and neonatal stay of a supported family", ref="shiv_notice", d=1)
p("shiv","2025-09-02 09:12","@jodie_bootle_x hiya jodie love!! for the cradle cap rub a bit of olive oil in before the bath and comb it out soft, our cian had it rotten. see you thurs for our usual x",
  r="nl ad", u="ld", w="reply to supported mum by first name with skin-care advice; her handle carries her town", rp="x:@jodie_bootle_x", nm=["Jodie"], d=1)
p("shiv","2025-09-18 17:55","if one more person says 'double trouble' to me in Tesco I'm gonna lose it. yes they're twins. yes I'm tired. no I don't need your commentary on me trolley",
  w="complaint about strangers, own twins", d=1)
p("shiv","2025-09-30 18:40","training day in Warrington for FCS - safeguarding refresher. brain full, belly full (the butties were elite). nice to see everyone again",
  w="official training day, no family detail", d=1)
p("shiv","2025-10-08 11:03","honestly the office have lost me mileage claim AGAIN. third time. I'm not a bank, I'm a volunteer using me own petrol to get round the Wirral. sort it out",
  r="cr", w="public criticism of the Trust's office/expenses", ref="shiv_mileage", d=1)
p("shiv","2025-10-09 09:41","ok fair play they've sorted it and Nadia apologised, ignore me moaning yesterday 🙈",
  w="retraction of previous criticism", rp="ref:shiv_mileage", d=1)
p("shiv","2025-10-27 16:10","the sweetest welcome at my visit today 🥹",
  r="fp", u="ld", w="photo of the supported family's wellies at their door; door number only in photo",
  m=["Two small pairs of children's wellies, one red and one yellow, lined up on a doormat beside a front door with a brass number 14"])
p("shiv","2025-11-05 21:30","bonfire night with the lads, cian hid in the car the whole time and lewis wanted to go closer to the fire. twins eh. same womb, different planets 🎆",
  w="own twins", d=1)
p("shiv","2025-11-20 20:02","FCS family update cos a few of yous asked: dad's been signed off work with his nerves, mam's back on the antidepressants and the little one's got a hernia op booked at Alder Hey next month. pray for them",
  r="si ld", w="mental health, work and surgery of supported family; hospital named")
p("shiv","2025-12-03 12:15","Alder Hey's christmas appeal is open if anyone's feeling generous, they looked after me own two brilliantly when they were prem 💙",
  w="own children's hospital stay; charity appeal", d=1)
p("shiv","2025-12-18 17:20","christmas jumper day done 🎄 raised £212 at the lads' school for @TwinsTrust #twinstrust #familycrisissupport",
  w="fundraising, photo of adult volunteers", m=["Four women in Christmas jumpers holding a handwritten sign reading £212 in a school hall"])
p("shiv","2026-01-12 07:58","can someone explain why the 07:42 merseyrail to chester is ALWAYS cancelled when I've got somewhere to be. every. single. time.",
  w="train complaint", d=1)
p("shiv","2026-02-02 19:25","new family today. twin girls, 4 months old, mam's only 19 and her own mum passed at christmas. she's doing amazing considering. that's all I'm saying",
  r="si", w="age and bereavement of supported mum")
p("shiv","2026-02-14 10:10","dm me if you're a twin mam on the wirral and you're struggling, I'm a volunteer and I'll help you out x",
  r="cd", w="'DM me' offered as the route to support instead of Twinline", d=1)
p("shiv","2026-03-01 13:33","some volunteers need to learn when to keep their gob shut. spotted one slagging a family off in the group chat. disgraceful",
  r="cr", w="public criticism of fellow volunteers", d=1)
p("shiv","2026-04-10 15:48","home now 💙 good visit, baby's weight's up and mam got out for a walk today for the first time in weeks",
  r="gt", u="si", w="geotagged post about a visit; mild health/wellbeing detail", g=(53.3934,-3.0180,"Birkenhead"))
p("shiv","2026-05-22 22:05","our arl fella's 40th tonight, the lads made him a card with a picture of him as a potato. he loved it",
  w="own family", d=1)
p("shiv","2026-06-30 20:40","seen that me old FCS family's twins are walking now 🥹 remember when they were tiny things in the incubators on the neonatal unit. proper goosebumps",
  u="si", w="past family; vague neonatal history", d=1)
p("shiv","2026-08-09 09:00","anyone that needs twin support ring 0800 138 0905, that's Twinline, they're ace",
  r="cd", w="wrong Twinline number (digits swapped)", ref="shiv_wrongnum", d=1)
p("shiv","2026-08-10 08:15","CORRECTION soz it's 0800 138 0509 not what I put yesterday, fat fingers 🙈 please share the right one",
  w="correction restating the right number", rp="ref:shiv_wrongnum", d=1)
p("shiv","2026-10-15 18:00","18 months volunteering now and I still get butterflies pulling up outside a new family's house. if you're thinking about it, do it. twinstrust.org #volunteering",
  w="recruitment, no family detail")
# Dean replies in Shiv's thread
p("dean","2025-08-21 07:30","@shiv_wirral_twins that's grim shiv. hope they're ok x",
  w="sympathy reply, no detail", rp="ref:shiv_notice", d=1)

# ---------------- Mo (Geordie, instagram) ----------------
p("mo","2025-06-08 14:22","Wor Ellis n Poppy at Tynemouth the day, canny weather for once ☀️ nana's spoilin them rotten",
  u="gt", w="own grandchildren (named in bio); geotag on personal post", g=(55.0170,-1.4240,"Tynemouth"),
  m=["Two toddlers in matching striped t-shirts sitting on a picnic blanket on a beach, an older woman's hand passing them ice creams"], d=1)
p("mo","2025-06-17 19:50","Howay man, the bairns at me new family are bonny as owt. Twin lads, ginger as ya like, nine weeks auld. Mam's mortal tired, dad's on nights at the Tyne Tunnel so she's on her own wi them aal night",
  r="si", w="family circumstances: dad's night job, mum alone", d=1)
p("mo","2025-06-24 16:05","this little one wouldn't let go of me finger the whole visit 🥹💛 #familycrisissupport",
  r="fp gt", w="photo of supported baby's hand; geotagged during visit", g=(54.9830,-1.6490,"Fenham, Newcastle upon Tyne"),
  m=["A baby's hand gripping an older woman's finger, pink cardigan sleeve visible, on a grey sofa"], d=1)
p("mo","2025-07-02 10:41","Anyone else's Greggs run out of steak bakes by half ten?? Shockin",
  w="food complaint", d=1)
p("mo","2025-07-15 12:00","got me sticker made up at the printers 😍 proud as punch",
  r="lm", w="Twins Trust logo reproduced on a personal car sticker",
  m=["A car's rear window with a large Twins Trust logo sticker and the words 'Family Crisis Support volunteer on board'"])
p("mo","2025-07-28 18:30","Been at me FCS mam Kayleigh's again the day, she's had a bad week wi the PND, doctor's upped her tablets. The twins are thrivin though thank god",
  r="nl si", w="names supported mum; postnatal depression and medication", nm=["Kayleigh"], ref="mo_kayleigh", d=1)
p("mo","2025-08-05 09:15","Gillian wor coordinator sent flowers for me 70th!! Ah divvent deserve her 💐",
  w="staff praised; own birthday", m=["Bouquet of yellow roses in a vase on a kitchen windowsill with a card reading 'Happy 70th Mo, from all at FCS'"], d=1)
p("mo","2025-08-19 11:12","sat in the car outside the family's hoose waitin for the health visitor to finish, then ah'm in 💛",
  r="gt", u="ld", w="geotag while outside a family's home; place only in metadata", g=(55.0077,-1.5957,"Gosforth"), d=1)
p("mo","2025-09-01 20:20","Mam n dad at me new family had the bailiffs round this mornin. Two babies in the hoose n they're bangin on the door. Ah could've cried",
  r="si", w="debt/bailiffs at a supported family", d=1)
p("mo","2025-09-14 15:35","DONE IT!!! Great North Run at 70 years young 🏃‍♀️ £1,340 raised for @twinstrust #twinstrust #volunteering",
  u="gt lm", w="public fundraising event; official running vest in race photo", g=(54.9960,-1.4320,"South Shields"),
  m=["An older woman in a purple Twins Trust running vest with a race number, arms raised at a finish line"])
p("mo","2025-10-03 21:02","the health visitors roond here are a bliddy joke. me family's been waitin three week for a visit n naebody's come. useless the lot o them",
  r="cr", u="si", w="disrespectful attack on a partner agency; vague family wait", d=1)
p("mo","2025-10-20 13:44","aww pet divvent fret, just gan back on the formula for the night feeds n let him sleep, ye cannet pour from an empty cup 💛 see ye Tuesday",
  r="nl ad", w="reply to supported mum (handle has her name) with feeding advice", rp="instagram:@kayleigh_t_93", nm=["Kayleigh"], d=1)
p("mo","2025-11-11 12:30","Remembrance Sunday at the cenotaph wi Ray. Me dad's medals on. Quiet n lovely.",
  w="own family, remembrance", d=1)
p("mo","2025-11-29 17:10","Popped in wi a few bits for me FCS family's tree 🎄",
  r="fp nl", w="photo inside supported family's home; children's names on stockings in alt text",
  m=["A small living room with a Christmas tree and two stockings hung on a radiator, one embroidered 'Rocco' and one 'Reggie'"], nm=["Rocco","Reggie"])
p("mo","2025-12-22 19:00","Merry Christmas from me n Ray n the bairns 🎄 thank ye to everyone who bought raffle tickets, £460 for Twins Trust!",
  w="season's greetings and fundraising total", d=1)
p("mo","2026-01-09 08:47","Metro signal failure at Haymarket AGAIN, sat here like a lemon for forty minutes",
  w="transport complaint", d=1)
p("mo","2026-01-26 10:05","Reet. If anyone's a twin mam on Tyneside n needs help, message us on here or text 07700 900417 n ah'll sort ye out 💛",
  r="cd", w="personal mobile and 'message us' instead of Twinline", d=1)
p("mo","2026-02-17 22:15","that new volunteer handbook is 80 pages of waffle. whoever wrote it has never set foot in a real hoose wi real bairns screamin",
  r="cr", w="mocks the Trust's handbook and its authors", d=1)
p("mo","2026-03-08 09:00","happy international women's day to every mam ah've sat wi at 3am, ye're all warriors 💛",
  w="general, no family detail", d=1)
p("mo","2026-03-30 14:25","finally got them both off 😴 mam's havin a bath, first one in a week",
  r="fp gt", u="si", w="photo of supported babies (faces turned away), geotag during visit; mild detail",
  g=(54.9066,-1.3838,"Sunderland"), m=["Two babies asleep top-to-tail in one cot, photographed from above, faces turned away, cellular blankets"], d=1)
p("mo","2026-05-05 16:16","Ellis has started callin me 'Nana Mo-Mo' n ah'm not ok 😭",
  w="own grandchild", d=1)
p("mo","2026-06-12 11:30","Sittin in the RVI wi me FCS mam while wee Rocco has his bloods done. Poor lamb screamed the place doon",
  r="nl si ld", w="names supported child, blood tests, with the family now at a named hospital", nm=["Rocco"], d=1)
p("mo","2026-07-19 18:45","Gillian's leavin FCS after 11 year 😢 the North East won't be the same. Good luck pet, ye've been a star",
  w="staff praised", d=1)
p("mo","2026-08-28 21:40","am ah the only one who thinks the new coordinator is oot of her depth? three missed calls n nowt back. not impressed",
  r="cr", w="criticises coordinator publicly", d=1)
p("mo","2026-10-02 13:00","knitted me own Twins Trust blanket for the raffle 🧶 took me four month!",
  r="lm", w="logo knitted into personal item",
  m=["A hand-knitted purple and yellow blanket with the Twins Trust logo knitted into the centre, laid over a sofa"])
p("mo","2026-11-14 19:20","home noo, feet up, kettle on. good day wi a lovely family ☕",
  w="home-now post, no detail, no geotag", d=1)

# ---------------- Bal (Brummie, facebook friends-only) ----------------
p("bal","2025-06-06 20:00","Ow am ya all! Started me FCS training proper today, three more sessions to go. Bostin group of volunteers, bab",
  w="training, no family", d=1)
p("bal","2025-06-21 15:10","Made them wear the matching macs for their nan's birthday one last time 😂 17 and still embarrassed by me",
  w="own teenage triplets", m=["Three teenagers in matching yellow raincoats pulling faces at a bus stop"])
p("bal","2025-07-10 21:15","First family's a mum with twin girls in Sparkbrook, her English ain't great so I'm doing a bit of Punjabi with her which helps. She's lovely, just very lonely since her husband went back to India",
  r="ld si", w="area where family lives; husband abroad, isolation", d=1)
p("bal","2025-07-29 12:00","Kings Heath Park fun day Sunday, I'm on the cake stall raising for Twins Trust. Come say hiya and buy a cob! #twinstrust",
  w="public fundraising venue", d=1)
p("bal","2025-08-12 18:45","Anyone know why Hagley Road's been dug up for the fourth time this year?? Took me 50 mins to get to Bearwood",
  w="roadworks complaint")
p("bal","2025-09-03 08:20","Rupinder rang me at 11 last night crying, the little one's been in and out of Heartlands with his breathing. I told her just keep the steamy bathroom going and give him Calpol, don't wait for the GP",
  r="nl si ld ad", w="names supported mum, child's hospital admissions at named hospital, relays medical advice", nm=["Rupinder"])
p("bal","2025-09-20 19:30","Jas burnt the rotis again. 22 years married and he still can't work a tawa 🙄",
  w="own husband", d=1)
p("bal","2025-10-06 22:10","Rupi bab don't listen to your mother-in-law, you do the feeds however works for you. Bottle is fine!! See you Weds x",
  r="nl ad", w="reply to supported mum by nickname with feeding advice", rp="facebook:@rupinder.kaur.1996", nm=["Rupinder"], d=1)
p("bal","2025-10-31 10:00","The FCS team have been brilliant with me this month, Tariq checking in after that tough week meant a lot ❤️",
  w="staff praised")
p("bal","2025-11-12 23:05","Diwali at ours, 40 people, one kitchen, zero chill. Happy Diwali everyone 🪔",
  w="own family festival", m=["A kitchen table covered in Indian sweets and lit diyas"])
p("bal","2025-12-02 17:40","Look at my FCS babies in the Christmas outfits I bought them 😍😍",
  r="fp", w="photo of supported twins",
  m=["Twin babies in matching Santa sleepsuits lying on a play mat in a living room, faces visible, Christmas tree behind"])
p("bal","2026-01-15 13:20","Some of the other volunteers round here are proper saft, turning up to visits with no ID badge and wondering why mums won't let em in",
  r="cr", w="mocks fellow volunteers", d=1)
p("bal","2026-02-04 09:30","Snow in Brum = whole city shut. Kids off school, Jas 'working' from home 😂",
  w="weather, own family", d=1)
p("bal","2026-02-19 21:50","Mum I support has been moved AGAIN by the council, third temporary place since August. This one's a B&B in Small Heath with one room for her and the twins. It's not right",
  r="si ld", u="cr", w="housing crisis and current B&B area; frustration at the council")
p("bal","2026-03-14 16:00","Proud mum moment: Simran got picked for the county netball squad!! 🏐",
  w="own daughter")
p("bal","2026-04-02 11:11","If you know a twin mum who's struggling, the number for Twinline is 0800 138 0509 or email asktwinline@twinstrust.org. Please share ❤️ #familycrisissupport",
  w="correct referral")
p("bal","2026-05-09 21:30","Visit today was hard. Mum told me her partner gets nasty when he's had a drink and she's scared for the babies. I've passed it on properly like we're trained to, that's all I can say",
  r="si", w="domestic abuse disclosure about a supported family")
p("bal","2026-06-17 20:15","tip of a house today, not judging, I know how it gets with three under two. did the washing up while she fed them. sometimes that's the job",
  u="si", w="mild description of family's home", d=1)
p("bal","2026-07-21 14:00","Heartlands car park charges are daylight robbery, £8 for two hours when I went for me own scan. Disgrace",
  w="parking complaint, own health", d=1)
p("bal","2026-08-30 19:00","Our gurdwara raised £1,050 for Twins Trust!! Thank you sangat 🙏 #twinstrust",
  w="fundraising", m=["Three women holding a giant cheque for £1,050 in front of a community noticeboard"])
p("bal","2026-09-15 12:40","Tariq tell me why the expenses form needs FOUR signatures. It's a bus fare bab 😂",
  u="cr", w="light-hearted jibe at process", d=1)
p("bal","2026-10-08 18:25","@amrit.gill84 no bab don't ring me, ring Twinline on 0800 138 0509, they'll sort your sister out properly ❤️",
  w="correct referral to a friend", rp="facebook:@amrit.gill84", d=1)
p("bal","2026-11-04 17:05","Harjot's passed his theory test!! First go!! Proper chuffed with him",
  w="own son", d=1)
