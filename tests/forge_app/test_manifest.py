"""forge/manifest.yml passes Atlassian's own validator, `@forge/manifest`'s `validate()`.

The validator is the pinned npm package (forge/package-lock.json), called through
node exactly as the Forge CLI calls it before a deploy: the JSON schema plus its
reference, permission and scope checks. Broken copies of the manifest are refused,
so these tests can fail. The rest checks what the validator cannot know: that the
manifest names the routes the server serves, and asks for no more than it uses.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

FORGE = Path(__file__).resolve().parents[2] / "forge"
MANIFEST = FORGE / "manifest.yml"

# For each folder on the command line, the result of validating the manifest in
# it, with that folder as the working directory (the resource paths in a manifest
# are relative to it, as for the Forge CLI). One node process for all: loading
# the validator costs seconds.
VALIDATE = """
const { validate } = require('@forge/manifest');
(async () => {
  const results = [];
  for (const folder of process.argv.slice(1)) {
    process.chdir(folder);
    const result = await validate(false, 'manifest.yml');
    results.push({
      success: result.success,
      errors: (result.errors || []).map((e) => ({ message: e.message, line: e.line })),
    });
  }
  process.stdout.write(JSON.stringify(results));
})().catch((err) => { process.stderr.write(String((err && err.stack) || err)); process.exit(3); });
"""


def validate(node: str, packages: Path, *folders: Path) -> list[dict[str, Any]]:
    result = subprocess.run(
        [node, "-e", VALIDATE, *map(str, folders)],
        env={"NODE_PATH": str(packages), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer: list[dict[str, Any]] = json.loads(result.stdout)
    assert len(answer) == len(folders)
    return answer


def copy_of_app(folder: Path, manifest_text: str) -> Path:
    """A copy of forge/ (manifest and resource, no packages) with the given manifest."""
    shutil.copytree(FORGE / "static", folder / "static")
    (folder / "manifest.yml").write_text(manifest_text, encoding="utf-8")
    return folder


def manifest() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return data


BROKEN = {
    "a module naming a resource that does not exist": ("resource: glance\n", "resource: nowhere\n"),
    "fetch permission for an unknown remote": ("- remote: glanceapp\n", "- remote: elsewhere\n"),
    "an unknown property on the remote": ("    storage:\n", "    storing:\n"),
    "a user token with no product scope": (
        "    - read:user.property:jira\n    - write:user.property:jira\n"
        "    - delete:user.property:jira\n",
        "",
    ),
    "a trigger on an endpoint that does not exist": (
        "endpoint: glance-lifecycle\n",
        "endpoint: glance-nowhere\n",
    ),
}


@pytest.fixture(scope="module")
def verdicts(
    node: str, forge_packages: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    """The validator's answer for the real manifest and for each broken copy, by name."""
    text = MANIFEST.read_text(encoding="utf-8")
    folders = {"the manifest": FORGE}
    for name, (before, after) in BROKEN.items():
        assert before in text, f"{name}: the test's edit no longer applies to the manifest"
        folders[name] = copy_of_app(tmp_path_factory.mktemp("app"), text.replace(before, after, 1))
    bare = tmp_path_factory.mktemp("bare")
    shutil.copy(MANIFEST, bare / "manifest.yml")
    folders["no resource folder"] = bare
    answers = validate(node, forge_packages, *folders.values())
    return dict(zip(folders, answers, strict=True))


def test_the_manifest_passes_atlassians_validator(verdicts: dict[str, dict[str, Any]]) -> None:
    assert verdicts["the manifest"] == {"success": True, "errors": []}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_manifest_is_refused(verdicts: dict[str, dict[str, Any]], name: str) -> None:
    answer = verdicts[name]
    assert answer["success"] is False
    assert answer["errors"], answer


def test_a_missing_resource_folder_is_refused(verdicts: dict[str, dict[str, Any]]) -> None:
    answer = verdicts["no resource folder"]
    assert answer["success"] is False
    assert any("static/glance" in error["message"] for error in answer["errors"])


def test_the_glance_is_an_issue_context_on_the_built_resource() -> None:
    data = manifest()
    [glance] = data["modules"]["jira:issueContext"]
    [resource] = data["resources"]
    assert glance["resource"] == resource["key"]
    assert resource["path"] == "static/glance"
    assert (FORGE / resource["path"] / "index.html").is_file()


def test_the_endpoints_name_the_servers_forge_routes() -> None:
    data = manifest()
    endpoints = {e["key"]: e for e in data["modules"]["endpoint"]}
    [trigger] = data["modules"]["trigger"]
    [pre_uninstall] = data["modules"]["preUninstall"]
    assert endpoints[trigger["endpoint"]]["route"]["path"] == "/forge/lifecycle"
    assert set(trigger["events"]) == {"avi:forge:installed:app", "avi:forge:upgraded:app"}
    assert endpoints[pre_uninstall["endpoint"]]["route"]["path"] == "/forge/pre-uninstall"
    [glance] = data["modules"]["jira:issueContext"]
    ui = endpoints[glance["resolver"]["endpoint"]]
    assert ui["auth"] == {"appUserToken": {"enabled": True}}
    assert "route" not in ui  # the Custom UI names each path itself
    assert all(e["remote"] == "glanceapp" for e in endpoints.values())


def test_the_shell_calls_the_remote_the_manifest_declares() -> None:
    data = manifest()
    [remote] = data["remotes"]
    shell = (FORGE / "src" / "glance.js").read_text(encoding="utf-8")
    assert f"const REMOTE = '{remote['key']}';" in shell
    assert data["permissions"]["external"] == {"fetch": {"client": [{"remote": remote["key"]}]}}


def test_the_scopes_are_the_least_that_work() -> None:
    """The user token, and the user-property calls the server makes with it: nothing else.

    No system token: the lifecycle and pre-uninstall calls only record the installation.
    """
    assert set(manifest()["permissions"]["scopes"]) == {
        "read:app-user-token",
        "read:user.property:jira",
        "write:user.property:jira",
        "delete:user.property:jira",
    }


def test_the_remote_base_url_is_the_teams_own_setting() -> None:
    data = manifest()
    [remote] = data["remotes"]
    assert remote["baseUrl"] == "${GLANCE_BASE_URL}"
    variables = {v["key"] for v in data["environment"]["variables"]}
    assert variables == {"GLANCE_BASE_URL"}
    assert set(remote["operations"]) == {"compute", "fetch", "storage"}
