"""A PROTOCOL STAND-IN for Ollama, not Ollama: a tiny HTTP server on 127.0.0.1 backed by llama.cpp.

No Ollama build can be installed on the test machines (not in apt, npm or PyPI), so the ``ollama``
client and ``langchain_ollama.ChatOllama`` are exercised against this server instead. It speaks the
part of Ollama's HTTP API they use -- ``GET /api/tags``, ``POST /api/show``, ``POST /api/chat``
(NDJSON streaming or one JSON reply; ``format`` = ``"json"`` or a JSON schema, enforced with a llama.cpp
grammar; ``options.num_predict``/``temperature``/``stop``; 404 for an unknown model) and
``GET /api/version``. Tool calling is not emulated: ``tools`` in a request are ignored. Passing
these tests shows the clients and our error mapping work with Ollama's wire format; it does not show
that a real Ollama server behaves the same.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from assistant.llm.local_chat import LoadedLlama

_DETAILS = {
    "parent_model": "",
    "format": "gguf",
    "family": "qwen2",
    "families": ["qwen2"],
    "parameter_size": "494M",
    "quantization_level": "Q4_K_M",
}


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class OllamaStandIn:
    """Serve one llama.cpp model under an Ollama model name on 127.0.0.1 (see the module docstring)."""

    def __init__(self, loaded: LoadedLlama, model_name: str = "qwen2.5:0.5b", port: int = 0) -> None:
        self.loaded = loaded
        self.model_name = model_name
        self.requests: list[dict[str, Any]] = []
        handler = type("Handler", (_Handler,), {"standin": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The base URL to give the clients (like OLLAMA_HOST)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> OllamaStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def tag(self) -> dict[str, Any]:
        """This model as /api/tags lists it."""
        return {
            "name": self.model_name,
            "model": self.model_name,
            "modified_at": _now(),
            "size": 491_400_064,
            "digest": "0" * 64,
            "details": _DETAILS,
        }

    def completion_params(self, body: dict[str, Any]) -> dict[str, Any]:
        """Map an Ollama chat request onto llama.cpp's create_chat_completion arguments."""
        options = body.get("options") or {}
        params: dict[str, Any] = {
            "messages": [{"role": m["role"], "content": m.get("content") or ""} for m in body["messages"]],
            "max_tokens": options.get("num_predict") or 128,
            "temperature": options.get("temperature", 0.2),
        }
        if options.get("stop"):
            params["stop"] = options["stop"]
        fmt = body.get("format")
        if fmt == "json":
            params["response_format"] = {"type": "json_object"}
        elif isinstance(fmt, dict):
            params["response_format"] = {"type": "json_object", "schema": fmt}
        return params


class _Handler(BaseHTTPRequestHandler):
    standin: OllamaStandIn
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output quiet
        return

    def _send_json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        body: dict[str, Any] = json.loads(self.rfile.read(length) or b"{}")
        self.standin.requests.append({"path": self.path, **body})
        return body

    def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/api/tags":
            self._send_json(200, {"models": [self.standin.tag()]})
        elif self.path == "/api/version":
            self._send_json(200, {"version": "0.0.0-standin"})
        elif self.path == "/":
            self._send_json(200, {"status": "Ollama protocol stand-in is running"})
        else:
            self._send_json(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802
        body = self._body()
        if self.path not in ("/api/show", "/api/chat"):
            self._send_json(404, {"error": "not found"})
            return
        if body.get("model") != self.standin.model_name:
            self._send_json(404, {"error": f"model '{body.get('model')}' not found, try pulling it first"})
            return
        if self.path == "/api/show":
            self._send_json(
                200,
                {
                    "modelfile": "",
                    "parameters": "",
                    "template": "",
                    "details": _DETAILS,
                    "model_info": {"general.architecture": "qwen2"},
                    "capabilities": ["completion"],
                },
            )
            return
        self._chat(body)

    def _chat(self, body: dict[str, Any]) -> None:
        params = self.standin.completion_params(body)
        started = time.perf_counter_ns()
        name = self.standin.model_name
        if not body.get("stream", True):
            with self.standin.loaded.lock:
                reply = self.standin.loaded.llama.create_chat_completion(**params)
            choice = reply["choices"][0]
            self._send_json(
                200, self._final(name, choice["message"]["content"] or "", reply["usage"], started)
            )
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        count = 0
        with self.standin.loaded.lock:
            for part in self.standin.loaded.llama.create_chat_completion(**params, stream=True):
                text = part["choices"][0]["delta"].get("content") or ""
                if text:
                    count += 1
                    self._chunk(
                        {
                            "model": name,
                            "created_at": _now(),
                            "message": {"role": "assistant", "content": text},
                            "done": False,
                        }
                    )
        self._chunk(self._final(name, "", {"prompt_tokens": 0, "completion_tokens": count}, started))
        self.wfile.write(b"0\r\n\r\n")

    def _chunk(self, payload: dict[str, Any]) -> None:
        line = json.dumps(payload).encode() + b"\n"
        self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
        self.wfile.flush()

    @staticmethod
    def _final(name: str, content: str, usage: dict[str, Any], started: int) -> dict[str, Any]:
        elapsed = time.perf_counter_ns() - started
        return {
            "model": name,
            "created_at": _now(),
            "message": {"role": "assistant", "content": content},
            "done": True,
            "done_reason": "stop",
            "total_duration": elapsed,
            "load_duration": 0,
            "prompt_eval_count": usage.get("prompt_tokens", 0),
            "prompt_eval_duration": 0,
            "eval_count": usage.get("completion_tokens", 0),
            "eval_duration": elapsed,
        }
