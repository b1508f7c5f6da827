"""Small, fast language helpers shared by the text rules (sentiment windows, contact details)."""
