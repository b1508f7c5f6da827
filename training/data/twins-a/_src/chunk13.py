from lib import p
# hard negatives: register names used harmlessly (celebrities, neighbours, books, TV)
p("dean","2025-09-14 17:30","michael owen on punditry duty again. lord give me strength",
  w="footballer/pundit, not a supported family", d=1)
p("kirsty","2026-07-21 22:30","watchin love island n that rocco is a proper wrong'un 😂 bin him off amber",
  w="TV contestant, not a supported family", d=1)
p("sal","2026-03-02 09:00","Our Becca next door's had her baby! 8lb 2oz, she's over the moon. Congratulations love 💛",
  w="neighbour's news, not a supported family")
p("hanifa","2026-02-08 21:00","Finished Amira Nasser's new novel in one sitting. If you liked her first one, this is better. Book club, you've been warned.",
  w="author, not a supported family")
p("ffion","2025-12-28 21:30","Dev Patel in that new film over Christmas. That's it, that's the post.",
  w="actor, not a supported family")
p("aled","2026-02-07 14:00","Gethin Jones doing the rugby build-up in that jumper. Brave man.",
  w="TV presenter, not a supported family")
