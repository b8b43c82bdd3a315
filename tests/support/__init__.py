"""The one test harness: fake Jira and Forge sites, Jira's signer, keys, a clock, app launchers.

Every suite (unit, e2e, ops, browser) and `bench/` import from here rather than
keeping a copy per folder. It builds on the sandbox's fakes (`glanceapp.sandbox`),
which play Atlassian's side without sharing code with the app's protocol modules.

Inside the suite this package is `support` (pytest puts `tests/` on the path, as
for `e2e.conftest`); the benchmark, run from the repository root, reaches it as
`tests.support`. Its modules therefore import one another relatively.
"""
