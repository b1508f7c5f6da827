from lib import P
X="x:@HarbourMentors"; F="facebook:@HarboursideYouthMentoring"; S="instagram:@soph.makes.things"
D="x:@dazza_pike"; Z="x:@shaz_k_88"; M="instagram:@marcus.fenwick.surf"; L="facebook:@lorraine.pascoe.5"; R="facebook:@priya.raman.77"
P(X,"2026-03-26T20:15","RT if you agree: the only thing the Reform candidate for Skelmouth knows about young people is how to scare voters with them.",r="pol",why="attacks a party's candidate")
P(F,"2026-11-29T10:00","We're not political, but honestly, if you vote Conservative in the by-election after what they've done to youth services, don't come crying to us.",r="pol",why="partisan, divisive message from official account")
P(S,"2026-03-12T18:30","Finally finished my Harbourside tote bags 🛍️ embroidered the lighthouse logo on every single one by hand, my fingers are dead",m="A pile of canvas tote bags each hand-embroidered with the Harbourside Youth Mentoring lighthouse logo.",r="logo",why="hand-embroidered copy of the logo on personal merchandise")
P(D,"2026-02-22T11:50","@HarbourMentors your 'mentor support line' rang out 6 times this week. whats the point having one if no ones on it 🤷",r="crit",why="complaint to the charity about its support line")
P(Z,"2026-01-30T18:20","shes moved in with her auntie in Marram Point now her dad's in hospital long term, so sessions there from next week",r="sens loc",why="mentee's new home village and father's hospitalisation")
P(M,"2026-03-07T12:10","Shoutout to the Harbourside matching team for absolutely nothing. Asked for a handover meeting in January, still waiting. Great stuff lads 👍",r="crit",why="sarcastic criticism of matching team")
P(L,"2026-01-18T17:00","For anyone wanting to help young people like my mentee, call Harbourside on 0808 916 0352 💙",r="contact",why="wrong helpline number")
P(R,"2026-11-08T16:10","Meeting my mentee at the Brackwater Academy gates every Wednesday at 3.15 — she likes having someone to walk out to.",r="loc",why="names the mentee's school and a regular meeting point")
P(D,"2026-04-30T18:00","@HarbourMentors cheers for the training on county lines, actually useful for once 😂 no offence",why="praise with light banter")
P(Z,"2026-05-27T21:30","@HarbourMentors why has my mentee's review been moved 3 times by the coordinator? shes stopped trusting any of us and I cant blame her",r="crit",why="public complaint about coordinator")
