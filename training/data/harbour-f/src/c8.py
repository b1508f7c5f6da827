from lib import P
D="x:@dazza_pike"
P(D,"2025-07-19T23:05","lad got lifted by the old bill last night for being out past his curfew. 14 years old ffs. hes not a criminal hes a kid",r="sens",why="mentee's arrest and curfew in slang")
P(D,"2025-10-26T18:40","@HarbourMentors head office want a 'reflective log' after every session. mate i put up scaffolding for a living, i reflect on nothing 😂 bin it off",r="crit",why="mocking criticism of head office paperwork, addressed to the charity")
P(D,"2025-12-20T17:30","kayden's on a tag till feb so we're doing sessions at his nan's. she makes a mean bacon butty to be fair",r="name sens loc",why="names mentee, electronic tag, meets at nan's house")
P(D,"2026-02-14T14:50","@maureen_hollis52 just ring the YOT worker and tell her straight Maureen, if they breach him for that they're having a laugh. or text me on 07700 900263 and ill come round",re=("x:@maureen_hollis52","x:2030000000000000816"),key="daz-maureen2",r="adv name sens contact",why="advice to mentee's nan, youth justice detail, personal mobile")
P(D,"2026-05-23T21:20","kay's mum turned up at the session off her face. had to ring it in. some days this volunteering malarkey is heavy",r="name sens",why="nickname; mother intoxicated, safeguarding")
P(D,"2026-08-09T13:40","me n the lad at skelmouth pier today, he caught a mackerel and screamed 😂",m="Photo from behind of a teenage boy in a tracksuit holding up a mackerel on a pier, a man's arm pointing.",geo="Skelmouth",r="photo geo",why="mentee photographed from behind; geotagged")
R="facebook:@priya.raman.77"
P(R,"2025-09-08T20:20","Honestly the Harbourside office is a shambles this month. No one answers the phone, no one replies to emails, and we're told to 'be patient'. We ARE patient. We're volunteers!",r="crit",why="public criticism of office")
P(R,"2025-12-18T19:00","Spent the afternoon at my mentee's house on Lowtide Road helping her wrap presents for her brothers because mum's in hospital again 🎁",r="loc sens",why="street of mentee's home, mother's hospitalisation")
P(R,"2026-04-14T21:15","Amira, I know you follow me. Please remember your mum's tablets are in the blue box not the kitchen drawer and don't give her the evening one before tea. ❤️",r="adv name sens",why="advice to mentee over social media about her mum's medication")
P(R,"2026-07-22T18:30","A few people asked — yes I'm still mentoring! My young person has just had a rough few months with her mum in and out of hospital and her little brother struggling at school.",r="sens",why="mentee's family health and brother's school problems, no name")
K="instagram:@kerryann_youthwork"
P(K,"2025-10-19T12:40","the PRU cancelled on us AGAIN. third meeting in a row. these kids deserve better than the Beacon Centre 😤",r="crit loc",why="criticises a partner PRU and names it")
P(K,"2026-01-08T18:00","Ty's mum rang me in tears tonight because he's been kicked out of his third school. Ty if ur reading this, we've got you 💙",r="name sens",why="nickname and exclusion; addressed to the young person")
P(K,"2026-05-05T16:10","Coffee with @harbourmentors fave mentor Bev today at the Seaview cafe 💙",m="Two women clinking coffee cups in a café, both smiling.",geo="Brackwater",r="geo",why="post about mentoring work with geotag; mentor (adult) not a mentee")
P(K,"2026-07-18T11:15","Lacey-Mae's nan has asked me to put out a call: anyone got a spare single bed? She's taking Lacey in permanently from the 1st. DM me not her 🙏",r="name sens",u="contact",why="names young person and nan; kinship care; 'DM me' for a donation, not a help referral")
J="x:@jamiereeve_yw"
P(J,"2025-08-30T20:00","@HarbourMentors 3 wks and my DBS is still 'in progress'. cant start with my new match til its back. fast as a snail on valium you lot",r="crit",why="sarcastic complaint about DBS delay")
P(J,"2026-01-15T19:50","Reece had a massive kick off at the home last night and the staff called the police. lad just needs someone to listen",r="name sens",why="names mentee; police at children's home")
P(J,"2026-03-20T21:00","mentees mum messaged me asking if she should let him go to his dads at the weekend. told her if it were me id say no, not with his dad's temper",r="adv sens",why="advice to mentee's mum about contact with dad; family situation")
P(J,"2026-08-22T18:20","@TarrowCouncil closing the Gullhaven youth club is a disgrace. where are the lads meant to go at night now. some of my young people have nowhere else",u="crit",why="criticises the council (a partner agency) in personal capacity; borderline")
Bv="facebook:@bev.okafor.nan4"
P(Bv,"2025-11-05T21:30","Destiny's school have put her on a part-time timetable. Three mornings a week. She's 12! How is that an education? Shame on St Bede's High.",r="name sens loc crit",why="names mentee, part-time timetable, names and criticises school")
P(Bv,"2026-04-04T11:00","Destiny's little sister Mercy drew this for me 🥰",m="A crayon drawing of a yellow house with four stick children, signed 'Mercy age 6' in wobbly letters.",r="name photo",why="names mentee and sister; child's drawing with her name")
P(Bv,"2026-07-11T20:10","Stacey if you're reading this, ring the council on Monday and say the word 'overcrowded', they have to assess you. Don't take no for an answer.",r="adv name sens",why="housing advice to mentee's mum")
W="x:@KwabenaAsante"
P(W,"2025-12-15T20:00","E's mum has asked me to look into tutors for him because the school won't give him work while he's excluded. Anyone know a good maths tutor round Brackwater?",r="sens",u="loc name",why="mentee's exclusion and school failing; initial and town")
P(W,"2026-06-09T19:30","@HarbourMentors third time my mentee has been sat waiting because the coordinator booked the wrong room at the library. Getting embarrassing.",r="crit",why="complaint to the charity's handle about coordinator")
P(W,"2026-09-26T14:20","Ellis & me at Brackwater Academy's sports day, he ran the 400m and came 2nd 🏃",m="A teenage boy in a school PE kit crossing a finish line on a running track, face visible.",r="name photo loc",why="names mentee, photo in school kit, names school")
L="facebook:@lorraine.pascoe.5"
P(L,"2025-10-21T19:00","Anyone else's coordinator never reply? I've messaged mine 4 times about my mentee's placement move. Harbourside is useless at communication.",r="crit sens",why="criticises coordinator and charity; mentee's placement move")
P(L,"2026-09-12T20:40","Visited Chloe at Seaview House today. It's clean and the staff are kind but it's not a home, is it?",r="name loc sens",why="names mentee, names children's home she lives in")
M="instagram:@marcus.fenwick.surf"
P(M,"2025-12-06T18:00","@harbourmentors why is it ALWAYS the surf lesson session that gets cancelled by the office and never the bowling. suspicious 🤔",r="crit",u="",why="jokey-sarcastic public complaint about cancellations; still criticism of the office")
P(M,"2026-04-19T20:15","My advice to the lad I mentor, for anyone who cares: stop listening to your cousin, stay away from the skate park after dark and text me when you get home.",r="adv",why="relays advice to mentee in a public post")
Z="x:@shaz_k_88"
P(Z,"2025-11-03T19:30","my mentees dad had a heart attack last month and shes been doing everything. 13 years old. her school gave her a detention for being late 🙃",r="sens crit",why="mentee's father's health and caring; criticises school")
P(Z,"2026-04-02T17:10","aaliyah's brothers are at the Gullhaven primary, she walks them there every morning before her own school. legend",r="name loc sens",why="names mentee, siblings' school, caring")
P(Z,"2026-06-18T21:40","@HarbourMentors 4 emails about my DBS renewal and not one reply. amazing service. 10/10. would be ignored again",r="crit",why="sarcastic complaint")
O="bluesky:@olliebrennan.bsky.social"
P(O,"2026-06-03T21:30","Mentor asked me how to reply when a mentee's parent asks for advice online. Answer: you don't. You say 'please call the helpline on 0808 196 0352' and that's it.",why="correct referral guidance")
T="x:@tomasz_matches"
P(T,"2026-03-05T15:30","@dazza_pike @maureen_hollis52 honestly Daz if the nan needs anything just get her to WhatsApp me on 07700 900751, quicker than the helpline",re=("x:@dazza_pike","daz-maureen2"),r="contact",why="staff gives a personal WhatsApp number instead of the helpline")
A="linkedin:@aoife-gallagher"
P(A,"2026-06-24T09:30","Proud to have supported T this year: excluded from two schools, living with his grandmother after his dad's imprisonment, and now he's off to college in Skelmouth. This is what mentoring does.",r="sens loc",u="name",why="unauthorised case story: exclusions, kinship care, parent in prison; initial only")
