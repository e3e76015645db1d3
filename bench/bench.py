#!/usr/bin/env python3
"""Benchmark agentlint against the npm peers on workloads built from a directory of real agent files.

Usage: bench/bench.py --corpus DIR [--runs 7] [--agnix PATH] [--workloads one,hook,2k,20k] [--keep DIR]

Workloads: one agent file; 2,000 and 20,000 agent files under .claude/agents/, copied from the Markdown files of
DIR that have front matter, each with a unique name; "hook": a pre-commit hook's run, one agent among 150, edited
before every run (so that it is never the text a cache holds) and passed to agentlint alone (the peers take no
file names and lint the whole directory). Every tool runs once per round, in turn, so a machine that
speeds up or slows down affects all of them alike; the report gives medians (min-max), the median of the per-round
ratios to agentlint, and the median peak RSS. "agentlint --cache" reruns over unchanged files with a result cache
that the warm-up round filled (in the hook workload, the other agents are unchanged). "agentlint daemon" runs go to
a daemon (AGENTLINT_DAEMON=1) started before the first workload; its own peak RSS is printed at the end, as the
launcher's is all that the table can see of such a run. Needs python3, GNU time
(/usr/bin/time), Java 17+, and npm for the peers, which are installed under bench/.peers on first use.
"""
import argparse
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEERS = HERE / ".peers"
SIZES = {"one": 1, "hook": 150, "2k": 2000, "20k": 20000}
EDITED = re.compile(r"<!-- edit \d+ -->\n\Z")
NAME = re.compile(r"^name:.*$", re.M)


def agent_sources(corpus):
    sources = []
    for path in sorted(Path(corpus).rglob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        end = text.find("\n---", 3) if text.startswith("---\n") else -1
        # the name the workload rewrites is the front matter's
        if end > 0 and NAME.search(text, 4, end + 1):
            sources.append((path.stem, text))
    if not sources:
        sys.exit(f"no agent files with front matter under {corpus}")
    return sources


def build_workload(root, size, sources):
    agents = root / ".claude" / "agents"
    agents.mkdir(parents=True)
    (root / ".git").mkdir()
    for i in range(size):
        stem, text = sources[i % len(sources)]
        name = f"{stem}-{i}"
        (agents / f"{name}.md").write_text(NAME.sub(f"name: {name}", text, count=1), encoding="utf-8")
    return agents / f"{sources[0][0]}-0.md"


def ensure_peers():
    binaries = {"cclint": PEERS / "node_modules/.bin/cclint", "claude-code-lint": PEERS / "node_modules/.bin/claudelint"}
    if not all(b.exists() for b in binaries.values()):
        PEERS.mkdir(exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(PEERS), "@carlrannaberg/cclint",
                        "claude-code-lint"], check=True)
    return binaries


CACHE_HOME = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "agentlint"
DAEMON = {**os.environ, "AGENTLINT_DAEMON": "1"}


def ensure_agentlint():
    subprocess.run([str(REPO / "mvnw"), "-q", "-B", "-DskipTests", "package"], cwd=REPO, check=True)
    launcher = REPO / "bin" / "agentlint"
    # The launcher makes its class cache in the background on first use, and the first run with AGENTLINT_DAEMON=1
    # starts the daemon; wait for both, so that every round measures what a user sees from the second run on.
    examples = [str(launcher), "check", "--fail-on", "never", str(REPO / "examples")]
    for env in (None, DAEMON):
        if subprocess.run(examples, stdout=subprocess.DEVNULL, env=env).returncode != 0:
            sys.exit(f"agentlint failed on its examples: {' '.join(examples)}")
    for _ in range(120):
        if not list(CACHE_HOME.glob("agentlint-*.lock")) and daemon_pids():
            break
        time.sleep(1)
    return launcher


def daemon_pids():
    """The process ids that the state files of this build's daemons name."""
    build = (REPO / "target" / "agentlint.id").read_text().strip()
    return [int(state.read_text().split()[2]) for state in CACHE_HOME.glob(f"daemon-{build}-java*")
            if state.suffix != ".lock"]


def stop_daemon(launcher):
    peaks = []
    for pid in daemon_pids():
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            peaks += [int(line.split()[1]) / 1024.0 for line in status.read_text().splitlines()
                      if line.startswith("VmHWM:")]
    subprocess.run([str(launcher)], env={**os.environ, "AGENTLINT_DAEMON": "stop"}, stderr=subprocess.DEVNULL)
    if peaks:
        print(f"\ndaemon peak RSS: {max(peaks):.0f} MB")


def edit(path, count):
    """Ends the file with a line that names the edit: every run sees a text no run before it saw."""
    text = EDITED.sub("", path.read_text(encoding="utf-8"))
    path.write_text(f"{text}<!-- edit {count} -->\n", encoding="utf-8")


def commands(workload, root, single_file, tools):
    target = [str(single_file)] if workload in ("one", "hook") else [str(root)]
    agentlint = [str(tools["agentlint"]), "check", "--no-color", "--fail-on", "never"]
    # the warm-up round fills the caches, so the rounds measure a rerun over unchanged files (in the hook workload,
    # over the other agents, the passed one edited)
    cached = [*agentlint, "--cache-location", str(cache_file(root)), *target]
    cmds = {"agentlint": ([*agentlint, *target], root, None),
            "agentlint --cache": (cached, root, None),
            "agentlint daemon": ([*agentlint, *target], root, DAEMON),
            "agentlint daemon --cache": (cached, root, DAEMON)}
    if "cclint" in tools:
        cmds["cclint"] = ([str(tools["cclint"]), "agents", "-r", str(root)], root, None)
    if "claude-code-lint" in tools:
        cmds["claude-code-lint"] = ([str(tools["claude-code-lint"]), "validate-agents"], root, None)
    if "agnix" in tools:
        cmds["agnix"] = ([str(tools["agnix"]), *target], root, None)
    return cmds


def cache_file(root):
    return root.parent / (root.name + ".agentlint-cache")


def timed(cmd, cwd, env):
    """Wall time by the clock here (GNU time gives hundredths, too coarse for a daemon's run), peak RSS by GNU time,
    the exit code, and what the command wrote on standard error."""
    start = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    lines = out.stderr.strip().splitlines()
    # GNU time adds a line of its own for a command that exits non-zero
    errors = [line for line in lines[:-1] if not line.startswith("Command exited with non-zero status")]
    return wall, int(lines[-1]) / 1024.0, out.returncode, errors


def check_agentlint(tool, workload, cmd, code, errors):
    """agentlint runs with --fail-on never, so any other exit code is a failed run, whose time would mislead."""
    if tool.startswith("agentlint") and code != 0:
        sys.exit("\n".join([f"{tool} failed on the {workload} workload (exit {code}): {' '.join(cmd)}",
                            *errors[-20:]]))


def report(workload, results):
    print(f"\n== {workload} ==")
    print(f"{'tool':24} {'median s':>9} {'min-max s':>15} {'x agentlint':>12} {'peak MB':>8}  exit")
    base = results["agentlint"]["wall"]
    for tool, r in results.items():
        ratios = [w / b for w, b in zip(r["wall"], base)]
        # a peer's exit code says whether it found problems; a run that exits at once with an odd code is suspect
        codes = ",".join(str(code) for code in sorted(set(r["exit"])))
        print(f"{tool:24} {statistics.median(r['wall']):9.3f} {min(r['wall']):7.3f}-{max(r['wall']):<7.3f}"
              f" {statistics.median(ratios):12.2f} {statistics.median(r['rss']):8.0f}  {codes}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--agnix")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--workloads", default="one,hook,2k,20k")
    parser.add_argument("--keep", help="build the workloads here and keep them")
    args = parser.parse_args()

    tools = {"agentlint": ensure_agentlint()}
    if not args.no_peers:
        tools.update(ensure_peers())
    if args.agnix:
        tools["agnix"] = Path(args.agnix).resolve()
    sources = agent_sources(args.corpus)
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="agentlint-bench-"))
    java = str(Path(os.environ["JAVA_HOME"]) / "bin" / "java") if os.environ.get("JAVA_HOME") else "java"
    print(f"machine: {os.cpu_count()} cpus; java: {subprocess.run([java, '-version'], capture_output=True, text=True).stderr.splitlines()[0]}")
    print(f"{len(sources)} source agents; {args.runs} rounds after {args.warmup} warm-up")
    try:
        for workload in args.workloads.split(","):
            root = base / workload
            if root.exists():
                shutil.rmtree(root)
            cache_file(root).unlink(missing_ok=True)
            single = build_workload(root, SIZES[workload], sources)
            cmds = commands(workload, root, single, tools)
            results = {tool: {"wall": [], "rss": [], "exit": []} for tool in cmds}
            edits = itertools.count()
            for round_ in range(args.warmup + args.runs):
                for tool, (cmd, cwd, env) in cmds.items():
                    if workload == "hook":
                        edit(single, next(edits))
                    wall, rss, code, errors = timed(cmd, cwd, env)
                    check_agentlint(tool, workload, cmd, code, errors)
                    if round_ >= args.warmup:
                        results[tool]["wall"].append(wall)
                        results[tool]["rss"].append(rss)
                        results[tool]["exit"].append(code)
            report(workload, results)
    finally:
        stop_daemon(tools["agentlint"])
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
