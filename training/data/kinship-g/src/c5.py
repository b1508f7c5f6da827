from lib import P
# official
P('ox',"The Education Secretary clearly couldn't care less about children in kinship care. Time for her to go. #KinshipCare",r="co",why="calls for minister to go")
P('ox',"Vote Green on 7 May — the only party with a real plan for kinship families 💚",r="co",why="endorses a party")
P('ofb',"Some so-called 'charities' in this sector are just profiteers in cardigans. We won't name them. You know who you are.",r="co",why="inflammatory attack on other providers")
P('ofb',"Another day, another pointless Ofsted tick-box. Brilliant use of everyone's time 🙄",u="co",why="mocking the regulator from official account; borderline")
P('ox',"Great to see Tomasz finish race 12 of 12 for us! £4,300 raised. Thank you 🌳",alt="A runner in a green Oakridge vest celebrating at a finish line with both arms up",why="official photo of adult fundraiser")
# bev
P('bev',"@donna_t_88 hun the baby's rash sounds like eczema, get some aveeno on it and dont use bubble bath, worked for our kayleigh",r="af",rep="x:@donna_t_88",why="health advice to supported mum")
P('bev',"@donna_t_88 and dm me babe i'll send u the number of me mate at the housing",r="af cd",rep="x:@donna_t_88",why="'dm me' and unofficial contact for housing help")
P('bev',"proud of all my grans this year, ur all warriors 💪 #KinshipCarers #OakridgeKinship",why="general praise with hashtags")
P('bev',"one of me grans' daughters, lacey, got out of hospital today after the overdose, nan's beside herself",r="nl si",why="names supported family member; overdose")
# den
P('den',"Me grandkids at the Metrocentre, spoiled rotten by their nana 🎠",alt="Two toddlers on a carousel, the author's grandchildren, with the author waving",vis="friends",why="own grandchildren")
P('den',"Tracey from group got the kids' school photos today, aren't they bonny",alt="Two school portraits of a boy and a girl in red jumpers with a school crest",r="nl fp",vis="friends",why="names supported carer; children's school photos")
P('den',"The advice line at Oakridge is a waste of time, on hold for an hour and then they tell you to ring the council. Useless.",r="cr",vis="friends",why="criticism of Oakridge advice line")
P('den',"Sorry pets, I was out of order the other day moaning about the advice line. Had a lovely call with them today and they sorted it. Should have gone to my coordinator first.",vis="friends",why="retraction/apology")
# tel
P('tel',"Me and the other drivers with the new minibus 🚐",alt="Four older men in front of a white minibus with a professionally printed Oakridge Kinship Network livery",u="lm",why="official minibus livery in personal photo; not home-made")
P('tel',"Grandad I take to group, Winston, his grandson Marcus has been stabbed outside the chicken shop on Lozells Road. He's alive. Pray for them.",r="nl ld si",why="names supported carer and grandson; location; violence")
P('tel',"Rest of you volunteers could do with pulling your weight. Same three of us doing every run.",r="cr",why="criticism of fellow volunteers")
P('tel',"Dropping off at the group then a pint at the Plough in Harborne 🍺",geo=(52.459,-1.953,"Harborne"),u="gt",why="geotag; group venue public, no family")
# ruk
P('ruk',"Call me on 07700 900733 if the advice line don't pick up, I'm not fussed about the rules",r="cd",why="personal number")
P('ruk',"My family's youngest at the park after our visit 🥰",alt="A girl of about three from behind in a pink coat walking towards swings",geo=(53.447,-2.224,"Whalley Range"),r="fp gt",why="supported child from behind still counts; geotag")
P('ruk',"Biryani Sunday at my sister-in-law's. Peak.",alt="A large pot of biryani on a dining table",why="food")
P('ruk',"@nana_gloria_ gloria u need to get the lad to the GP about his bedwetting, and don't let the school tell u otherwise, that's my advice",r="nl af",rep="instagram:@nana_gloria_",why="named supported carer; health advice")
# gwen
P('gwen',"The Dai I mention in my posts is my husband, before anyone wonders. He is currently asleep in front of the rugby. Wales lost. He has taken it personally.",why="own husband")
P('gwen',"Asked by a grandmother on Messenger whether she should give the little boy his ADHD tablets at weekends too. I told her to keep them going seven days a week, like my nephew. I should have sent her to the Advice Line instead, I know.",r="af si",why="medication advice relayed; child's ADHD")
P('gwen',"A lovely letter from one of the children at group, which I keep on the fridge.",alt="A child's handwritten letter: 'Dear Gwen, thank you for the bingo, from Harri, Ystrad'",r="fp nl ld",why="child's handwriting, name and village")
# mo
P('mo',"Whit is it wi the social in Glesga? Six months an nae assessment. Shower ae useless numpties.",r="cr",why="criticism of partner social work")
P('mo',"@kirsty_m_92 kirsty just gie me a phone hen, 07700 900155, we'll sort it oot thegither x",r="nl cd",rep="x:@kirsty_m_92",why="named supported carer; personal number")
P('mo',"Ma niece's school show the night, she wis a singin carrot 🥕 ah'm greetin",why="own niece (own family)")
# kwab
P('kwab',"The grandmother I support asked me about debt. I told her to stop paying the catalogue and phone StepChange. Then I remembered I'm meant to send her to our advice line. Oops.",r="af si",vis="friends",why="money advice relayed; debt")
P('kwab',"Brixton Splash was brilliant this year. The jerk chicken queue was worth it.",vis="friends",why="public event")
P('kwab',"Peckham Rye park with the kids I support after contact, they needed to run about",alt="Two boys about 8 and 11 kicking a football on grass, faces visible",r="fp ld si",vis="friends",why="identifiable supported children; park; contact")
# priya
P('priya',"Proud to have been shortlisted for the Charity Times Leader of the Year. Credit to the whole Oakridge team.",why="professional update")
P('priya',"Frankly the CAFCASS officers we deal with in the North East are lazy and ill-informed.",r="cr",why="criticism of partner CAFCASS")
# mal
P('mal',"@sharon_d_hudds Sharon love, don't let him go on that school trip if his epilepsy's not under control, and up his tablets like the doctor said",r="nl af si",rep="bluesky:@sharon_d_hudds",why="named supported carer; medication advice; child's health")
P('mal',"Leeds Bradford airport drop-off charge is daylight robbery.",why="parking complaint")
P('mal',"Still at the visit in Marsden, grandad's just made me a bacon butty",geo=(53.602,-1.93,"Marsden"),r="ld gt",why="with family now at village; geotag")
# jan
P('jan',"Grandkids built a sandcastle twice the size of them 🏰",alt="Two children building a sandcastle on a beach, the author's grandchildren",geo=(51.216,-3.035,"Burnham-on-Sea"),vis="friends",u="gt",why="own grandchildren; personal geotag")
P('jan',"My kinship gran's grandson Ollie turned 8 today, we had cake at hers",alt="A birthday cake iced 'Happy 8th Birthday Ollie' on a kitchen table",r="nl",u="fp",vis="friends",why="names supported child; cake photo is object not child")
P('jan',"Can anyone tell Oakridge's training team that PowerPoint slides with 400 words on them aren't training? Asking for everyone who's ever been on their course.",r="cr",vis="friends",why="sarcastic criticism of training team")
# tom
P('tom',"12/12 DONE. Thank you everyone. Kasia, Zofia and little Jakub — you were the best support crew.",alt="The author with his wife and two young children holding a medal",why="own wife and children")
# sio
P('sio',"Sitting in the car outside my granny's house on Leagrave High Street waiting for her to get back from court with the kids",r="ld si gt",geo=(51.906,-0.458,"Leagrave"),why="supported family's home street; court; geotag")
P('sio',"@nanny.carol.luton Carol don't pay that nursery bill, tell them you're on tax credits and the kids get the free 30 hours",r="nl af si",rep="facebook:@nanny.carol.luton",why="named carer; money advice")
P('sio',"Here's a great video about kinship care from the BBC, worth a watch",why="news share")
# deji
P('deji',"who wants to tell the oakridge coordinators that 'we'll get back to u' is not a plan 💀",r="cr",why="sarcastic criticism of coordinators")
P('deji',"me n the youth club yutes at the trampoline park today 🤸🏾",alt="Five teenagers mid-jump on trampolines, faces visible, with the author",r="fp",why="identifiable supported young people")
P('deji',"message me on insta @deji_ldn if u need a chat bout ur nan or ur family, dont ring no line",r="cd",why="personal DM channel instead of official contact")
# lin
P('lin',"Spent the afternoon at an Oakridge peer group as an observer. Anonymous takeaway: carers need respite more than anything.",why="general, no identifiable family")
P('lin',"@pauline.k on Facebook asked if her friend raising her grandson could get help. Absolutely — please ask your friend to ring 0808 157 0246.",why="correct referral to a member of the public about a third party")
