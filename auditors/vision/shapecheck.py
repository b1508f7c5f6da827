"""A third logo check: a loose colour layout confirmed by the logo's edge pattern.

The colour-layout verifier (`colourmatch.py`) is strict on purpose: a window of
the brand colours must correlate with the reference's layout at 0.6 or more,
or any red-and-yellow sign would pass for a courier's wordmark. Real sightings
often fall short of that: the colours are faded by sun or haze, the van is
seen at a slant, the print is small. This check lowers the colour bar (paler
colours count, a weaker correlation is a *candidate*) and lets the shape
decide instead: the grey pixels under each candidate window must show the
reference's edge pattern, compared as a grid of gradient-orientation
histograms (the HOG idea of Dalal & Triggs, without any training: the one
reference image is the whole model).

Orientations are unsigned (modulo 180 degrees), so a logo printed light on
dark has the same signature as dark on light; the histograms are normalised
per cell, so lighting and contrast do not count, only where the edges are and
which way they run. Another logo in the same colours has other edges: the
signature tells a yellow "M" on red from red letters on yellow.

Limits: the signature is coarse. Against a round logo (a ring with a design
inside) a plain disc of its colour can score as high as the logo itself, so on
busy generated photos about 1 in 100 without the logo passed for the round
placeholder logos of the built-in packs; the rule runs this check only when a
pack asks for it (`shape_check`), e.g. for a wordmark.

Cost: one more colour-layout search on the small preview (already decoded for
the colour check) and a signature of a few thousand pixels per candidate
window, about 2 ms per photo; it runs only on photos the other checks found
nothing in.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from auditors.opencv import cv2
from auditors.vision.colourmatch import (
    ColourIndex,
    ColourMatch,
    ColourReference,
    ColourSettings,
    load_colour_reference,
    read_on_white,
)

ORIENTATIONS = 9   # unsigned orientation bins, 20 degrees each
GRID = (6, 12)     # cells across the short and the long side of the logo: fine enough that a plain
                   # disc of a round logo's colour (outline alike, nothing inside) stays below the bar
SIGNATURE_SIDE = 48  # the short side while computing a signature, px
FLAT_SHARE = 0.25  # a cell with less edge energy than this share of the strongest cell's is not normalised up


@dataclass(frozen=True)
class ShapeSettings:
    """Thresholds of the loose-colour, edge-confirmed check; none depends on a particular logo."""
    # paler colours count; upright only (the edge signature is not rotation-invariant anyway); a
    # coarser search (the edges, read from the full preview, decide)
    colour: ColourSettings = field(default_factory=lambda: ColourSettings(chroma_floor=0.2, rotations=(),
                                                                          work_side=192))
    min_score: float = 0.40     # colour-layout correlation that makes a window a candidate
    min_iou: float = 0.35       # silhouette agreement that makes a window a candidate
    min_similarity: float = 0.68  # edge signature agreement (cosine) that confirms a candidate
    candidates: int = 8         # windows confirmed at most per reference, best colour score first


def _grid(shape: tuple[int, int]) -> tuple[int, int]:
    """(rows, columns) of cells: GRID, turned for a logo taller than wide."""
    h, w = shape
    return GRID if w >= h else GRID[::-1]


def signature_shape(aspect: float) -> tuple[int, int]:
    """(height, width) of the grey patch a signature is computed on, for a logo of this aspect."""
    if aspect >= 1:
        return SIGNATURE_SIDE, max(SIGNATURE_SIDE // 3, round(SIGNATURE_SIDE * aspect))
    return max(SIGNATURE_SIDE // 3, round(SIGNATURE_SIDE / aspect)), SIGNATURE_SIDE


def signature(grey: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Unit vector of per-cell histograms of unsigned gradient orientation, weighted by
    magnitude, of `grey` resized to `shape` (height, width)."""
    h, w = shape
    g = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    mag, ang = cv2.cartToPolar(cv2.Sobel(g, cv2.CV_32F, 1, 0), cv2.Sobel(g, cv2.CV_32F, 0, 1))
    bins = np.minimum((np.mod(ang, np.pi) * (ORIENTATIONS / np.pi)).astype(np.intp), ORIENTATIONS - 1)
    rows, cols = _grid(shape)
    ch, cw = h // rows, w // cols
    cells = np.empty((rows * cols, ORIENTATIONS))
    for i in range(rows):
        for j in range(cols):
            cells[i * cols + j] = np.bincount(bins[i * ch:(i + 1) * ch, j * cw:(j + 1) * cw].ravel(),
                                              weights=mag[i * ch:(i + 1) * ch, j * cw:(j + 1) * cw].ravel(),
                                              minlength=ORIENTATIONS)
    norms = np.linalg.norm(cells, axis=1)
    # each cell to unit length, so contrast does not count; but a cell far weaker than the
    # patch's strongest stays weak: noise on a plain surface is not an edge
    cells /= np.maximum(norms, FLAT_SHARE * norms.max() + 1e-6)[:, None]
    v = cells.ravel()
    return v / (np.linalg.norm(v) + 1e-9)


@dataclass(frozen=True)
class ShapeReference:
    """A colour reference and the edge signature of the same logo image."""
    colour: ColourReference
    shape: tuple[int, int]
    signature: np.ndarray


def _read_grey(path) -> np.ndarray | None:
    bgr = read_on_white(path)
    return None if bgr is None else cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)


def load_shape_reference(path, settings: ShapeSettings) -> ShapeReference | None:
    """None when the logo has no brand colour (or is a plain blob of it: see colourmatch)."""
    colour = load_colour_reference(path, settings.colour)
    grey = _read_grey(path)
    if colour is None or grey is None:
        return None
    shape = signature_shape(grey.shape[1] / grey.shape[0])
    return ShapeReference(colour, shape, signature(grey, shape))


@dataclass
class ShapeMatch(ColourMatch):
    """A loose colour-layout window whose edges are the logo's."""
    similarity: float = 0.0

    @property
    def confidence(self) -> float:
        return min(0.85, 0.6 + 0.5 * (self.similarity - 0.65))

    def explain(self) -> str:
        return (f"logo '{self.logo}' matched by its colours (correlation {self.score:.2f}) and its edge "
                f"pattern (similarity {self.similarity:.2f})")


class ShapeIndex:
    """The shape references of one policy, ready to search photos."""

    def __init__(self, references: list[ShapeReference | None], settings: ShapeSettings | None = None):
        self.references = [r for r in references if r is not None]
        self.settings = settings or ShapeSettings()
        self._colour = ColourIndex([r.colour for r in self.references], self.settings.colour)

    @classmethod
    def from_paths(cls, paths, settings: ShapeSettings | None = None) -> "ShapeIndex":
        s = settings or ShapeSettings()
        return cls([load_shape_reference(p, s) for p in paths], s)

    def find(self, image: np.ndarray, rgb: bool = False) -> ShapeMatch | None:
        """The best confirmed window of any reference in a BGR photo (RGB when `rgb`), or None."""
        if not self.references or image is None or image.ndim != 3 or image.size == 0:
            return None
        cs = self.settings.colour
        scale = cs.work_side / max(image.shape[:2])
        small = cv2.resize(image, None, fx=scale, fy=scale,
                           interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
        grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY if rgb else cv2.COLOR_BGR2GRAY)
        best = None
        for ref in self.references:
            m = self._confirm(ref, self._windows(ref, small, rgb), grey, scale)
            if m is not None and (best is None or m.similarity > best.similarity):
                best = m
        return best

    def _windows(self, ref: ShapeReference, small: np.ndarray, rgb: bool
                 ) -> list[tuple[float, float, tuple[int, int, int, int]]]:
        """(score, iou, box in work-size pixels) of the loose colour candidates, best first."""
        s = self.settings
        scored = self._colour.scores(ref.colour, small, rgb, s.min_score)
        found = [(score, iou, box) for score, iou, box, agree in scored
                 if agree and score >= s.min_score and iou >= s.min_iou]
        return sorted(found, key=lambda c: -c[0])[:s.candidates]

    def _confirm(self, ref: ShapeReference, windows, grey: np.ndarray, scale: float) -> ShapeMatch | None:
        best = None
        for score, iou, (x, y, w, h) in windows:
            x0, y0 = max(0, round(x / scale)), max(0, round(y / scale))
            patch = grey[y0:round((y + h) / scale), x0:round((x + w) / scale)]
            if min(patch.shape[:2], default=0) < 4:
                continue
            sig = signature(patch, ref.shape)
            sim = float(sig @ ref.signature)
            if sim < self.settings.min_similarity:
                continue
            if best is None or sim > best.similarity:
                box = (x0, y0, patch.shape[1], patch.shape[0])
                best = ShapeMatch(ref.colour.name, score, iou, box, sim)
        return best

