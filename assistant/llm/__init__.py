"""Chat backends: the embedded llama.cpp model, Ollama or OpenAI, behind one LangChain interface.

llama-cpp-python, langchain-ollama and langchain-openai are imported only when their backend is used.
"""

from assistant.llm.budget import FittedPrompt, PromptParts, fit_prompt
from assistant.llm.capabilities import Capabilities, get_capabilities
from assistant.llm.doctor import DoctorLine, backend_ready, check_backend
from assistant.llm.local_chat import LlamaCppChat
from assistant.llm.providers import ANSWER_TOKENS, DEFAULT_MODELS, get_chat_model, model_name
from assistant.llm.structured import invoke_json, stream_text
from assistant.llm.tokens import TokenCounter, seed_tiktoken_cache, tiktoken_counter, token_counter_for
from assistant.llm.weights import DEFAULT_LOCAL_MODEL, LOCAL_MODELS

__all__ = [
    "ANSWER_TOKENS",
    "DEFAULT_LOCAL_MODEL",
    "DEFAULT_MODELS",
    "LOCAL_MODELS",
    "Capabilities",
    "DoctorLine",
    "FittedPrompt",
    "LlamaCppChat",
    "PromptParts",
    "TokenCounter",
    "backend_ready",
    "check_backend",
    "fit_prompt",
    "get_capabilities",
    "get_chat_model",
    "invoke_json",
    "model_name",
    "seed_tiktoken_cache",
    "stream_text",
    "tiktoken_counter",
    "token_counter_for",
]
