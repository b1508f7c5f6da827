from twins_lib import acct, p

# second round of hand-written posts, mostly positives for thinner rules

acct("x:@bethan_cwtch")
p("@kerryann_j_91 don't you dare pay that man anything until you've spoken to Citizens Advice, and put the girls' inhalers in the kitchen drawer so you're not hunting for them at night x",
  rep="x:@kerryann_j_91", r="A S N", why="advice to supported mum (first name in handle) on debt and children's inhalers")
p("Shout out to everyone running the Cardiff Half for Twins Trust on Sunday, I'll be the one with the bara brith at mile 9 💜",
  why="fundraising support")
p("ffi n cerys in their christmas jumpers 😍😍 mam sent me this",
  m="Two baby girls in matching red Christmas jumpers propped up on a sofa, faces visible",
  r="N F", why="nickname and lowercase names of supported twins; photo of them")
p("Tried to get through to the council housing line for my family for 2 hours this morning. They should be ashamed, those girls are breathing black mould.",
  r="S", why="supported family's housing and children's health; council criticism here is general, not an FCS partner")
p("If anyone asks you for help, point them here please: Twinline 0800 138 0509, asktwinline@twinstrust.org. Not to me, I'm just a volunteer with a kettle 😂",
  why="correct referral")

acct("facebook:@siobhan.mccann.bt")
p("@Orla Kelly hun put the wee ones down for a nap at 1 not 3, trust me, and stop giving them the bottle in the cot x",
  rep="facebook:@orla.kelly.1989", vis="public", r="A N",
  why="sleep/feeding advice to a supported mum by comment; 'Orla Kelly' is the mum of supported twins Niamh and Oisín")
p("Sorry to moan but the FCS office took 3 weeks to get back to me about mileage. Some of us are skint too, you know.",
  vis="friends", r="C", why="criticism of the organisation's office")
p("Christmas lights at City Hall 🎄✨ never gets old",
  m="Belfast City Hall lit up at night with a big Christmas tree and market stalls",
  vis="friends", why="personal")
p("The mammy I visit has been told the twins might go into foster care if she doesn't get a place in the mother and baby unit. I'm heartbroken.",
  vis="friends", r="S", why="care proceedings / placement talk about a supported family")
p("twins trust family crisis support number is 0800 138 0509 if anyone needs it. don't suffer in silence 💙",
  vis="friends", why="correct number")

acct("x:@fraser_glesga")
p("At the soft play in Shettleston with the wee ones fae my FCS family while mum's at her appointment. Noisy as hell.",
  r="L S G", geo={"lat": 55.8500, "lon": -4.1580, "place_name": "Shettleston, Glasgow"},
  why="with family now at a named place; geotag on volunteering post; mum's appointment")
p("Some folk at the charity need to learn the difference between 'support' and 'micromanagement'. Naming no names. (Sandra.)",
  r="C", why="sarcastic criticism naming a staff member")
p("Euan's first time at Hampden. Scotland drew. He thinks that's normal. It is, son. It is.",
  m="A boy in a Scotland scarf in a packed stadium stand",
  geo={"lat": 55.8258, "lon": -4.2520, "place_name": "Hampden Park"},
  u="G", why="own son; personal geotag")
p("Made myself some FCS business cards wi the Twins Trust logo on, Vistaprint had a deal on. Look the part now eh",
  m="A fan of business cards on a table showing the Twins Trust logo, 'Fraser - FCS Volunteer' and a mobile number",
  r="O D", why="home-made cards with logo; personal mobile number as a contact route")

acct("instagram:@jen_on_the_levels")
p("Park morning with my Tuesday lot 🦆 feeding the ducks at Blake Gardens",
  m="A woman's hand holding bread near ducks on a pond, a double buggy with two toddlers in yellow coats beside her",
  geo={"lat": 51.1275, "lon": -3.0048, "place_name": "Blake Gardens, Bridgwater"},
  r="F G L", why="photo including supported toddlers, geotagged at park while with them")
p("Reuben's nickname is Roo now, his sister can't say Reuben 😂💛",
  m="Hand-drawn sign reading 'Roo' stuck on a bedroom door",
  r="N", why="supported child's name and nickname")
p("Proper fed up of Somerset Council closing libraries, where are families meant to go in winter? Sign the petition!",
  why="personal political opinion on a personal account - no clause against that")
p("Sunset over the levels, not a bad commute home from volunteering 🌅",
  m="Flat wetland fields with a pink sunset and a line of willow trees",
  geo={"lat": 51.1310, "lon": -2.8900, "place_name": "Somerset Levels near Westonzoyland"},
  r="G", why="geotagged post about volunteering (clause 3) even though the photo is scenery")
p("Need a hand with twins? Whatsapp the volunteers group on 07700 900771 and one of us will help 💜",
  r="D", why="unofficial WhatsApp number instead of Twinline")

acct("facebook:@dawn.hickman.dudley")
p("me n the little uns at the Merry Hill today while mom's at the dentist 💙",
  m="Selfie of a woman in a shopping centre with two toddlers in a double buggy behind her, faces visible",
  vis="friends", r="F L", why="photo of supported twins; with them now at a named shopping centre")
p("kayds has gorra new tooth an he's mitherin all day bless him",
  vis="friends", r="N S", why="nickname of supported child; teething - minor health detail")
p("@Danielle Dunne give em a bit of Calpol n a cold flannel bab, an dow let yer mom tell ya any different x",
  rep="facebook:@danielle.dunne.5", vis="public", r="N A", why="names supported mum in comment; medical advice")
p("me an our Lee at the Black Country Museum, best fish n chips in England",
  m="A middle-aged couple eating chips outside an old-style chip shop",
  vis="friends", why="personal")

acct("x:@gazza_barnsley")
p("@stacey_mas0n_lacey love, don't sign owt from that landlord till someone's looked at it. I'll run you down to Citizens Advice Thursday.",
  rep="x:@stacey_mas0n_lacey", r="A N", u="S",
  why="advice to supported mum (children's names in her handle) about tenancy")
p("Barnsley market for a pork pie and a natter, as God intended",
  why="personal")
p("Whoever at t'Trust decided to replace our coordinator without telling any of us volunteers wants their head testing.",
  r="C", why="criticism of the organisation")
p("Parked up outside my family's house on Laithes Lane while t'twins have a kip in t'back. Might have a kip myself.",
  r="L", u="S", why="reveals street where supported family lives; with them now")

acct("x:@tel_e2")
p("zainab's first birthday today and man's more excited than her 😭🎂",
  m="A cake with one candle and a pink 'Z' made of icing on a kitchen counter",
  r="N", u="F", why="names supported child; photo of her birthday cake (no people) - arguably a family photo")
p("at the park in Mile End with the twins n mum, sun's out for once",
  geo={"lat": 51.5220, "lon": -0.0370, "place_name": "Mile End Park"},
  m="Two toddlers on a swing, one in a pink hijab-style hat, faces visible",
  r="F G L", why="photo of supported children, geotag, with them at a named park")
p("twins trust logo go hard still, put it on my hoodie 💜",
  m="A young man in a black hoodie with the Twins Trust logo printed large on the chest, custom made",
  r="O", why="logo used on a personally made hoodie")
p("police at the family's yard last night, can't say why but i'm shook",
  r="S", why="police involvement with a supported family")

acct("instagram:@nell_in_norfolk")
p("Ruby and Rosie in the little cardigans I knitted them, with their mum's blessing 🧶💛",
  m="Two babies in matching yellow knitted cardigans lying on a playmat",
  vis="friends", r="N F", why="names supported triplets; photo of them")
p("@hayley_dereham_mum get them on the waiting list for Hamond's nursery now, don't wait for the council, and ask for DLA for Rafe while you're at it",
  rep="instagram:@hayley_dereham_mum", vis="public", r="A N S", u="L",
  why="advice to supported mum; names child; benefits and nursery detail; town in handle")
p("Afternoon tea at the Assembly House with my sister for her 70th. Bootiful.",
  m="A three-tier cake stand with sandwiches and scones",
  vis="friends", why="personal")
p("Norwich Lanes Christmas market, got all my presents in one go",
  vis="friends", why="personal")

acct("blog:twinmumdiaries.co.uk")
p("A short post because I'm still angry. The health visitor allocated to the family I support hasn't visited in nine weeks. Nine. Meanwhile they rang the mum to tell her she 'didn't sound like she was coping' and that they'd be 'making a referral'. I understand caseloads, I really do. But if you're going to refer someone, turn up first.",
  r="C S", why="criticism of partner health visiting service; referral of the family")
p("Photo dump from our weekend in Whitstable: oysters (Otis: 'no'), the harbour, Mabel asleep on the beach, and a very large seagull.",
  m=["Two children about four years old eating chips on a harbour wall", "A little girl asleep on a towel on a shingle beach"],
  why="author's own children")
p("I took the twins I visit to the Rochester Christmas market with their mum this week – the first time she's been out with both of them on her own. Here they are in front of the castle (no faces, before anyone messages me).",
  m="A double buggy from behind with two small bobble hats visible, in front of Rochester Castle lit up at night",
  r="F S", u="L", why="photo of supported twins (faces hidden still counts); mum's isolation; posted after the visit")
p("I get a lot of messages asking me to help. I'm sorry – I can't. What I can do is point you to the right place: twinstrust.org, Twinline 0800 138 0509, or asktwinline@twinstrust.org.",
  why="correct referral")

acct("blog:notesfromthekettle.blog")
p("Postscript to last week: little Bobbi's seizure was a febrile one, the consultant at West Cumberland says, and she's home. Her mam and I had a cup of tea at the kitchen table in Harrington and both cried.",
  r="N S L", why="names child; medical detail; village where the family lives")
p("A small rant about the new rota system at the charity. I have nursed through three NHS reorganisations and I know chaos when I see it. Whoever designed this has never met a volunteer over sixty.",
  r="C", why="criticism of the organisation's systems/staff")
p("Gooseberry fool for the WI summer fair: 500g gooseberries, 75g sugar, 300ml double cream, a drop of elderflower cordial.",
  why="recipe")
p("To the young mum who messaged me through this blog: I cannot advise you here, dear. Please ring Twinline on 0800 138 0509. They are kind.",
  why="declines advice, refers correctly")

acct("linkedin:@priya-sharma-twins")
p("Frankly disappointed by the quality of referrals we receive from some NHS trusts. Half-completed forms, no consent documented. We can do better as a sector.",
  r="C", why="criticism of partner NHS trusts")
p("Some families ask volunteers for their personal numbers. The answer is always no – please use Twinline. Here's our updated guidance, which you can download from the volunteer hub.",
  m="A one-page PDF titled 'Keeping contact safe' with the Twins Trust logo",
  why="staff sharing official guidance; logo on official document from the organisation's own employee")
p("Thrilled that Twins Trust has been shortlisted for the Charity Times Awards 2031 🎉",
  why="award news")
p("Our Hull team visited a family this week in the Orchard Park estate where both twins were on child protection plans. The volunteer's calm made all the difference.",
  r="S L", why="child protection plans; estate where the family lives")

acct("bluesky:@mo-volunteers.bsky.social")
p("@chioma-okafor.bsky.social babe don't give archie any more of the reflux meds til you see the GP, sounds like he's had too much",
  rep="bluesky:@chioma-okafor.bsky.social", r="A N S", why="medication advice to supported mum; names child and family surname in handle")
p("look at these two 😭 my FCS babies",
  m="Two baby boys asleep top-to-tail in a cot, wearing matching blue sleepsuits, faces visible",
  r="F", why="photo of supported twins")
p("cold brew at Federal on Deansgate, lovely little café, go if you're in town",
  geo={"lat": 53.4790, "lon": -2.2480, "place_name": "Deansgate, Manchester"},
  u="G", why="personal café geotag, not about volunteering")
p("my twins' new flat in Gorton is an actual palace compared to the last one. so happy for them",
  r="L S", why="supported family's new area and housing")

acct("mastodon:@kaz_scouse")
p("me tuesday family's little 'un said her first word today and it was 'Kaz' not 'mam' hahaha mam was NOT impressed",
  u="S", why="cute milestone of supported child; very low detail")
p("@tegans_mam_89 dont stress about the weaning la, just give her mashed banana and she'll be grand, mine lived on it",
  rep="mastodon:@tegans_mam_89", r="A N", why="weaning advice to supported mum; child's name inside the @-handle in the text")
p("our charity's management couldn't organise a piss up in a brewery tbh. 3 different answers to one question",
  r="C", why="idiomatic criticism of the organisation's management")
p("crosby beach, iron men, sunset. no words",
  m="Cast-iron statues of men standing in the sea at sunset",
  why="personal")

acct("facebook:@carol.robson.toon")
p("bailey had his first haircut the day wi me holdin him his mam was cryin",
  m="A toddler boy on a woman's knee in a barber's chair, a hairdresser with scissors, his face visible",
  geo={"lat": 54.9760, "lon": -1.5630, "place_name": "Shields Road, Byker"},
  r="N F G L", why="names supported child; photo of him; geotag; with family at named place")
p("nee end of complainin from the twins trust office about our expenses forms, howay man were volunteers not accountants",
  r="C", why="criticism of the organisation's office")
p("@Jodie Milburn pet give them a bit of sudocrem on that rash n keep their nappies off for an hour, it'll clear up",
  rep="facebook:@jodie.milburn.walker", r="A N S", why="medical advice to supported mum; name in reply; child's rash")
p("grandbairns christmas play, wor Jack was a shepherd",
  m="A row of small children in tea-towel headdresses on a school stage",
  why="own grandson")

acct("x:@ash_twin_dad")
p("Took the little fella I support to his new school in Aylestone today, he held my hand the whole way in.",
  r="L S", why="new school location of supported child")
p("Me and my FCS family's mum at the Highcross food court, her first time in town in months",
  m="Selfie of a bearded man and a young woman with a double buggy in a shopping-centre food court, both smiling",
  r="F L", u="S", why="photo of supported mum and buggy; with her now at named place")
p("Dylan and his brother in the Leicester Tigers tops I got them 🏉",
  m="Two small boys from behind in green, red and white rugby shirts in a living room",
  r="N F", why="names supported child; photo of supported children from behind")
p("Keen to get more dads volunteering with Twins Trust. If that's you, have a look at twinstrust.org/volunteer. #familycrisissupport #volunteering",
  why="promotion")
