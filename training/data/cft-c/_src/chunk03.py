from lib import P

A = "mo"
P(A, "2025-09-16 17:30", "Our young man has his weekly therapy at the CAMHS clinic on Ecclesall Road, I drop him at 4", r="si ld", why="mental health treatment of a child in care, the clinic's street and time")
P(A, "2025-09-23 12:00", "Sheffield carers' support group at the CFT office was packed today. Great to see everyone", why="carers' group at the office")
P(A, "2025-09-30 20:10", "the children's services managers at the council wouldn't know a child if one walked in, honestly", r="cr", why="publicly insults the placing authority's managers (partners)")
A = "dan"
P(A, "2025-08-28 17:45", "lad's footy training is at the costello playing fields tues n thurs, proper into it now", r="ld si", why="regular activity of a child in care at a named place")
P(A, "2025-09-04 21:30", "cft's 'support' for carers is a phone number that never gets answered. brilliant.", r="cr", why="sarcastic criticism of the Trust")
P(A, "2025-09-11 13:10", "hull city 0 everyone else 3. season over in september", why="football")
A = "priya"
P(A, "2025-08-09 19:00", "Our foster baby goes to the family centre at Rushey Mead for contact with her mum every Tuesday", r="si ld", why="contact arrangements, centre and time")
P(A, "2025-08-16 10:30", "Leicester Caribbean Carnival today 🎉 such a vibe", why="public event")
P(A, "2025-08-23 21:45", "some of the other carers in our cluster are so judgey, honestly, not the support network I signed up for", r="cr", why="criticises fellow carers publicly")
A = "jo"
P(A, "2025-08-18 19:40", "one of my young people is in the secure unit in Aycliffe now. i keep thinking about her", r="si ld", why="secure placement of a young person and where")
P(A, "2025-08-25 07:30", "new walking boots are destroying my feet. worth it for the hills", why="personal")
A = "ceri"
P(A, "2025-08-06 18:20", "the little girl we foster starts at Acton Park nursery on Monday, terrified and excited", r="ld si", why="named nursery of a child in care")
P(A, "2025-08-13 21:15", "our SSW cancelled on us AGAIN, that's four times. don't bother coming at all at this rate", r="cr", why="criticises a colleague publicly")
P(A, "2025-08-20 11:40", "Carers' fun day at Bellevue Park, bouncy castle and a brass band, Wrexham does it right", why="public event")
