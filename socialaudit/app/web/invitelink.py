"""The invitation link: `/invite/<token>`, where the token is the invitation's id and nonce
signed with the app's secret key (itsdangerous, timestamped). A link is refused when its
signature is wrong, when it is older than the invitation's lifetime, and — checked in
the store — when it was used, revoked or replaced by a newer invitation."""
from __future__ import annotations

from itsdangerous import BadSignature, URLSafeTimedSerializer

from socialaudit.storage.schema_loop import INVITE_DAYS

SALT = "socialaudit-invite-v1"
MAX_AGE = INVITE_DAYS * 24 * 3600


def _serializer(secret: bytes | str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=SALT)


def make_token(secret: bytes | str, invite_id: int, nonce: str) -> str:
    return _serializer(secret).dumps({"i": invite_id, "n": nonce})


def read_token(secret: bytes | str, token: str) -> tuple[int, str] | None:
    """(invite id, nonce) from a link that is genuine and not expired; None otherwise."""
    if not token or len(token) > 500:
        return None
    try:
        data = _serializer(secret).loads(token, max_age=MAX_AGE)
    except BadSignature:  # SignatureExpired is a BadSignature too
        return None
    if not isinstance(data, dict) or not isinstance(data.get("i"), int) or not isinstance(data.get("n"), str):
        return None
    return data["i"], data["n"]
