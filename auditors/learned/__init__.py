"""The learned text layer: a static sentence encoder (numpy + tokenizers, no torch) and one
calibrated linear head per text rule, trained on `training/` by `socialaudit train`. The
rules stay primary — they give evidence, explanations and high-precision hits; the heads
add recall where no word list reaches. See model/MODEL_CARD.md."""
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "model"
