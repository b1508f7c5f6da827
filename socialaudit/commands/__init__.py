"""Sub-commands beyond `audit`, one module each; importing one registers it on `cli.main`."""
from . import check  # noqa: F401
from . import connect  # noqa: F401
from . import demo  # noqa: F401
from . import importing  # noqa: F401
from . import rules  # noqa: F401
from . import run  # noqa: F401
from . import people  # noqa: F401
from . import report  # noqa: F401
from . import serve  # noqa: F401
