import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ser
from collections import Counter
b, l = ser.build()
posts = [x for x in b if x["kind"] == "post"]
pl = l[len(b) - len(posts):]
c, cu = Counter(), Counter()
for x in pl:
    c.update(x["rules"]); cu.update(x["unsure"])
clean = sum(1 for x in pl if not x["rules"])
print("accounts", len(b) - len(posts), "posts", len(posts), "clean", clean, f"{clean/max(1,len(posts)):.0%}")
for r in ser.RULES.values():
    print(f"  {r:24s} {c[r]:4d} ({c[r]/max(1,len(posts)):.1%})  unsure {cu[r]}")
