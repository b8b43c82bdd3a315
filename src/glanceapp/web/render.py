"""The one render path: pages, partials, problems and the template preview all render here.

Handlers and error handlers answer a `View` (a template and its context, built
in `views.py`) through `Renderer.html`; the preview renders the same views
through `Renderer.render` and `Renderer.block`, so it shows the server's markup.
Templates read the text catalogue (`glanceapp.text`) as the global `text`.

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

from jinja2 import Environment
from litestar import Response
from litestar.enums import MediaType
from markupsafe import Markup

from glanceapp import text
from glanceapp.web.views import View

MEMO_SIZE = 4096


class Renderer:
    def __init__(self, environment: Environment, *, memoize: bool) -> None:
        environment.globals["text"] = text
        self.environment = environment
        self._memoize = memoize
        self._memo: OrderedDict[Hashable, bytes] = OrderedDict()

    def render(self, view: View, *, memo: bool = False) -> bytes:
        """Render; with `memo`, reuse the bytes of an identical earlier render.

        Only views whose context is bounded and server-made (the glance, its
        status, problems and notices) ask for `memo`, so no caller can fill the
        memo with its input.
        """
        name, context = view.template, view.context
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

    def block(self, view: View, block: str) -> Markup:
        """One block of a page (the preview shows a page's `content`), rendered as the page would."""
        template = self.environment.get_template(view.template)
        render_block = template.blocks[block]
        context = template.new_context(dict(view.context))
        return Markup("".join(render_block(context)))  # noqa: S704 - autoescaped template output

    def html(
        self,
        view: View,
        *,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        memo: bool = False,
    ) -> Response[bytes]:
        return Response(
            self.render(view, memo=memo),
            status_code=status_code,
            media_type=MediaType.HTML,
            headers=dict(headers) if headers else None,
        )
