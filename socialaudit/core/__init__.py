"""The core: the records and findings every part speaks, the policy as frozen
configuration, settings, errors, and the contracts the plug-in layers implement
(record sources, rules). It imports nothing else of the project."""
