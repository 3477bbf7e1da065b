"""A griffe extension for the docs build: the reST bits of our docstrings, as Markdown.

The docstrings are written for ``help()`` and IDEs, with Sphinx roles (``:class:`Client```)
and ``::`` before literal blocks. mkdocstrings renders Markdown, where those would show as
written; this turns a role into inline code and ``::`` into ``:``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`~?([^`]+)`")
_LITERAL_BLOCK_MARKER = re.compile(r"(?<=\S)::$", re.MULTILINE)


def markdown(text: str) -> str:
    """The docstring ``text`` with Sphinx roles as code spans and ``::`` as ``:``."""
    return _LITERAL_BLOCK_MARKER.sub(":", _ROLE.sub(r"`\1`", text))


class RstRoles(griffe.Extension):
    """Rewrite each docstring as it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Called by griffe for every module, class, function and attribute."""
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
