"""``python -m twilio_async.demo`` without its extras says what to install."""

from __future__ import annotations

import sys

import pytest

from twilio_async import demo


@pytest.mark.parametrize(
    ("absent", "extras"),
    [
        (["rich"], "progress"),
        (["starlette"], "testing"),
        (["rich", "uvicorn"], "progress,testing"),
    ],
)
def test_the_bulk_demo_without_its_extras_names_them(
    monkeypatch: pytest.MonkeyPatch, absent: list[str], extras: str
) -> None:
    for module in absent:
        monkeypatch.setitem(sys.modules, module, None)  # what find_spec sees when not installed
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        demo.main([])
    message = str(exit_info.value.code)
    assert f"pip install 'twilio-async[{extras}]'" in message
    assert "ModuleNotFoundError" not in message


def test_with_every_extra_nothing_is_missing() -> None:
    assert demo._missing_extras() == []
