"""Contact details in text: phone numbers, emails and web domains, normalised for comparison.

Phone numbers are normalised with `phonenumbers` (E.164), so "0800 138 0509",
"0800-138-0509" and "+44 800 138 0509" compare equal. A near miss (one or
two digits wrong or swapped, "0800 138 0905") is told apart from an
unrelated number, because a mistyped helpline is the commonest way a
volunteer gives out wrong details.

Every pattern here is linear: character classes with bounded repeats, no
nested quantifiers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

# A run that starts and ends with a digit and holds digits, spaces, dashes,
# dots and brackets; the digit count is checked afterwards.
_PHONE = re.compile(r"(?<![\w+/.])\+?\(?\d[\d ()\-.]{7,18}\d(?![\w/])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}")
_DOMAIN = re.compile(r"(?<![\w@.-])(?:www\.)?[A-Za-z0-9-]{2,63}(?:\.[A-Za-z]{2,6}){1,3}(?![\w-])")
_MIN_DIGITS, _MAX_DIGITS = 9, 13


@dataclass(frozen=True)
class Contact:
    """One contact detail found in a text."""
    kind: str        # "phone" | "email" | "domain"
    start: int
    end: int
    raw: str
    normal: str      # E.164 for phones, lower case otherwise


def normalise_phone(raw: str, region: str = "GB") -> str:
    """E.164 form of a phone number, or its bare digits when it cannot be parsed."""
    try:
        num = phonenumbers.parse(raw, region)
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", raw)


def find_contacts(text: str, region: str = "GB") -> list[Contact]:
    """Phones, emails and bare web domains in `text`, in order of position."""
    out = []
    for m in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if _MIN_DIGITS <= digits <= _MAX_DIGITS:
            out.append(Contact("phone", m.start(), m.end(), m.group(0), normalise_phone(m.group(0), region)))
    emails = [Contact("email", m.start(), m.end(), m.group(0), m.group(0).lower()) for m in _EMAIL.finditer(text)]
    out += emails
    for m in _DOMAIN.finditer(text):
        if not any(e.start <= m.start() < e.end for e in emails):
            out.append(Contact("domain", m.start(), m.end(), m.group(0), _bare_domain(m.group(0))))
    return sorted(out, key=lambda c: c.start)


def _bare_domain(raw: str) -> str:
    d = raw.lower()
    return d[4:] if d.startswith("www.") else d


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance (a swap of neighbours costs 1), capped at `limit`."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2, prev = [], list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], limit)


def phone_near_miss(number: str, official: str) -> bool:
    """A different number within two digit edits (or swapped blocks) of an official one."""
    if number == official:
        return False
    a, b = re.sub(r"\D", "", number), re.sub(r"\D", "", official)
    if len(a) == len(b) and sorted(a) == sorted(b):
        return True  # same digits, shuffled: "138 5090" for "138 0509"
    return edit_distance(a, b) <= 2


def domain_near_miss(domain: str, official: str) -> bool:
    """Same name under another suffix ("twinstrust.com") or within two edits of an official domain."""
    if domain == official:
        return False
    if domain.split(".", 1)[0] == official.split(".", 1)[0]:
        return True
    return edit_distance(domain, official) <= 2


@dataclass(frozen=True)
class OfficialContacts:
    """A pack's `[contacts]`, normalised once."""
    phones: frozenset[str]
    emails: frozenset[str]
    domains: frozenset[str]


@lru_cache(maxsize=32)
def official_contacts(phones: tuple[str, ...], emails: tuple[str, ...], websites: tuple[str, ...],
                      region: str = "GB") -> OfficialContacts:
    """Normalise the pack's official phones, emails and websites (their email domains count too)."""
    domains = {_bare_domain(w.split("/", 1)[0]) for w in websites}
    domains |= {e.lower().rsplit("@", 1)[-1] for e in emails}
    return OfficialContacts(frozenset(normalise_phone(p, region) for p in phones),
                            frozenset(e.lower() for e in emails), frozenset(domains))


def judge(contact: Contact, official: OfficialContacts) -> tuple[str, str]:
    """('official' | 'near-miss' | 'unofficial', reason) for one contact detail."""
    if contact.kind == "phone":
        if contact.normal in official.phones:
            return "official", "official number"
        near = [p for p in official.phones if phone_near_miss(contact.normal, p)]
        return ("near-miss", "near miss of the official number") if near else ("unofficial", "unofficial number")
    domain = contact.normal.rsplit("@", 1)[-1].split("/", 1)[0]
    if contact.kind == "email" and contact.normal in official.emails:
        return "official", "official email"
    if domain in official.domains:
        return ("official", "official website") if contact.kind == "domain" else \
            ("unofficial", "unofficial address at the official domain")
    if any(domain_near_miss(domain, d) for d in official.domains):
        return "near-miss", "wrong domain (near miss of the official one)"
    return "unofficial", "unofficial " + ("email" if contact.kind == "email" else "website")
