package dev.agentlint.rules.contract;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Span;
import dev.agentlint.parse.Block;
import java.util.List;

/** What the two output-contract rules share: when a prompt is worth checking, and where a finding points. */
public final class ContractFindings {

    /**
     * Prompts shorter than this many words are reported only in strict mode: in a prompt of a few sentences the
     * task itself usually says what comes back. Every agent file of the calibration collections is longer.
     */
    public static final int MIN_WORDS = 60;

    private ContractFindings() {
    }

    /** Whether the file has a prompt to check: front matter (so it is an agent) and some prose after it. */
    public static boolean checkable(AgentFile file) {
        return file.frontMatter().present() && OutputContractClassifier.proseWords(file.body(), 1) > 0;
    }

    /** How sure a finding about this file is: personas and short prompts only in strict mode. */
    public static Confidence confidence(AgentFile file, AgentRole role) {
        boolean shortPrompt = OutputContractClassifier.proseWords(file.body(), MIN_WORDS) < MIN_WORDS;
        return role == AgentRole.PERSONA || shortPrompt ? Confidence.MEDIUM : Confidence.HIGH;
    }

    /** Where a finding about the whole prompt points: its title heading, else the end of the front matter. */
    public static Span promptStart(AgentFile file) {
        List<Block> blocks = file.body().blocks();
        if (!blocks.isEmpty() && blocks.get(0).kind() == Block.Kind.HEADING && blocks.get(0).level() == 1) {
            return blocks.get(0).span();
        }
        if (file.frontMatter().closingFence() != null) {
            return file.frontMatter().closingFence();
        }
        return blocks.isEmpty() ? file.source().lineSpan(1) : blocks.get(0).span();
    }

    /** A piece of prompt text short enough to quote in a message. */
    public static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57).stripTrailing() + "...";
    }
}
