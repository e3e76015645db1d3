package dev.agentlint.rules.contract;

import dev.agentlint.model.Span;

/**
 * How clearly a prompt says what the agent returns, and the text that shows it.
 *
 * @param strength how clear the contract is
 * @param kind what kind of evidence was found ({@link Kind#NONE} when there is none)
 * @param evidence where the evidence is, or {@code null} for {@link Strength#NONE}
 * @param text the evidence as written (a heading, a tag name or a phrase), or the empty string
 */
public record OutputContract(Strength strength, Kind kind, Span evidence, String text) {

    public enum Strength {
        /** A section, XML-like tag or announced template says what the agent returns. */
        STRONG,
        /** Only a passing phrase or an example answer does. */
        WEAK,
        /** Nothing does. */
        NONE
    }

    public enum Kind {
        /** A heading such as {@code ## Output Format}. */
        HEADING,
        /** An XML-like section such as {@code <output_format>}. */
        TAG,
        /** A sentence announcing a format, followed by a template. */
        TEMPLATE,
        /** A passing phrase such as "report back with". */
        PHRASE,
        /** A worked example of an answer, such as {@code ## Example Interactions}. */
        EXAMPLE,
        NONE
    }

    static final OutputContract ABSENT = new OutputContract(Strength.NONE, Kind.NONE, null, "");
}
