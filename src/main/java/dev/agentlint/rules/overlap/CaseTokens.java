package dev.agentlint.rules.overlap;

import dev.agentlint.text.Ascii;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tokens of a text as written, for the case-sensitive technology dictionary ("React" is not "ReAct"). */
final class CaseTokens {

    /** One token and whether a sentence starts with it, where a capital letter says nothing. */
    record Token(String text, boolean sentenceStart) {
    }

    /**
     * The tokens of a text as places in it, so that a token is made into a string only when it is looked up: token
     * {@code i} runs from {@code starts[i]} to {@code ends[i]}.
     */
    record Spans(int count, int[] starts, int[] ends, boolean[] sentenceStarts) {

        int length(int i) {
            return ends[i] - starts[i];
        }
    }

    private CaseTokens() {
    }

    static List<Token> of(String text) {
        Spans spans = spans(text);
        List<Token> tokens = new ArrayList<>(spans.count());
        for (int i = 0; i < spans.count(); i++) {
            tokens.add(new Token(text.substring(spans.starts()[i], spans.ends()[i]), spans.sentenceStarts()[i]));
        }
        return tokens;
    }

    static Spans spans(String text) {
        int[] starts = new int[8];
        int[] ends = new int[8];
        boolean[] sentenceStarts = new boolean[8];
        int count = 0;
        boolean sentenceStart = true;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean next = i + 1 < text.length() && Ascii.isLetterOrDigit(text.charAt(i + 1));
            boolean part = Ascii.isLetterOrDigit(c) || c == '+' || c == '#'
                    || (c == '.' || c == '-' || c == '_') && next && (start >= 0 || c == '.');
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    sentenceStarts = Arrays.copyOf(sentenceStarts, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                sentenceStarts[count++] = sentenceStart;
                sentenceStart = false;
                start = -1;
            }
            if (!part && (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '*'
                    || c == '|' || c == '(' || c == '"' || c == '`' || c == '-' && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ')) {
                sentenceStart = true;
            }
        }
        return new Spans(count, starts, ends, sentenceStarts);
    }
}
