"""Agent evals: scripted conversations with checks in code (run with ``python -m evals.agent.run``)."""
