# The app with the embedded local model, served on port 7860.
# Build: docker build -t ats-assistant .   Run: docker run -p 7860:7860 ats-assistant
FROM python:3.11-slim-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake git \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
# Dependencies first (cached layer); llama-cpp-python builds with the portable flags from pyproject.toml.
RUN uv sync --frozen --no-dev --extra local --no-install-project
COPY assistant ./assistant
COPY knowledge ./knowledge
RUN uv sync --frozen --no-dev --extra local

FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/* && useradd --create-home ats
WORKDIR /app
COPY --from=build /app /app
USER ats
ENV PATH="/app/.venv/bin:$PATH" \
    GRADIO_ANALYTICS_ENABLED=False \
    ATS_DATA_DIR=/home/ats/data
# Assemble the model weights and build the knowledge index at build time, not at first request.
RUN ats doctor && ats index
EXPOSE 7860
CMD ["ats", "chat", "--host", "0.0.0.0", "--port", "7860"]
