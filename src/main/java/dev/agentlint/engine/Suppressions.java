package dev.agentlint.engine;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Span;
import dev.agentlint.parse.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression comments from a file: {@code <!-- agentlint-disable-next-line rule -->},
 * {@code <!-- agentlint-disable rule -->} … {@code <!-- agentlint-enable rule -->},
 * {@code <!-- agentlint-disable-file rule -->} and {@code <!-- agentlint-disable-line rule -->} in the body, and
 * {@code # agentlint-disable-line rule} or {@code # agentlint-disable-next-line rule} in front matter. Several
 * rules are separated by commas or spaces, none means every rule, and {@code -- why} records a justification.
 * Comments inside fenced code blocks are examples, not suppressions.
 */
final class Suppressions {

    private static final Pattern HTML = Pattern.compile(
            "<!--\\s*agentlint-(disable-next-line|disable-line|disable-file|disable|enable)\\b(.*?)-->");
    private static final Pattern YAML = Pattern.compile(
            "(?:^|\\s)#\\s*agentlint-(disable-next-line|disable-line)\\b(.*)$");

    /** A directive as written, before ranges are resolved; an enable closes earlier disables of its rules. */
    private record Directive(String keyword, Set<String> rules, Span span, int line, String justification) {
    }

    private Suppressions() {
    }

    static List<Suppression> read(AgentFile file) {
        List<Directive> directives = new ArrayList<>();
        int bodyFirst = file.frontMatter().bodyFirstLine();
        int lines = file.source().lineCount();
        BitSet inCode = codeLines(file, lines);
        if (file.frontMatter().present()) {
            scan(file, YAML, 2, file.frontMatter().closingFence().startLine() - 1, inCode, directives);
        }
        scan(file, HTML, file.frontMatter().present() ? bodyFirst : 1, lines, inCode, directives);
        return resolve(directives, lines);
    }

    private static BitSet codeLines(AgentFile file, int lines) {
        BitSet code = new BitSet(lines + 2);
        for (Block block : file.body().blocks()) {
            if (block.kind() == Block.Kind.CODE) {
                code.set(block.span().startLine(), block.span().endLine() + 1);
            }
        }
        return code;
    }

    private static void scan(AgentFile file, Pattern pattern, int from, int to, BitSet inCode,
            List<Directive> directives) {
        for (int line = Math.max(1, from); line <= to; line++) {
            if (inCode.get(line)) {
                continue;
            }
            String text = file.source().line(line);
            if (text.indexOf("agentlint-") < 0) {
                continue;
            }
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String[] ruleText = matcher.group(2).split("--", 2);
                Set<String> rules = new LinkedHashSet<>();
                Arrays.stream(ruleText[0].split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(rules::add);
                Span span = Span.of(line, matcher.start() + 1, line, matcher.end() + 1);
                String justification = ruleText.length > 1 ? ruleText[1].strip() : "";
                directives.add(new Directive(matcher.group(1), rules, span, line, justification));
            }
        }
    }

    private static List<Suppression> resolve(List<Directive> directives, int lines) {
        List<Suppression> result = new ArrayList<>();
        Map<String, Directive> open = new HashMap<>();
        for (Directive directive : directives) {
            switch (directive.keyword()) {
                case "disable-line" -> result.add(of(Suppression.Kind.LINE, directive, directive.line(),
                        directive.line()));
                case "disable-next-line" -> result.add(of(Suppression.Kind.NEXT_LINE, directive,
                        directive.line() + 1, directive.line() + 1));
                case "disable-file" -> result.add(of(Suppression.Kind.FILE, directive, 1, lines));
                case "disable" -> {
                    for (String rule : keys(directive)) {
                        open.putIfAbsent(rule, directive);
                    }
                }
                default -> closeRanges(directive, open, result);
            }
        }
        for (Map.Entry<String, Directive> stillOpen : open.entrySet()) {
            result.add(range(stillOpen.getValue(), stillOpen.getKey(), lines));
        }
        return result;
    }

    private static void closeRanges(Directive enable, Map<String, Directive> open, List<Suppression> result) {
        List<String> closing = enable.rules().isEmpty() ? new ArrayList<>(open.keySet()) : keys(enable);
        for (String rule : closing) {
            Directive disable = open.remove(rule);
            if (disable != null) {
                result.add(range(disable, rule, enable.line()));
            }
        }
    }

    private static List<String> keys(Directive directive) {
        return directive.rules().isEmpty() ? List.of("") : List.copyOf(directive.rules());
    }

    private static Suppression range(Directive disable, String rule, int lastLine) {
        Set<String> rules = rule.isEmpty() ? Set.of() : Set.of(rule);
        return new Suppression(Suppression.Kind.RANGE, rules, disable.span(), disable.line(), lastLine,
                disable.justification());
    }

    private static Suppression of(Suppression.Kind kind, Directive directive, int first, int last) {
        return new Suppression(kind, directive.rules(), directive.span(), first, last, directive.justification());
    }
}
