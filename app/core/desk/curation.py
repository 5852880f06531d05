"""The counsellor's hand over the matches: pin, hide, reorder.

Matching ranks services by score; the counsellor, who knows the visitor, may disagree. A
``Curation`` remembers their choices for the current visitor only and applies them to any
new ranking (the profile changes, the ranking is redone, the choices stay):

- pinned services come first, in the order they were pinned;
- hidden services are left out (shown again on request, still marked hidden);
- a service moved up or down keeps its place relative to the others;
- services the counsellor never touched follow in the ranking's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Curation:
    pinned: list[str] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    order: list[str] = field(default_factory=list)  # set by the last move

    def clear(self) -> None:
        self.pinned.clear()
        self.hidden.clear()
        self.order.clear()

    @property
    def is_empty(self) -> bool:
        return not (self.pinned or self.hidden or self.order)

    def is_pinned(self, service_id: str) -> bool:
        return service_id in self.pinned

    def is_hidden(self, service_id: str) -> bool:
        return service_id in self.hidden

    def arrange(self, ranked: Sequence[str], *, show_hidden: bool = False) -> list[str]:
        """The ranked ids in the counsellor's order, hidden ones left out unless asked."""
        position = {service_id: i for i, service_id in enumerate(self.order)}
        pin_rank = {service_id: i for i, service_id in enumerate(self.pinned)}
        after = len(position)

        def key(item: tuple[int, str]) -> tuple[int, int, int]:
            base, service_id = item
            if service_id in pin_rank:
                return (0, pin_rank[service_id], 0)
            return (1, position.get(service_id, after), base)

        visible = [(i, s) for i, s in enumerate(ranked) if show_hidden or s not in self.hidden]
        return [service_id for _, service_id in sorted(visible, key=key)]

    def toggle_pin(self, service_id: str) -> bool:
        """Pin or unpin; returns True when the service is now pinned."""
        if service_id in self.pinned:
            self.pinned.remove(service_id)
            return False
        self.pinned.append(service_id)
        self.hidden.discard(service_id)
        return True

    def toggle_hidden(self, service_id: str) -> bool:
        """Hide or show again; returns True when the service is now hidden."""
        if service_id in self.hidden:
            self.hidden.discard(service_id)
            return False
        self.hidden.add(service_id)
        if service_id in self.pinned:
            self.pinned.remove(service_id)
        return True

    def move(self, service_id: str, delta: int, shown: Sequence[str]) -> bool:
        """Move a service ``delta`` places (-1 up, +1 down) within what is ``shown`` (the
        current arrangement). Pinned services stay above the others; False when the move
        is not possible."""
        items = list(shown)
        if service_id not in items or delta == 0:
            return False
        index = items.index(service_id)
        target = index + delta
        if not 0 <= target < len(items):
            return False
        if self.is_pinned(items[target]) != self.is_pinned(service_id):
            return False
        items[index], items[target] = items[target], items[index]
        if self.is_pinned(service_id):
            pinned = set(self.pinned)
            self.pinned = [s for s in items if s in pinned] + [
                s for s in self.pinned if s not in items
            ]
        self.order = [s for s in items if not self.is_pinned(s)]
        return True
