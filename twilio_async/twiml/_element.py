"""The TwiML element: attribute naming and values, escaping, and writing the document.

Every verb and noun is a subclass naming its ``TAG``; the rules here are the whole of how
keywords become XML, so that ported code gives the same document as the official SDK.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType, TracebackType
from typing import ClassVar, Final, TypeAlias, TypeVar, overload

__all__ = ["AttributeValue", "TwiML"]

AttributeValue: TypeAlias = str | int | float | bool | Sequence[str | int] | None
"""What an attribute keyword accepts; ``None`` omits the attribute."""

_XML_DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8"?>'
_NOT_XML_CHAR: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_XML_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*\Z")
# Keywords whose attribute is not the camelCase of the keyword (SSML's names).
_SPECIAL_NAMES: Final = {"xml_lang": "xml:lang", "interpret_as": "interpret-as"}
# Twilio separates these lists with commas; every other list attribute with spaces.
_COMMA_SEPARATED: Final = frozenset({"hints"})
# ">" is escaped too so that "]]>" never appears; "\r" as a reference because parsers turn a
# literal one into "\n". In attributes, tab and newline would be normalised to spaces.
_TEXT_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES: Final = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)

_E = TypeVar("_E", bound="TwiML")


def _check_chars(value: str, what: str) -> str:
    bad = _NOT_XML_CHAR.search(value)
    if bad is not None:
        raise ValueError(
            f"{what} contains U+{ord(bad.group()):04X} at index {bad.start()}, "
            "which XML 1.0 cannot represent"
        )
    return value


def _attribute_name(keyword: str) -> str:
    special = _SPECIAL_NAMES.get(keyword)
    if special is not None:
        return special
    words = keyword.removesuffix("_").split("_")
    name = words[0] + "".join(word[:1].upper() + word[1:] for word in words[1:])
    if not _XML_NAME.match(name):
        raise ValueError(f"{keyword!r} is not a valid TwiML attribute name")
    return name


def _attribute_value(keyword: str, value: AttributeValue) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (str, int, float)):
        text = str(value)
    elif (
        not isinstance(value, (bytes, bytearray))
        and isinstance(value, Sequence)
        and all(isinstance(item, (str, int)) and not isinstance(item, bool) for item in value)
    ):
        separator = "," if keyword in _COMMA_SEPARATED else " "
        text = separator.join(str(item) for item in value)
    else:
        raise TypeError(f"attribute {keyword!r}: unsupported value type {type(value).__name__}")
    return _check_chars(text, f"attribute {keyword!r}")


class TwiML:
    """One TwiML element: a tag, its attributes, its text and its content.

    Attributes and text are fixed when the element is built; children are added with the
    builder methods (which return the new child), :meth:`nest` or :meth:`append`. ``str()``
    gives the document with its XML declaration. Subclasses name their tag in ``TAG``.

    Keyword arguments become attributes: ``snake_case`` → ``camelCase`` (``caller_id`` →
    ``callerId``), a trailing underscore is dropped (``from_`` → ``from``), ``xml_lang`` and
    ``interpret_as`` become SSML's ``xml:lang`` and ``interpret-as``, booleans are written
    ``true``/``false``, a list is joined with spaces (``hints`` with commas), and ``None``
    leaves the attribute out. Keywords already in camelCase are kept as they are.
    """

    __slots__ = ("_attrs", "_content", "_tag", "_text")

    TAG: ClassVar[str] = ""
    """The element name this class writes."""

    def __init__(self, **attrs: AttributeValue) -> None:
        """Build an element of this class's ``TAG`` with these attributes."""
        self._setup(self.TAG, None, attrs)

    def _setup(self, tag: str, text: str | None, attrs: Mapping[str, AttributeValue]) -> None:
        if not _XML_NAME.match(tag):
            raise ValueError(f"{tag!r} is not a valid TwiML element name")
        if text is not None and not isinstance(text, str):
            raise TypeError(f"<{tag}> text must be a str, not {type(text).__name__}")
        self._tag = tag
        self._text = _check_chars(text, f"<{tag}> text") if text else None
        written: dict[str, str] = {}
        for keyword, value in attrs.items():
            if value is None:
                continue
            name = _attribute_name(keyword)
            if name in written:
                raise ValueError(f"<{tag}> attribute {name!r} given twice")
            written[name] = _attribute_value(keyword, value)
        self._attrs: Mapping[str, str] = MappingProxyType(written)
        # Child elements, and text between them (SSML mixes words and tags inside <Say>).
        self._content: list[TwiML | str] = []

    @property
    def tag(self) -> str:
        """The element name, e.g. ``"Message"``."""
        return self._tag

    @property
    def text(self) -> str | None:
        """The element's text (before any child), or ``None``."""
        return self._text

    @property
    def attrs(self) -> Mapping[str, str]:
        """The XML attributes as written (``{"callerId": "+1555..."}``), read-only."""
        return self._attrs

    @property
    def children(self) -> tuple[TwiML, ...]:
        """The child elements, in document order (text added with :meth:`nest` left out)."""
        return tuple(item for item in self._content if isinstance(item, TwiML))

    @overload
    def nest(self, element: _E) -> _E: ...
    @overload
    def nest(self, element: str) -> str: ...
    def nest(self, element: TwiML | str) -> TwiML | str:
        """Add ``element`` (an element, or text) as the last content and return it.

        Text goes after the children added so far, as in ``<Say>Hello <break/> world</Say>``.
        """
        if isinstance(element, str):
            self._content.append(_check_chars(element, f"<{self._tag}> text"))
        elif isinstance(element, TwiML):
            self._content.append(element)
        else:
            raise TypeError(
                f"only TwiML elements and str can be nested, not {type(element).__name__}"
            )
        return element

    def append(self: _E, element: TwiML | str) -> _E:
        """Add ``element`` as the last content and return this element, for chaining."""
        self.nest(element)
        return self

    def add_child(self, tag: str, text: str | None = None, /, **attrs: AttributeValue) -> TwiML:
        """Add an element this package has no method for, e.g. ``add_child("Custom")``."""
        return self.nest(_GenericElement(tag, text, attrs))

    def to_xml(self, xml_declaration: bool = True) -> str:
        """Return this element as XML, preceded by the XML declaration unless told not to."""
        parts = [_XML_DECLARATION] if xml_declaration else []
        self._write(parts)
        return "".join(parts)

    def _write(self, parts: list[str]) -> None:
        parts.append("<" + self._tag)
        for name in sorted(self._attrs):
            parts.append(f' {name}="{self._attrs[name].translate(_ATTR_ESCAPES)}"')
        if self._text is None and not self._content:
            parts.append(" />")
            return
        parts.append(">")
        if self._text is not None:
            parts.append(self._text.translate(_TEXT_ESCAPES))
        for item in self._content:
            if isinstance(item, str):
                parts.append(item.translate(_TEXT_ESCAPES))
            else:
                item._write(parts)
        parts.append(f"</{self._tag}>")

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        # Attribute values stay out: a <Sip> carries a password.
        return f"<TwiML {self._tag} attributes={sorted(self._attrs)} children={len(self.children)}>"

    def __enter__(self: _E) -> _E:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None


class _GenericElement(TwiML):
    __slots__ = ()

    def __init__(self, tag: str, text: str | None, attrs: Mapping[str, AttributeValue]) -> None:
        self._setup(tag, text, attrs)
