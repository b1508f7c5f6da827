#!/usr/bin/env python3
"""Print the per-rule count table for a built set (used to fill the READMEs)."""
import json, sys, collections
R = ["disclaimer-missing", "privacy-settings", "name-leak", "sensitive-info", "family-photo", "geotag",
     "location-disclosure", "logo-misuse", "criticism", "advice-to-family", "controversial-official", "contact-details"]
d, pre = sys.argv[1], sys.argv[2]
L = [json.loads(l) for l in open(f"{d}/labels.jsonl")]
c = collections.Counter(r for l in L for r in l["rules"])
u = collections.Counter(r for l in L for r in l["unsure"])
print("| rule | positives | unsure |\n|---|---|---|")
for r in R:
    print(f"| `{r}` | {c[r]} | {u[r]} |")
