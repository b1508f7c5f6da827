"""A labelled post as the heads' training sees it (no scikit-learn needed to build one)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Example:
    """One labelled post as a head sees it."""
    text: str                          # the feature string (auditors.learned.features)
    flags: list[float]
    group: str                         # the CV group (a bundle)
    labels: dict[str, int | None]      # rule -> 1, 0, or None (unsure, or not labelled)
    rule_fired: dict[str, bool] = field(default_factory=dict)  # what the rules said
