"""Benchmark the skills taxonomy: cold load time (fresh process) and find() latency on resume-sized text.

Run: uv run --frozen python benchmarks/skills_bench.py [--runs 300]
Targets (from the issue): load < 150 ms, find() ~1 ms p50 on a two-page resume.
CPU time is printed next to wall time because the machine is shared: wall time includes waiting.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

RESUME = """\
Jordan Rivera | Senior Software Engineer | jordan@example.com | Austin, TX

SUMMARY
Backend engineer with 8 years building data-heavy services in Python, Go and TypeScript. Led a team of five,
managed projects end to end and owned CI/CD for 40 microservices on AWS and Kubernetes (k8s).

EXPERIENCE
Acme Analytics - Senior Software Engineer (2020 - present)
- Designed REST APIs and GraphQL gateways in FastAPI and Node.js serving 3M requests/day.
- Migrated 12 services from EC2 to EKS with Terraform modules, Helm charts and Argo CD; cut cost 30%.
- Built streaming pipelines with Apache Kafka, Spark and Airflow into Snowflake; dbt models for finance.
- Introduced OpenTelemetry tracing, Prometheus alerts and Grafana dashboards; on-call lead for SRE rotation.
- Mentored four junior engineers; ran code reviews, design reviews and sprint planning in Jira.
- Partnered with product management and stakeholders to define OKRs and the quarterly roadmap.

Globex Corp - Software Engineer (2016 - 2020)
- Developed Django and Flask applications backed by PostgreSQL, Redis and Elasticsearch.
- Wrote unit tests with pytest, integration tests with Docker Compose and end-to-end tests with Cypress.
- Automated deployments with Jenkins and GitHub Actions; containerized legacy Java services with Docker.
- Analyzed data with pandas and SQL to size features; ran A/B testing with the growth team.
- Built React and Redux front-end features with TypeScript, Tailwind CSS and Storybook.
- Implemented OAuth 2.0 and SAML single sign-on; remediated OWASP Top 10 findings with AppSec.

Initech - Junior Developer (2014 - 2016)
- Maintained C# and .NET Framework services and SQL Server stored procedures.
- Wrote PowerShell and Bash scripts to automate Windows Server patching.
- Supported customers on tier 2 escalations and wrote knowledge base articles.

PROJECTS
- Open-source contributor to a Python data validation library (Pydantic plugins), 1.2k GitHub stars.
- Built a retrieval-augmented generation prototype with LangChain, FAISS and Hugging Face Transformers.
- Home lab: Raspberry Pi cluster running K3s, Ansible playbooks, Pi-hole and WireGuard VPN.

EDUCATION
B.S. Computer Science, University of Texas at Austin, 2014. Coursework: data structures and algorithms,
operating systems, distributed systems, machine learning, linear algebra, probability and statistics.

CERTIFICATIONS
AWS Certified Solutions Architect - Associate; Certified Kubernetes Administrator (CKA);
HashiCorp Certified: Terraform Associate; Professional Scrum Master (PSM I).

SKILLS
Languages: Python, Go, TypeScript, JavaScript, Java, C#, SQL, Bash
Cloud & DevOps: AWS (EC2, S3, Lambda, RDS, EKS), GCP, Docker, Kubernetes, Terraform, Helm, Argo CD, Jenkins
Data: PostgreSQL, MySQL, Redis, Kafka, Spark, Airflow, Snowflake, dbt, Tableau, Power BI
Practices: Agile, Scrum, TDD, microservices, system design, observability, incident response
Soft skills: communication, leadership, stakeholder management, mentoring, problem solving,
attention to detail
"""

_LOAD_SNIPPET = """
import json, time
c0, t0 = time.process_time(), time.perf_counter()
import assistant.skills.matcher as m
c1, t1 = time.process_time(), time.perf_counter()
matcher = m.get_matcher()
c2, t2 = time.process_time(), time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1e3, "load_ms": (t2 - t1) * 1e3, "load_cpu_ms": (c2 - c1) * 1e3,
                  "skills": len(matcher.taxonomy.skills), "terms": len(matcher.taxonomy.terms)}))
"""


def cold_load(runs: int) -> dict[str, float]:
    """Time import and get_matcher() in fresh interpreters (the per-process cost)."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD_SNIPPET], check=True, capture_output=True, text=True
        )
        results.append(json.loads(out.stdout))
    return {
        "skills": results[0]["skills"],
        "terms": results[0]["terms"],
        "import_ms_p50": statistics.median(r["import_ms"] for r in results),
        "load_ms_p50": statistics.median(r["load_ms"] for r in results),
        "load_ms_min": min(r["load_ms"] for r in results),
        "load_cpu_ms_p50": statistics.median(r["load_cpu_ms"] for r in results),
    }


def find_latency(text: str, runs: int) -> dict[str, float]:
    """Time SkillMatcher.find on the same text, warm (lemma caches filled by a first call)."""
    from assistant.skills import get_matcher

    matcher = get_matcher()
    first = time.perf_counter()
    hits = matcher.find(text)
    first_ms = (time.perf_counter() - first) * 1e3
    wall, cpu = [], []
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        matcher.find(text)
        wall.append((time.perf_counter() - t0) * 1e3)
        cpu.append((time.process_time() - c0) * 1e3)
    wall.sort()
    return {
        "chars": len(text),
        "words": len(text.split()),
        "hits": len(hits),
        "distinct_skills": len({h.skill for h in hits}),
        "first_call_ms": first_ms,
        "p50_ms": statistics.median(wall),
        "p95_ms": wall[int(len(wall) * 0.95) - 1],
        "cpu_p50_ms": statistics.median(cpu),
    }


def main() -> None:
    """Print the load and find() figures as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300, help="find() repetitions")
    parser.add_argument("--loads", type=int, default=5, help="fresh-process load repetitions")
    args = parser.parse_args()
    report = {"load": cold_load(args.loads), "find_resume": find_latency(RESUME, args.runs)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
