package dev.agentlint.parse;

import java.util.List;
import java.util.Random;

/** Generates agent-file-like text from a seed: mostly plausible, often broken, sometimes hostile. */
public final class RandomAgentText {

    private static final List<String> FRAGMENTS = List.of(
            "---", "---\n", "...", "\n", "\r\n", "\r", "\t", " ", "  ", "\uFEFF", "name: ", "description: ",
            "tools: ", "disallowedTools: ", "model: ", "color: ", "handoffs:\n  - label: x\n    agent: y\n",
            "Read, Grep, Bash(git *)", "[Read, Edit]", "- Read\n", "  - Write\n", "{allowed: [a], denied: [b]}",
            "\"quoted: value\"", "'single'", "*", "&anchor ", "*anchor", "? complex\n", ": ", ":", "#", "# comment\n",
            "|\n  block\n", ">-\n  folded\n", "😀", "é", "日本語", "\u0000", "\u001b[31m", "\u2028", "\uD800",
            "mcp__server__tool", "Agent(a, b)", "# Heading\n", "## When to use\n", "- item\n", "1. step\n",
            "| a | b |\n|---|---|\n| c | d |\n", "```python\ncode\n```\n", "<guardrails>\n", "</guardrails>\n",
            "<!-- comment -->\n", "> quote\n", "You MUST NOT modify files.", "`shared/plan.md`", "42", "true", "null",
            "~", "[", "]", "{", "}", "\\", "%", "!!binary ", "!tag ", "<<: *a\n");

    private RandomAgentText() {
    }

    public static String generate(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) != 0) {
            text.append("---\n");
        }
        int parts = random.nextInt(60);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(10) == 0) {
                text.append((char) random.nextInt(0x3000));
            } else {
                text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
        }
        return text.toString();
    }
}
