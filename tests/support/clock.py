"""The one clock every test and the benchmark hand to the code under test.

The app, its services and fetchers take `clock: Callable[[], float]`; a `Clock` is
that callable, moved only by the test. Frozen (the default) it stands at `start`
(a whole second of real time when not given); `Clock.running()` follows the wall
clock instead, plus whatever the test added. Fakes that keep their own clock as an
integer offset (`FakeJira`, `FakeForge`, the sandbox: `set_clock(seconds)`) follow
it through `follow`: each is set to the ceiling of how far this clock has moved, so
a fake never sees the app's tokens as issued in the future and the app (with its
leeway) accepts the tokens a fake mints.
"""

from __future__ import annotations

import math
import time
from typing import Protocol


class FollowsClock(Protocol):
    def set_clock(self, offset_seconds: int) -> None: ...


class Clock:
    """Time moved by hand; call it, or read `now`."""

    def __init__(self, start: float | None = None, *, running: bool = False) -> None:
        self._running = running
        self._origin = float(int(time.time())) if start is None else float(start)
        self._offset = 0.0
        self._followers: list[FollowsClock] = []

    @classmethod
    def running(cls) -> Clock:
        """Wall-clock time plus the offset the test moves."""
        return cls(running=True)

    def _base(self) -> float:
        return time.time() if self._running else self._origin

    @property
    def now(self) -> float:
        return self._base() + self._offset

    @now.setter
    def now(self, value: float) -> None:
        self.offset = value - self._base()

    @property
    def offset(self) -> float:
        """How far the test has moved this clock (its followers' offset, rounded up)."""
        return self._offset

    @offset.setter
    def offset(self, seconds: float) -> None:
        self._offset = seconds
        for follower in self._followers:
            follower.set_clock(math.ceil(seconds))

    moved = offset

    def __call__(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds`; returns the new now."""
        self.offset = self._offset + seconds
        return self.now

    def follow(self, fake: FollowsClock) -> None:
        """Keep `fake`'s own clock in step with this one from now on."""
        self._followers.append(fake)
        fake.set_clock(math.ceil(self._offset))
