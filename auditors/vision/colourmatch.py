"""A second, cheap logo verifier: the reference's brand colours laid out in its shape.

Keypoints (`matcher.py`) need a sharp, well-lit, roughly flat logo of a fair
size. Many real sightings are none of these: a sign across a street, a logo on
a van or a cup, a blurred print. What survives all of them is the logo's
*colour layout*: the McDonald's-style arches are a yellow "m", a courier's
wordmark is red letters on yellow. This module learns that layout from the
policy's reference logo image alone, for any organisation:

1. **Palette.** The reference's pixels are clustered in Lab; the clusters with
   a clear hue (chroma above `min_chroma`) that cover a fair share of the
   artwork are its brand colours. White, grey and black never are: they are in
   every photo. Clusters of nearly the same hue (a highlight and a shade of one
   colour) are merged.
2. **Colour likelihood.** For each brand colour, every pixel gets a likelihood
   in [0, 1] from its hue-angle distance to the colour and its chroma, with no
   weight on lightness, so shade, sunlight and a camera's white balance matter
   little. The reference gets the same maps: its silhouette per colour.
3. **Layout match.** The photo's maps are compared with the reference's maps,
   resized over a range of scales and aspect ratios, by normalised
   cross-correlation (`cv2.matchTemplate`). A peak must also carry about the
   reference's share of each colour and agree with the silhouette (IoU of the
   thresholded maps), so a same-coloured logo of another shape, or a plain
   yellow van, does not pass: the shape decides, not the colour.

A logo drawn only in white, grey or black gives no palette and this verifier
stays silent for it (the keypoint matcher still runs).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from auditors.opencv import cv2


@dataclass(frozen=True)
class ColourSettings:
    """Thresholds of the colour-layout verifier; none depends on a particular logo."""
    work_side: int = 256          # the photo's long side while searching, px
    min_logo_px: int = 16         # smallest logo searched: square root of its area, px at work size
    max_logo_share: float = 0.95  # largest logo (root of area), as a share of the photo's short side
    scale_step: float = 1.26      # ratio between searched logo sizes
    aspects: tuple[float, ...] = (1.0,)  # width stretches searched, e.g. (0.85, 1.15): each adds a search
    rotations: tuple[float, ...] = (-12.0, 12.0)  # degrees searched besides upright: signs and vans lean
    min_chroma: float = 22.0      # Lab chroma of a brand colour (white/grey/black are below)
    min_share: float = 0.06       # a brand colour covers at least this share of the artwork
    merge_hue: float = 20.0       # degrees: clusters closer in hue are one brand colour
    hue_tolerance: float = 40.0   # degrees of hue shift at which a pixel's likelihood reaches zero
    chroma_floor: float = 0.3     # share of a brand colour's chroma below which a pixel is not that colour
    palette_size: int = 6         # clusters sought in the reference
    max_colours: int = 3          # brand colours used at most (the largest)
    min_score: float = 0.60       # normalised cross-correlation of the colour layout
    min_iou: float = 0.45         # silhouette agreement at the peak
    share_range: float = 2.2      # the window's colour share within this factor of the reference's
    peaks: int = 8                # peaks verified per searched size
    max_plain: float = 0.5        # a reference a plain blob of its colours explains this well is not searched
    template_px: int = 16         # the reference's root of area while correlating (the photo is rescaled)
    template_min_side: int = 9    # ... but never thinner than this


@dataclass(frozen=True)
class ColourReference:
    """The brand colours of one reference logo and its silhouette in each."""
    name: str
    hues: np.ndarray       # (k,) hue angle of each brand colour, radians
    chromas: np.ndarray    # (k,) its chroma
    maps: np.ndarray       # (h, w, k) float32 likelihood of each colour over the reference
    shares: np.ndarray     # (k,) mean likelihood of each colour over the reference

    @property
    def aspect(self) -> float:
        return self.maps.shape[1] / self.maps.shape[0]


@dataclass
class ColourMatch:
    """A place in the photo whose colour layout is the reference logo's."""
    logo: str
    score: float
    iou: float
    box: tuple[int, int, int, int]  # x, y, w, h in the photo's original pixels

    @property
    def confidence(self) -> float:
        return min(0.9, 0.6 + 0.5 * (self.score - 0.6) + 0.3 * (self.iou - 0.45))

    def explain(self) -> str:
        return (f"logo '{self.logo}' matched by its colour layout: correlation {self.score:.2f}, "
                f"silhouette overlap {self.iou:.0%}")


def _lab_ab(image: np.ndarray, rgb: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The a and b planes of Lab and the chroma of every pixel of a BGR image (RGB when `rgb`):
    one conversion, straight from the channel order given."""
    scaled = image.astype(np.float32)
    scaled *= np.float32(1 / 255.0)
    lab = cv2.cvtColor(scaled, cv2.COLOR_RGB2Lab if rgb else cv2.COLOR_BGR2Lab)
    _, a, b = cv2.split(lab)  # contiguous planes: the arithmetic below runs on whole rows
    # the last bit of a chroma may differ from a strided call's: no decision rests on it
    return a, b, cv2.magnitude(a, b)


def likelihood(bgr: np.ndarray, hues: np.ndarray, chromas: np.ndarray, tolerance_deg: float,
               rgb: bool = False, chroma_floor: float = 0.3) -> np.ndarray:
    """(h, w, k) likelihood that each pixel shows each brand colour: hue close and chroma enough."""
    return _likelihood_ab(_lab_ab(bgr, rgb), hues, chromas, tolerance_deg, chroma_floor)


def _likelihood_ab(ab: tuple[np.ndarray, np.ndarray, np.ndarray], hues: np.ndarray, chromas: np.ndarray,
                   tolerance_deg: float, chroma_floor: float = 0.3) -> np.ndarray:
    """`likelihood` from a conversion already made (`_lab_ab`), in float32 and in place: the
    same arithmetic, operation for operation, without the temporaries."""
    a, b, chroma = ab
    cos_tol = math.cos(math.radians(tolerance_deg))
    inv = np.maximum(chroma, np.float32(1e-3))
    np.divide(np.float32(1.0), inv, out=inv)
    out = np.empty(chroma.shape + (len(hues),), np.float32)
    near, enough = np.empty_like(chroma), np.empty_like(chroma)
    for i, (h0, c0) in enumerate(zip(hues, chromas)):
        np.multiply(a, math.cos(h0), out=near)  # cosine of the hue-angle difference, then its ramp
        np.add(near, b * math.sin(h0), out=near)
        near *= inv
        near -= cos_tol
        near *= 1.0 / (1.0 - cos_tol)
        np.clip(near, 0.0, 1.0, out=near)
        floor = max(10.0, chroma_floor * float(c0))
        np.subtract(chroma, floor, out=enough)
        enough *= 1.0 / floor
        np.clip(enough, 0.0, 1.0, out=enough)
        np.multiply(near, enough, out=out[..., i])
    return out


def _palette(bgr: np.ndarray, s: ColourSettings) -> tuple[np.ndarray, np.ndarray]:
    """Hue angles and chromas of the brand colours, largest share first."""
    small = cv2.resize(bgr, (96, max(1, round(96 * bgr.shape[0] / bgr.shape[1]))), interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small.astype(np.float32) / 255.0, cv2.COLOR_BGR2Lab).reshape(-1, 3)
    k = min(s.palette_size, len(lab))
    cv2.setRNGSeed(7)
    _, labels, centres = cv2.kmeans(lab, k, None, (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 30, 0.5),
                                    3, cv2.KMEANS_PP_CENTERS)
    shares = np.bincount(labels.ravel(), minlength=k) / len(labels)
    colours: list[list[float]] = []  # [hue, chroma, share]
    for i in np.argsort(-shares):
        a, b = float(centres[i, 1]), float(centres[i, 2])
        c = math.hypot(a, b)
        if c < s.min_chroma:
            continue
        h = math.atan2(b, a)
        for col in colours:
            if abs(math.degrees(math.atan2(math.sin(h - col[0]), math.cos(h - col[0])))) < s.merge_hue:
                w = col[2] + shares[i]
                col[1] = (col[1] * col[2] + c * shares[i]) / w
                col[2] = w
                break
        else:
            colours.append([h, c, float(shares[i])])
    colours = sorted((c for c in colours if c[2] >= s.min_share), key=lambda c: -c[2])[:s.max_colours]
    return np.float32([c[0] for c in colours]), np.float32([c[1] for c in colours])


def read_on_white(path: str | Path) -> np.ndarray | None:
    """A colour reference image as BGR, any transparency laid over white (logos are drawn for
    light pages); None when it cannot be read or has no colour channels."""
    img = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if img is None or img.ndim != 3:
        return None
    if img.shape[2] == 4:
        alpha = img[:, :, 3:4].astype(np.float32) / 255.0
        img = (img[:, :, :3] * alpha + 255 * (1 - alpha)).astype(np.uint8)
    return img[:, :, :3]


def load_colour_reference(path: str | Path, settings: ColourSettings | None = None) -> ColourReference | None:
    """The reference's brand colours and silhouettes; None when it has no brand colour
    (a black, white or grey logo) or cannot be read."""
    s = settings or ColourSettings()
    bgr = read_on_white(path)
    if bgr is None:
        return None
    hues, chromas = _palette(bgr, s)
    if len(hues) == 0:
        return None
    side = 128
    scale = side / max(bgr.shape[:2])
    work = cv2.resize(bgr, (max(1, round(bgr.shape[1] * scale)), max(1, round(bgr.shape[0] * scale))),
                      interpolation=cv2.INTER_AREA)
    maps = likelihood(work, hues, chromas, s.hue_tolerance, chroma_floor=s.chroma_floor)
    if plain_shape_score(maps) > s.max_plain:  # its colour layout is a blob: shape cannot decide
        return None
    return ColourReference(Path(path).name, hues, chromas, maps, maps.reshape(-1, len(hues)).mean(axis=0))


def _ncc(a: np.ndarray, b: np.ndarray) -> float:
    """Normalised cross-correlation (mean-removed, over all channels) of two same-size maps."""
    a, b = a - a.mean(axis=(0, 1)), b - b.mean(axis=(0, 1))
    den = math.sqrt(float((a * a).sum()) * float((b * b).sum()))
    return float((a * b).sum() / den) if den > 0 else 0.0


def plain_shape_score(maps: np.ndarray) -> float:
    """How well a plain shape (a filled ellipse or rectangle in one or all brand colours) already
    correlates with the reference's layout. A logo that is just a red blob scores high here: any
    red blob in a photo would pass for it, so its bar is raised above this."""
    h, w, k = maps.shape
    shapes = []
    ellipse = np.zeros((h, w), np.float32)
    cv2.ellipse(ellipse, (w // 2, h // 2), (max(1, w // 2 - 1), max(1, h // 2 - 1)), 0, 0, 360, 1.0, -1)
    rect = np.zeros((h, w), np.float32)
    rect[h // 6:h - h // 6, w // 6:w - w // 6] = 1.0
    for shape in (ellipse, rect):
        for c in range(k):
            m = np.zeros((h, w, k), np.float32)
            m[..., c] = shape
            shapes.append(m)
    return max(_ncc(maps, m) for m in shapes)


def _levels(shape: tuple[int, int], s: ColourSettings) -> list[float]:
    """Photo scales searched: at scale f the template (root of area `template_px`) stands for a
    logo of root of area template_px / f in the work-size photo, from `min_logo_px` up."""
    out, logo = [], float(s.min_logo_px)
    while logo <= s.max_logo_share * min(shape):
        out.append(s.template_px / logo)
        logo *= s.scale_step
    return out


class ColourIndex:
    """The colour references of one policy, ready to search photos."""

    def __init__(self, references: list[ColourReference], settings: ColourSettings | None = None):
        self.references = [r for r in references if r is not None]
        self.settings = settings or ColourSettings()
        self._cache: dict[int, list[np.ndarray]] = {}  # reference -> its templates
        self._means: dict[int, np.ndarray] = {}        # template -> its mean of each colour
        self._flat: dict[int, tuple[np.ndarray, float, float]] = {}  # template -> folded map, its spread, own spread

    @classmethod
    def from_paths(cls, paths, settings: ColourSettings | None = None) -> "ColourIndex":
        return cls([load_colour_reference(p, settings) for p in paths], settings)

    def find(self, image: np.ndarray, rgb: bool = False) -> ColourMatch | None:
        """The best colour-layout sighting of any reference logo in a BGR photo (RGB when
        `rgb`), or None."""
        if not self.references or image is None or image.ndim != 3 or image.size == 0:
            return None
        s = self.settings
        scale = s.work_side / max(image.shape[:2])
        small = cv2.resize(image, None, fx=scale, fy=scale,
                           interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
        ab = _lab_ab(small, rgb)  # one colour conversion for every reference
        best = None
        for ref in self.references:
            m = self._search(ref, ab)
            if m is not None and (best is None or m.score > best.score):
                best = m
        if best is not None:
            x, y, w, h = best.box
            best.box = (round(x / scale), round(y / scale), round(w / scale), round(h / scale))
        return best

    def scores(self, ref: ColourReference, small: np.ndarray, rgb: bool = False, min_score: float = 0.2):
        """Every searched size's best (score, iou, box, colour shares agree) in a BGR (RGB when
        `rgb`) work-size photo, scores from `min_score` up and no other threshold applied:
        for inspection and `shapecheck`."""
        return self._candidates(ref, _lab_ab(small, rgb), loose=True, floor=min_score)

    def _search(self, ref: ColourReference, ab) -> ColourMatch | None:
        s = self.settings
        best = None
        for score, iou, box in self._candidates(ref, ab):
            if score >= s.min_score and iou >= s.min_iou and (best is None or score > best.score):
                best = ColourMatch(ref.name, score, iou, box)
        return best

    def _templates(self, ref: ColourReference) -> list[np.ndarray]:
        """The reference's maps at `template_px` root of area, once per searched stretch."""
        cached = self._cache.get(id(ref))
        if cached is not None:
            return cached
        out: list[np.ndarray] = []  # published whole below: photos may be searched on several threads
        for stretch in self.settings.aspects:
            aspect = ref.aspect * stretch
            root, thin = self.settings.template_px, self.settings.template_min_side
            tw, th = max(thin, round(root * math.sqrt(aspect))), max(thin, round(root / math.sqrt(aspect)))
            upright = cv2.resize(ref.maps, (tw, th), interpolation=cv2.INTER_AREA).reshape(th, tw, -1)
            for angle in (0.0, *self.settings.rotations):
                tmpl = upright
                if angle:
                    rot = cv2.getRotationMatrix2D((tw / 2, th / 2), angle, 1.0)
                    tmpl = cv2.warpAffine(upright, rot, (tw, th), flags=cv2.INTER_LINEAR,
                                          borderMode=cv2.BORDER_REPLICATE).reshape(th, tw, -1)
                self._means[id(tmpl)] = tmpl.reshape(-1, tmpl.shape[2]).mean(axis=0)
                t_flat = _flatten(tmpl)
                self._flat[id(tmpl)] = (t_flat, float(t_flat.std()), float(tmpl.std()))
                out.append(tmpl)
        self._cache[id(ref)] = out
        return out

    def _candidates(self, ref: ColourReference, ab, loose: bool = False, floor: float = 0.2):
        """(score, iou, box in work-size pixels) of the best peaks at every searched size, from the
        photo's Lab planes (`_lab_ab`).

        Costs are kept down by searching only where the brand colours are (the bounding box of
        the pixels that show any of them, with a margin of one logo), only at the logo sizes
        whose share of each colour the photo holds at all, and by reading each peak window's
        spread from integral images rather than from its pixels."""
        s = self.settings
        base = _likelihood_ab(ab, ref.hues, ref.chromas, s.hue_tolerance, s.chroma_floor)
        k = base.shape[2]
        strongest = base[..., 0].copy()
        for i in range(1, k):
            cv2.max(strongest, base[..., i], dst=strongest)
        present = cv2.findNonZero((strongest > 0.25).astype(np.uint8))
        if present is None:
            return []
        px, py, pw, ph = cv2.boundingRect(present)
        mass = np.float64([cv2.sumElems(np.ascontiguousarray(base[..., i]))[0] for i in range(k)])
        templates = [t for t in self._templates(ref) if self._flat[id(t)][2] >= 1e-3]  # a flat one matches nothing
        flat_base = _flatten(base)  # the pyramid is built on one channel; candidates go back to `base`
        out = []
        for f in _levels(base.shape[:2], s):
            templates = [t for t in templates if self._enough_colour(mass, t, f)]
            if not templates:
                break  # larger logos need even more of the colours
            margin = math.ceil(max(max(t.shape[:2]) for t in templates) / f)
            x0, y0 = max(0, px - margin), max(0, py - margin)
            x1, y1 = min(base.shape[1], px + pw + margin), min(base.shape[0], py + ph + margin)
            size = (max(1, round((x1 - x0) * f)), max(1, round((y1 - y0) * f)))
            searched = [t for t in templates if t.shape[0] <= size[1] and t.shape[1] <= size[0]]
            if not searched:
                continue
            flat = cv2.resize(flat_base[y0:y1, x0:x1], size,
                              interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR)
            local = _LocalStd(flat)
            for tmpl in searched:
                th, tw = tmpl.shape[:2]
                t_flat, t_std, _ = self._flat[id(tmpl)]
                res = cv2.matchTemplate(flat, t_flat, cv2.TM_CCOEFF_NORMED)
                cv2.patchNaNs(res, 0.0)
                tried = 0
                for _ in range(4 * s.peaks):
                    _, score, _, (x, y) = cv2.minMaxLoc(res)
                    if score < (floor if loose else s.min_score) or tried == s.peaks:
                        break
                    cv2.rectangle(res, (x - tw // 3, y - th // 3), (x + tw // 3, y + th // 3), -1.0, -1)
                    if local.std(x, y, tw, th) < 0.3 * t_std:  # near flat: the score means nothing
                        continue
                    tried += 1
                    box = (x0 + round(x / f), y0 + round(y / f), max(1, round(tw / f)), max(1, round(th / f)))
                    window = _window(base, box, tw, th)
                    agree = self._shares_agree(window, tmpl)
                    if not agree and not loose:
                        continue
                    out.append((float(score), _iou(window, tmpl), box) + ((agree,) if loose else ()))
        return out

    def _enough_colour(self, mass: np.ndarray, tmpl: np.ndarray, f: float) -> bool:
        """The whole photo holds at least the share of each colour a logo of this size needs."""
        area = tmpl.shape[0] * tmpl.shape[1] / (f * f)
        want = self._means[id(tmpl)]
        return bool(np.all((want <= 0.02) | (mass >= want * area / self.settings.share_range)))

    def _shares_agree(self, window: np.ndarray, tmpl: np.ndarray) -> bool:
        """The window holds about as much of each brand colour as the reference does."""
        r = self.settings.share_range
        for got, want in zip(window.reshape(-1, window.shape[2]).mean(axis=0), self._means[id(tmpl)]):
            if want > 0.02 and not (want / r <= got <= want * r):
                return False
        return True


def _window(base: np.ndarray, box: tuple[int, int, int, int], w: int, h: int) -> np.ndarray:
    """The colour maps under `box` (work-size pixels), resized to the template's (w, h)."""
    x, y, bw, bh = box
    crop = base[y:y + bh, x:x + bw]
    interp = cv2.INTER_AREA if bw > w else cv2.INTER_LINEAR
    return cv2.resize(crop, (w, h), interpolation=interp).reshape(h, w, base.shape[2])


_CHANNEL_WEIGHTS = np.float32([1.0, -1.0, 0.5])


def _flatten(maps: np.ndarray) -> np.ndarray:
    """The colour maps folded into one signed map (first colour +1, second -1, third +0.5), so
    one correlation compares the whole layout: a cost of one channel, not k."""
    if maps.shape[2] == 1:
        return np.ascontiguousarray(maps[..., 0])
    return np.ascontiguousarray(maps @ _CHANNEL_WEIGHTS[:maps.shape[2]])


def _iou(window: np.ndarray, tmpl: np.ndarray) -> float:
    """Mean over brand colours of the silhouettes' intersection over union (maps cut at 0.5)."""
    ious = []
    for i in range(tmpl.shape[2]):
        a, b = window[..., i] >= 0.5, tmpl[..., i] >= 0.5
        union = np.count_nonzero(a | b)
        if np.count_nonzero(b) >= 0.02 * b.size and union:
            ious.append(np.count_nonzero(a & b) / union)
    return float(np.mean(ious)) if ious else 0.0


class _LocalStd:
    """Standard deviation of any window of one map, from its integral images (float64)."""

    def __init__(self, image: np.ndarray):
        self.image = image
        self.sums = self.squares = None  # built at the first question: most sizes ask none

    def std(self, x: int, y: int, w: int, h: int) -> float:
        if self.sums is None:
            self.sums, self.squares = cv2.integral2(self.image, sdepth=cv2.CV_64F, sqdepth=cv2.CV_64F)
        s, q = self.sums, self.squares
        n = w * h
        total = s[y + h, x + w] - s[y, x + w] - s[y + h, x] + s[y, x]
        square = q[y + h, x + w] - q[y, x + w] - q[y + h, x] + q[y, x]
        return math.sqrt(max(0.0, square / n - (total / n) ** 2))

