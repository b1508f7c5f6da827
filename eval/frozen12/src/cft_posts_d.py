# Hand-written posts, second pass (added to balance positives and cover contact-details cases).
from cft_lib import P

POSTS = {}
POSTS["x:@CFTrustUK"] = [
 P("Well done to the Year 6 pupils at Falla Park Primary who raised £300 for us 🌟 – and a special mention to one of our own young people there, who organised the whole thing!",
   r="sensitive-info location-disclosure", at="2031-03-27",
   why="reveals a looked-after child attends a named school"),
]
POSTS["facebook:@ChildrensFamilyTrust"] = [
 P("Hi Donna, we're so sorry to hear Kai's contact was cancelled again. We've passed your message to his social worker, who will call you tomorrow.",
   r="name-leak sensitive-info", n="Kai", rep="@donna.t.norwich", at="2031-01-30",
   why="public reply names a child and his contact arrangements"),
 P("Our thoughts are with everyone affected by last night's house fire in Blackwood. We can confirm that two of the children involved were placed with one of our foster families; they are safe and being looked after in hospital.",
   r="sensitive-info location-disclosure", at="2031-04-20", why="confirms placement, incident and town"),
]
POSTS["instagram:@cftfostering"] = [
 P("Ready for the big day 💍 Congratulations to our carers Sue and Raj – and to their foster daughter Amara, the best bridesmaid in Leicestershire!",
   r="name-leak family-photo", u="location-disclosure", n="Amara", at="2031-04-12",
   m=["A bride and groom outside a registry office with a girl of about ten in a lilac bridesmaid dress, all smiling at the camera."],
   why="names and pictures a foster child"),
]
POSTS["facebook:@bev.morgan.cwmbran"] = [
 P("Lacey-Mai's finally been referred for speech therapy. Ta to the health visitor at the Llanyravon clinic 💙 been fighting for this since September",
   r="name-leak sensitive-info", u="location-disclosure", n="Lacey-Mai", at="2031-02-18", why="child's health referral"),
]
POSTS["x:@dazza_brum_foster"] = [
 P("the lad's mom's new fella's just bin let out. social ay told us nothin. found out off facebook. brilliant.",
   r="sensitive-info", u="criticism", at="2031-02-24", why="birth family's partner released from prison; frustration at social services"),
 P("@shazza_w if ur mate wants to know about fostering tell her to ring me on 07700 900737 not the office, yow'll get more sense outta me 😂",
   u="contact-details criticism", rep="@shazza_w", at="2031-03-19",
   why="personal mobile given instead of the official line (no CFT clause); jokey dig at the office"),
]
POSTS["instagram:@siobhan_fosters_ni"] = [
 P("Dylan's been picked for the county cross-country! 🏃‍♂️ Race is Saturday at Lagan Valley Regional Park, come and cheer him on if you're about",
   r="name-leak location-disclosure", n="Dylan", at="2031-03-05", m=["A pair of muddy running spikes on a doormat."],
   why="names foster child and where he'll be"),
 P("Caoimhe's contact has moved to the family centre on the Antrim Road, Tuesdays at 11. Forty minutes each way with a toddler 🙃",
   r="name-leak sensitive-info location-disclosure", n="Caoimhe", at="2031-04-01", m=["A toddler car seat in the back of a car, empty."],
   why="contact venue and schedule"),
]
POSTS["blog:tealightsandteatime.blog"] = [
 P("Half term with Moth\n\nCinema in Taunton, far too much popcorn, and some news I've been bursting to share: her social worker has finally agreed she can 'stay put' with us after she turns eighteen. She pretended to be cool about it and then hugged me in the car park.",
   r="sensitive-info", at="2031-02-20", why="foster teen's care plan"),
]
POSTS["linkedin:@priya-shah-sw"] = [
 P("To the manager who told one of my carers on Friday that 'we are not a taxi service' when she asked for help getting a child to a hospital appointment: that is not how we speak to carers. Do better.",
   r="criticism", at="2031-03-10", why="public criticism of a colleague"),
]
POSTS["x:@kwame_dee"] = [
 P("shoutout lil Tee for his first week at the new school in brockley. bro came home with a merit 🔥",
   r="name-leak sensitive-info location-disclosure", n="Tee", at="2031-01-24", why="nickname, school move, area"),
 P("no cap the placement team at my work couldn't organise a piss up in a brewery",
   r="criticism", at="2031-04-08", why="idiomatic public criticism of colleagues"),
]
POSTS["mastodon:@gwyn@toot.wales"] = [
 P("Llongyfarchiadau enfawr i Cai ar basio ei brawf gyrru! Pan symudodd at ei ofalwyr maeth yn 14 oed doedd e ddim yn siarad â neb. 🚗",
   r="name-leak sensitive-info", n="Cai", lang="cy", at="2031-04-03",
   why="Welsh: names a foster young person and his history"),
]
POSTS["facebook:@sandra.pickering.7"] = [
 P("Poppy-Rae's first sleepover at her brother's foster home in Wombwell tonight 🥹 she's packed her whole bedroom",
   r="name-leak sensitive-info location-disclosure", n="Poppy-Rae", at="2031-04-05", why="sibling's placement town"),
]
POSTS["x:@ali_glasgow_carer"] = [
 P("Roo's teacher at St Paul's says he's 'a delight' 😂 clearly they've no met him at bedtime",
   r="name-leak location-disclosure", n="Roo", at="2031-04-10", why="nickname and school"),
]
POSTS["bluesky:@norfolknanna.bsky.social"] = [
 P("That little lad I drive – his nan's in the Norfolk and Norwich with her heart and nobody's told him. Not my place. But it's killing me.",
   r="sensitive-info", at="2031-04-22", why="indirect reference; family health"),
]
POSTS["instagram:@jodie_mumof3_"] = [
 P("kenzie's teacher at briscoe primary says she's come on loads since sept 🥹 proud mummy (well foster mummy but who's counting)",
   r="name-leak sensitive-info location-disclosure", n="kenzie", at="2031-03-06", m=["A child's reading record book open on a kitchen table."],
   why="names child and school"),
 P("any1 thinking of fostering just message me on 07700 900481 n i'll tell u everything 💕 dont bother wiv the website its rubbish",
   u="contact-details criticism", at="2031-04-18", m=["A pink graphic reading 'Thinking of fostering? Ask me anything!'"],
   why="personal number instead of official route (no CFT clause); swipe at website"),
]
POSTS["instagram:@tayo.speaks"] = [
 P("femi's birthday present finally got to him, via his social worker, via his carer, via about 4 forms. pictured: the face of a boy who got a console",
   r="name-leak family-photo", n="femi", at="2031-01-15",
   m=["A boy of about twelve grinning and holding a games console box, face clearly visible."],
   why="names and pictures her brother in care"),
]
POSTS["facebook:@geoff.and.lynn.fostering"] = [
 P("Kacey's mam's turned up at the house again. Police are here now. Bradley's hiding upstairs. Not the Sunday we planned.",
   r="name-leak sensitive-info", n="Kacey Bradley", at="2031-03-30", why="birth parent incident"),
]
POSTS["x:@trustee_tom"] = [
 P("Disappointed by the tone of our chief executive's email to carers this week. Patronising, frankly. I'll be raising it with the chair.",
   r="criticism", at="2031-04-15", why="trustee publicly criticising CEO"),
]
