"""UI fixtures: services over the shared fake chat model, the real (pure) scorer, no network."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from assistant.agent.assistant import Assistant
from assistant.config import Settings
from assistant.llm.capabilities import Capabilities
from assistant.scoring import assess_bullet, score_resume
from assistant.ui.state import BackendChoice
from tests.conftest import FakeChatModel

CAPS = Capabilities(
    native_tool_calling=False, forced_tool_calling=True, json_schema=True, context_tokens=4096
)


def no_network(url: str) -> str:
    raise AssertionError(f"unexpected fetch of {url}")


@dataclass
class FakeServices:
    """The Services the handlers need, over the queue-driven fake model (no knowledge base)."""

    model: FakeChatModel
    settings: Settings = field(default_factory=Settings)
    pages: dict[str, str] = field(default_factory=dict)
    statuses: list[tuple[BackendChoice, bool]] = field(default_factory=list)
    built: list[BackendChoice] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.scorer = score_resume
        self.bullet_score = lambda text: assess_bullet(text).score
        self._assistant = Assistant(self.model, None, capabilities=CAPS, scorer=score_resume)

    def fetcher(self, url: str) -> str:
        if url not in self.pages:
            from assistant.ui.jobsource import JobUrlError

            raise JobUrlError(f"could not fetch {url}")
        return self.pages[url]

    def assistant(self, choice: BackendChoice) -> Assistant:
        self.built.append(choice)
        return self._assistant

    def backend_status(self, choice: BackendChoice, *, probe: bool) -> str:
        self.statuses.append((choice, probe))
        return f"✓ {choice.provider}"


@pytest.fixture
def services(fake_model: FakeChatModel, tmp_path_factory: pytest.TempPathFactory) -> FakeServices:
    data = tmp_path_factory.mktemp("data")
    return FakeServices(fake_model, Settings(data_dir=data, cache_dir=data / "cache"))
