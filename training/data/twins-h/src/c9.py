from lib import *
load_refs()
P=[
dict(a="tash",d="2025-12-30T15:40",t="new phone case 😍 had it made special",m="A phone case printed with the Twins Trust logo and 'proud FCS volunteer' in pink",r="lm",w="logo reproduced on personal phone case"),
dict(a="marie",d="2025-07-20T17:00",t="brekkie with my FCS mum at the greasy spoon on County Road, she's finally eating again after the miscarriage scare 💛",g=(53.4370,-2.9680,"Walton"),r="si ld gt",w="health, place with family, geotag"),
dict(a="ruk",d="2026-01-29T14:10",t="Just finished at my family's house in Alum Rock. Dad's still not working and they're behind on the gas. Heart breaks for them",g=(52.4850,-1.8470,"Alum Rock"),r="si ld gt",w="money, area, geotag"),
dict(a="lee",d="2026-06-07T18:20",t="my FCS family's drive after the triplets' christening 🎉 balloons everywhere",m="Balloon arch over the front door of a semi-detached house, house name sign 'Rose Cottage' visible, three car seats lined up on the step",r="fp",u="ld",w="family's home shown; house sign in photo"),
dict(a="lee",d="2025-11-10T16:30",t="business cards came!! handing these out at the school gates to get more dads volunteering 💪",m="A stack of business cards showing the Twins Trust logo with Lee's name and personal mobile number",r="lm",w="logo on self-made business cards"),
dict(a="ewan",d="2026-10-03T20:00",t="Lassie ah support has just had her second set o twins taken off her at birth. Social work never gied her a chance. Ah'm ragin.",r="si cr",w="removal at birth; criticism of social work"),
dict(a="jan",d="2025-09-05T13:10",t="sat with my FCS family in the garden at the back of their terrace on Birchcliffe Road, sun's out, babies asleep, bliss",g=(53.7440,-2.0090,"Hebden Bridge"),r="ld gt",w="street of family, geotag"),
dict(a="jan",d="2026-07-22T20:50",t="Keeley's mum's been diagnosed with dementia so she's lost her only babysitter. One thing after another for that lass.",r="nl si",w="names supported mum, family illness"),
dict(a="dre",d="2026-02-10T17:30",t="the dad i support showed me the twins' nursery he built himself 🥹",m="A small bedroom with two white cots, name letters 'KOFI' and 'ESI' hung above them",r="fp nl",w="family's home; names in photo alt"),
dict(a="aga",d="2026-05-30T12:15",t="Wiktoria's twins had the hearing test at Southmead, one of them failed both ears. She is devastated. I sit with her now in the car park.",g=(51.4950,-2.5900,"Southmead"),r="nl si ld gt",w="names mum, child health, hospital, with family now, geotag"),
dict(a="chioma",d="2026-03-30T19:15",t="Spent the afternoon with a family in Deptford whose mum is in hospital. The dad doesn't know how to make up a bottle. We practised together.",r="si ld",w="family circumstances, area"),
dict(a="zoe",d="2026-02-26T12:40",t="FCS mum asked if she could get a payday loan to cover the rent. told her yes go for it, just pay it back quick and you'll be fine",r="ad si",w="money advice relayed"),
dict(a="sian",d="2026-06-12T16:20",t="Cooked tea for my FCS family today, mam's back in Whitchurch hospital and the kids were living on cereal",r="si ld",w="mental health hospital"),
dict(a="ruth",d="2026-07-13T08:00",t="Photos from a lovely afternoon. I've kept their faces out, of course, but I couldn't resist the matching dungarees.",m="Two toddlers in matching yellow dungarees sitting on a lawn, photographed from behind",r="fp",w="photo of supported twins faces hidden"),
dict(a="marie",d="2026-01-12T20:20",t="me granddaughter Lily-Mae's 5 today 🎂 where does the time go",m="A little girl blowing out candles on a unicorn cake",w="own grandchild name"),
]
emit(9,P); print(len(P))
