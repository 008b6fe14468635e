"""``python -m cleantext``: the same as the ``cleantext`` command."""

from cleantext.cli import run

run()
