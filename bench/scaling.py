#!/usr/bin/env python3
"""How agentlint's time and memory on one agent file grow with the file's size.

Usage: bench/scaling.py --corpus DIR [--sizes 1,4,16] [--runs 3] [--one-line]

Builds one Claude Code agent per size (in MB) from the prompts of the agent files under DIR joined together (with
--one-line, all on one line: the worst case for work done per line), plus a short one, and checks each with bin/agentlint (--max-file-size raised to fit, no class cache), the sizes in turn
round after round. Prints the median wall time and peak RSS of each size, and the time per MB once the short file's
time (the JVM's start and the code running cold) is taken off: when the work is linear in the file's size, that
stays about the same from the smallest size to the largest.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import agent_sources

REPO = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
FRONT_MATTER = "---\nname: scaling-probe\ndescription: Reviews code for the scaling bench\ntools: Read, Grep\n---\n"


def prompts(corpus):
    """The bodies of the agent files under corpus, as the bench takes them."""
    bodies = []
    for _, text in agent_sources(corpus):
        end = text.index("\n---", 4)
        bodies.append(text[text.find("\n", end + 1) + 1:])
    return bodies


def build(directory, megabytes, bodies, one_line):
    """An agent of the given size or a prompt more: the prompts in order, from the first again when they run out."""
    separator = " " if one_line else "\n\n"
    text, at = [], 0
    size = 0
    while size < megabytes * MB:
        body = bodies[at % len(bodies)].strip()
        size += len(separator) if text else 0
        text.append(" ".join(body.split()) if one_line else body)
        size += len(text[-1].encode("utf-8"))
        at += 1
    path = directory / f"probe-{megabytes}.md"
    path.write_text(FRONT_MATTER + separator.join(text) + "\n", encoding="utf-8")
    return path


def timed(path):
    env = {**os.environ, "AGENTLINT_NO_CACHE": "1"}
    cmd = ["/usr/bin/time", "-f", "%M", str(REPO / "bin" / "agentlint"), "check", "--quiet", "--fail-on", "never",
           "--max-file-size", f"{path.stat().st_size // MB + 1}M", str(path)]
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=path.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"agentlint failed on {path.name} (exit {out.returncode}):\n{out.stderr}")
    return wall, int(out.stderr.strip().splitlines()[-1]) / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--sizes", default="1,4,16", help="file sizes in MB, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one-line", action="store_true", help="each file's prompt all on one line")
    args = parser.parse_args()
    sizes = sorted({int(size) for size in args.sizes.split(",")})
    if not sizes or sizes[0] < 1:
        sys.exit("--sizes takes whole numbers of MB, at least 1")

    subprocess.run([str(REPO / "mvnw"), "-q", "-B", "-DskipTests", "package"], cwd=REPO, check=True)
    bodies = prompts(args.corpus)
    with tempfile.TemporaryDirectory(prefix="agentlint-scaling-") as scratch:
        directory = Path(scratch) / ".claude" / "agents"
        directory.mkdir(parents=True)
        short = directory / "probe-0.md"
        short.write_text(FRONT_MATTER + bodies[0], encoding="utf-8")
        files = {0: short, **{size: build(directory, size, bodies, args.one_line) for size in sizes}}
        # a probe is longer than its nominal size by at most a prompt; the time per MB is taken over its real size
        megabytes = {size: (path.stat().st_size - len(FRONT_MATTER)) / MB for size, path in files.items()}
        walls = {size: [] for size in files}
        rss = {size: [] for size in files}
        timed(short)  # the build's first run, so that no round pays for what it sets up
        for _ in range(args.runs):
            for size, path in files.items():
                wall, peak = timed(path)
                walls[size].append(wall)
                rss[size].append(peak)

    base = statistics.median(walls[0])
    print(f"{len(bodies)} prompts; {args.runs} rounds; size 0 is the short file, whose time is taken off the others'")
    print(f"{'size MB':>8} {'median s':>9} {'peak MB':>8} {'s per MB':>9}")
    for size in files:
        per_mb = (statistics.median(walls[size]) - base) / megabytes[size] if size else float("nan")
        print(f"{size:8} {statistics.median(walls[size]):9.2f} {statistics.median(rss[size]):8.0f}"
              f" {per_mb:9.3f}".replace("nan", "  -"))
    largest, smallest = sizes[-1], sizes[0]
    if largest > smallest:
        ratio = (statistics.median(walls[largest]) - base) / megabytes[largest] \
            / ((statistics.median(walls[smallest]) - base) / megabytes[smallest])
        print(f"time per MB at {largest} MB is {ratio:.2f} times that at {smallest} MB (1 when linear)")


if __name__ == "__main__":
    main()
