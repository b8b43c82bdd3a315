"""The route tests run on the end-to-end fixtures: the real app on loopback and fake Jiras.

Their `clock` (the app's, which the fakes follow) replaces the service tests' one here.
"""

from __future__ import annotations

from e2e.conftest import (  # noqa: F401 - fixtures, found by pytest by name
    clock,
    jira_install_key,
    launch,
)
