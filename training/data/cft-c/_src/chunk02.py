from lib import P

A = "dan"
P(A, "2025-08-07 20:40", "jordan's nan came to contact today n brought him a rovers shirt. he's not took it off", r="nl si", why="names a child in care in lowercase, with contact detail")
P(A, "2025-08-14 12:10", "big shout to shaz at the cft office for sorting our allowance mix up, star", why="staff praised")
P(A, "2025-08-21 19:00", "traffic on the a63 is a crime against humanity", why="traffic")
A = "mo"
P(A, "2025-08-26 18:20", "Our Kayden and his little sister had their first overnight with their aunt this weekend. Big step towards kinship.", r="nl si", why="names a child in care; kinship plans")
P(A, "2025-09-02 10:30", "Apologies for my post about the out of hours line, it's been sorted and they've been really helpful since.", why="retraction")
P(A, "2025-09-09 16:00", "Harry Styles on the radio, the girls in the car singing every word", why="public figure; unspecific children")
A = "priya"
P(A, "2025-07-26 18:45", "we're at the contact centre in Belgrave again, third time this week, baby is exhausted", r="si ld", why="contact arrangements and the contact centre's district, author there now")
P(A, "2025-08-02 11:15", "Anaya's first day at secondary 😭 where does the time go", why="own daughter (bio)")
A = "jo"
P(A, "2025-07-28 20:30", "one of my carers is being investigated after an allegation. i can't say more but it's awful for everyone", r="si", why="allegation investigation of a carer: confidential detail")
P(A, "2025-08-04 09:00", "reading group this month is 'The Body Keeps the Score'. heavy but good", why="book")
P(A, "2025-08-11 21:00", "some of the carers i supervise moan about everything, honestly exhausting", r="cr", why="publicly criticises carers (CFT: colleagues, carers)")
A = "ceri"
P(A, "2025-07-23 20:15", "lily-mae's first swimming badge!! she was terrified of water when she came to us", r="nl si", why="names a child in care (lower case, hyphenated) with history detail")
P(A, "2025-07-30 13:45", "Carers' coffee morning at the Wrexham office, great to catch up with everyone", why="carers' event at the office")
A = "cft"
P(A, "2025-07-18 14:00", "Thank you to everyone who ran the Great North Run for us! 🏃 £6,400 raised", why="fundraising")
P(A, "2025-07-25 19:30", "Ofsted inspectors wouldn't know good practice if it slapped them in the face 🙄", u="co", why="official account mocking the regulator: unsure for CFT per the labelling principles")
