"""Every worker sees a disable, reinstall or uninstall at once, whatever its tenant cache holds.

Two workers share the listening socket, so a test cannot choose one. Instead
each keep-alive connection is traced to the worker that accepted it (through
/proc: the client's port -> the server-side socket's inode -> the worker that
holds it), and connections are opened until both workers have served (and so
cached) the tenant. Those same connections then present the old secret after a
reinstall with a new one, and the new one after an uninstall.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import Launch, Ops, Server, link_state

ACCOUNT_ID = "557058:cacecace-0000-4000-8000-000000000004"
MAX_CONNECTIONS = 40
ROUNDS = 3


def _server_socket_inode(port: int, client_port: int) -> str | None:
    """The inode of the server's end of the loopback connection from `client_port`."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                local, remote, inode = fields[1], fields[2], fields[9]
                if int(local.rsplit(":", 1)[1], 16) == port and (
                    int(remote.rsplit(":", 1)[1], 16) == client_port
                ):
                    return inode
    return None


def worker_of(server: Server, response: httpx.Response) -> int | None:
    """The pid of the worker holding the connection `response` came over, if it can be told."""
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    client_port = stream.get_extra_info("client_addr")[1]
    inode = _server_socket_inode(server.port, client_port)
    if inode is None:
        return None
    wanted = f"socket:[{inode}]"
    for pid in server.worker_pids():
        with contextlib.suppress(FileNotFoundError, PermissionError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(FileNotFoundError):
                    if str(fd.readlink()) == wanted:
                        return pid
    return None


@pytest.fixture
def connections() -> Iterator[list[httpx.Client]]:
    clients: list[httpx.Client] = []
    try:
        yield clients
    finally:
        for client in clients:
            client.close()


def test_a_rotated_or_erased_secret_is_refused_by_every_worker_at_once(
    launch: Launch, connections: list[httpx.Client]
) -> None:
    ops: Ops = launch(workers=2)
    site, fake = ops.site, ops.site.fake
    workers = set(ops.server.worker_pids())
    assert len(workers) == 2, workers

    old_token = site.context_token(ACCOUNT_ID)
    old_glance = site.glance_url(ACCOUNT_ID)
    old = {"Authorization": f"JWT {old_token}", "HX-Request": "true"}

    # Warm the caches: connections until each worker has served the tenant.
    served: dict[int, httpx.Client] = {}
    for _ in range(MAX_CONNECTIONS):
        client = httpx.Client(
            base_url=ops.server.base_url,
            timeout=60.0,
            trust_env=False,
            limits=httpx.Limits(max_connections=1, keepalive_expiry=60.0),
        )
        connections.append(client)
        answer = client.get("/glance/status", headers=old)
        assert answer.status_code == 200
        assert client.get(old_glance).status_code == 200
        pid = worker_of(ops.server, answer)
        assert pid in workers, f"connection not traced to a worker ({pid}, {workers})"
        served.setdefault(pid, client)
        if len(served) == len(workers):
            break
    assert set(served) == workers, "could not reach both workers"
    sticky = list(served.items())

    def each_worker(
        headers: dict[str, str] | None = None, url: str = "/glance/status"
    ) -> dict[int, int]:
        """Status code per worker for ROUNDS requests on each worker's own connection."""
        codes: dict[int, set[int]] = {}
        for pid, client in sticky:
            for _ in range(ROUNDS):
                answer = client.get(url, headers=headers)
                assert worker_of(ops.server, answer) == pid, "the connection moved worker"
                codes.setdefault(pid, set()).add(answer.status_code)
        assert all(len(c) == 1 for c in codes.values()), codes
        return {pid: c.pop() for pid, c in codes.items()}

    # Disable and enable again (one worker takes the callback; both must follow).
    assert fake.lifecycle("disabled") == 204
    assert each_worker(old) == dict.fromkeys(workers, 401)
    assert fake.lifecycle("enabled") == 204
    assert each_worker(old) == dict.fromkeys(workers, 200)

    # Reinstall with a new secret (through whichever worker the fake reaches).
    new_secret = secrets.token_urlsafe(48)
    status, body = fake.install(shared_secret=new_secret)
    assert status == 204, body
    assert fake.shared_secret == new_secret
    new = {"Authorization": f"JWT {site.context_token(ACCOUNT_ID)}", "HX-Request": "true"}

    assert each_worker(old) == dict.fromkeys(workers, 401)
    assert each_worker(url=old_glance) == dict.fromkeys(workers, 401)
    assert each_worker(new) == dict.fromkeys(workers, 200)
    assert each_worker(url=site.glance_url(ACCOUNT_ID)) == dict.fromkeys(workers, 200)
    answer = ops.client.get("/glance/status", headers=new)
    assert link_state(answer.text) == "unlinked"

    # Many fresh connections too, wherever they land.
    for _ in range(MAX_CONNECTIONS // 2):
        with httpx.Client(base_url=ops.server.base_url, trust_env=False, timeout=60.0) as fresh:
            assert fresh.get("/glance/status", headers=old).status_code == 401
            assert fresh.get("/glance/status", headers=new).status_code == 200

    # Uninstall: nothing is accepted any more, on any worker.
    status, body = fake.install(event="uninstalled")
    assert status == 204, body
    assert each_worker(new) == dict.fromkeys(workers, 401)
    assert each_worker(old) == dict.fromkeys(workers, 401)
    assert each_worker(url=site.glance_url(ACCOUNT_ID)) == dict.fromkeys(workers, 401)
    for _ in range(MAX_CONNECTIONS // 2):
        with httpx.Client(base_url=ops.server.base_url, trust_env=False, timeout=60.0) as fresh:
            assert fresh.get("/glance/status", headers=new).status_code == 401
