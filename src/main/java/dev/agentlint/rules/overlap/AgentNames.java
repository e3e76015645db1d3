package dev.agentlint.rules.overlap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What two agents' names say about their division of work. A team that names agents {@code react18-auditor} and
 * {@code react19-auditor}, or "AVM Terraform mode" and "AVM Bicep mode", has made variants for versions or
 * technologies; one that names them {@code neon-optimization-analyzer} and {@code neon-migration-specialist} has
 * split one domain into tasks. Routing picks by those names, so neither pair is ambiguous.
 */
final class AgentNames {

    /** Words that name a task, by the task they name. */
    private static final Map<String, String> TASKS = Map.ofEntries(
            Map.entry("plan", "plan"), Map.entry("planner", "plan"), Map.entry("planning", "plan"),
            Map.entry("export", "export"), Map.entry("exporter", "export"),
            Map.entry("upgrade", "upgrade"), Map.entry("upgrader", "upgrade"),
            Map.entry("migrate", "migrate"), Map.entry("migration", "migrate"), Map.entry("migrator", "migrate"),
            Map.entry("test", "test"), Map.entry("tests", "test"), Map.entry("tester", "test"),
            Map.entry("testing", "test"),
            Map.entry("review", "review"), Map.entry("reviewer", "review"),
            Map.entry("audit", "audit"), Map.entry("auditor", "audit"),
            Map.entry("optimize", "optimize"), Map.entry("optimizer", "optimize"),
            Map.entry("optimization", "optimize"), Map.entry("analyzer", "analyze"), Map.entry("analyst", "analyze"),
            Map.entry("onboarding", "onboard"), Map.entry("deploy", "deploy"), Map.entry("deployment", "deploy"),
            Map.entry("debug", "debug"), Map.entry("debugger", "debug"),
            Map.entry("docs", "document"), Map.entry("documentation", "document"), Map.entry("writer", "document"),
            Map.entry("dep", "dependency"), Map.entry("deps", "dependency"), Map.entry("dependency", "dependency"),
            Map.entry("dependencies", "dependency"), Map.entry("security", "security"),
            Map.entry("monitor", "monitor"), Map.entry("monitoring", "monitor"),
            Map.entry("refactor", "refactor"), Map.entry("refactoring", "refactor"),
            Map.entry("triage", "triage"), Map.entry("release", "release"),
            Map.entry("performance", "optimize"), Map.entry("visualization", "visualize"),
            Map.entry("modeling", "model"), Map.entry("modelling", "model"),
            Map.entry("implement", "implement"), Map.entry("implementer", "implement"),
            Map.entry("implementation", "implement"), Map.entry("generator", "generate"),
            Map.entry("fix", "fix"), Map.entry("fixer", "fix"), Map.entry("mcp", "mcp"));

    /**
     * Tasks a phase or a deliverable apart from doing the work (reviewing it, planning it, building an MCP server),
     * so that a generalist of the domain is not asked for them.
     */
    private static final Set<String> PHASES = Set.of("review", "audit", "plan", "export", "migrate", "upgrade", "mcp");

    private AgentNames() {
    }

    /**
     * Whether the names differ only in one word on each side, and those words are versions, or technologies the
     * other agent never names: variants of one agent for different stacks.
     */
    static boolean variants(AgentProfile a, AgentProfile b) {
        List<String> wordsA = words(a.name());
        List<String> wordsB = words(b.name());
        Set<String> onlyA = new HashSet<>(wordsA);
        wordsB.forEach(onlyA::remove);
        Set<String> onlyB = new HashSet<>(wordsB);
        wordsA.forEach(onlyB::remove);
        if (onlyA.size() != 1 || onlyB.size() != 1 || onlyA.size() == wordsA.size()) {
            return false;
        }
        return setApart(onlyA.iterator().next(), b) && setApart(onlyB.iterator().next(), a);
    }

    /**
     * Whether the names split one domain by task: both name a task and no task is in both, or one names a phase
     * of its own (review, plan, export, ...) and the other no task at all, so it is the one that does the work.
     */
    static boolean distinctTasks(AgentProfile a, AgentProfile b) {
        Set<String> tasksA = tasks(a.name());
        Set<String> tasksB = tasks(b.name());
        if (tasksA.isEmpty() || tasksB.isEmpty()) {
            Set<String> named = tasksA.isEmpty() ? tasksB : tasksA;
            return !named.isEmpty() && named.stream().allMatch(PHASES::contains);
        }
        return tasksA.stream().noneMatch(tasksB::contains);
    }

    /** A version, or a technology the other agent never names. */
    private static boolean setApart(String word, AgentProfile other) {
        if (word.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return true;
        }
        Set<String> technologies = FacetMatcher.get().find(word).technologies();
        return !technologies.isEmpty() && technologies.stream().noneMatch(other.effective().technologies()::contains);
    }

    private static Set<String> tasks(String name) {
        Set<String> tasks = new HashSet<>();
        for (String word : words(name)) {
            String task = TASKS.get(word);
            if (task != null) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    /** The words of a name in lower case, a version split from its word: "react18-auditor" is react, 18, auditor. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean letter = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            char previous = i > start ? lower.charAt(i - 1) : ' ';
            boolean versionEdge = letter && previous >= '0' && previous <= '9'
                    || digit && previous >= 'a' && previous <= 'z';
            if (!letter && !digit && c != '.' || versionEdge) {
                if (i > start) {
                    words.add(lower.substring(start, i));
                }
                start = versionEdge ? i : i + 1;
            }
        }
        return words;
    }
}
