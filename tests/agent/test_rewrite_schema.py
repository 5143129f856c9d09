"""The rewrite draft's schema: a verb enum from the scorer's list, each one an action verb to the scorer."""

from __future__ import annotations

import json

import pytest

from assistant.agent.rewrite import bullet_schema, bullet_style_problems, join_draft
from assistant.agent.verbs import all_action_pasts, past_tense, verb_choices
from assistant.scoring.bullets import assess_bullet

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("base", "past"),
    [
        ("build", "built"),
        ("plan", "planned"),
        ("compile", "compiled"),
        ("clarify", "clarified"),
        ("lead", "led"),
    ],
)
def test_past_tense(base: str, past: str) -> None:
    assert past_tense(base) == past


def test_every_enum_verb_is_an_action_verb_to_the_scorer() -> None:
    verbs = all_action_pasts()
    assert len(verbs) > 250 and "Built" in verbs and "Builded" not in verbs
    for verb in verbs:
        assert assess_bullet(f"{verb} monthly finance reports for 12 teams").action_verb, verb


def test_choices_hold_the_core_set_plus_the_bullets_own_verbs() -> None:
    choices = verb_choices("Helped to streamline and audit the billing process")
    assert {"Built", "Led", "Streamlined", "Audited"} <= set(choices)
    assert len(choices) < 60  # the schema is shown to the model: keep it short


@pytest.mark.parametrize(
    ("verb", "rest", "expected"),
    [
        ("Compiled", "monthly reports for the finance team", "Compiled monthly reports for the finance team"),
        ("Built", "built Python pipelines", "Built Python pipelines"),
        ("Built", "Reduced batch runtime by 35%", "Reduced batch runtime by 35%"),
        ("Led", "The weekly review;", "Led the weekly review"),
        ("Led", '"Python, Spark and SQL reviews"\nextra', "Led Python, Spark and SQL reviews"),
    ],
)
def test_join_draft(verb: str, rest: str, expected: str) -> None:
    is_action = lambda w: assess_bullet(f"{w} the reports").action_verb  # noqa: E731
    assert join_draft(verb, rest, "Python and Spark", is_action) == expected


def test_schema_rejects_a_verb_outside_the_enum() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = bullet_schema(["Built", "Led"])
    jsonschema.validate(json.loads('{"verb": "Led", "rest": "the weekly review"}'), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"verb": "Responsible", "rest": "for reports"}, schema)


def test_style_problems_flag_several_sentences_and_third_person() -> None:
    assert bullet_style_problems("Built reports for the finance team") == []
    assert len(bullet_style_problems("Built reports. They also led the team")) == 2


@pytest.mark.parametrize(
    ("message", "pending", "tool", "expected"),
    [
        ("mention Kafka", True, "rewrite", "refine_suggestion"),
        ("use the number 40 jobs", True, "rewrite", "refine_suggestion"),
        ("rewrite my third bullet", True, "rewrite", "rewrite"),
        ("now do the summary", True, "rewrite", "rewrite"),
        ("mention Kafka", False, "rewrite", "rewrite"),
        ("mention Kafka", True, "score", "score"),
        ("how can I raise my match?", False, "score", "explain_deductions"),
        ("what's my score?", False, "score", "score"),
        ("Should I list references on my CV?", False, "general", "best_practice"),
        ("Is a PDF fine for the portal?", False, "show_resume", "best_practice"),
        ("Show my second bullet", False, "show_resume", "show_resume"),
        ("Hi! What can you do?", False, "general", "general"),
        ("Write me a Python function that sorts a list", False, "rewrite", "off_topic"),
        ("Write a poem about my job search", False, "rewrite", "off_topic"),
        ("Rewrite the SQL bullet in my experience", False, "rewrite", "rewrite"),
        ("I used Kafka to stream sales events at Northwind Retail", False, "show_resume", "general"),
        ("I led the migration, can you show that bullet", False, "show_resume", "show_resume"),
        ("Show my skills section", False, "show_resume", "show_resume"),
    ],
)
def test_route_repairs(message: str, pending: bool, tool: str, expected: str) -> None:
    from assistant.agent.routing import Route, repair_route

    repaired = repair_route(Route(tool=tool, bullet_index=4), message, has_pending=pending)
    assert repaired.tool == expected
    if expected == "refine_suggestion":
        assert repaired.instruction == message


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("Which deductions hurt me most?", ""),
        ("Why is my score low?", ""),
        ("Why did I lose points on skills?", "required_skills"),
        ("What is wrong with my bullets?", "required_skills"),
    ],
)
def test_a_component_the_message_does_not_mention_is_dropped(message: str, kept: str) -> None:
    from assistant.agent.routing import Route, repair_route

    route = Route(tool="explain_deductions", component="required_skills")
    assert repair_route(route, message, has_pending=False).component == kept
