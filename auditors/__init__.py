"""One rule per module. See `socialaudit.auditing` for the shape of an auditor
and `auditors.registry` for how they are found."""
