package dev.agentlint.rules.overlap;

import dev.agentlint.text.Ascii;
import java.util.ArrayList;
import java.util.List;

/** Tokens of a text as written, for the case-sensitive technology dictionary ("React" is not "ReAct"). */
final class CaseTokens {

    /** One token and whether a sentence starts with it, where a capital letter says nothing. */
    record Token(String text, boolean sentenceStart) {
    }

    private CaseTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
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
                tokens.add(new Token(text.substring(start, i), sentenceStart));
                sentenceStart = false;
                start = -1;
            }
            if (!part && (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '*'
                    || c == '|' || c == '(' || c == '"' || c == '`' || c == '-' && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ')) {
                sentenceStart = true;
            }
        }
        return tokens;
    }
}
