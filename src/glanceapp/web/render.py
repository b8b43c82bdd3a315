"""Render templates to HTML responses directly through the Jinja environment.

The hot routes (glance, status) render here instead of through Litestar's
Template response, which costs more than the render itself, and their output
is memoized: a partial is a pure function of its (hashable, immutable) view,
so the same person reloading the same state costs one dictionary lookup
(measured with cProfile on the status route; see docs/benchmarks.md). With
GLANCEAPP_DEV templates reload on save, so nothing is memoized.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Mapping
from typing import Any

from jinja2 import Environment
from litestar import Response
from litestar.enums import MediaType

MEMO_SIZE = 4096


class Renderer:
    def __init__(self, environment: Environment, *, memoize: bool) -> None:
        self.environment = environment
        self._memoize = memoize
        self._memo: OrderedDict[Hashable, bytes] = OrderedDict()

    def render(self, name: str, context: Mapping[str, Any], *, memo: bool = False) -> bytes:
        """Render; with `memo`, reuse the bytes of an identical earlier render.

        Only routes whose context is bounded and server-made (the glance and its
        status) ask for `memo`, so no caller can fill the memo with its input.
        """
        key: Hashable | None = None
        if memo and self._memoize:
            try:
                key = (name, tuple(sorted(context.items())))
                hash(key)
            except TypeError:
                key = None
        if key is not None:
            body = self._memo.get(key)
            if body is not None:
                self._memo.move_to_end(key)
                return body
        body = self.environment.get_template(name).render(context).encode("utf-8")
        if key is not None:
            self._memo[key] = body
            if len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return body

    def html(
        self,
        name: str,
        context: Mapping[str, Any] | None = None,
        *,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        memo: bool = False,
    ) -> Response[bytes]:
        return Response(
            self.render(name, context or {}, memo=memo),
            status_code=status_code,
            media_type=MediaType.HTML,
            headers=dict(headers) if headers else None,
        )


def html(
    renderer: Renderer,
    name: str,
    context: Mapping[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
    memo: bool = False,
) -> Response[bytes]:
    return renderer.html(name, context, status_code=status_code, headers=headers, memo=memo)
