from twins_lib import acct, p

# ---------------- thread replies between enrolled accounts ----------------
acct("facebook:@dawn.hickman.dudley")
p("go on Carol! I done it last year n never looked back bab, they need more of us round your way",
  rep="@carol_t1", vis="public", why="comment on another volunteer's public share, no family")
p("@Carol Robson bab tek that pic of the little uns in the red coats down, we ay allowed even wi no faces x",
  rep="@carol_t1", vis="public",
  why="colleague reminding another volunteer of the photo rule; no family detail")

acct("x:@tel_e2")
p("anyone know a good barber round bow that don't charge £30 for a skin fade",
  k="tel_t1", why="general")

# ---------------- Ash, Leicester, X ----------------
acct("x:@ash_twin_dad")
p("@tel_e2 Ray's on Roman Road mate, tell him Ash sent you",
  rep="@tel_t1", why="reply in thread about barbers")
p("Olly and Finn turned five today. Five! Where does it go. Dinosaur cake, twelve kids, one broken lamp.",
  m="Two boys in party hats blowing out candles on a dinosaur-shaped cake",
  why="author's own twins")
p("Four years ago we were an FCS family ourselves. A volunteer called Sue came every Friday and I genuinely don't know where we'd be without her. Now I've done the training myself. Full circle. #familycrisissupport #twinstrust",
  why="author's own history as an FCS family - his own information to share; Sue is a volunteer")
p("Leicester City, you absolute rollercoaster of a football club",
  why="football")
p("The lad whose family I'm supporting hasn't seen his dad since the court case. He asked me if I'm his new dad. Had to go and sit in the car for a bit after that one.",
  r="S", why="child's family court case and father's absence")
p("Curry Mile isn't a patch on Belgrave Road. I'll fight anyone on this.",
  why="food banter")
p("Dylan's mum, if you're reading this – stop googling symptoms at 3am and ring the GP in the morning. You're doing great. x",
  r="N A", why="names supported child via his mum; advice addressed to her publicly")
p("Genuinely impressed with the new Twins Trust FCS training modules. Whoever wrote the safeguarding one, hats off.",
  why="praise")
p("Tip for any twin dads out there: tandem feeding with a V-pillow saved our sanity. Not medical advice, just what worked for us.",
  why="general tip to followers, not to a supported family")
p("Tram from Leicester to... oh wait, we don't have one. Sort it out, council.",
  why="general council moan")
p("Honestly some of the volunteers I've met think they're social workers. Lad at training told a mum to 'get rid of the boyfriend'. Not your job mate.",
  r="C", u="A", why="public criticism of a fellow volunteer (colleague); reports advice another volunteer gave")
p("Finn asked if twins can get married to each other. Explained no. He was devastated. Olly was relieved.",
  why="own twins")
p("If anyone needs help, the proper number is Twinline 0800 138 0509. Please don't DM volunteers, we're not allowed to advise and we'd hate to get it wrong.",
  why="correct referral")
p("Visited my FCS family at their new place on the Saffron Lane estate, finally somewhere with a garden for the little ones.",
  r="L", u="S", why="names estate where supported family now lives; housing move")
p("Bradgate Park with the boys and about four thousand deer",
  m="Two small boys on a rocky hill with a herd of deer in the background",
  why="own children, no geotag")
