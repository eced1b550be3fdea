"""Find event triggers in a sentence and decide which ones are blocked
(negated, denied, planned, threatened, conditional, historical, legal)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..kb.lexicon import Lexicon
from ..kb.loader import load_table
from ..kb.tables import trigger_lexicon
from ..text.tokenize import Token


@dataclass(slots=True)
class Trigger:
    i: int
    j: int
    start: int
    end: int
    event_type: str
    sub_event_type: str
    role: str          # event | generic | modifier
    priority: int
    definite: bool     # starts with ال or ends with a pronoun: may refer back to an earlier event
    implied_killed: int = 0  # اغتيال: one person killed when no count is given
    blocked: str | None = None


@lru_cache(maxsize=None)
def blocker_lexicon() -> Lexicon:
    lex = Lexicon()
    for r in load_table("blockers.tsv"):
        lex.add(r["word"], (r["kind"], r["scope"], int(r["n"] or 0)))
    return lex


def _is_definite(tok: Token) -> bool:
    """Definite (الهجوم) or with a pronoun suffix (اغتياله): may refer back to an earlier event."""
    if any(st.startswith("ال") for st in tok.stems):
        return True
    raw = "".join(ch for ch in tok.text if not "\u064b" <= ch <= "\u065f" and ch != "\u0640")
    return raw.endswith(("ه", "ها", "هم")) and not raw.endswith("ة")


def find_triggers(toks: list[Token]) -> list[Trigger]:
    out: list[Trigger] = []
    for m in trigger_lexicon().find(toks):
        best = max(m.payloads, key=lambda p: p.priority)
        out.append(Trigger(m.i, m.j, m.start, m.end, best.event_type, best.sub_event_type,
                           best.role, best.priority, _is_definite(toks[m.i]), best.implied_killed))
    return out


_DEMONSTRATIVES = {"هذا", "هذه", "ذلك", "تلك", "هاته", "هذين", "هاتين"}


def apply_blockers(toks: list[Token], triggers: list[Trigger]) -> None:
    """Mark triggers that a negation, plan, threat, denial, condition or history cue governs."""
    if not triggers:
        return
    for m in blocker_lexicon().find(toks):
        kind, scope, n = m.payloads[0]
        demonstrative = kind == "reference" and toks[m.i].stems[-1] in _DEMONSTRATIVES
        for t in triggers:
            if t.blocked:
                continue
            if demonstrative and not any(st.startswith("ال") for st in toks[t.i].stems):
                continue  # "هذا الهجوم" refers back; "في غضون ذلك انفجرت" does not
            if scope == "sentence":
                t.blocked = kind
            elif scope == "window" and 0 <= t.i - m.j < n:
                t.blocked = kind
            elif scope == "before" and 0 <= t.i - m.j < max(n, 1):
                t.blocked = kind
            elif scope == "after" and 0 <= m.i - t.j < max(n, 1):
                t.blocked = kind
            elif scope == "over" and m.i <= t.i < m.j:
                t.blocked = kind
