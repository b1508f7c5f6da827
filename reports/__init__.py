"""Reports and mail: the monthly coordinator report and the volunteer self-audit
(Jinja templates, dataclass contexts in `context`), the outbox and mailers, and
`delivery.deliver_due`, the scheduled run's delivery phase."""
