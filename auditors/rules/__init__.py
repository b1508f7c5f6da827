"""The rules, one module each. Every module here that defines `RULE` (a
`socialaudit.core.rules.RuleSpec`) and `check` is found by `auditors.registry`."""
