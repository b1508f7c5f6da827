from twins_lib import acct, p

# ---------------- Mo, Manchester, Bluesky ----------------
acct("bluesky:@mo-volunteers.bsky.social")
p("night shift done. 3 cannulas, 1 projectile vomit, 0 cups of tea. going to bed. (my actual job, not volunteering, before anyone asks)",
  why="own NHS work, no patient detail")
p("on my days off I volunteer with Twins Trust Family Crisis Support and honestly it's the best thing I do all week. #familycrisissupport #volunteering",
  why="promotion")
p("alfie n archie are the double trouble i visit, proper little scallies. archie bit alfie today and alfie bit him back. justice served",
  r="N", why="names supported twins, lowercase")
p("Man City are boring to watch and I will die on this hill",
  why="football")
p("the Okafors have had their gas cut off again. two babies. february. manchester. make it make sense",
  r="N S", why="family surname; utility disconnection")
p("Arch's mum asked me if she should stop breastfeeding cos of her meds. told her to ask the GP but tbh i think she'd be fine, its on the safe list",
  r="N A S", why="nickname of supported child; medication/breastfeeding advice; mother's medication")
p("rain. obviously. it's manchester. we have 47 words for rain and they're all 'mizzle'",
  why="weather")
p("shoutout to Louise in the FCS office for sorting my DBS in record time 🙏",
  why="staff thanks")
p("sat with my twins n their mum in the waiting room at wythenshawe, again. third time this week",
  r="L S", why="author at a hospital with supported family now; repeated hospital visits")
p("Andy Burnham on the radio about the buses. Bee Network has actually been alright for me tbf",
  why="public figure, transport")
p("the council's new parking scheme round my way is a shambles. £80 for a permit outside my own house",
  why="general-life council complaint")
p("if you're a twin parent in greater manchester and struggling: twinline is 0800 138 0509. free. they actually pick up.",
  why="correct referral")
p("our Ali's first day at big school. she's more excited about the packed lunch than the lessons",
  m="A girl of about four in a red school jumper holding a lunchbox at a front door",
  why="own daughter (Ali)")
p("Mum of the twins on my FCS list wants me to be a character witness at the family court next month. No idea if I'm allowed. Anyone know?",
  r="S", why="discloses family court proceedings for a supported family")
p("my FCS coordinator is either a saint or a robot, she's replied to every email within 4 mins for 3 months straight",
  why="humorous praise of staff")

# ---------------- Kaz, Liverpool, Mastodon ----------------
acct("mastodon:@kaz_scouse")
p("sound day today. my family on tuesdays is doin boss, mam's found a nursery place for the girls",
  u="S", why="mild positive update; nursery place is a family circumstance but low detail")
p("made up with this new book, anyone else read the new Kate Atkinson? no spoilers la",
  why="books")
p("Tegan's got a new tooth and kacey's jealous so she's pretending to have one too 😂😂",
  r="N", why="names supported twins, one lowercase")
p("scouse recipe for the southerners: lamb neck, onions, carrots, spuds, stock cube, pinch of pepper. simmer til its thick enough to stand a spoon in. red cabbage on the side or yer not doin it right",
  why="recipe")
p("outside alder hey with my tuesday family. kacey's in for her op, they won't say how long. scared for them",
  r="N L S", why="names child, author at hospital with family now, surgery")
p("the arl fella's booked us a holiday to Tenerife. 5 days no washing",
  why="holiday")
p("everton 1 - 1 wolves. we'll take it i suppose",
  why="football")
p("ferry across the mersey in the sun, tourist in me own city",
  m="View from a ferry deck of the Liverpool waterfront with the Liver Building",
  why="personal photo")
p("my family's moving from kirkby to a temporary place in huyton cos of the landlord, mam's in bits",
  r="L S", why="supported family's housing move and towns")
p("kirkby market's closing down??? where will i get me cheap socks now",
  why="local life - same town as above but about author's own shopping")
p("dear merseyrail, a train every 30 mins on a saturday is not a service it's a rumour",
  why="trains")
p("the twins i volunteer with, their mam said 'you're the only one who doesn't judge me'. that's the job innit",
  u="S", why="quote from supported mum, hints at judgement she faces; low detail")
p("just read our local twins group saying FCS is full and not taking referrals. not true, ring twinline 0800 138 0509",
  why="corrects misinformation with correct number")

# ---------------- Carol, Geordie, Facebook, public + location sharing ----------------
acct("facebook:@carol.robson.toon")
p("howay the lads what a game 3 nil 🖤🤍",
  why="football")
p("wor Alfie n Jack stayin over tonight so nana's gettin the pizza in 🍕",
  why="author's own grandsons (Alfie shares a name with a supported child elsewhere - hard negative)")
p("been volunteering wi twins trust fcs for 6 month now an its the best thing i ever did",
  why="volunteering")
p("just come from me family in walker brooke n bailey are gettin canny big now, mam says they're both sleepin thru thank god",
  r="N L G", geo={"lat": 54.9744, "lon": -1.5560, "place_name": "Walker, Newcastle upon Tyne"},
  why="names supported twins, family's area, geotagged volunteering post")
p("Jodie's mam wont help her at all, disgrace, shes on her own wi two bairns n no money",
  r="N S", why="names supported mum; family estrangement and money")
p("the metro is a joke today 45 min to get to the coast",
  why="transport")
p("lovely morning at tynemouth wi the grandbairns",
  m="Two boys around 5 and 7 in woolly hats on a sandy beach with a priory on a cliff behind",
  geo={"lat": 55.0170, "lon": -1.4230, "place_name": "Tynemouth"},
  u="G", why="own grandsons; personal geotag")
p("wee bairns i visit wanted to show off their new coats so heres a pic (no faces so its fine)",
  m="Two toddlers photographed from behind in matching red coats in a hallway with a double buggy",
  geo={"lat": 54.9744, "lon": -1.5560, "place_name": "Walker, Newcastle upon Tyne"},
  r="F G", why="photo of supported children (faces hidden still counts), geotag")
p("anyone local need help wi twins just ring me 07700 900642 or pop round the community centre on a wednesday",
  r="D", why="gives personal number and an unofficial route instead of Twinline")
p("pease pudding n ham stottie for dinner if ye knaa ye knaa",
  why="food")
p("the woman at the job centre spoke to brookes mam like she was dirt today i was fumin",
  r="N S", u="C", why="possessive name without apostrophe; benefit situation; job centre staff not an FCS partner")
p("Carol Robson shared a post from Twins Trust: 'Could you spare a couple of hours a week?'",
  k="carol_t1", why="sharing official post (clause 5)")
p("Made me own leaflets for the Walker community centre wi the twins trust logo on, printed at the library 20p a sheet",
  m="A stack of photocopied leaflets with the Twins Trust logo and 'Twins? Struggling? Come and talk to Carol, Weds 10-12'",
  r="O", u="D", why="home-made leaflet with charity logo on personal account; unofficial contact route")
p("storm's knocked me fence down again",
  m="A wooden garden fence panel lying flat on a lawn",
  why="weather")
