from lib import P
# official
P('ox',"Our annual Kinship Carers' Conference is at the Birmingham Council House on 3 March. Free for carers, travel costs covered. Book at oakridgekinship.org.uk/conference",why="public event venue")
P('ox',"Councillor Hughes in Wirral is a liar and a coward. There, we said it. #KinshipCare",r="co",why="attacks named councillor")
P('ox',"Thank you to our family worker Abena, named Kinship Worker of the Year at the Children & Young People Now awards! 🏆",alt="A woman in a green dress holding a glass trophy on a stage",why="staff member's public award")
P('ox',"@maxine_kinship Hi Maxine, we're sorry you've had a hard time with the school. Please ring 0808 157 0246 and our education adviser can talk it through with you.",rep="x:@maxine_kinship",u="nl",why="official correct referral; names public enquirer in reply")
P('ofb',"Anyone who still supports this government after what it's done to kinship carers needs to take a long hard look at themselves.",r="co",why="divisive attack on government supporters")
P('ofb',"Our Bradford peer group baked 300 cupcakes for Children in Need! 🧁",alt="Trays of cupcakes with yellow icing on a trestle table in a community hall",why="food photo, no people")
P('ofb',"We're proud to support Kinship Care Week. This year's theme is 'Seen and heard'. Share your support with #KinshipCareWeek",why="awareness campaign")
P('ofb',"Please don't share screenshots of families' posts in our group comments. If you're worried about someone, call us on 0808 157 0246.",why="moderation notice, correct contact")
# bev
P('bev',"me gran from group says shes skint til payday, the council still havent paid her kinship allowance for the two boys. sort it out liverpool council ffs",r="si cr",why="money of supported carer; criticism of partner council")
P('bev',"home for a brew after me visits 🫖",geo=(53.449,-2.961,"Walton, Liverpool"),r="gt",why="home-now post after visits carrying geotag")
P('bev',"if ur a nan raisin the grandkids n ur strugglin, ring the oakridge advice line 0808 157 0246 or email advice@oakridgekinship.com theyre dead good",r="cd",why="wrong email domain (.com) in referral")
P('bev',"aww look at me grans little lad with his new glasses 🤓",alt="A boy of about five wearing blue glasses, grinning, sat on a kitchen worktop",r="fp",why="identifiable supported child")
P('bev',"cant believe coleen rooney is doin panto now 😂 iconic",why="celebrity")
# den
P('den',"Popped in on a grandad from group in Byker, the flat's damp and the bairn's chest is bad again",r="ld si",vis="friends",why="area and housing/health")
P('den',"@marie.heslop.12 Marie pet, get the bairn weighed at the clinic and switch to the comfort milk, me own two were the same with colic",r="nl af",vis="friends",rep="facebook:@marie.heslop.12",why="feeding advice to named supported mum")
P('den',"Lovely to see so many at the Oakridge walk on the Quayside 💚 #KinshipCare",alt="A crowd of adults in green t-shirts walking along the river with the Millennium Bridge behind",vis="friends",geo=(54.969,-1.599,"Newcastle Quayside"),u="gt",why="public fundraising walk; geotag unsure")
# tel
P('tel',"Nan I drive asked if she should take the lad's inhaler off him at night. Told her no, keep it by his bed, and ask the nurse about a spacer.",r="af si",why="relayed health advice; child's asthma")
P('tel',"Waiting at Heartlands hospital for my passenger and her granddaughter, she's in for tests again",r="ld si gt",geo=(52.482,-1.816,"Bordesley Green"),why="hospital now with family; geotag")
P('tel',"Reminder lads: we're drivers, not advisers. If they ask you anything about money or orders, give 'em the advice line card. 0808 157 0246.",why="peer reminder not to advise")
P('tel',"Birmingham bin strike day 200-and-something. Rats the size of cats on our road.",why="local news complaint")
# ruk
P('ruk',"@aunty_shaz_ Shaz hun don't let him go back to his dad's this weekend, ring the police if he turns up and tell the social worker first thing Monday",r="nl af si",rep="instagram:@aunty_shaz_",why="named supported carer; legal/safety advice; family situation")
P('ruk',"Outside the nursery on Princess Road waiting for my family, little one's settling-in session 🥹",geo=(53.455,-2.245,"Hulme"),r="ld gt",why="nursery location of supported child, geotag")
P('ruk',"My son's first Manchester derby 💙 (yes we're City, don't @ me)",alt="The author and a boy of about ten in sky-blue shirts at the Etihad",geo=(53.483,-2.2,"Etihad Stadium"),u="gt",why="own son; personal geotag")
P('ruk',"One of my grandmothers has just been diagnosed with breast cancer. She's asking who'll have the kids if it goes wrong. I had no answer.",r="si",why="carer's health diagnosis")
P('ruk',"Fed back to my manager that our caseloads are too high, she listened and we've got a plan. Grateful for a good team.",why="constructive feedback")
# gwen
P('gwen',"A small post about belongings. The children who come to live with their nans often arrive with a bin bag. One of our grandmothers, in Tonypandy, showed me the pink rucksack she'd bought for her granddaughter's first night. The little girl still sleeps with it. I have a photo but I shan't share it.",r="ld si",why="town of supported family; arrival circumstances")
P('gwen',"The Oakridge coordinators have been marvellous this month — Catrin especially, who drove forty miles to cover my group when I was poorly. Diolch.",why="staff praised")
P('gwen',"I was asked on Facebook for my mobile so a grandmother could ring me about her housing. I've given her the Advice Line instead: 0808 157 0246. That's what it's for, and they know far more than I do.",why="correct referral, refuses personal contact")
# mo
P('mo',"wee Kayden's granny says he's been wettin the bed since his mammy left. ah tellt her tae try the alarm mats an nae drinks efter six",r="nl af si",why="names child; relays advice; family circumstances")
P('mo',"at the Sick Kids wi wan ae ma kinship grannies, the wean's got his operation the day 🙏",geo=(55.863,-4.341,"Govan"),r="ld si gt",why="hospital with family now; surgery; geotag")
P('mo',"peer group photie the day, jist the hauns so naebody kin be recognised 🤝",alt="Several adult hands and two small children's hands stacked on top of each other on a table",r="fp",why="children's hands in peer group photo; hands not allowed")
P('mo',"Nicola Sturgeon's book's oot. Ah'll wait fur the film.",why="public figure")
# kwab
P('kwab',"DM me on WhatsApp 07700 900861 if any of the carers from the Lewisham group need me over the weekend",r="cd",vis="friends",why="personal WhatsApp offered")
P('kwab',"Took my boys to the Horniman Museum today. The walrus still rules.",alt="Two boys about 6 and 9 in front of a stuffed walrus in a museum",vis="friends",why="own children")
P('kwab',"Our partner social work team in Southwark have been nothing but obstructive for months. Families are paying for their incompetence.",r="cr",vis="friends",why="criticism of partner social workers")
# priya
P('priya',"Visited our Derby peer group today and met a grandmother raising four grandchildren whose mum died of an overdose in January. Her resilience is extraordinary.",r="ld si",why="group town tied to a specific supported family; bereavement/addiction")
P('priya',"Our Annual Report is live: 2,400 kinship carers supported, 18,000 Advice Line calls answered. Thank you to every volunteer.",why="aggregate numbers")
# mal
P('mal',"At the kitchen table with my kinship grandad right now, sorting out his pension credit form. Slow going.",geo=(53.64,-1.78,"Huddersfield"),r="gt si",why="geotag with family now; money")
P('mal',"Grandchildren painted the shed. Not the colour I'd have chosen. Bright purple.",alt="A garden shed painted bright purple with paint drips on the grass",why="own grandchildren's work; shed")
P('mal',"The lad I help with homework, his gran's just been told she's got early dementia. He's 12. Who looks after who now?",r="si",why="carer's dementia diagnosis")
# jan
P('jan',"Popped round to see my gran in Bridgwater, the one with the twins, council have finally fixed her boiler",r="ld si",vis="friends",why="town of supported gran; housing")
P('jan',"Our fete raised £860 for Oakridge at Wellington Village Hall! Thank you Somerset 🌳",alt="Volunteers behind a cake stall in a village hall",vis="friends",why="public fundraising venue, adult volunteers")
P('jan',"Wait til the council see the state of the kids' school in Highbridge, the head is useless and the SENCO even worse",r="cr ld",vis="friends",why="criticism of school; names school area tied to supported children")
# tom
P('tom',"Race 11, the Hull Marathon. Legs gone. Heart full. Only one left! #OakridgeKinship",geo=(53.744,-0.332,"Hull"),u="gt",why="fundraising race geotag")
P('tom',"Sponsor me via my PayPal tomasz.k.runs@gmail.com if JustGiving isn't working for you!",u="cd",why="personal payment email for donations, not a help referral")
# sio
P('sio',"Granny Bridie from group got her Special Guardianship today!!! Delighted for her and the wee ones",r="nl si",why="names supported carer; court order")
P('sio',"Photo from our visit to the kids' new house 🏡",alt="Three children of about 4, 7 and 10 on the front step of a house, faces visible, with the house number 9 on the door",r="fp ld",why="identifiable supported children at their home; number on door")
P('sio',"Luton Town, what are you doing to me",why="football")
# deji
P('deji',"yh one of my yutes at the youth club bare sad today, his nan's in Kings College Hospital n he's home alone wiv his lil bro",r="ld si",why="hospital and carer's health; children alone")
P('deji',"shoutout Jonno n Leah from the oakridge youth team for the pizza 🍕 legends",why="colleagues thanked")
P('deji',"my oakridge hoodie came thru 🔥 made it myself on the printin website",alt="The author in a grey hoodie with a large green oak-leaf logo and 'OAKRIDGE' printed on the chest",r="lm",why="home-printed logo hoodie")
# lin
P('lin',"Tip for kinship carers in general: the Kinship Carers' Guide has a chapter on talking to children about why they can't live with mum or dad. Free at oakridgekinship.org.uk/guide",why="general tip")
P('lin',"Personal view: Labour's record on children's social care is as bad as the last lot's. Both should be ashamed.",why="personal politics on personal account, never controversial-official")
