from lib import P

A = "mo"
P(A, "2025-06-03 18:00", "Our little one had his first contact with birth mum today. He came home very quiet. Lots of cuddles tonight.", r="si", why="contact with a birth parent of a child in care")
P(A, "2025-06-10 20:30", "Grandma duties this weekend, all five grandchildren and one very tired grandma 😅", why="own grandchildren")
P(A, "2025-06-17 13:15", "Sitting outside Sheffield Children's Hospital while our foster son has his tonsils out. Longest morning.", r="si ld", why="treatment of a child in care and the hospital; author there now")
P(A, "2025-06-24 19:40", "The new placement arrived last night. Two sisters, 4 and 6, with one bin bag between them.", r="si", why="arrival of a placement and the children's ages and circumstances")
P(A, "2025-07-01 10:10", "Our supervising social worker Lorraine is worth her weight in gold. Thank you for everything 💐", why="staff praised")
P(A, "2025-07-08 21:00", "the agency's out of hours line rang out for 40 minutes last night when we had a crisis. Not good enough CFT.", r="cr", why="publicly criticises the Trust's service")
P(A, "2025-07-15 12:30", "Training on therapeutic parenting at the Sheffield office today, really useful", why="training at the office")
P(A, "2025-07-22 17:20", "Kayden's started at Hillsborough primary and he loves his teacher already", r="nl si ld", why="names a child in care, and his school")
P(A, "2025-07-29 19:00", "Sunday dinner with my own lot, Yorkshires the size of your head", why="own family")
P(A, "2025-08-05 15:45", "Review meeting for our girl today. IRO was lovely, plan is long term with us 💛", r="si", why="looked-after review and care plan of a child in care")
P(A, "2025-08-12 20:15", "Fostering isn't for everyone but if you've got a spare room and patience, have a think. Happy to chat about what it's really like.", why="recruitment, generic")
P(A, "2025-08-19 11:00", "Lovely day at the beach with all the kids", m=["Three children building a sandcastle, one in a foster carer's arms, faces visible"], r="fp", g=(53.96, -0.16, "Hornsea"), u="gt", why="photo including children in care; geotag on a leisure post left unsure per guidance")

A = "dan"
P(A, "2025-06-05 21:10", "lad we look after got suspended from school again today. third time this term. knackered", r="si", why="school suspension of a child in care")
P(A, "2025-06-12 18:30", "rovers lost. of course they did", why="rugby league")
P(A, "2025-06-19 09:45", "our social worker's gone off sick and nobody's told us who's covering. three weeks. shambolic", r="cr", why="criticises the organisation's handling")
P(A, "2025-06-26 20:00", "the young person in our care is going home to her mum next week. mixed feelings doesn't cover it", r="si", why="placement ending and reunification")
P(A, "2025-07-03 13:30", "hull fair planning has begun. 🎡", why="local event")
P(A, "2025-07-10 22:15", "birth dad turned up at the school gates at orchard park today. police called. lad's shaken", r="si ld", why="incident with a birth parent, police, and the estate of the school")
P(A, "2025-07-17 19:20", "to every carer who's had a rough week: you're doing better than you think", why="general encouragement")
P(A, "2025-07-24 16:00", "fed up of the council's placement team treating us like a taxi service", u="cr", why="a carer's frustration with the placing local authority: unsure per the labelling principles")
P(A, "2025-07-31 11:20", "lad's at the dentist on beverley road, first time in 3 years he's been. that says a lot about before", r="si ld", why="child's treatment, neglect history, and the street")

A = "priya"
P(A, "2025-06-07 10:00", "Anaya's ballet show 🩰 so proud of our girl", why="author's birth daughter named in bio")
P(A, "2025-06-14 19:30", "Our foster baby has a hospital appointment for her withdrawal symptoms at Leicester General tomorrow, please send good vibes 🙏", r="si ld gt", g=(52.63, -1.09, "Leicester"), why="neonatal withdrawal of a child in care and the hospital, geotagged")
P(A, "2025-06-21 15:00", "Baby's first smile 🥹", m=["A baby in a bouncer smiling, face visible"], r="fp", why="photo of the foster baby")
P(A, "2025-06-28 20:45", "Can't say much but court is next week and we're all anxious", r="si", why="care proceedings of the child in her care")
P(A, "2025-07-05 12:00", "Diwali sweets prep has started 🪔 Anaya is chief taster", why="own daughter")
P(A, "2025-07-12 17:30", "CFT carers' picnic at Abbey Park, such a lovely afternoon with other foster families", why="carers' event at a public park")
P(A, "2025-07-19 21:00", "Honestly our SSW is useless, never reads the reports and always late", r="cr", why="criticises a colleague (supervising social worker)")

A = "jo"
P(A, "2025-06-09 19:30", "visited one of my carers today, the teenager they look after has finally started talking to them. small wins", r="si", why="detail about a child in care's behaviour")
P(A, "2025-06-16 07:40", "frost on the hills this morning. tea, then work", why="weather")
P(A, "2025-06-23 21:20", "the new managers at work have no idea what frontline looks like. another pointless form", r="cr", why="criticises the organisation's management")
P(A, "2025-06-30 12:15", "knitting a blanket for a baby who's arrived with nothing. (placement details private, obviously)", r="si", why="arrival of a baby into care with nothing: detail about a child in care")
P(A, "2025-07-07 18:10", "good supervision session with my manager today, felt heard", why="praise")
P(A, "2025-07-14 20:00", "three children from one family split across three carers because there's nobody with the space. this is what the shortage looks like", r="si", why="sibling separation detail about specific children")
P(A, "2025-07-21 13:00", "walked up pen y fan in the rain. worth it", why="personal leisure")

A = "ceri"
P(A, "2025-06-11 17:00", "My three boys at the rugby, all taller than me now", why="own sons (bio)")
P(A, "2025-06-18 20:30", "The little girl we foster was diagnosed with foetal alcohol syndrome today. We knew, but hearing it is different.", r="si", why="diagnosis of a child in care")
P(A, "2025-06-25 15:15", "Our foster lad's contact is at the family centre on Rhosddu Road every Thursday now", r="si ld", why="contact arrangement and the family centre's street")
P(A, "2025-07-02 19:45", "Half term in Llandudno with my lot 🌊", why="own family holiday")
P(A, "2025-07-09 21:30", "whoever at the trust decided carers don't need a pay rise this year can come and do a night shift with a screaming toddler", r="cr", why="criticises the Trust's decision publicly")
P(A, "2025-07-16 12:00", "Wrexham AFC on telly again 😂 this town has gone Hollywood", why="football")

A = "cft"
P(A, "2025-06-04 10:00", "Foster Care Fortnight starts today! Thank you to every one of our carers 💙", why="awareness event")
P(A, "2025-06-13 19:00", "The Chancellor has shown once again he doesn't care about children in care. Vote him out.", r="co", why="party-political attack from an official account")
P(A, "2025-06-20 12:00", "We've written to the Education Secretary asking for the national minimum allowance to rise with inflation. Read our letter on our website.", why="measured on-remit campaigning")
P(A, "2025-06-27 15:30", "Meet Sam and Tina, who have fostered with us for 20 years! Read their story on our website.", m=["Two smiling adults in a garden"], why="official photo of adult carers")
P(A, "2025-07-04 20:10", "Councils that still use profit-making agencies are complicit in exploitation. Shame on every one of them.", r="co cr", why="inflammatory attack on partner councils from an official account")
P(A, "2025-07-11 11:30", "Could you foster a teenager? Our Hull team is recruiting now. Find out more at childrensfamilytrust.org", why="recruitment")
