package dev.agentlint.text.tools;

import dev.agentlint.model.Span;

/**
 * A tool the body of an agent file names.
 *
 * @param name the tool name as written, without {@code #tool:} or backticks
 * @param kind how it is named, which says how sure the mention is
 * @param negated whether it sits in a prohibition ("Never use `Bash` to read files")
 * @param illustrative whether it sits in an example, a template or a quote
 * @param inCodeBlock whether it sits in a fenced or indented code block
 */
public record ToolMention(String name, Kind kind, Span span, boolean negated, boolean illustrative,
        boolean inCodeBlock) {

    public enum Kind {
        /** A name that is not an ordinary word, in prose: WebFetch, run_shell_command. */
        NAMED,
        /** A name as a whole code span: {@code `Bash`}, {@code `Bash(git *)`}. */
        CODE_SPAN,
        /** A name right before "tool": "the Read tool". */
        TOOL_WORD,
        /** A VS Code reference: {@code #tool:githubRepo}, {@code #codebase}. */
        REFERENCE,
        /** An MCP tool or server name: {@code mcp__github__create_issue}. */
        MCP
    }

    public int line() {
        return span.startLine();
    }

    /** A mention that says the agent uses the tool: not negated, not in an example, not in a code block. */
    public boolean asserted() {
        return !negated && !illustrative && !inCodeBlock;
    }
}
