"""The only package that imports Litestar: middleware, controllers, error handlers."""
