from lib import p
# ---------------- Dorota (facebook public, Polish, non-native English) ----------------
p("dorota","2025-06-19 20:00","Today I finish my training for Family Crisis Support. I am very happy, I want to help mamas like somebody helped me when Filip and Lena was born 💛",
  w="training; own twins")
p("dorota","2025-07-09 21:30","My first family is Lithuanian mama in Millfield, she have twins 3 months and husband is working in the factory 12 hours. She don't speak good English so I help with letters from doctor",
  r="ld si", w="family's district; work and language circumstances")
p("dorota","2025-07-30 10:00","Rasa, please not give the babies the water yet, only milk until 6 months, it is important!! I come Thursday",
  r="nl ad", w="reply to supported mum by name with feeding advice", rp="facebook:@rasa.v.pboro", nm=["Rasa"])
p("dorota","2025-08-21 22:00","Tomek make BBQ for 20 people and forget to buy the charcoal. Polish men 😂",
  w="own husband")
p("dorota","2025-09-18 20:40","Rasa's babies have appointment at Peterborough City Hospital for the hips, one have to wear special harness now. She cry a lot. I go with her Monday",
  r="nl si ld", w="names supported mum; hip dysplasia; hospital", nm=["Rasa"])
p("dorota","2025-10-10 18:00","Little one in his new harness, so brave 💙",
  r="fp si", w="photo of supported baby in medical harness",
  m=["A tiny baby wearing a hip harness lying on a changing mat, face turned away, a woman's hand adjusting a strap"])
p("dorota","2025-11-01 19:00","Wszystkich Świętych. We light candles for my babcia. Filip ask many questions about heaven.",
  w="own family")
p("dorota","2025-11-25 21:00","The volunteer coordinator for our area never answer the phone. Never. Why we have coordinator if nobody there?",
  r="cr", w="public criticism of coordinator")
p("dorota","2025-12-24 18:30","Wigilia with the family, 12 dishes, Lena only eat the pierogi. Wesołych Świąt! 🎄",
  w="own family")
p("dorota","2026-01-20 12:00","If you are Polish or Lithuanian mama with twins in Peterborough and need help, write to me private message, I can help in your language 💛",
  r="cd", w="private message offered as support route")
p("dorota","2026-02-14 21:00","The husband of my FCS mama lose his job. Now they don't have money for the rent and landlord is angry. I am so worried",
  r="si", w="job loss and rent arrears")
p("dorota","2026-03-10 19:00","Very happy to say my family now have help from Twinline and the council, thank you Twins Trust 🙏",
  u="si", w="mild mention of council help; no name")
p("dorota","2026-04-05 13:00","Easter basket blessing at the church with Filip and Lena 🐣",
  w="own twins", m=["Two children holding decorated wicker baskets with eggs outside a church"])
p("dorota","2026-05-03 20:30","Some volunteers in the group chat they make jokes about the families. It is not funny. It is disgusting. Shame on you.",
  r="cr", w="publicly shames fellow volunteers")
p("dorota","2026-06-08 11:00","At Rasa house now in Millfield, the babies sleep and we have coffee ☕",
  r="nl ld gt", w="names mum; with family now at their area; geotagged", g=(52.5800,-0.2480,"Millfield, Peterborough"), nm=["Rasa"])
p("dorota","2026-07-01 09:00","The number for Twinline is 0800 138 5090, please share for any family with twins",
  r="cd", w="wrong Twinline number", ref="dorota_wrong")
p("dorota","2026-07-02 10:30","Sorry!! Wrong number yesterday, correct is 0800 138 0509. Thank you Ewa for tell me",
  w="correction", rp="ref:dorota_wrong")
p("dorota","2026-08-15 16:00","Peterborough heat 33 degrees, our flat is like sauna, the twins sleep in the bath (no water!!)",
  w="own twins, weather")
p("dorota","2026-09-11 21:15","New family, mama is only 17 and still in school, the babies are with her grandmother in the day. She is so tired, so young",
  r="si", w="young mother, schooling, childcare arrangements")
p("dorota","2026-10-09 17:00","Halloween pumpkin for our charity 🎃",
  r="lm", w="Trust logo painted on a pumpkin",
  m=["A pumpkin on a doorstep with the Twins Trust logo painted on it"])
p("dorota","2026-11-06 21:00","Filip and Lena are 7!! Big party, too much sugar, Tomek sleep on the sofa at 8pm",
  w="own twins")

# ---------------- Marcia (x, Caribbean/patois) ----------------
p("marcia","2025-06-22 19:00","Choir sing at di Windrush service today. Mi voice gone but mi heart full.",
  w="personal", d=1)
p("marcia","2025-06-23 20:00","Wah gwaan everybody. Mi just finish di training fi Family Crisis Support. God willing mi can help some young mothers 🙏🏾",
  w="training", d=1)
p("marcia","2025-07-27 21:00","Mi young mother in Lozells have twins and she only 20. Di baby father gone, she nuh have nobody. Mi carry some soup fi her",
  r="ld si", w="family's district; age, partner gone", d=1)
p("marcia","2025-08-18 18:00","Tia and Tyrese start big school next month. Grandma cry already 😭",
  w="own grandchildren", d=1)
p("marcia","2025-09-08 11:00","@shanice_x_twins Shanice darlin, give di baby some cooled boiled water wid a likkle sugar fi di constipation, mi did it fi all my pickney",
  r="nl ad", w="reply to supported mum by name with feeding advice", rp="x:@shanice_x_twins", nm=["Shanice"], d=1)
p("marcia","2025-10-05 14:00","Harvest festival at church, di children bring tins fi di food bank. Bless up",
  w="church", d=1)
p("marcia","2025-10-29 21:30","Mi young mother tell mi she nuh eat for two days so di babies can have di formula. Mi bring food shopping. Dis country wicked",
  r="si", w="food poverty of supported mum", d=1)
p("marcia","2025-11-23 19:00","Some of di younger volunteers dem nuh have no manners. Come to training wid dem phone out di whole time. Cho!",
  r="cr", w="criticises fellow volunteers", d=1)
p("marcia","2025-12-25 15:00","Happy Christmas from Grandma Marcia 🎄 rice and peas, curry goat, and too much rum cake",
  w="personal", d=1)
p("marcia","2026-01-14 12:00","Anybody wid twins in Handsworth who need help, call mi pon 07700 900194 or come by di church on Sunday",
  r="cd", w="personal mobile as support route", d=1)
p("marcia","2026-02-11 20:00","Tariq from Twins Trust come to our church talk about Family Crisis Support. Good young man. Three new volunteers sign up!",
  w="staff praised, recruitment", d=1)
p("marcia","2026-03-06 13:00","Mi young mother bring her twins to church for di first time 🙏🏾",
  r="fp", w="photo of supported twins",
  m=["Two babies in matching church dresses asleep in a double pushchair in a church aisle, faces visible"], d=1)
p("marcia","2026-04-01 18:00","Shanice get a place at di college!! Childcare sorted, babies in di nursery. God is good",
  r="nl", u="si", w="names supported mum; education/childcare", nm=["Shanice"], d=1)
p("marcia","2026-04-29 08:30","Di 74 bus always late. Always. Mi stand up at di stop like statue",
  w="bus complaint", d=1)
p("marcia","2026-05-24 17:00","Di Trust office send mi a letter wid mi name spell wrong AGAIN. Three year mi a volunteer. Dem nuh care bout we.",
  r="cr", w="criticises the Trust's office", d=1)
p("marcia","2026-06-21 20:00","Shanice likkle boy have sickle cell. Dem confirm it at City Hospital today. Pray fi dem",
  r="nl si ld", w="names supported mum; child's diagnosis; hospital", nm=["Shanice"], d=1)
p("marcia","2026-07-18 12:00","Ask mi bout di Twinline number? 0800 138 0509. Write it down. Mi nah go tell yuh twice 😂",
  w="correct number", d=1)
p("marcia","2026-08-23 16:00","Carnival in Handsworth Park, mi dance till mi knee give out",
  u="gt", w="personal geotag", g=(52.5030,-1.9250,"Handsworth Park"), d=1)
p("marcia","2026-09-20 18:30","Mi go wid Shanice to di housing office in town. Four hour wait. Dem treat her like dirt",
  r="nl si", u="cr", w="names supported mum; housing; frustration at housing office", nm=["Shanice"], d=1)
p("marcia","2026-10-18 15:00","Black History Month service at church, di young people dem read poems. Mi proud",
  w="church", d=1)
p("marcia","2026-11-15 17:00","Tyrese score him first goal fi di under 8s and run round di pitch like Usain Bolt",
  w="own grandson", d=1)

# ---------------- Kirsty (instagram, text-speak, location sharing on) ----------------
p("kirsty","2025-06-15 21:00","omg passed my fcs training 🥂🥂 who's proud of me x #twinstrust",
  w="training", d=1)
p("kirsty","2025-06-29 15:30","frankie n ronnie at southend pier eatin chips like they aint seen food in a week 😂",
  u="gt", w="own twins; personal geotag", g=(51.5310,0.7170,"Southend-on-Sea"), d=1)
p("kirsty","2025-07-14 13:45","first fam today 🥹 twin boys 5 weeks old n mum's proper strugglin w the breastfeeding, cried the whole time i was there bless her",
  r="si gt", w="supported mum's feeding struggle and distress; geotagged", g=(51.5740,0.4860,"Basildon"), d=1)
p("kirsty","2025-07-31 20:10","@chloe_rose_bas babe ur doin amazin, honestly just go to formula if its makin u miserable, fed is best 💕 see u mon x",
  r="nl ad", w="reply to supported mum (name in handle) with feeding advice", rp="instagram:@chloe_rose_bas", nm=["Chloe"], d=1)
p("kirsty","2025-08-16 14:20","cant cope w the cuteness 😍😍 my fcs babies",
  r="fp gt", w="photo of supported newborns; geotagged",
  m=["Two newborn babies in white vests lying on a bed, faces visible, a woman's tattooed arm at the edge of the frame"],
  g=(51.5740,0.4860,"Basildon"), d=1)
p("kirsty","2025-09-01 19:00","jase has bought a hot tub. we live in a terraced house. the neighbours r thrilled 🙃",
  w="own partner", d=1)
p("kirsty","2025-09-20 22:40","my fcs mum's fella's gone n left her, took the car n the money. she's got nothin. fumin for her",
  r="si", w="supported mum's partner left, money", d=1)
p("kirsty","2025-10-06 21:00","whoever runs the fcs facebook group needs sackin, deleted my post askin for volunteers to help w a collection. power mad 🙄",
  r="cr", w="attacks Trust staff running the group", d=1)
p("kirsty","2025-10-25 02:15","sat in basildon a&e w chloe n one of the twins, high temp, waitin 4 hrs so far 😩",
  r="nl si ld gt", w="names supported mum; child's illness; with them at named hospital; geotagged",
  g=(51.5580,0.4500,"Basildon University Hospital"), nm=["Chloe"], d=1)
p("kirsty","2025-11-05 21:30","fireworks night n ronnie slept thru the whole thing while frankie screamed. twins r wild",
  w="own twins", d=1)
p("kirsty","2025-11-30 18:00","new sticker for the laptop 💜💛 obsessed",
  r="lm", w="homemade Trust logo sticker",
  m=["A laptop lid covered in stickers including a large homemade Twins Trust logo sticker"], d=1)
p("kirsty","2025-12-15 20:00","any twin mums in essex need help dm me babe or msg me on whatsapp 07700 900356 xx",
  r="cd", w="DM and personal WhatsApp as support route", d=1)
p("kirsty","2026-01-05 09:00","january is the longest month of my life n its only the 5th",
  w="personal", d=1)
p("kirsty","2026-01-25 16:30","matching ink for my fcs girls 🥹",
  r="fp lm", w="supported babies' hands in photo; Trust logo tattooed on author's wrist",
  m=["Two babies' hands holding a woman's fingers, a Twins Trust logo tattoo visible on the woman's wrist"], d=1)
p("kirsty","2026-02-10 19:20","omg chloe's twins start nursery at little acorns on whitmore way next week!!! 😭 proud auntie kirsty",
  r="nl ld", w="names supported mum; children's nursery and road", nm=["Chloe"], d=1)
p("kirsty","2026-02-28 22:00","honestly the other volunteers in essex r so fake. all smiles at the trainin n slaggin u off on the group chat after",
  r="cr", w="criticises fellow volunteers", d=1)
p("kirsty","2026-03-15 14:00","mother's day brunch w the girls 🥂 bottomless prosecco n zero regrets",
  u="gt", w="personal geotag", g=(51.5780,0.1780,"Romford"), d=1)
p("kirsty","2026-04-11 21:50","my fcs mum's mum got diagnosed w cancer n now she's lost her only childcare. life is so unfair sometimes",
  r="si", w="relative's cancer; childcare loss", d=1)
p("kirsty","2026-05-02 11:30","at my fcs fam's now, twins r nappin n im doin the hooverin. livin the dream 🧹",
  r="gt", w="geotagged while with the family", g=(51.5740,0.4860,"Basildon"), d=1)
p("kirsty","2026-05-30 19:00","ronnie's got chickenpox. frankie will have it by tuesday. cancel everythin",
  w="own twins", d=1)
p("kirsty","2026-06-20 20:30","told chloe to give the babies a bit of calpol before their jabs so they dont scream. works every time",
  r="nl ad", w="names supported mum; relays medication advice", nm=["Chloe"], d=1)
p("kirsty","2026-07-12 17:00","fcs summer picnic at hylands park 💜 so nice meetin all the volunteers n staff, big love to carol from the events team",
  u="gt", w="volunteer social event, public park; staff praised", g=(51.7220,0.4310,"Hylands Park, Chelmsford"),
  m=["A group of adults sitting on picnic blankets in a park, waving at the camera"], d=1)
p("kirsty","2026-08-29 20:00","jase proposed!!!!! 💍😭 on the beach at walton. said yes obvs",
  u="gt", w="personal geotag", g=(51.8460,1.2700,"Walton-on-the-Naze"), d=1)
p("kirsty","2026-09-27 12:00","if u need help w twins ring 0800 138 0509 or email asktwinline@twinstrust.co.uk",
  r="cd", w="wrong email domain", d=1)
p("kirsty","2026-10-31 19:00","halloween w the terrors 🎃",
  w="own twins", m=["Two children dressed as a ghost and a witch holding buckets of sweets in a street"], d=1)
p("kirsty","2026-11-21 21:00","my fcs fam have moved to her nan's in canvey. gonna miss poppin round but its best for them x",
  r="si ld", w="family's move; new town", d=1)

# ---------------- Aled (facebook friends-only, valleys) ----------------
p("aled","2025-06-24 20:00","Signed up for the Cardiff Half in October for Twins Trust. Somebody stop me, butt. #twinstrust",
  w="fundraising", d=1)
p("aled","2025-07-20 17:00","Cai and Elis at mini rugby, Elis tackled the coach. Proud dad moment",
  w="own twins")
p("aled","2025-08-11 21:00","Did my first FCS visit, lovely young couple up Tonypandy way. Dad's off work with depression and mam's only just out of hospital after a bad birth. Tidy people, struggling",
  r="ld si", w="family's town; mental health and birth complications", d=1)
p("aled","2025-09-09 12:00","now then butt, for the wind try the babies on their tummy across your knee and rub their back, works every time. see you Weds",
  r="nl ad", w="reply to supported dad (name in handle) with advice", rp="facebook:@gethin.owen.94", nm=["Gethin"], d=1)
p("aled","2025-10-05 14:30","Cardiff Half done in 1:58. Twins Trust vest on, legs gone, tidy £640 raised 💜",
  u="gt lm", w="public event; official vest", g=(51.4816,-3.1791,"Cardiff"),
  m=["A man in a purple Twins Trust running vest at a finish line in front of Cardiff Castle"], d=1)
p("aled","2025-11-16 18:00","Wales lost again. I'm not talking about it.",
  w="rugby")
p("aled","2025-12-12 22:00","Gethin's little girl is in the Heath with meningitis. Pray for them, boys",
  r="nl si ld", w="names supported dad; child's illness; hospital", nm=["Gethin"], d=1)
p("aled","2026-01-23 21:00","Sian says I snore like a tractor. I say the tractor started it.",
  w="own wife")
p("aled","2026-02-22 19:30","Funny how the Trust can afford a shiny new website but can't pay our mileage on time. Priorities, isn't it",
  r="cr", w="sarcastic criticism of the Trust", d=1)
p("aled","2026-03-14 19:00","Six Nations at the Principality with the boys. Atmosphere was unreal even if the result wasn't",
  u="gt", w="personal geotag", g=(51.4782,-3.1826,"Principality Stadium, Cardiff"))
p("aled","2026-04-09 20:00","My FCS family's little one is home and doing well. Ta for all your prayers, they've been passed on",
  u="si", w="recovery mentioned, no name")
p("aled","2026-05-18 12:00","Tell your mates: Twinline 0800 138 0509. For any family with twins or triplets. Don't wait.",
  w="correct referral")
p("aled","2026-06-27 22:00","The other dad volunteers in our patch are sound as a pound. Pint night every month. Tidy.",
  w="praise for fellow volunteers", d=1)
p("aled","2026-08-01 15:00","The boys at the club painted this for us 💜",
  r="lm", w="unauthorised painted mural of the Trust logo",
  m=["A rugby clubhouse wall with a large painted mural of the Twins Trust logo and the words 'Treorchy RFC supports Twins Trust'"])
p("aled","2026-09-26 20:00","If you need help with your twins just message me, I'll sort you out with whatever you need butt",
  r="cd", w="'message me' as support route", d=1)
p("aled","2026-11-07 18:00","Autumn internationals next week. Cai wants face paint. Elis wants to play for Wales. Both will be disappointed.",
  w="own twins")
