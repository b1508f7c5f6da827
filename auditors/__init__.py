"""One rule per module. See `auditors.context` for the shape of an auditor
and `auditors.registry` for how they are found."""
