"""API: the FastAPI app behind ``quotegraph serve``, JSON routes under ``/api``.

:func:`create_app` builds the whole server (JSON API and the HTML pages of
:mod:`quotegraph.web`); errors map to HTTP statuses through
``QuotegraphError.status_code``. :func:`serve` runs it with uvicorn;
:func:`serve_in_background` runs it from a thread (screenshots, notebooks).
"""

from ._app import create_app, error_status
from ._routes import MAX_PAGE_SIZE
from ._server import is_loopback, serve, serve_in_background

__all__ = ["create_app", "error_status", "MAX_PAGE_SIZE", "serve", "serve_in_background", "is_loopback"]
