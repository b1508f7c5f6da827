from lib import P

# Location: where a family lives, is treated or will be, in plain words; and the places that are not theirs.
A = "bev"
P(A, "2025-11-22 10:15", "meeting the family at the drop-in at Bentilee community centre this morning, first time she's been brave enough to go", r="ld", why="where the supported mum will be, named centre")
P(A, "2025-11-29 17:40", "snow on the ground in Longton, stay safe out there me ducks", why="weather in the author's town")
P(A, "2025-12-06 19:00", "the mum I visit is at Haywood Hospital every Tuesday for her physio now, I'm having the twins while she goes", r="ld si", why="hospital and regular time; physio")
P(A, "2025-12-13 12:30", "Christmas fair at the Potteries Museum for Twins Trust, our stall's by the Spitfire ✈️", why="public fundraising venue")
A = "raj"
P(A, "2025-10-16 19:30", "The family have been rehoused to a flat above the chippy on Belgrave Gate. Two flights of stairs with a double buggy.", r="ld si", why="where a supported family now lives, and their housing")
P(A, "2025-10-23 08:50", "Volunteer meet-up at the Phoenix cinema café tonight, all welcome", why="volunteers' social at a public venue")
P(A, "2025-10-30 20:40", "Mum and the twins are at the children's ward at the LRI overnight, one of them has bronchiolitis", r="ld si", why="the family's hospital and a child's illness")
P(A, "2025-11-06 16:15", "Leicester in the rain is still Leicester. Love this city", why="the author's own city")
A = "gaz"
P(A, "2025-10-03 18:10", "off to the family's in Castle Vale with a box of bits from the food bank", r="ld si", why="the supported family's estate and food bank use")
P(A, "2025-10-10 12:45", "Villa Park for the charity walk, 3 laps for the little uns 💜", why="public fundraising venue")
P(A, "2025-10-17 20:20", "Dad I support works nights at the Jaguar plant in Castle Bromwich, so I do mornings with the twins", r="ld si", why="where a supported dad works and when, a routine")
A = "kez"
P(A, "2025-10-07 13:30", "waitin oan the 22 bus tae see ma fcs family up in Muirhouse, bus is late as usual", r="ld", why="the supported family's area")
P(A, "2025-10-14 19:00", "fcs volunteers in edinburgh n the lothians, we've got a new coordinator n she's class", why="service region, praise")
P(A, "2025-10-21 10:40", "the wee yins go tae the nursery at Craigentinny every mornin noo, their mammy gets four hours tae hersel", r="ld si", why="children's nursery and routine")
A = "lou"
P(A, "2025-10-05 18:30", "she's at the women's refuge in canterbury now with the twins, safe at last", r="ld si", why="refuge town of a supported mum")
P(A, "2025-10-12 11:15", "Kent volunteers: training at the Maidstone office on the 20th, bring a packed lunch", why="official training venue")
P(A, "2025-10-19 20:00", "the triplets' mum has her court date at Margate magistrates next Thursday, I'm going with her", r="ld si", why="court appearance, place and time")
A = "sioned"
P(A, "2025-09-13 19:15", "Mam I visit is stuck on the top floor of the flats in Butetown with no lift again", r="ld si", why="the supported family's area and housing problem")
P(A, "2025-09-20 12:00", "Volunteer picnic in Bute Park today, lovely to meet the new lot", why="volunteers' social at a public park")

# Criticism: idiom, sarcasm, roles; and negatives aimed elsewhere.
A = "raj"
P(A, "2025-11-13 21:30", "Love how the Trust asks for 'feedback' and then ignores every word. Really valued 🙃", r="cr", why="sarcastic public criticism of the Trust")
P(A, "2025-11-20 18:00", "Leicester City, the gift that keeps on taking", why="football")
A = "bev"
P(A, "2025-12-20 20:45", "some coordinators wouldn't know a crisis if it sat on their knee", r="cr", why="insults the Trust's coordinators")
P(A, "2025-12-27 11:10", "The NHS 111 wait last night was 4 hours. Not the staff's fault, they're run ragged", why="other agency, not the Trust; sympathetic")
A = "kez"
P(A, "2025-10-28 21:50", "fcs team leaders are a bunch o clipboard merchants, never seen a nappy in their puff", r="cr", why="insults the Trust's team leaders")
P(A, "2025-11-04 09:30", "scotrail cancelled ma train again. ah'm no even surprised", why="trains")
A = "gaz"
P(A, "2025-10-24 22:00", "fellow volunteers who only turn up for the photo at events, we see you", r="cr", why="criticises fellow volunteers publicly")
P(A, "2025-10-31 17:20", "Had a moan at my coordinator about the rota. She listened and changed it. Fair play.", why="constructive feedback, resolved")
A = "lou"
P(A, "2025-10-26 21:15", "imagine running a charity for twins and sending the volunteer newsletter out with the wrong date on it. twice.", r="cr", why="mocks the Trust's communications publicly")
P(A, "2025-11-02 12:30", "if you've got a problem with how things are run, raise it with your coordinator, not on facebook 🙂", why="respectful peer nudge")
A = "nell"
P(A, "2025-09-24 22:20", "the twins trust office staff are lovely but the systems they're given are from 1997", u="cr", why="mild, systemic, respectful of staff: unsure")
P(A, "2025-10-01 19:10", "the health visiting service round here is on its knees. government cuts, nobody's fault locally", why="criticism aimed at government, not the Trust")
