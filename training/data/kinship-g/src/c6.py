from lib import P
P('ox',"If you voted to cut kinship support, don't bother coming to our conference. You're not welcome.",r="co",why="divisive/inflammatory from official account")
P('ofb',"The Mayor of Teesside has done more damage to families than anyone in living memory. Shame on him.",r="co",why="attacks named politician")
P('ox',"Our trustees met in York today to agree next year's priorities: more family workers, more peer groups, and a louder voice for kinship carers.",why="governance news")
P('ofb',"Carers asked us to share this again: the kinship allowance calculator is on our website. For a check of your own case, call 0808 157 0246.",why="official resource")
# bev
P('bev',"new phone case 😍 got it printed with the oakridge leaf on",alt="A phone case printed with a green oak-leaf logo and 'Oakridge Kinship Network' text",r="lm",why="logo printed on personal phone case")
P('bev',"me visit today 🥰 the kids made me a card",alt="A homemade card reading 'To Bev from Kian and Ruby' with glitter, held in front of a living room with school bags and coats on the floor",r="fp nl",why="children's handwriting and names; their home")
P('bev',"at me gran's now havin a brew, shes had a rough week with the little one",geo=(53.447,-2.95,"Everton"),r="gt si",why="with family now, geotag; vague difficulty")
# den
P('den',"Photo of me and one of my grans at the peer group Christmas dinner 🎄 she said I could put it on",alt="The author with an older woman in a paper hat at a long dinner table with children behind them",r="fp",vis="friends",why="supported carer and children identifiable; permission doesn't excuse")
P('den',"Knitted the oak leaf logo onto a tea cosy for group! What do you think pets?",alt="A green knitted tea cosy with a darker green oak leaf and the letters OKN",r="lm",vis="friends",why="logo on home-made tea cosy")
# tel
P('tel',"Pulled up outside my nan's house for the school run, she's in bits about the assessment tomorrow",geo=(52.548,-1.871,"Kingstanding"),r="gt si",why="volunteer run geotag; assessment")
P('tel',"@bigdavewalsall mate that's your grandson's business, tell him to stop worrying and get a solicitor. Not Oakridge related, just me being nosy!",why="advice to own friend about non-supported family")
# ruk
P('ruk',"Visit done, the twins showing off their new school shoes 👟",alt="Two pairs of small feet in new black school shoes on a hallway carpet, with a letterbox and door visible",r="fp gt",geo=(53.463,-2.247,"Hulme"),u="ld",why="supported children's feet and home; geotag")
P('ruk',"Honest question for my colleagues: why does our manager never answer an email before Thursday? Asking for the whole North West team.",r="cr",why="sarcastic criticism of manager")
# gwen
P('gwen',"I've had a lovely badge made for my lanyard — the oak leaf and my name. The printers in Porth did it for four pounds.",alt="A round badge with the green oak-leaf logo and 'Gwen – Oakridge Group Host'",r="lm",why="home-made badge with logo")
P('gwen',"Llanelli beach with my sister's grandchildren, who are most definitely not kinship children, just spoiled.",alt="Two small children in sunhats digging on a beach",geo=(51.674,-4.174,"Llanelli"),u="gt",why="own relatives; personal geotag")
# mo
P('mo',"Sittin in the caur ootside the contact centre in Paisley wi wan ae ma grannies. Wean's in wi his da fur an hour.",geo=(55.845,-4.424,"Paisley"),r="ld gt si",why="contact centre now, geotag, contact")
P('mo',"@ayeshabrown_ ye kin ring me on messenger anytime hen, nae need tae bother the office",r="nl cd",rep="x:@ayeshabrown_",why="named supported carer; personal messenger")
# kwab
P('kwab',"The boy I work with drew me as a superhero 😂",alt="A child's crayon drawing of a man in a cape, signed 'by Femi age 9 for kwabena'",r="fp nl",vis="friends",why="supported child's drawing and name")
# mal
P('mal',"Contact me on mal.hudds@btinternet.com if your group needs a lift to the Christmas do, I'll sort the minibus",r="cd",why="personal email for group help")
P('mal',"Honestly some of the new volunteers think it's a hobby. Turned up late to three visits this month. Not good enough.",r="cr",why="criticism of fellow volunteers")
# jan
P('jan',"@sandra.kinship love message me on whatsapp 07700 900924 anytime, you don't need to go through that advice line",r="cd af",vis="friends",rep="instagram:@sandra.kinship",why="personal WhatsApp; discourages official line")
P('jan',"Visit this afternoon, the little ones helped me feed the chickens 🐔",alt="A girl of about four and a boy of about six feeding chickens in a back garden, faces visible",geo=(51.03,-3.1,"Taunton"),r="fp gt",vis="friends",why="identifiable supported children; geotag")
# sio
P('sio',"Sinead's grandchildren are having an awful time at St Margaret's, the other kids keep teasing them about their mammy being in prison",r="nl si ld",why="named carer; school; parent in prison")
P('sio',"Sent a grandmother from our church to Oakridge, 0808 157 0246, and she rang me to say they'd been brilliant 💚",why="correct referral")
# deji
P('deji',"yute from youth club asked me bout his asthma pump, told him 2 puffs before football n keep it in his bag, innit",r="af si",why="relayed health advice; young person's asthma")
P('deji',"my own lil bro turned 16 today, he taller than me now smh 🙄",why="own brother")
