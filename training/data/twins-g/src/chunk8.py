from ser import P
# more plain-words circumstances and their look-alikes
P('bernie','2026-11-12 21:40',"she's not been copin since the baby. sits in the dark wiv the curtains shut n the twins just cryin. i dunno what else to do for her",'si',why="supported mum's mental health, no name")
P('bernie','2026-11-13 08:15',"not been coping since me knee op tbh, stairs r the enemy. cheers for the flowers girls 💐",why="author's own health")
P('gav','2026-11-06 19:50',"He's back in hospital again, the little lad I visit. Third time this month wi his chest. Mam's not slept.",'si',why='supported child hospitalised')
P('moira','2026-11-21 12:00',"The bailiffs came fur ma FCS mammy's telly an the cooker. Wi twins in the hoose. In November.",'si',why='debt enforcement, supported family')
P('kwabs','2026-11-24 19:30',"they've been moved again. third hostel since summer. twins haven't had the same bed two weeks running",'si',why='supported family housing instability')
P('jan','2026-11-18 12:25',"Dad's been drinking again, mum told me today. She's scared to leave the twins with him. I've told her to ring Twinline and I've let my coordinator know.",'si',why='domestic risk detail; referral is correct but detail still shared')
P('priya','2026-11-16 18:50',"The family I support lost their grandmother last night. The twins won't understand for years. Sending love.",'si',why='bereavement in supported family')
P('dorota','2026-11-22 10:10',"Court on Monday for my family, custody hearing. Please think of them. Cannot say more.",'si',why='court case for supported family')
P('aisha','2026-11-28 16:30',"The news about the Bradford maternity unit is heartbreaking. Those poor families deserve answers.",why='public news story')
P('ruth','2026-11-28 09:30',"Our own twins turn seventeen this week. One wants driving lessons, the other wants a tattoo. Send wine.",why="author's own children")
P('deano','2026-11-27 18:20',"me and the missus been skint since the boiler packed in. £3k. cheers British Gas 🙃",why="author's own money troubles")
P('mei','2026-11-19 08:45',"Today's BBC report on mothers waiting 18 months for perinatal mental health care is a stark reminder of how much work there is to do.",why='news, not a supported family')
