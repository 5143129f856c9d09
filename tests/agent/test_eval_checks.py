"""Golden outputs for every eval checker, and the whole scripted eval over the fake model."""

from __future__ import annotations

import json

import pytest

from assistant.agent.assistant import Assistant
from assistant.llm.capabilities import Capabilities
from evals.agent.cases import CASES, Case, Turn
from evals.agent.golden import GOLDEN, Golden
from evals.agent.harness import run_case
from evals.agent.run import table
from tests.agent.conftest import draft, summary_draft
from tests.conftest import FakeChatModel

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda g: g.name)
def test_checker_passes_good_and_flags_bad(golden: Golden) -> None:
    assert golden.checker(**golden.good)[0], golden.checker(**golden.good)[1]
    assert not golden.checker(**golden.bad)[0]


def test_there_are_enough_cases_and_every_category_is_covered() -> None:
    assert len(CASES) >= 40
    assert {c.category for c in CASES} >= {
        "why_low",
        "rewrite",
        "injection",
        "off_topic",
        "refine",
        "apply_undo",
    }
    assert len({c.id for c in CASES}) == len(CASES)


def _script(model: FakeChatModel) -> object:
    def before(case: Case, turn: Turn) -> None:
        model.queue.clear()
        args = {"bullet_index": 0, "role": "", "section": "", "component": "", "query": "", "instruction": ""}
        args.update(turn.args)  # type: ignore[arg-type]
        model.enqueue(json.dumps({"tool": turn.routes[0], **args}))
        if turn.draft:
            reply = summary_draft(turn.draft) if "summary" in turn.text.lower() else draft(turn.draft)
            model.enqueue(reply, reply)
        else:
            model.enqueue("Here is what the score report shows, in short.")

    return before


def test_scripted_eval_passes_with_the_fake_model(fake_model: FakeChatModel) -> None:
    """The eval's logic end to end (real parser, scorer, verifier) with scripted model replies."""
    caps = Capabilities(
        native_tool_calling=False, forced_tool_calling=True, json_schema=True, context_tokens=4096
    )
    assistant = Assistant(fake_model, None, capabilities=caps)
    results = [run_case(assistant, case, before_turn=_script(fake_model)) for case in CASES]  # type: ignore[arg-type]
    failures = [
        f"{r.case.id}: {r.error or [(o.name, o.detail) for o in r.outcomes if not o.passed]}"
        for r in results
        if not r.passed
    ]
    assert not failures, "\n".join(failures)
    assert "ALL" in table(results)
