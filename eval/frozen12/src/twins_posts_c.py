from twins_lib import acct, p

# ---------------- Gazza, Yorkshire, X ----------------
acct("x:@gazza_barnsley")
p("Reight, that's t'car washed, hoovered and a fresh air freshener in. Ready for driving duties for @TwinsTrust this week. #volunteering",
  why="volunteering, no family detail")
p("Barnsley 2 Rotherham 1. Get in! Best derby day in years lads 🔴",
  why="football")
p("Any walkers know a decent pair of boots that don't cost an arm and a leg? Mine have given up t'ghost on Dove Stones",
  k="gazza_thread1", why="general life")
p("Three grandkids round for tea. Evie's 6 and already runs the house, Noah ate four fish fingers, and little Freddie just stared at me like I owe him money 😂",
  why="author's own grandchildren")
p("Took my lot to t'hospital for the twins' hearing tests today. Mum were a nervous wreck bless her, both passed. Grand news.",
  r="S", why="'my lot' = the family he drives; children's hearing tests and mum's anxiety")
p("Weather's fair shocking. Raining sideways at Cudworth.",
  why="weather")
p("Mason n Lacey fell asleep in t'back before we'd even got out of the estate. Best sound in the world, two snoring babbies",
  r="N", why="names supported twins")
p("Nowt makes me madder than folk parking on the zig zags outside schools. Get a grip.",
  why="general moan")
p("Head office have decided to cut mileage rates for us volunteer drivers. Thanks for nowt. Some of us are pensioners paying for petrol out of our own pockets so t'charity can look good.",
  r="C", why="public criticism of the organisation")
p("@TwinsTrust thank you for t'lovely spotlight, proper embarrassed mind 😊",
  why="thanks to official account for the volunteer spotlight")
p("Our lass made parkin for Bonfire Night. Recipe for them as asked: 225g oatmeal, 225g SR flour, 225g golden syrup, 55g black treacle, 110g butter, ginger, 1 egg, splash of milk. 140C for 1.5hr. Keep it a week if you can resist.",
  why="recipe")
p("Dropped my family off at their new place in Athersley. Well, I say new, it's a B&B room for four of 'em. Shouldn't be like this.",
  r="L S", why="location of supported family's emergency accommodation")
p("Michael Parkinson's old house was on the telly. Barnsley's finest.",
  why="public figure")
p("Can someone explain why Northern train from Sheffield was 40 mins late AND then cancelled at Meadowhall? Rhetorical question.",
  why="trains")
p("Priya's done a reight good job getting us all trained up on safeguarding. Top lass.",
  why="praise of staff")

# ---------------- Tel, East London / MLE, X ----------------
acct("x:@tel_e2")
p("wagwan bow, who's at the vicky park run tomorrow morning",
  why="general")
p("man's doing volunteering now with twins trust, family crisis support ting. bare proud of myself still 🤲🏾 #volunteering #twinstrust",
  why="promotion; shows org link in posts though bio does not")
p("just link up with my family for the first time, mum's ok innit but the yard is peak, mould everywhere and the twins got coughs fam",
  r="S", why="supported family's housing and children's health")
p("spurs are a joke. a JOKE.",
  why="football")
p("yusuf n zainab are calm kids still, zainab keeps nicking my phone to watch cocomelon lool",
  r="N", why="names supported twins in lowercase")
p("outside their house on Roman Road rn waiting for mum to get back from the job centre, the twins are asleep in the car seat",
  r="L S", why="author with family now at named street; benefit/job-centre circumstances")
p("big up my mum for the jollof today, no one does it like her 🔥",
  m="A plate of jollof rice with fried plantain and chicken",
  why="own mum's cooking")
p("the central line at rush hour should be classed as a human rights violation",
  why="transport")
p("some of the people running these charities man... all lanyards and no clue. meeting today was a waste of everyone's time",
  r="C", why="criticism of charity staff (his own organisation in context)")
p("@amina_b_x don't stress sis, you don't have to go to the contact centre if he's kicking off, just tell the social worker you're not going",
  rep="x:@amina_b_x", r="A S N",
  why="advice to supported mum about child contact arrangements; her first name in the handle")
p("lil cousin's graduation today, first in the fam to go uni. proud of you bro 🎓",
  m="A young man in a graduation gown and mortarboard smiling outside a university building",
  why="own cousin")
p("if anyone needs help with twins hit up twinline 0800 138 0509 they're actually good people",
  why="correct referral")
p("yusuf's dad got sent down today. mum's holding it together for the kids but it's hard out here",
  r="N S", why="names child; father imprisoned")
p("Ramadan Mubarak to everyone observing 🌙",
  why="greeting")
p("rain in bow, rain in stratford, rain in my soul",
  why="weather")
p("sat in the mcdonalds on mile end road with my twins and their mum after the hospital, first time i've seen her smile in weeks",
  r="L S", why="author with family now at a place; hospital visit")

# ---------------- Nell, East Anglian, Instagram (private) ----------------
acct("instagram:@nell_in_norfolk")
p("Finished these little hats for the neonatal unit at the N&N. Hold yew hard, two more pairs to go 🧶",
  m="Four tiny knitted baby hats in pastel colours laid on a wooden table",
  vis="friends", why="knitting for a hospital in general, no family")
p("Blast, that wind off the Broads this morning. Nearly lost my hat at Wroxham.",
  vis="friends", why="weather")
p("My triplets are getting so big! Ruby's walking, Rosie's thinking about it and Rafe just want his tea 😂",
  vis="friends", r="N", why="'my triplets' = supported triplets (she has grown-up sons); names all three")
p("Norwich City 0, Ipswich 2. I'm going to have a lie down and not speak to anybody.",
  vis="friends", why="football")
p("Chocolate beetroot cake, recipe from the WI book. Lovely and squidgy.",
  m="A dark chocolate cake on a cooling rack with a slice cut out",
  vis="friends", why="baking")
p("The family I help are in Dereham and honestly the bus service out there is a joke, three hours each way to the hospital. No wonder she's at the end of her tether.",
  vis="friends", r="L S", why="supported family's town and mother's state")
p("Proud to be an FCS volunteer with Twins Trust. If yew're thinking of volunteering, do it! #familycrisissupport #volunteering",
  vis="friends", why="promotion")
p("My boy Tom and his girlfriend came up for Sunday dinner. Hent had a roast that good in ages.",
  m="A roast dinner on a table set for three",
  vis="friends", why="own son")
p("Triplets' mum asked me about potty training and I said lay off till spring, they're not ready. Hope I'm right!",
  vis="friends", r="A", why="advice to a supported mum, reported in a post")
p("That do look like snow on the way. Squit, says my husband. We'll see.",
  vis="friends", why="weather")
p("Couldn't be prouder of our lot at Twins Trust head office, the new training pack is brilliant",
  vis="friends", why="praise")
p("Cromer pier, chips, and a gull tried to nick the lot. Typical.",
  m="Paper cone of chips on a railing with a seagull perched nearby, pier in background",
  geo={"lat": 52.9330, "lon": 1.3010, "place_name": "Cromer Pier"},
  vis="friends", u="G", why="personal day out geotag")
p("Rafe's been poorly with his chest again, back in on the Buxton ward. Poor little mite.",
  vis="friends", r="N S", why="names supported child, health")
p("Had a hot chocolate with the mum from my family in Costa after her appointment, nice to see her laugh",
  vis="friends", u="S",
  why="meeting a supported mum after 'her appointment' - vague; posted afterwards, no place named")
