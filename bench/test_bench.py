"""Tests of the bench scripts: the workloads they build and the figures they print.

Run from the repository's root: python3 -m unittest discover -s bench -p 'test_*.py'
"""
import contextlib
import io
import tempfile
import unittest
from pathlib import Path

import bench
import scaling

REVIEWER = "---\nname: code-reviewer\ndescription: Reviews diffs\ntools: Read\n---\nReview the diff.\n"
WRITER = "---\ndescription: Writes docs\nname: docs-writer\n---\nWrite the docs.\n\nname: not a key here\n"


class BenchTestCase(unittest.TestCase):

    def setUp(self):
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        self.root = Path(scratch.name)

    def corpus(self, files):
        corpus = self.root / "corpus"
        for name, content in files.items():
            path = corpus / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return corpus


class AgentSourcesTest(BenchTestCase):

    def test_takes_the_markdown_files_with_front_matter_and_a_name_in_path_order(self):
        corpus = self.corpus({
            "b/agents/code-reviewer.md": REVIEWER,
            "a/docs-writer.agent.md": WRITER,
            "a/README.md": "# Agents\n\nname: not front matter\n",
            "a/unnamed.md": "---\ndescription: no name\n---\nBody.\n\nname: in the body\n",
            "a/unclosed.md": "---\nname: unclosed\n",
            "a/latin1.md": "---\nname: caf\xe9\n---\n".encode("latin-1"),
            "a/notes.txt": REVIEWER,
        })
        self.assertEqual([("docs-writer.agent", WRITER), ("code-reviewer", REVIEWER)], bench.agent_sources(corpus))

    def test_a_directory_without_agents_stops_the_bench(self):
        corpus = self.corpus({"README.md": "# nothing here\n"})
        with self.assertRaises(SystemExit) as stopped:
            bench.agent_sources(corpus)
        self.assertIn("no agent files with front matter", str(stopped.exception.code))


class WorkloadTest(BenchTestCase):

    def test_every_agent_has_a_unique_name_that_its_file_name_repeats(self):
        sources = [("code-reviewer", REVIEWER), ("docs-writer", WRITER)]
        first = bench.build_workload(self.root / "w", 5, sources)
        agents = self.root / "w" / ".claude" / "agents"
        files = sorted(agents.iterdir())
        self.assertEqual(5, len(files))
        self.assertTrue((self.root / "w" / ".git").is_dir())
        self.assertEqual(agents / "code-reviewer-0.md", first)
        for path in files:
            text = path.read_text(encoding="utf-8")
            self.assertEqual([f"name: {path.stem}"], [line for line in text.splitlines() if line.startswith("name:")
                                                      and line != "name: not a key here"])
        writer = (agents / "docs-writer-3.md").read_text(encoding="utf-8")
        self.assertEqual(WRITER.replace("name: docs-writer", "name: docs-writer-3"), writer)

    def test_an_edit_replaces_the_one_before_it(self):
        path = self.root / "agent.md"
        path.write_text(REVIEWER, encoding="utf-8")
        bench.edit(path, 0)
        bench.edit(path, 1)
        self.assertEqual(REVIEWER + "<!-- edit 1 -->\n", path.read_text(encoding="utf-8"))

    def test_one_file_runs_name_the_file_and_the_others_the_directory(self):
        root, single = self.root / "w", self.root / "w" / "a.md"
        tools = {"agentlint": Path("/opt/agentlint"), "cclint": Path("/opt/cclint")}
        hook = bench.commands("hook", root, single, tools)
        self.assertEqual(str(single), hook["agentlint"][0][-1])
        self.assertEqual(str(single), hook["agentlint --cache"][0][-1])
        self.assertEqual("1", hook["agentlint daemon"][2]["AGENTLINT_DAEMON"])
        self.assertEqual(["/opt/cclint", "agents", "-r", str(root)], hook["cclint"][0])
        self.assertNotIn("claude-code-lint", hook)
        full = bench.commands("2k", root, single, tools)
        self.assertEqual(str(root), full["agentlint"][0][-1])
        cached = full["agentlint --cache"][0]
        self.assertEqual(str(bench.cache_file(root)), cached[cached.index("--cache-location") + 1])


class ReportTest(unittest.TestCase):

    def test_ratios_are_the_median_of_each_rounds_ratio(self):
        results = {"agentlint": {"wall": [1.0, 2.0, 3.0], "rss": [100, 110, 120], "exit": [0, 0, 0]},
                   "cclint": {"wall": [2.0, 2.0, 6.0], "rss": [50, 60, 70], "exit": [1, 0, 1]}}
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            bench.report("2k", results)
        rows = {line.split()[0]: line.split() for line in out.getvalue().splitlines()[2:]}
        # per round 2, 1 and 2 times agentlint's time; the medians alone (2.0 and 2.0) would say 1
        self.assertEqual(["agentlint", "2.000", "1.000-3.000", "1.00", "110", "0"], rows["agentlint"])
        self.assertEqual(["cclint", "2.000", "2.000-6.000", "2.00", "60", "0,1"], rows["cclint"])


class ScalingTest(BenchTestCase):

    def test_prompts_are_the_bodies_without_front_matter(self):
        corpus = self.corpus({"a/code-reviewer.md": REVIEWER, "a/docs-writer.md": WRITER})
        self.assertEqual(["Review the diff.\n", "Write the docs.\n\nname: not a key here\n"], scaling.prompts(corpus))

    def test_a_probe_is_the_prompts_repeated_to_its_size(self):
        bodies = ["First prompt.\n\n- one\n- two\n", "Second  prompt,\nover lines.\n"]
        for one_line in (False, True):
            path = scaling.build(self.root, 1, bodies, one_line)
            text = path.read_text(encoding="utf-8")
            self.assertTrue(text.startswith(scaling.FRONT_MATTER))
            body = text[len(scaling.FRONT_MATTER):]
            self.assertGreaterEqual(len(body.encode("utf-8")), scaling.MB)
            self.assertLess(len(body.encode("utf-8")), scaling.MB + 100)
            if one_line:
                self.assertEqual(1, len(body.splitlines()))
                self.assertTrue(body.startswith("First prompt. - one - two Second prompt, over lines. First"))
            else:
                self.assertTrue(body.startswith("First prompt.\n\n- one\n- two\n\nSecond  prompt,\nover lines.\n\n"))


if __name__ == "__main__":
    unittest.main()
