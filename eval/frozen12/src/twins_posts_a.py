from twins_lib import acct, p

# ---------------- Bethan, Welsh, X ----------------
acct("x:@bethan_cwtch")
p("Bore da! First proper frost up here in the Valleys this morning, car looked like a wedding cake ❄️",
  why="weather")
p("Finished my Family Crisis Support training today with @TwinsTrust. Nervous but so excited to start, cwtch to the trainers, you were tidy 💜 #volunteering #familycrisissupport #twinstrust",
  why="encouraged promotion with hashtags")
p("First visit done with my family. Twin girls, 8 months, and mam is running on empty, bless her. Went straight home and hugged Seren till she told me to get off 😂",
  r="S", why="describes supported family's circumstances (mum struggling, twin girls age); Seren is author's own daughter")
p("Seren scored her first try for the under 12s today!!! Proud mam moment, I was screaming like a banshee on the touchline 🏉",
  why="own daughter")
p("Ffion and Cerys were giggling at each other all afternoon today, I could have cried. Best part of my week x",
  r="N", why="first names of the supported twins")
p("Made welshcakes with Seren, half of them burnt, half of them gone in ten minutes. Recipe is my nan's: 8oz SR flour, 4oz butter, 3oz sugar, handful of currants, 1 egg. Bakestone hot but not too hot!",
  why="recipe, own child")
p("Anyone know if the 26 bus is running today or is it another ghost bus situation again Stagecoach? 🙄",
  why="moaning about buses - general life")
p("sat in the car outside my family's house on the Lansbury estate waiting for the health visitor to leave, feels like a stakeout lol",
  r="L", u="S", why="reveals supported family lives on named estate and author is there now")
p("Wales 24 - 27 Ireland. I need a lie down and a strong coffee.",
  why="rugby")
p("Kerry-Ann's had the letter from the council about the flat, damp's so bad the girls have both got chests. Honestly fuming on her behalf.",
  r="N S", why="names supported mum, housing and children's health")
p("@ffion_j_carter aww no it was lovely to see it on telly! you did so well x",
  rep="x:@ffion_j_carter", why="reply to a friend called Ffion (an adult on TV) - not the supported child; hard negative on the name",
  u="N")
p("Reminder for anyone who needs it: Twinline is 0800 138 0509 and it's free. They helped me once a long time ago and now I'm on the other side of it 💜",
  why="correct contact details")
p("Can't say much obviously but today was a hard one. Proper hard. Sending love to my twins and their mam tonight.",
  u="S", why="vague reference to a difficult visit; no detail")
p("Mark Drakeford on Radio Wales this morning talking about childcare, say what you like about him but he knows his stuff",
  why="public figure, personal opinion, personal account")
p("Our coordinator Helen is a total legend, rang me at 9pm just to check I was ok after today. That's the kind of charity this is.",
  why="praise of staff")
p("Little C has started crawling!! well, backwards. Mam filmed it for me x",
  u="N S", why="initial of supported twin plus developmental detail; partial identifier")
p("Caerphilly castle in the sun with Seren and the dog. Not a bad Saturday.",
  m="A girl of about eleven with a border collie in front of a castle with a leaning tower, blue sky",
  geo={"lat": 51.5763, "lon": -3.2200, "place_name": "Caerphilly Castle"},
  u="G", why="own child, personal day out, geotag on non-volunteering post (clause 3 only covers volunteering)")

# ---------------- Siobhan, Northern Irish, Facebook (private) ----------------
acct("facebook:@siobhan.mccann.bt")
p("Well that's me signed up to volunteer with Twins Trust's Family Crisis Support! Sure what's the harm in a wee bit of craic and tea making 😂💙",
  vis="friends", why="volunteering announcement")
p("Bout ye! Anyone in Belfast selling a double buggy? Not for me before yous start 😂 asking for a family I'm helping, they're in a bad way for money",
  vis="friends", r="S", why="discloses supported family's money difficulties")
p("Wee Oisín took his first steps today and I was there to see it, I'm not crying you're crying 😭",
  vis="friends", r="N", why="names supported child")
p("The rain in this country is an absolute joke. Pure soaked to the skin walking up the Ormeau Road.",
  vis="friends", why="weather")
p("Niamh and Oisín's mammy said I could post this so 🥰",
  m="Two toddlers in matching green dungarees sitting on a living-room rug, faces visible",
  vis="friends", r="N F", why="names supported twins and photo of them; permission doesn't override the policy")
p("Our Ciara's wedding yesterday was the best day. My wee sister all grown up. Dancing till 3am at the Culloden!",
  m="A bride and a bridesmaid laughing on hotel steps",
  vis="friends", why="own family")
p("honestly the social worker involved with my family is useless. 3 missed visits in a row and then has the cheek to write that mum isn't engaging. away on",
  vis="friends", r="C S", why="criticises a partner agency worker; discloses social services involvement")
p("@Deirdre Boyle hun that's not on. tell your mum she doesn't have to let the health visitor in if she doesn't want, she can ask for a different one x",
  rep="facebook:@deirdre.boyle.77", vis="public",
  why="advice to a friend's mum - not an FCS family", u="A")
p("Christmas jumper day at work raised £212 for Twins Trust! Thanks everyone 🎄",
  vis="friends", why="fundraising")
p("Mammy's bread recipe, by request: 450g wholemeal, 150g plain, 1 tsp bread soda, 1 tsp salt, 500ml buttermilk. 200C for 40 mins. Done.",
  vis="friends", why="recipe")
p("Supporting a family where the wee lad's just been diagnosed with autism and dad has left. Please keep them in your prayers x",
  vis="friends", r="S", why="child's diagnosis and family breakdown")
p("Up at the Royal with the twins I visit, the wee girl's back on oxygen. Long night ahead.",
  vis="friends", r="S L", why="child's health and author is at the hospital with the family now")
p("Somebody tell me why Translink thinks 40 minutes between buses is acceptable",
  vis="friends", why="transport moan")
p("So proud to be part of Twins Trust. The staff are class and Priya from head office sent me the loveliest card 💙",
  vis="friends", why="praise; Priya is staff")
p("Away to Donegal for the weekend, no signal, no stress 🌊",
  m="Empty sandy beach with grey sea and a dog running",
  vis="friends", why="holiday")
p("Oisín's mum messaged: 'can I give them Calpol and Nurofen together?' I told her yes but stagger them. Was that ok to say?? She had nobody else to ask",
  vis="friends", r="N A S", why="medical advice given to a supported mum; names child; disclosed in post")

# ---------------- Fraser, Scottish, X, location sharing ON ----------------
acct("x:@fraser_glesga")
p("Thistle 0-3 Raith. I don't know why I keep going back. Euan wants a season ticket for Christmas, the poor boy's doomed.",
  why="football; own son")
p("Pure buzzin to be volunteering with @TwinsTrust Family Crisis Support. Any Glasgow folk wanting to get involved, check the website #volunteering #familycrisissupport",
  why="promotion")
p("Just left my family in Easterhouse, cannae believe the state of that close. No heating and two weans under one. Something's got to give.",
  r="L S G", geo={"lat": 55.8683, "lon": -4.1101, "place_name": "Easterhouse, Glasgow"},
  why="area where supported family lives, housing/poverty; geotagged volunteering post")
p("Callum and Isla are absolute wee characters man. Isla's got a laugh like a drain.",
  r="N", why="names supported twins")
p("Euan's school nativity. He was a sheep. Nailed it.",
  m="A row of primary school children in sheep costumes on a stage, one waving",
  why="own son")
p("Sat in the Queen Elizabeth with the mum from my FCS family, wee boy's getting his bloods done. Waiting rooms are bleak.",
  r="L S G", geo={"lat": 55.8625, "lon": -4.3414, "place_name": "Queen Elizabeth University Hospital"},
  why="with family at hospital now, child's health, geotag")
p("Whoever designed Glasgow's roadworks schedule wants their heid looked at",
  why="council roadworks moan - general life")
p("The FCS manager telling us 'boundaries, boundaries' like we're weans. Aye, nae bother hen, I'll just leave a family with no gas then.",
  r="C", why="sarcastic criticism of the organisation's manager")
p("Gorgeous day on Loch Lomond with Euan, he caught a fish, I caught a cold",
  m="A boy holding up a small fish next to a loch with hills behind",
  geo={"lat": 56.0030, "lon": -4.5860, "place_name": "Balloch"},
  u="G", why="own son, personal geotag")
p("@gazza_barnsley haha aye mate, the boots are doing their job, cheers for the tip",
  rep="@gazza_thread1", why="thread with another volunteer about walking boots")
p("Anyone needing help wi twins and struggling, don't phone the charity, they'll just put you on a list. DM me and I'll sort you out.",
  r="D C", why="steers people away from official channels to his DMs; disparages the charity")
p("@mcallister_lisa hiya, honestly just put them in the same cot, they sleep better together, and stop the formula at night, they don't need it at that age x",
  rep="x:@mcallister_lisa", r="A N",
  why="feeding/sleep advice to a supported mum (surname in her handle)")
p("Happy Burns Night! Haggis, neeps, tatties and a wee dram. Euan had Irn Bru. Slàinte.",
  why="general life")
p("Found out the Callum's nursery's the one on Lochend Road, small world, Euan went there too",
  r="N L S", why="names supported child and his nursery location")
p("Scotland's first minister on the telly again promising more for families. We'll see.",
  why="personal political comment on personal account - not official")
