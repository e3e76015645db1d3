package dev.agentlint.text.tools;

import dev.agentlint.model.Span;

/**
 * A place in an agent file that shows the agent needs a capability.
 *
 * @param strength {@link Strength#STRONG} for an instruction that cannot be followed without the capability ("Run
 *     `pytest`", "Write the report to `docs/report.md`"); {@link Strength#WEAK} for anything that suggests it (a
 *     shell code block, a URL, "search the web" in a description)
 * @param why a short quote of the evidence, for messages
 */
public record CapabilityEvidence(Capability capability, Strength strength, Span span, String why) {

    public enum Strength { STRONG, WEAK }

    public int line() {
        return span.startLine();
    }
}
