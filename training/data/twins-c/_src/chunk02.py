from lib import P

# --- the official account ------------------------------------------------------------------
A = "tt"
P(A, "2025-06-02 10:00", "It's #VolunteersWeek! Thank you to every Family Crisis Support volunteer who gives their time to families with twins and triplets 💛", why="awareness week")
P(A, "2025-06-11 12:30", "Worried about feeding twins? Our Twinline team is here: 0800 138 0509 or asktwinline@twinstrust.org", why="correct official contact details")
P(A, "2025-06-19 19:00", "This Government has abandoned families. Every single minister should be ashamed. #ToriesOut", r="co", why="party-political attack from an official account")
P(A, "2025-06-20 09:30", "Yesterday's post did not reflect Twins Trust's position and has been removed. We work with governments of every colour.", why="retraction")
P(A, "2025-07-01 11:00", "We've responded to the consultation on neonatal leave, calling for parents of multiples to get extra weeks. Read our response on our website.", why="measured on-remit campaigning")
P(A, "2025-07-09 15:45", "@jo_w_essex Hi Jo, so sorry you're having a tough time. Please call Twinline on 0800 138 0509, they can help with this.", why="official reply referring a member of the public")
P(A, "2025-07-17 20:10", "Reform voters, don't bother donating. We don't want your money.", r="co", why="inflammatory party-political post")
P(A, "2025-07-25 13:00", "Congratulations to our Cardiff volunteers on their 5 year anniversary. Pictured: Sioned, Gareth and Mo with their certificates 🎉", m=["Three adults smiling and holding certificates in an office"], why="official photo of adult volunteers")
P(A, "2025-08-04 10:20", "Maternity services in England are a national scandal and the Health Secretary is too spineless to act. Resign.", r="co", why="calls for a minister to resign")
P(A, "2025-08-12 14:00", "New research with the University of Leeds: twins are twice as likely to be born early. Here's what that means for parents.", why="research news")
P(A, "2025-08-20 16:30", "The asylum-seeker hotels protesters are thugs, full stop.", r="co", why="inflammatory immigration politics from an official account")
P(A, "2025-08-28 12:15", "Our fun day at Stratford-upon-Avon racecourse raised £14,000! Thank you to everyone who came.", g=None, why="public fundraising event")

# --- more hard negatives and varied positives ----------------------------------------------
A = "bev"
P(A, "2025-10-11 19:20", "Watched that drama with Olivia Colman last night, she's a national treasure", why="public figure")
P(A, "2025-10-18 12:30", "Our Kayleigh next door's just had her baby, 7lb 9, both doing well 💚", why="neighbour's news, not a supported family")
P(A, "2025-10-25 20:15", "kaydee's mam says she's started crawlin backwards 😂 only way she knows", r="nl", why="supported child's name in lowercase possessive, with mam")
P(A, "2025-11-01 16:00", "new volunteer handbook's out, read it cover to cover. Really clear, well done whoever wrote it", why="praise")
A = "kez"
P(A, "2025-09-02 19:00", "wee ruaridh n his sister were that happy tae see me the day, their mammy says they've been askin fir me aw week", r="nl", why="supported child named with family cue")
P(A, "2025-09-09 11:45", "the health visitors roond here are run aff their feet. no their fault, it's the cuts", u="cr", why="criticism of another agency, unsure per guidance")
P(A, "2025-09-16 20:30", "ma fcs mum's been diagnosed wi pnd. she's on the tablets noo. ah'm that proud o her fir askin fir help", r="si", why="postnatal depression diagnosis and medication")
A = "raj"
P(A, "2025-09-04 20:00", "Visited the family I support today. That's all, just wanted to say I love this role.", why="no detail about the family")
P(A, "2025-09-11 18:45", "the twins I see are starting at Braunstone Frith primary next week, mum's bought the uniforms already", r="ld si", why="named school of supported children")
P(A, "2025-09-18 21:10", "Reply to a friend asking about nursery places: try the council's family information service, they're good", why="advice to a friend, not a supported family")
P(A, "2025-09-25 12:00", "Harry Kane with another hat-trick. England might actually win something", why="public figure")
A = "nell"
P(A, "2025-08-20 21:40", "mum i visit told me she's been self harming again. she's got a gp appt. i'm not ok", r="si", why="self-harm of a supported mum")
P(A, "2025-08-27 13:00", "lovely catch up with steph and jo from the fcs team over coffee, they're the best", why="staff named in praise")
P(A, "2025-09-03 19:50", "re my last post: i've spoken to my coordinator, i shouldn't have shared that. deleted the details", why="retraction")
A = "gaz"
P(A, "2025-08-22 18:00", "Dad I help is in the QE for his heart op tomorrow. Twins are staying with their nan in Erdington", r="si ld", why="supported dad's surgery, hospital, and where the children are staying")
P(A, "2025-08-29 20:30", "West Midlands trains, I am begging you, one train on time", why="trains")
P(A, "2025-09-05 14:30", "@jade_kingstanding88 yes bab, put a cool flannel on their heads and give the calpol at the right dose, I'll pop round tomorrow", r="af nl", why="advice in a reply to a supported mum, name in handle; visit arranged", re=("x:@jade_kingstanding88", "x:3"))
A = "sioned"
P(A, "2025-08-09 19:45", "Delyth's twins had their jabs today, both screamed the place down", r="nl si", why="supported mum named; children's medical appointment")
P(A, "2025-08-16 10:10", "Our area manager is the only reason I'm still volunteering, she's class", why="praise of a manager")
P(A, "2025-08-23 21:00", "whoever runs the twins trust insta should be embarrassed by that last post tbh, cringe", r="cr", why="publicly mocks the Trust's communications")
A = "lou"
P(A, "2025-08-17 20:20", "My FCS family's eldest has been excluded from school again. Mum's at breaking point.", r="si", why="school exclusion of a child in a supported family")
P(A, "2025-08-24 15:45", "Visit done, home now, feet up. Good day 😊", why="'home now' post, no family detail")
P(A, "2025-08-31 12:00", "the triplets i visit are at the canterbury family hub every tuesday morning for stay and play", r="ld", why="where supported children are at a regular time")
P(A, "2025-09-07 18:30", "hospital car parks are a scam, £12 for three hours at Margate QEQM", why="own gripe about parking, no family in it")
