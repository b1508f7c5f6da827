"""Finding an organisation's logo inside a photo.

Local features (ORB) are computed once for each reference logo of a policy
(`reference.py`); a photo is downscaled, its features are matched to each
reference with a ratio test, and a match only counts when a RANSAC homography
explains enough of the matches and maps the logo to a plausible shape
(`geometry.py`). This survives scale, rotation, partial occlusion and busy
backgrounds, and never needs a training set: the policy's logo images are
the whole model.

    index = LogoIndex.from_paths(policy.organisation["logos"])
    match = index.find(bgr_pixels)      # LogoMatch or None
"""
from auditors.vision.matcher import LogoIndex, LogoMatch, MatchSettings
from auditors.vision.reference import ReferenceLogo, load_reference

__all__ = ["LogoIndex", "LogoMatch", "MatchSettings", "ReferenceLogo", "load_reference"]
