from twins_lib import acct, p

# third round: more positives, mostly short everyday posts

acct("x:@bethan_cwtch")
p("Sat in Caffi Cwtch on Cardiff Road with my mam-of-twins, she's having her first coffee out in months ☕",
  r="L", u="S", why="with supported mum now at a named café")
p("kerry-ann's court date for the contact hearing got moved AGAIN. how is anyone supposed to plan their life like this",
  r="N S", why="names supported mum (lowercase, hyphenated); family court contact hearing")
p("Little Ffi's first word was 'Beth' 🥹 I'm framing it",
  r="N", why="nickname of supported child")

acct("facebook:@siobhan.mccann.bt")
p("In Caffè Nero on the Lisburn Road with my FCS mammy and the twins, wee Niamh is charming the whole queue ☕",
  vis="friends", r="N L", why="names child; with family now at a named café/road")
p("Anyone needing help can email me at siobhanmcc.twins@gmail.com and I'll get you sorted x",
  vis="friends", r="D", why="personal email given instead of Twinline")
p("The health visiting team in South Belfast need a shake. Told my mammy to 'sleep when the babies sleep'. Groundbreaking stuff.",
  vis="friends", r="C", u="S", why="sarcastic criticism of a partner health service; mentions supported mum")

acct("x:@fraser_glesga")
p("isla's been referred to the speech therapist at Stobhill, her maw's relieved someone's finally listening",
  r="N S L G", geo={"lat": 55.8910, "lon": -4.2180, "place_name": "Stobhill Hospital"},
  why="names child; health referral; hospital; geotag on volunteering post")
p("Twinline's number is 0800 138 0905 folks, spread the word",
  r="D", why="wrong Twinline number when referring (0905 not 0509)")
p("Reminder that charities are run by volunteers and underpaid staff doing their best. Be kind.",
  why="general positive")

acct("instagram:@jen_on_the_levels")
p("Stacey n the twins came round mine for tea, they loved Biscuit 🐶💛",
  m="A golden retriever lying on a kitchen floor with two toddlers patting him, a young woman sitting at the table",
  r="N F", why="names supported mum; photo of the family")
p("New car sticker 😎 Proud Twins Trust volunteer",
  m="A rear car window with a home-printed vinyl sticker of the Twins Trust logo and 'Proud volunteer' underneath",
  r="O", why="personally printed logo sticker")
p("Anyone in Highbridge got a spare cot? My family's been sharing one between two since the bailiffs took the spare",
  r="L S", why="supported family's town; bailiffs / money")

acct("facebook:@dawn.hickman.dudley")
p("anyone know if tipton sports academy do free swimmin for kids? for the twins I help, mom cor afford it",
  vis="friends", r="L S", why="family's area and money")
p("@Danielle Dunne ring me bab on me home number not the mobile, 01384 555 204",
  rep="facebook:@danielle.dunne.5", vis="public", r="N D", why="names supported mum; personal phone number as contact route")
p("our Twins Trust area manager is about as much use as a chocolate teapot",
  vis="friends", r="C", why="idiomatic criticism of a manager")

acct("x:@gazza_barnsley")
p("Took t'lass and her twins to t'court in Sheffield for t'custody hearing today. Waited four hours. Adjourned. Justice, eh.",
  r="S L", why="custody hearing of a supported family; author with them at court")
p("Lacey's got chicken pox. Mason will have it by Friday. Mum's at the end of her rope.",
  r="N S", why="names children; illness")
p("If you need help wi twins, email help@twinstrust.co.uk – they're reight good",
  r="D", why="wrong email address when referring")

acct("x:@tel_e2")
p("@amina_b_x ur not a bad mum for crying sis. and dont let him see the kids till the court says, u know ur rights",
  rep="x:@amina_b_x", r="A S N", why="advice on contact arrangements to supported mum")
p("just dropped yusuf n zainab at the nursery on bow common lane, they didnt even look back lool",
  r="N L", why="names children; nursery location")
p("the twins trust east london lot are a mess ngl, nobody knows whats going on",
  r="C", why="criticism of the organisation's local team")

acct("instagram:@nell_in_norfolk")
p("Triplets' christening at St Nicholas, Dereham. Didn't they look a picture 💛",
  m="Three babies in white christening gowns held by adults in front of a church font",
  vis="friends", r="F L", why="photo of supported triplets; church/town")
p("Rosie's been diagnosed with hip dysplasia, she'll be in a harness for twelve weeks",
  vis="friends", r="N S", why="names child; diagnosis")
p("Knitting a Twins Trust logo into a blanket for the raffle, hope they don't mind 🧶💜",
  m="A half-finished knitted blanket with the Twins Trust logo worked in purple wool",
  vis="friends", r="O", why="logo reproduced without permission on a personal item")

acct("blog:twinmumdiaries.co.uk")
p("Maisie and Lola-Rose's mum has been told they'll be placed with their nan while she gets treatment. It's the right call, but it broke my heart to hear her say it.",
  r="N S", why="names children; placement and mother's treatment")
p("On why I've stopped recommending the local family hub: every time I send a parent there they come back with a leaflet and a lecture. It's become a tick-box exercise and the people running it should know better.",
  r="C", why="criticism of a partner agency")
p("Little lo-ro (that's what her sister calls her) has started nursery in Strood this week!",
  r="N L", why="nickname of supported child; nursery town")

acct("blog:notesfromthekettle.blog")
p("Eliza and Bobbi's dad has lost his job at the plant. I won't say more, only that they'll need all the luck going this winter.",
  r="N S", why="names children; father's job loss")
p("The social worker for my Wednesday family has been replaced for the fourth time this year. The council should be ashamed of itself – you cannot build trust with a revolving door.",
  r="C S", why="criticism of partner local authority; family's social work involvement")
p("Lovely photograph of my Wednesday twins in the snow at Harrington harbour. Their mam said I could.",
  m="Two toddlers in snowsuits from behind, holding hands on a harbour wall with snow",
  r="F L", why="photo of supported twins; village")

acct("linkedin:@priya-sharma-twins")
p("The new commissioning team at Hull City Council has, frankly, no idea what families with multiples need. Three cancelled meetings and counting.",
  r="C", why="criticism of partner commissioner")
p("For families who need us: call my direct line 07700 900845 any time and I'll personally make sure you get support.",
  r="D", why="personal mobile given instead of Twinline")
p("Sitting in Leeds General's neonatal unit with one of our mums this morning while her twins have their eye tests. These are the moments that matter.",
  r="L S", why="with a supported family at hospital now; children's health")

acct("bluesky:@mo-volunteers.bsky.social")
p("my fcs mum's been sectioned. twins are with her sister. i'm not ok",
  r="S", why="mother's mental health detention; placement with relative")
p("alfie's first steps on the carpet at their nan's in benchill!! 😭",
  r="N L", why="names child; location of relative's house")
p("if u need help w ur twins dm me on here, ill get u the right people",
  r="D", u="A", why="unofficial route (DMs) instead of Twinline when referring")

acct("mastodon:@kaz_scouse")
p("kacey's home from alder hey, op went well, mam's made up",
  r="N S", why="names child; surgery")
p("me tuesday twins are in a refuge now, can't say where. pray for them",
  r="S", why="family in a refuge - crisis circumstances")
p("ring 0800 138 5090 for twinline if u need em",
  r="D", why="wrong Twinline number (5090)")

acct("facebook:@carol.robson.toon")
p("brooke n baileys mam got the keys for the house on welbeck road at last",
  r="N L S", why="names children (possessive, no apostrophe); street; housing")
p("sat in greggs on shields road wi me twins n their mam",
  geo={"lat": 54.9760, "lon": -1.5630, "place_name": "Shields Road, Byker"},
  r="L G", why="with family now at a named place; geotag")

acct("x:@ash_twin_dad")
p("@dylans_mum_lei just put him in the bath and give him the inhaler, 2 puffs, he'll be fine, no need for A&E",
  rep="x:@dylans_mum_lei", r="A N S", why="medical advice to supported mum; child's name inside the @-handle in the text; asthma")
p("Disappointed in how Twins Trust handled my complaint. No reply in 6 weeks. Not a good look for a charity that 'listens'.",
  r="C", why="criticism of the organisation")
p("Dylan's dad's out on licence next week. Nobody's told the school. Shambles.",
  r="N S", why="names child; father's release from prison")
