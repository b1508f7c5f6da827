from lib import P

A = "raj"
P(A, "2025-10-02 17:30", "Arjun and Meera building a den in the garden, bedsheets everywhere", m=["Two children under a bedsheet den in a back garden"], why="author's own twins in a personal post")
P(A, "2025-10-09 20:15", "Cake from the volunteer training day, someone in the Leicester team can BAKE", m=["A Victoria sponge on a plate beside training folders"], why="training day cake")
A = "lou"
P(A, "2025-09-14 10:30", "my lot at the beach, all four of them, sand in everything", m=["Four children digging in the sand at a beach"], why="author's own two sets of twins")
P(A, "2025-09-21 19:00", "New laptop sticker 🙌", m=["Laptop lid with a Kent Cricket sticker and a cat sticker"], why="other logos, not the Trust's")
P(A, "2025-09-28 20:40", "Volunteer ID badge arrived! Official now 💛", m=["A lanyard and photo ID badge with the Twins Trust logo"], why="badge issued by the Trust")
A = "gaz"
P(A, "2025-09-12 16:50", "Designed a banner for my charity football match, Twins Trust logo front and centre", r="lm", m=["Printed vinyl banner reading 'Gaz's Charity Match' with the Twins Trust heart logo in the middle"], why="logo reproduced on a home-made banner")
P(A, "2025-09-19 21:00", "For any parents of twins in Brum struggling, Twinline is 0800 138 0509, free and they're lovely", why="correct referral")
P(A, "2025-09-26 19:15", "Twinline is 0800 138 0905 if you need it, ring em", r="cd", why="wrong Twinline number")
A = "kez"
P(A, "2025-09-23 09:20", "the twins wellies by their door this mornin 🥾 their mammy's that organised", r="fp", m=["Two pairs of small red wellies outside a blue front door with a number on it"], why="photo of a supported family's door and belongings")
P(A, "2025-09-30 18:10", "fraser's drawin o me as a dinosaur. accurate", m=["Child's crayon drawing of a green dinosaur with curly hair"], why="author's own son's drawing")
A = "nell"
P(A, "2025-09-10 22:00", "to all the new vols: don't give medical advice, even if you used to be a nurse like me. point them to twinline and their gp", why="volunteers reminding each other not to advise")
P(A, "2025-09-17 12:40", "@amy_jxx sorry hun i can't advise on that on here, ring twinline on 0800 138 0509 they'll help x", why="correct referral in a reply, no advice")
A = "sioned"
P(A, "2025-08-30 20:00", "ffs the A470 again. two hours to Merthyr", why="traffic")
P(A, "2025-09-06 15:20", "gave the family's mam a lift to the food bank on Clifton Street this morning, no shame in it", r="si ld", why="food bank use and its street")
A = "bev"
P(A, "2025-11-08 18:30", "the little uns' mum is pregnant again, twins AGAIN, she's terrified and her fella's not happy", r="si", why="pregnancy and relationship detail of a supported mum")
P(A, "2025-11-15 13:20", "coffee n cake at the Twins Trust stall in Hanley market this morning, come n see us till 2", why="public fundraising stall")
