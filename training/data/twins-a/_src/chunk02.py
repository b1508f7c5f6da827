from lib import p
# ---------------- Dean (Manc, x) ----------------
p("dean","2025-06-09 21:00","buzzin, passed me FCS training. first family next week. bit nervous not gonna lie #volunteering #twinstrust",
  w="training done, hashtags", d=1)
p("dean","2025-06-18 20:35","first visit done. dad's a lad like me, lost his job at the warehouse in may and he's proper struggling with it. had a brew and talked football for an hour. think it helped",
  r="si", w="supported dad's job loss and mental state", d=1)
p("dean","2025-07-01 18:10","maisie and isla's first swimming lesson and isla tried to drink the pool 😂",
  w="own twins", d=1)
p("dean","2025-07-16 13:05","@tomo_w_87 sound mate, I'll be round yours at 2 thurs. dig out the twins' red books and we'll have a look at the weight charts together",
  r="nl", u="si", w="reply to the supported dad, name in handle, arranging a visit; growth charts", rp="x:@tomo_w_87", nm=["Tomo"], d=1)
p("dean","2025-08-02 11:30","blue moon you saw me standing alone 💙 season starts today. lets have it",
  w="football", d=1)
p("dean","2025-08-22 22:10","the twins im supporting in wythenshawe have both got chicken pox at the same time. mams not slept in three days and dads back on the night shifts. brutal",
  r="si ld", w="illness and family strain; family's district", d=1)
p("dean","2025-09-10 19:40","my FCS dad asked me what to do about the landlord not fixing the damp. told him to withhold the rent till it's sorted, that'll make him move",
  r="ad si", w="relays housing/legal advice given to a supported dad; damp housing", ref="dean_rent", d=1)
p("dre","2025-09-11 08:05","@deano_mcr_twins bro don't tell him that 😬 withholding rent can get him evicted. point him to Twinline man, that's what they're there for",
  w="peer reminding a volunteer not to advise; points to Twinline", rp="ref:dean_rent", ref="dre_rentreply", d=1)
p("dean","2025-09-12 07:50","@dre_sthldn yeah fair, rang him back and gave him the twinline number instead. cheers for the nudge",
  w="accepts correction, correct referral", rp="ref:dre_rentreply", d=1)
p("dean","2025-10-05 17:25","met the new FCS coordinator for the north west today, dead sound fella. good to put a face to a name",
  w="praise for staff", d=1)
p("dean","2025-10-25 07:58","ginnels of gorton at 8am, off to see my FCS dad and his two little terrors 👊",
  r="ld gt", w="on the way to a family, names district; geotagged", g=(53.4696,-2.1740,"Gorton, Manchester"), d=1)
p("dean","2025-11-14 20:00","leanne's doing the couch to 5k and i'm her 'coach'. she's told me to stop talking. coaching career over",
  w="own wife", d=1)
p("dean","2025-12-01 12:45","whoever in the comms team thought a 'share your FCS story' post was a good idea for volunteers, have they even read their own rules?? half the replies are people naming families. shambles",
  r="cr", w="attacks the comms team publicly", d=1)
p("dean","2025-12-20 16:30","got my FCS twins kitted out proper 💙 indoctrination starts early",
  r="fp", w="photo of supported twins, face of adult out of shot",
  m=["Two babies in Man City bobble hats, one lying on a changing mat, the other held by a man in a grey hoodie whose face is out of shot"], d=1)
p("dean","2026-01-18 09:20","the wind last night took half our fence down. landlord says he'll sort it 'next week'. course he will",
  w="own landlord complaint", d=1)
p("dean","2026-02-08 21:55","proper hard one today. mam told me the twins are being looked at by social services after the neighbour rang them. she's terrified they'll be took off her",
  r="si", w="social services involvement with supported family", d=1)
p("dean","2026-03-03 18:40","little Tayo's walking!!! my FCS lad took four steps to his mam today and we all cried 😭",
  r="nl", w="names supported child", nm=["Tayo"], d=1)
p("dean","2026-03-27 10:00","anyone near levenshulme market saturday, we're doing a bucket collection for Twins Trust from 10 till 2, come say hi 💙 #twinstrust",
  w="public fundraising venue", d=1)
p("dean","2026-04-19 22:30","£9 for a pint at the etihad. robbery. still, 4-0",
  w="football, prices", d=1)
p("dean","2026-05-12 14:15","@tomo_w_87 for the colic mate try the bicycle legs and a warm bath before bed, and infacol before every feed. worked a treat for our isla",
  r="nl ad", w="reply to supported dad with colic advice", rp="x:@tomo_w_87", nm=["Tomo"], d=1)
p("dean","2026-06-06 23:00","volunteers meet up in town tonight. good to hear how everyone's getting on. shout out to Nadia for organising and the pizza 🍕",
  w="staff praised")
p("dean","2026-07-08 08:45","people who park on the pavement outside schools, I hope your socks are wet forever",
  w="parking complaint", d=1)
p("dean","2026-08-15 20:20","honestly some of the volunteers on the NW group chat think they're social workers. stay in your lane, you're there to make brews and listen",
  r="cr", w="criticises fellow volunteers", d=1)
p("dean","2026-09-24 12:00","need help with twins? ring 0800 183 0509 and ask for twinline",
  r="cd", w="wrong Twinline number (183 for 138)", d=1)
p("dean","2026-10-30 06:50","maisie and isla are 6 today. six years since the worst and best night of my life. neonatal nurses at st mary's, you're heroes 💙",
  w="own twins' birth, hospital thanked")

# ---------------- Morag (Glaswegian, bluesky) ----------------
p("morag","2025-06-12 19:00","Pure chuffed. Signed aff as a Family Crisis Support volunteer the day. Cannae wait tae get stuck in #familycrisissupport",
  w="joining, hashtag", d=1)
p("morag","2025-06-29 21:20","Ma first family's a da on his ain wi twin wee lassies. The maw left when they were six week auld. He's daein his best, God love him",
  r="si", w="mother left the supported family", d=1)
p("morag","2025-07-14 16:30","Rory n Finlay baith got their exam results. Wan pure delighted, wan pure greetin. Twins, eh",
  w="own sons' results", d=1)
p("morag","2025-07-30 15:15","Glasgow in the sun is a different city. Kelvingrove wis mobbed",
  u="gt", w="geotag on personal post", g=(55.8687,-4.2893,"Kelvingrove Park, Glasgow"), d=1)
p("morag","2025-08-18 22:05","Wee Lexi-Mae's back in the Royal Hospital for Children wi her chest again. Her da's no coped well, he's been on the drink",
  r="nl si ld", w="names supported child, hospital admission, father's drinking; hospital named", nm=["Lexi-Mae"], d=1)
p("morag","2025-09-06 08:50","Anybody else's First Bus just no turn up the day? 45 minutes at Govan Cross in the rain. Boggin",
  w="bus complaint", d=1)
p("morag","2025-09-25 20:10","Fiona at the Scotland FCS office is the best boss ah've ever had n ah've had a few. Naebody listens like her",
  w="staff praised by name", d=1)
p("morag","2025-10-13 18:00","Tellt ma FCS da tae stop giein the weans cow's milk til they're one n tae ask the GP aboot the special formula. Sorted",
  r="ad", w="relays feeding advice given to a supported dad", d=1)
p("morag","2025-11-02 16:45","Bucket collection at the Asda in Govan the day, £318!! Thank ye everybody 💜 #twinstrust",
  u="lm", w="public fundraising; official Trust t-shirts in group photo",
  m=["Five adults in Twins Trust t-shirts holding collection buckets outside a supermarket entrance"])
p("morag","2025-11-20 21:45","The council's housing department are an absolute shower. Ma family's been in a hotel in Paisley for five weeks wi two babies n a microwave",
  r="si ld", u="cr", w="family's homelessness and the town they're placed in; systemic frustration at council", d=1)
p("morag","2025-12-11 18:20","Christmas jumper, Irn Bru, Home Alone. Perfect Sunday",
  w="personal")
p("morag","2026-01-06 10:35","Chantelle hen, dinnae gie the wean Calpol n Nurofen at the same time, space them oot every fower hours n keep her drinkin. Text me how she is",
  r="nl ad", w="reply to supported mum by name with medication advice", rp="bluesky:@chantelle-x.bsky.social", nm=["Chantelle"], d=1)
p("morag","2026-01-29 19:55","The training team had us sat through a three-hour webinar that could've been an email. Three hours ah'll never get back. Pure mince",
  r="cr", w="mocks the training team", d=1)
p("morag","2026-02-20 22:30","Ah'm no sayin who but wan o ma families has just found oot the wee boy's deaf in wan ear. His mammy's blamin hersel. It's naebody's fault",
  r="si", w="child's diagnosis, no name", d=1)
p("morag","2026-03-15 11:00","Mother's Day. Ma boys made me breakfast. Toast wis black, tea wis cold. Best breakfast ah've ever had 💜",
  w="own sons", d=1)
p("morag","2026-04-09 17:10","On the bus hame fae a visit in Drumchapel, the wee twins are gorgeous, mammy's daein great",
  r="ld", w="names the area where the family lives", d=1)
p("morag","2026-05-05 12:00","Holyrood on Thursday. Aye ah'm votin, aye it's SNP, naw ah'm no sorry. Get oot n vote",
  w="personal politics on a personal account", d=1)
p("morag","2026-06-02 20:00","Ah've tellt a few folk this but if ye're a twin maw in Glasgow n strugglin, ye can message me direct on here n ah'll get ye help. Dinnae be feart",
  r="cd", w="'message me direct' as a support route", d=1)
p("morag","2026-07-22 21:00","Lexi-Mae's first birthday party the day!! Ah wis the only FCS volunteer invited n ah'm no greetin, you're greetin 🎂",
  r="nl fp", w="names supported child; photo of her birthday cake at the family home",
  m=["A pink number-one birthday cake iced 'Lexi-Mae' on a kitchen table with balloons tied to a high chair"], nm=["Lexi-Mae"], d=1)
p("morag","2026-08-19 23:10","Edinburgh festival: paid £14 for a comedian who did 20 minutes on his divorce. Never again",
  w="personal complaint")
p("morag","2026-09-10 09:30","If ye need help wi twins email twinline@twinstrust.org, they're braw",
  r="cd", w="wrong Twinline email address", ref="morag_email", d=1)
p("morag","2026-09-17 10:00","Ah got it wrang last week. The email is asktwinline@twinstrust.org, no what ah put. Sorry folks",
  w="correction with right address", rp="ref:morag_email", d=1)
p("morag","2026-10-21 19:30","Ma FCS maw got the keys tae her new flat the day!! Nae mair hotel!! Ah'm buzzin for her",
  r="si", w="supported mum's housing situation", d=1)
p("morag","2026-11-18 18:00","Rory's learner drivin is how ah'll die. Pray for me",
  w="own son", d=1)

# ---------------- Sal (Yorkshire, facebook public) ----------------
p("sal","2025-06-05 20:30","Reyt then. FCS training done and dusted, proper chuffed. Let's see what I can do 💛 #twinstrust #volunteering",
  w="training", d=1)
p("sal","2025-06-22 17:00","Mick's took Biscuit to the vet cos she ate a whole sock. £280 later, sock's out, dog's fine, Mick's not",
  w="own husband and dog", d=1)
p("sal","2025-07-07 21:05","First family's up near Harehills, lovely lass, twin boys, eight weeks old. She's had an awful time, her fella walked out when she were still in hospital",
  r="ld si", w="family's area; relationship breakdown", ref="sal_first", d=1)
p("sal","2025-07-24 09:40","morning love, for his nappy rash just leave his bum out on a towel for an hour and slap Sudocrem on thick. He'll be reyt x",
  r="nl ad", w="reply to supported mum (name in handle) with nappy-rash advice", rp="facebook:@kelsey.marie.leeds", nm=["Kelsey"], d=1)
p("sal","2025-08-01 08:00","Happy Yorkshire Day! Put wood in th'ole, get t'kettle on, and if tha's nowt nice to say, say nowt 😂",
  w="regional day", d=1)
p("sal","2025-08-27 14:50","Took my FCS twins out round Roundhay Park so mam could have a kip 😴",
  r="fp ld", w="photo of supported twins; with them at a named park",
  m=["Twin baby boys in blue sleepsuits asleep in a double pram in a park, seen from above, one with a dummy"])
p("sal","2025-09-15 16:20","Our Harry's started Year 2 and already lost a jumper. Ella's told the teacher he's 'always like this'. Twin loyalty 😂",
  w="own children", d=1)
p("sal","2025-10-02 19:10","Honestly I'm fed up of the FCS team. Asked three times for a DBS update and nobody's got back. I give my time for free and I'm treated like a nuisance",
  r="cr", w="public criticism of the FCS team", ref="sal_dbs")
p("meilin","2025-10-03 08:30","Sal I'd maybe give your coordinator a ring rather than put it on here? They're usually good when you catch them x",
  w="respectful peer nudge", rp="ref:sal_dbs")
p("sal","2025-10-30 18:30","Halloween in Ossett: two pumpkins (Harry & Ella) and one very confused sausage dog (Biscuit) 🎃",
  w="own children and dog", m=["Two children in pumpkin costumes and a dachshund in a hot dog costume on a front doorstep"])
p("sal","2025-11-19 21:15","Kelsey's moved in with her mam in Gipton after the council flat fell through. Poor love's sleeping on a sofa with the twins in travel cots",
  r="nl si ld", w="names supported mum, housing crisis, area", nm=["Kelsey"])
p("sal","2025-12-06 15:00","Leeds Christmas market, £7 for a hot chocolate and it were mostly cream. Daylight robbery",
  w="prices complaint", d=1)
p("sal","2026-01-14 10:25","Bitter cold this morning but the babies are warm and mam's had a shower and a brew. That's a win 💛",
  r="gt", u="si", w="geotag during a visit; mild detail", g=(53.8140,-1.5135,"Harehills, Leeds"))
p("sal","2026-02-11 20:40","Some of us have been volunteering years and the new lot come in thinking they know it all. Wind your necks in ladies",
  r="cr", w="criticises fellow volunteers", d=1)
p("sal","2026-03-09 12:00","Paula our coordinator has been an absolute star this year. Thank you love 💛 #familycrisissupport",
  w="staff praised")
p("sal","2026-04-04 19:00","I'm doing the Leeds 10k on the 26th for Twins Trust! Sponsor me if you can, every penny helps families with twins 💛 link in comments #twinstrust",
  w="fundraising")
p("sal","2026-04-27 13:30","10k DONE!! Wore me homemade shirt an' all 😂",
  r="lm", w="hand-painted Trust logo on personal t-shirt",
  m=["A woman in a homemade t-shirt with a hand-painted Twins Trust logo on the front, holding up a finisher's medal"], d=1)
p("sal","2026-05-20 21:30","the mum I'm supporting asked if she should go back on the pill or get the coil. told her the coil, best thing I ever did",
  r="ad si", w="relays contraception advice; private health detail")
p("sal","2026-06-18 08:15","Why is every road in Wakefield shut at once. WHY",
  w="roadworks complaint")
p("sal","2026-07-11 19:45","Reet proud of my FCS mam. She's off the antidepressants, back part-time at the Co-op on Roundhay Road and the twins are in nursery",
  r="si ld", w="mental health history and workplace on a named road", d=1)
p("sal","2026-08-02 10:00","If you need owt twin related ring 07700 900238, that's me, or Twinline 0800 138 0509 💛",
  r="cd", w="personal mobile given alongside Twinline", d=1)
p("sal","2026-09-05 17:30","Ella's first ballet show, she stood still and waved at us the entire time. 10/10 performance",
  w="own daughter")
p("sal","2026-10-14 18:50","just back from visit. Harehills lass is doing so much better. proud of her",
  r="ld", u="si", w="identifies family by district", d=1)
p("sal","2026-11-09 19:00","Happy birthday to my twins, 8 today. Where's the time gone",
  w="own twins", m=["Two children blowing out candles on a unicorn cake at a kitchen table"])
