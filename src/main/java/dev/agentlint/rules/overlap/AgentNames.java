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

    /** Words that name a task, by the task they name; building is every agent's default and not among them. */
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
            Map.entry("triage", "triage"), Map.entry("release", "release"));

    private AgentNames() {
    }

    /**
     * Whether the names differ only in one word on each side, and those words are versions or technologies the
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

    /** Whether both names name a task, and no task is in both: one domain split by task. */
    static boolean distinctTasks(AgentProfile a, AgentProfile b) {
        Set<String> tasksA = tasks(a.name());
        Set<String> tasksB = tasks(b.name());
        return !tasksA.isEmpty() && !tasksB.isEmpty() && tasksA.stream().noneMatch(tasksB::contains);
    }

    private static boolean setApart(String word, AgentProfile other) {
        return word.chars().allMatch(Character::isDigit)
                || other.effective().technologies().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(word))
                && other.primary().technologies().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(word))
                && !other.terms().containsKey(Words.stem(word));
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
        for (String part : name.toLowerCase(Locale.ROOT).split("[^a-z0-9.]+")) {
            for (String piece : part.split("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")) {
                if (!piece.isEmpty()) {
                    words.add(piece);
                }
            }
        }
        return words;
    }
}
