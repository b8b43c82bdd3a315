"""The second floor: a bare Litestar route answering the descriptor's bytes, nothing else.

No middleware, no dependency, no before-send hook, no logging: what Litestar and
the server cost by themselves. It runs under the same uvicorn options as
`glanceapp serve` (httptools with the same head limits, no access log, no server
header), so the distance between it and glanceapp's own descriptor route is what
glanceapp's stack costs.

    GLANCEAPP_BASE_URL=... python -m bench.bare PORT [WORKERS]
"""

from __future__ import annotations

import json
import sys

from litestar import Litestar, Response, get

from glanceapp.app import descriptor_for
from glanceapp.settings import load_settings


def create_bare_app() -> Litestar:
    """The factory each uvicorn worker calls; the body is what glanceapp's descriptor route sends."""
    body = json.dumps(descriptor_for(load_settings()), indent=2).encode()
    no_cache = {"Cache-Control": "no-cache"}

    @get("/atlassian-connect.json", media_type="application/json")
    async def descriptor() -> Response[bytes]:
        return Response(body, media_type="application/json", headers=no_cache)

    @get("/healthz", media_type="application/json")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return Litestar([descriptor, healthz], openapi_config=None, logging_config=None)


def main() -> int:
    import uvicorn

    from glanceapp.cli import TRUSTED_PROXIES
    from glanceapp.web.server import PROTOCOL

    port = int(sys.argv[1])
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    uvicorn.run(
        "bench.bare:create_bare_app",
        factory=True,
        host="127.0.0.1",
        port=port,
        workers=workers,
        access_log=False,
        log_config=None,
        server_header=False,
        proxy_headers=True,
        forwarded_allow_ips=TRUSTED_PROXIES,
        lifespan="on",
        http=PROTOCOL,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
