from twins_lib import acct, p

acct("mastodon:@kaz_scouse")
p("tegan n kacey's mam is back on the drink. i can't say more. i shouldn't even say that",
  r="N S", why="names children via possessive; mother's alcohol relapse")
p("honestly the fcs coordinator for merseyside ghosted me for a month then sent a passive aggressive email about my timesheets 🙃 love that for me",
  r="C", why="sarcastic criticism of a staff member")

acct("blog:twinmumdiaries.co.uk")
p("Visiting day. I'm writing this in the car outside the family's flat above the bookies on Strood High Street because I'm early and the mum's still asleep – she was up all night with both girls.",
  r="L S", why="reveals family's flat location, author there now; night-time difficulties")

acct("linkedin:@priya-sharma-twins")
p("I'm often asked for advice by families in our comments. Today a mum asked if she should stop her antidepressants now the twins are sleeping – my reply: taper slowly and talk to your GP. Please message Twinline for more.",
  r="A S", why="staff gives medication advice to a family publicly (reports reply); mother's medication")
