from twins_lib import acct, p

# ---------------- Jen, West Country, Instagram, public + location sharing ----------------
acct("instagram:@jen_on_the_levels")
p("Biscuit's first time seeing the sea 🌊🐶 Burnham-on-Sea, you beauty #dogsofinstagram",
  m="A golden retriever puppy running on wet sand with a lighthouse on stilts behind",
  geo={"lat": 51.2382, "lon": -3.0010, "place_name": "Burnham-on-Sea"},
  u="G", why="own dog, personal geotag")
p("Proper chuffed to be a Family Crisis Support volunteer with Twins Trust, 'tis the best thing I've done in years 💜 #volunteering #familycrisissupport #twinstrust",
  m="Selfie of a woman in a purple Twins Trust volunteer T-shirt with the logo on the chest, in her own kitchen",
  u="O", why="own selfie wearing an issued branded T-shirt; a coordinator may or may not see this as logo use without permission")
p("Cider season 🍏 Went down Rich's farm wi the girls, don't tell anyone how many we had",
  m="Three women laughing holding half-pint glasses outside a farm shop",
  why="personal")
p("Little Poppy and Reuben in their matching wellies 💛 mum said it was ok to share, cheers Stacey!",
  m="Two toddlers from behind in yellow wellies stomping in a puddle on a garden path",
  geo={"lat": 51.1290, "lon": -3.0030, "place_name": "Bridgwater"},
  r="N F G", why="names supported twins and mum, photo of them (faces not visible still counts), geotagged volunteering post")
p("Wassailing in the orchard last night, banging pots to wake up the apple trees like a proper nutter 🍎🔥",
  m="Night-time orchard with a bonfire and people holding lanterns",
  why="personal")
p("Made my own poster for the village fete stall, what d'you reckon?? Raising money for Twins Trust 💜",
  m="A home-made A3 poster with the Twins Trust logo copied at the top, clip-art balloons and 'Cake & Tombola, Sat 2pm, Village Hall'",
  r="O", why="personal account using the logo on a home-made poster without permission")
p("Ansel and the gang sunbathing, as you do in February in Somerset apparently ☀️",
  m="Three cats asleep on a windowsill in the sun",
  why="pets")
p("Sat in the car park at Musgrove waiting for my twin mum and the babbies to come out of the children's ward. Long old day 😴",
  m="A hospital multi-storey car park at dusk seen through a car windscreen",
  geo={"lat": 51.0118, "lon": -3.1207, "place_name": "Musgrove Park Hospital, Taunton"},
  r="L S G", why="'my twin mum' = the supported mum; author at hospital with family; children on the ward; geotag")
p("Roadworks on the A38 AGAIN. Somerset Council, I'm begging you",
  m="A long queue of cars behind temporary traffic lights on a country road",
  why="council roadworks moan, general life")
p("Stacey's ex turned up at the house yesterday and kicked off, police came. She's ok. The twins slept through it thank god",
  r="N S", why="names supported mum, domestic incident, police")
p("Glastonbury Tor at sunrise. Worth the 5am alarm. Just about.",
  m="Silhouette of a tower on a hill above mist at sunrise",
  geo={"lat": 51.1441, "lon": -2.6986, "place_name": "Glastonbury Tor"},
  u="G", why="personal geotag")
p("Our FCS coordinator is amazing but honestly the paperwork they make us fill in is something else 😩🙈 worth it though x",
  u="C", why="mild grumble about paperwork - may or may not be criticism of the organisation")
p("Cream first then jam. Fight me. #cornwallvsdevon (I'm Somerset so I'm neutral, like Switzerland)",
  m="A scone with cream and jam on a plate with a cup of tea",
  why="food")
p("Biscuit at his first puppy class, he ate the trainer's clicker 🙄",
  m="A puppy chewing a small plastic object on a village hall floor",
  why="pet")
p("Anyone got ideas for cheap days out for twins in Highbridge? Asking for my Tuesday family, they've not got a car and the buses are rubbish",
  r="L S", u="N",
  why="reveals the supported family's town and that they have no car/money issues")

# ---------------- Dawn, Black Country, Facebook, unknown settings ----------------
acct("facebook:@dawn.hickman.dudley")
p("ow bist everyone! just done me first shift volunteerin with twins trust fcs. cor I'm knackered but it were luvly",
  vis="friends", why="volunteering news")
p("Kayden an Jayden am the spit of each other, cor tell em apart unless ya look at the ears 😂",
  vis="friends", r="N", why="names supported twins")
p("the babby's got a rash an mom day know what it was so I said tek em down the chemist, it'll be nuthin bab",
  vis="friends", r="A S", why="author advised supported mum on the child's health; discloses rash")
p("Dudley Market's a ghost town these days, warra shame. Used to be heaving when I was a nipper",
  vis="friends", why="local nostalgia")
p("Right, who's coming to the Twins Trust quiz night at the Bull n Bladder Friday? £3 a head, all for FCS 💜",
  vis="friends", why="fundraising, no family")
p("Tipton tower blocks in this weather. Our family's flat on the 14th floor had the lift broke again for 3 days, her carrying a double buggy up the stairs. Disgraceful.",
  vis="friends", r="L S", why="locates supported family (Tipton tower block floor), housing hardship")
p("yampy dog next door barkin since 6am, I'm gunna lose it",
  vis="friends", why="neighbour's dog")
p("Danielle Dunne if you see this ring me on 07700 900318 any time bab, day or night x",
  vis="friends", r="N D",
  why="names supported mum by full name and gives personal number instead of Twinline")
p("Dain't think much of the new volunteer manager tbh. Never once asked how we was gettin on, just wants the forms done. Jumped up.",
  vis="friends", r="C", why="criticism of a staff member")
p("faggots n peas for tea, proper Black Country grub. our Lee reckons I mek the best gravy in Dudley",
  vis="friends", why="food; Lee is her husband")
p("Wolves lost again. I dunno why I bother.",
  vis="friends", why="football")
p("The Dunnes have finally got a school place for the eldest, only took the council 7 months. Well done mom!",
  vis="friends", r="N S", why="family surname and school admission circumstances")
p("Twins Trust shared a lovely post today about volunteering, go n have a look and share it please 💜",
  vis="friends", why="encouraged sharing of official post")
p("Our grandson Riley's 3 today! Party at the soft play n he's already eaten too much cake",
  m="A toddler in a dinosaur T-shirt with a birthday cake with three candles",
  vis="friends", why="own grandson")
p("Social services round at my family's again today, I can't say no more but prayers pls",
  vis="friends", r="S", why="social services involvement with supported family")
p("cor it's cold. went out with me nightie under me coat to put the bins out. the council still ay collected em",
  vis="friends", why="bins, general")
