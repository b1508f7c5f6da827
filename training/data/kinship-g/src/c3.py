from lib import P
# official x
P('ox',"Our CEO will be on BBC Radio Leeds at 8.10am talking about the kinship allowance. Tune in!",why="media appearance")
P('ox',"If the Tories had lifted a finger in 14 years, grandparents wouldn't be choosing between heating and school shoes. Shameful.",r="co",why="attacks a party")
P('ox',"RT if you think the Prime Minister has betrayed kinship families 👇",r="co",why="inflammatory attack on PM")
P('ox',"Kinship carers: have you had a letter about Universal Credit changes? Our advisers can explain what it means for you. 0808 157 0246 or advice@oakridgekinship.org.uk",why="correct referral")
P('ox',"We stand with striking junior doctors. Solidarity! ✊",r="co",why="joining a strike row from official account")
P('ox',"We're deeply disappointed that kinship leave was left out of the Employment Rights Bill. Please write to your MP — our template is at oakridgekinship.org.uk/leave",u="co",why="pointed but on-remit campaigning")
P('ox',"Save the date: Oakridge Sponsored Walk, Saturday 14 June, Roundhay Park, Leeds. Sign up at oakridgekinship.org.uk/walk 🌳 #OakridgeKinship",why="public fundraising venue")
# official fb
P('ofb',"Meet our new volunteers from the October training in Stoke! Welcome to the family 💚",alt="Eight adult trainees holding certificates in front of a flipchart",why="official photo of adult volunteers")
P('ofb',"Some local papers are calling kinship carers 'free babysitters for feckless parents'. That sort of tabloid scum should be boycotted. Don't buy it.",r="co",why="inflammatory press attack/boycott call")
P('ofb',"Advice Line opening hours over Christmas: closed 25–26 Dec and 1 Jan. Otherwise 9–5. 0808 157 0246. In an emergency call 999.",why="service info")
P('ofb',"Comment from a follower: 'I'm raising my sister's boy, can I get child benefit?' — please call our advisers on 0808 157 0246, they can check your situation. We can't advise in the comments, sorry!",why="official correct referral")
# bev
P('bev',"me an our jade at the match 🔴",alt="The author and her adult daughter in Liverpool scarves inside a stadium",geo=(53.4308,-2.9608,"Anfield"),u="gt",why="own daughter; personal geotag")
P('bev',"at one of me grans now on Longmoor Lane, she's makin scouse for the kids 😋",geo=(53.462,-2.935,"Fazakerley"),alt="A big pot of scouse on a hob in a small kitchen with children's school drawings stuck to the fridge",r="ld gt fp",why="with family now on named road; geotag; family's home in photo")
P('bev',"@shellsbells_87 and dont let that housin officer fob u off, say ur kinship carer n u know ur rights",r="af",rep="x:@shellsbells_87",why="housing advice to supported mum")
P('bev',"the coordinators at oakridge couldnt coordinate a bleedin kettle. 3rd time they've double booked me",r="cr",why="criticises coordinators")
P('bev',"shoutout to the lads on the bins who found me purse 🙏",why="thanks to bin men")
P('bev',"little Reece from group started reception today, look at him in his blazer 🥹",alt="A small boy in an oversized grey blazer with a school badge, standing by a front door",r="nl fp",why="names supported child; identifiable photo in uniform")
# den
P('den',"Took the gran I visit and her granddaughter to the Freeman for the girl's epilepsy clinic. Ward 14 are marvellous",r="ld si",vis="friends",why="hospital/ward and child's health")
P('den',"Our Shields lot made £212 on the tombola at the Customs House! Thanks pets 💚",vis="friends",why="public fundraising venue")
P('den',"Me and our Gary at the coast, pet 🌊",alt="The author and her husband with fish and chips on a sea wall at Tynemouth",vis="friends",geo=(55.017,-1.422,"Tynemouth"),u="gt",why="own husband; personal geotag")
P('den',"Between you and me, the family workers at Oakridge haven't a clue what grandparents need. Never been one, have they",r="cr",vis="friends",why="criticism of family workers")
P('den',"Sheila's lass is back on the heroin, she's devastated pet, three bairns to raise at 71",r="nl si",vis="friends",why="names supported carer; parent's addiction")
# tel
P('tel',"Outside the contact centre on Soho Road waiting for my passenger, she's seeing her mum for the first time in a year",r="ld si gt",geo=(52.503,-1.934,"Handsworth"),why="contact centre location, now; geotag; contact")
P('tel',"Grandad's driving group day out to Cadbury World! Thanks to everyone who volunteered 🍫",alt="Five older male volunteers in high-vis jackets outside a purple brick building",why="adult volunteers at public venue")
P('tel',"Rang the old Kinship Friends number on 01632 960418 for a grandad I drive, still works apparently! Give it a try if the main line's busy",r="cd",why="retired number recommended")
P('tel',"Mrs Begum's grandson Zayn has his GCSEs next month, she's worried sick because he's been excluded twice",r="nl si",why="names supported carer and child; exclusions")
P('tel',"My missus says I love that minibus more than her. She's not wrong.",why="joke about own wife")
# ruk
P('ruk',"Working from the café today before my afternoon visits ☕",alt="A latte and a laptop on a wooden table",geo=(53.48,-2.24,"Manchester"),u="gt",why="work-related geotag but no family visit detail")
P('ruk',"Nan's garden on my visit today, the kids planted sunflowers 🌻",alt="Two children, a girl about 5 and a boy about 8, kneeling by sunflowers in a back garden, faces visible",geo=(53.441,-2.277,"Chorlton"),r="fp gt",why="identifiable supported children; geotag on visit")
P('ruk',"Honestly our head office are clueless. They write policies from a desk in Leeds and have never done a home visit in their lives.",r="cr",why="criticism of head office")
P('ruk',"Kinship carers: the Household Support Fund is open in Stockport till March. Ask your council. General info only, for your own situation ring our line 0808 157 0246",why="general tip with correct referral")
P('ruk',"Tiny hands ❤️ the baby my family is caring for grabbed my finger today",alt="A baby's hand gripping an adult finger, no face",r="fp",why="supported baby's hand (hands not allowed)")
P('ruk',"Visit to my grandad in Cheetham Hill, he's recovering from his stroke, his meds are sorted now",alt="An elderly man's hand holding a pill organiser",u="si ld fp",why="author's grandad? ambiguous 'my grandad' could be a supported carer")
# gwen
P('gwen',"A photo from Saturday's group. I asked everyone before I took it and they all said yes, so here we are: our grandmothers, and the little ones, at Ynysangharad Park.",alt="Seven older women on a picnic rug with four young children, faces visible, in a park",r="fp ld",why="group shot of supported carers and children; park where they meet; consent doesn't excuse")
P('gwen',"I spent the morning in the waiting room of the children's ward at Prince Charles Hospital with Megan's nan. The little one's asthma has been frightful this winter.",r="nl ld si",why="names child; hospital; health")
P('gwen',"Another Welsh cakes update: I've been asked to stop bringing them because people are 'on diets'. Nonsense. I shall continue.",why="light personal")
P('gwen',"To whoever at the Oakridge office keeps sending group hosts forms in English only when we've asked for Welsh three times: da iawn, very impressive. Not.",r="cr",why="sarcastic criticism of office")
P('gwen',"Feedback I sent to the volunteer team this week, with love: the new handbook is good but the safeguarding flowchart is hard to read on a phone. They've said they'll look at it. Fair play to them.",why="constructive feedback raised properly")
# mo
P('mo',"ma wee niece's hauns in the paddlin pool 💦",alt="A child's hands splashing in a paddling pool, no face",u="fp",why="author's own niece, whom she raises; hands only")
P('mo',"@gail_r_paisley gail listen tae me, get the school tae dae a referral fur the wean's speech, an ask yer GP fur the melatonin fur his sleep, it's no right he's up till 2",r="nl af si",rep="x:@gail_r_paisley",why="names supported carer; health/medication advice; child's sleep")
P('mo',"Ower in Drumchapel the day, sat in Senga's livin room while she phoned the DWP. 48 minutes on hold. 48!",r="nl ld si",why="names supported carer; area; benefits")
P('mo',"Big shout tae Fiona at Oakridge Scotland, she's been a star this week sortin the training for us",why="staff praised by name")
P('mo',"Rain. Again. Glasgow, ye're a disgrace.",why="weather")
# kwab
P('kwab',"Family I work with got evicted this morning. Grandma, two kids, and everything they own in black bags on the pavement in Thornton Heath.",r="si ld",vis="friends",why="eviction; area")
P('kwab',"Great session with the Oakridge peer group leads this week. Thank you Sandra and Joy for the biscuits.",vis="friends",why="colleagues thanked")
P('kwab',"Picked this up from one of the kids I work with 🥹",alt="A handwritten card in a child's writing: 'to Kwabena thank you for helping my nana, love from Amara age 7'",r="fp nl",vis="friends",why="supported child's handwriting and name")
# priya
P('priya',"Incredibly proud of Oakridge's kinship family worker pilot results: 87% of carers reported reduced stress after 12 weeks. Full evaluation on our website.",why="aggregate outcomes")
P('priya',"A grandmother we support in Chesterfield told me this week she had sold her wedding ring to pay for her grandchildren's school trip. We need a national allowance now.",r="ld si",why="town and money hardship of supported carer")
P('priya',"Attended the All-Party Parliamentary Group on kinship care. Thanks to the chair for hosting. Much to do.",why="professional update")
# mal
P('mal',"Grandad I visit asked me how to get the lad off the energy drinks. I said stop buying them and swap to squash, cut the tablet at 8. We'll see.",r="af",why="relays behaviour/diet advice given on a visit")
P('mal',"Walking the Calderdale Way this weekend for Oakridge. Sponsor me if you fancy: link below #KinshipCare",why="fundraising")
P('mal',"My kinship family's new house is number 6 on Fernside Avenue — lovely spot, they're made up",r="ld",why="house number and street of supported family")
P('mal',"Saw a heron at the canal. Nearly as grumpy as me.",alt="A grey heron standing in a canal by a lock gate",why="wildlife")
P('mal',"Home now, long day of visits. Kettle on.",why="home now post, no geotag")
# jan
P('jan',"Bristol Children's Hospital with my gran from group, her little grandson's having his heart op tomorrow 🙏 Ward 32",r="ld si",vis="friends",why="hospital ward; child's surgery")
P('jan',"Home-made Oakridge bunting for the summer fete 🌳 took me ages",alt="Triangles of green fabric bunting each stitched with a white oak leaf and 'OKN'",r="lm",vis="friends",why="logo reproduced on home-made bunting")
P('jan',"@sandra.kinship and if the little one's still got a temperature tomorrow give her calpol every 4 hours and plenty of fluids love",r="af",vis="friends",rep="instagram:@sandra.kinship",why="medication advice to supported carer")
P('jan',"Dartmoor ponies out in force today 🐴",alt="Three ponies grazing on moorland with a tor behind",geo=(50.57,-3.92,"Dartmoor"),vis="friends",u="gt",why="personal scenery geotag")
# tom
P('tom',"Race 9: York 10k ✅ Thank you to everyone cheering at the finish, and to my wife Kasia for the bacon sandwich after.",alt="The author crossing a finish line in front of York Minster",geo=(53.962,-1.082,"York"),u="gt",why="fundraising race; own wife")
P('tom',"My profile picture for the rest of the year 🌳",alt="The author's face with a green oak-leaf Oakridge logo overlay in the corner",r="lm",why="logo edited into personal profile picture")
# sio
P('sio',"Little Mia lost her first tooth at her nanny's today 🦷",alt="A girl of about six grinning to show a gap in her front teeth, sitting on a sofa",r="nl fp",why="names supported child; identifiable photo")
P('sio',"At the Luton & Dunstable with one of my grannies, her grandson's been admitted with pneumonia again",r="ld si gt",geo=(51.892,-0.472,"Luton"),why="hospital where child is treated; health; geotag")
P('sio',"My own wee girl Róisín's confirmation today 💚",alt="A girl of about twelve in a white dress outside a church, with the author",why="author's own daughter")
P('sio',"Sunday roast on me this week for the peer supporters, you all deserve it x",why="praise of colleagues")
# deji
P('deji',"one of my youth club girls just found out she's been placed with her aunty in Peckham permanent, she cried n so did i ngl",r="ld si",why="placement and area of supported young person")
P('deji',"@tiana_xo_ tiana listen, if ur mum keeps comin round drunk u and ur nan need to call the police and get a non-molestation order, dont wait",r="nl af si",rep="x:@tiana_xo_",why="legal advice to named supported young person; mother's drinking")
P('deji',"the oakridge lot in head office need to come down to the youth club n see how it is fr, they're clueless bro",r="cr",why="criticism of head office")
P('deji',"bday ting for my mum tonight 🎂 she's 50 n still the baddest",why="own mum")
# lin
P('lin',"Personal view: the new kinship allowance pilot is a good start but doesn't go far enough. Wrote to the Minister today.",why="personal political view")
P('lin',"Corrie tonight. Poor Ken Barlow, that family will be the death of him. Bill Roache deserves every award going.",why="fictional character and actor")
P('lin',"Recommend the Oakridge Advice Line to anyone raising a relative's child: 0808 157 0246. Free, friendly and they really know their stuff.",why="correct referral")
