package dev.agentlint.text.analysis;

import dev.agentlint.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Write restrictions of a document ("MUST NOT modify files outside your module directory", "Only write to `docs/`",
 * "Never modify `migrations/`", "never modify frontend files") and the steps that write outside them.
 *
 * <p>A path is outside a symbolic "own" scope (your module directory, your working folder) only when the document
 * makes that plain: the path leaves the project ({@code ../}, {@code /}, {@code ~/}) or its top-level folder is by
 * name shared between agents ({@code shared/}, {@code common/}). Other comparisons of a symbolic scope with a path
 * are guesses and not reported.
 */
public final class WriteScope {

    /** Restrictions looked at per document; real documents have a handful. */
    private static final int MAX_RESTRICTIONS = 32;
    /** Violations looked for per document: more than any report shows, few enough to bound a pathological file. */
    static final int MAX_VIOLATIONS = 1_000;
    /** Nouns that make an "outside your ..." phrase a place rather than a task ("outside your module directory"). */
    private static final Set<String> PLACE_NOUNS = Set.of("directory", "directories", "dir", "dirs", "folder",
            "folders", "module", "package", "workspace", "worktree", "sandbox", "path", "paths", "repo", "repository",
            "tree", "subdirectory", "subfolder", "project", "codebase", "root");

    /** Heads that make "frontend X" a place: files, code, assets, folders. */
    private static final Set<String> AREA_HEADS = Set.of("file", "code", "asset", "component", "configuration",
            "config", "styling", "style", "directory", "folder", "dir", "source");

    /** What a restriction limits. */
    public enum Kind {
        /** Writes only inside these paths. */
        ALLOWED_PATHS,
        /** Writes only inside the agent's own place, named but not given as a path. */
        ALLOWED_OWN,
        /** No writes outside the project. */
        ALLOWED_PROJECT,
        /** No writes inside these paths. */
        FORBIDDEN_PATHS,
        /** No writes to frontend files. */
        FORBIDDEN_FRONTEND
    }

    /**
     * One restriction.
     *
     * @param area the place as written ("your Python module directory", "docs/")
     */
    public record Restriction(Statement statement, Kind kind, List<PathRef> paths, String area,
            List<PathRef> exceptions) {

        /** How a path relates to the restriction, for messages: "which lies outside ...". */
        public String describe() {
            return switch (kind) {
                case ALLOWED_PATHS, ALLOWED_OWN -> "which lies outside \"" + area + "\"";
                case ALLOWED_PROJECT -> "which lies outside the project";
                case FORBIDDEN_PATHS -> "which lies in \"" + area + "\"";
                case FORBIDDEN_FRONTEND -> "which is a frontend file";
            };
        }
    }

    /**
     * A write outside a restriction.
     *
     * @param span where the step names the path (or the step itself, when the path is named earlier in its item)
     * @param high false for symbolic areas and conditional restrictions
     */
    public record Violation(Statement step, PathRef target, Restriction restriction, Span span, boolean high) {
    }

    private WriteScope() {
    }

    /** The restrictions of a document, in order. */
    public static List<Restriction> restrictions(DocumentAnalysis analysis) {
        List<Restriction> restrictions = new ArrayList<>();
        for (Statement statement : analysis.statements()) {
            if (restrictions.size() >= MAX_RESTRICTIONS) {
                break;
            }
            if (statement.illustrative() || !statement.aboutAgent() || !statement.writes()) {
                continue;
            }
            Restriction restriction = restriction(statement);
            if (restriction != null) {
                restrictions.add(restriction);
            }
        }
        return restrictions;
    }

    private static Restriction restriction(Statement statement) {
        ObjectPhrase object = statement.object();
        List<PathRef> exceptions = exceptionPaths(statement);
        if (statement.modality().negative() && object.outside() != null) {
            if (!object.outsidePaths().isEmpty()) {
                return new Restriction(statement, Kind.ALLOWED_PATHS, object.outsidePaths(),
                        written(object.outsidePaths()), exceptions);
            }
            String area = object.outside().replaceAll("[`*]", "").strip();
            String lower = area.toLowerCase(Locale.ROOT);
            Set<String> words = new HashSet<>(List.of(lower.split("[^a-z0-9_-]+")));
            if (words.stream().noneMatch(PLACE_NOUNS::contains)) {
                return null;
            }
            PathLexicon paths = PathLexicon.get();
            String withoutArticle = lower.replaceFirst("^(the|this|your|our)\\s+", "");
            if (lower.startsWith("the ") && paths.rootScope(withoutArticle) || paths.rootScope(lower)
                    || lower.matches("(your|the|this) (project|repository|repo|workspace|codebase)( root)?")) {
                return new Restriction(statement, Kind.ALLOWED_PROJECT, List.of(), area, exceptions);
            }
            if (words.stream().anyMatch(paths::ownScopeWord)) {
                return new Restriction(statement, Kind.ALLOWED_OWN, List.of(), area, exceptions);
            }
            return null;
        }
        if (statement.exclusive() && statement.modality().positive() && !object.targets().isEmpty()
                && statement.conditions().stream().noneMatch(c -> c.kind() == ConditionKind.IF
                        || c.kind() == ConditionKind.WHEN)) {
            List<PathRef> scoped = object.targets().stream().filter(p -> !p.bare() || p.directory()).toList();
            return scoped.isEmpty() ? null
                    : new Restriction(statement, Kind.ALLOWED_PATHS, scoped, written(scoped), exceptions);
        }
        if (statement.modality() == Modality.PROHIBITION) {
            if (!object.targets().isEmpty()) {
                return new Restriction(statement, Kind.FORBIDDEN_PATHS, object.targets(), written(object.targets()),
                        exceptions);
            }
            // "never modify frontend files": a place; "don't author HTML from scratch" is about content, not a place
            boolean frontend = object.qualifiers().stream().anyMatch(q -> NounLexicon.get().classes(q).contains("frontend"));
            if (frontend && !object.heads().isEmpty() && object.heads().stream().allMatch(AREA_HEADS::contains)) {
                return new Restriction(statement, Kind.FORBIDDEN_FRONTEND, List.of(), "frontend files", exceptions);
            }
        }
        return null;
    }

    private static List<PathRef> exceptionPaths(Statement statement) {
        List<PathRef> paths = new ArrayList<>();
        for (Condition condition : statement.conditions()) {
            if (condition.exception()) {
                for (Token token : Tokenizer.tokenize(condition.text())) {
                    PathRef path = PathExtractor.fromToken(token);
                    if (path != null) {
                        paths.add(path);
                    }
                }
            }
        }
        return paths;
    }

    private static String written(List<PathRef> paths) {
        return String.join(", ", paths.stream().map(PathRef::written).toList());
    }

    /** The write steps that go outside a restriction, once per step and restriction, the first {@value #MAX_VIOLATIONS}. */
    public static List<Violation> violations(DocumentAnalysis analysis) {
        List<Restriction> restrictions = restrictions(analysis);
        List<Violation> violations = new ArrayList<>();
        if (restrictions.isEmpty()) {
            return violations;
        }
        for (Statement step : analysis.statements()) {
            if (violations.size() >= MAX_VIOLATIONS) {
                break;
            }
            if (step.illustrative() || !step.aboutAgent() || !step.modality().positive() || !step.writes()
                    || step.object().onlyMeans()) {
                // "update `shared/tasks.json` only through the lead agent" is not a write of this agent
                continue;
            }
            List<Target> targets = targets(step, analysis);
            for (Restriction restriction : restrictions) {
                if (restriction.statement() == step || !SubjectScope.compatible(restriction.statement().scope(),
                        step.scope())) {
                    continue;
                }
                for (Target target : targets) {
                    Boolean high = violates(restriction, target.path());
                    if (high != null) {
                        Span span = target.carried() ? step.span() : step.span(target.path().start(), target.path().end());
                        violations.add(new Violation(step, target.path(), restriction, span,
                                high && !restriction.statement().conditional()));
                        break;
                    }
                }
            }
        }
        return violations;
    }

    /** A path a step writes, possibly resolved or carried over from earlier in its item. */
    private record Target(PathRef path, boolean carried) {
    }

    private static List<Target> targets(Statement step, DocumentAnalysis analysis) {
        List<Target> targets = new ArrayList<>();
        for (PathRef path : step.object().targets()) {
            targets.add(new Target(resolve(path, analysis), false));
        }
        if (targets.isEmpty() && !step.object().heads().isEmpty()
                && NounLexicon.get().fieldNoun(step.object().heads().get(0))) {
            PathRef earlier = lastPathBefore(step);
            if (earlier != null) {
                targets.add(new Target(resolve(earlier, analysis), true));
            }
        }
        return targets;
    }

    /** "Read `shared/task_list.json`, find your task, set status to done": the status is in the file just named. */
    private static PathRef lastPathBefore(Statement step) {
        PathRef last = null;
        for (Token token : step.unit().tokens()) {
            if (token.start() >= step.start()) {
                break;
            }
            PathRef path = PathExtractor.fromToken(token);
            if (path != null && !path.directory()) {
                last = path;
            }
        }
        return last;
    }

    private static PathRef resolve(PathRef path, DocumentAnalysis analysis) {
        if (!path.bare()) {
            return path;
        }
        return analysis.fullPathOf(path.fileName()).map(path::resolvedTo).orElse(path);
    }

    /** Null when the path keeps to the restriction; otherwise whether the violation is certain. */
    private static Boolean violates(Restriction restriction, PathRef target) {
        for (PathRef exception : restriction.exceptions()) {
            if (PathScope.contains(exception.normalised(), target.normalised())) {
                return null;
            }
        }
        PathLexicon paths = PathLexicon.get();
        return switch (restriction.kind()) {
            case ALLOWED_PATHS -> {
                if (target.bare() && !target.leavesProject()) {
                    yield null;
                }
                boolean inside = restriction.paths().stream().anyMatch(p -> PathScope.contains(p.normalised(),
                        target.normalised()));
                yield inside ? null : Boolean.TRUE;
            }
            case ALLOWED_OWN -> target.leavesProject() || !target.bare() && paths.sharedRoot(target.topSegment())
                    ? Boolean.TRUE : null;
            case ALLOWED_PROJECT -> target.leavesProject() ? Boolean.TRUE : null;
            case FORBIDDEN_PATHS -> {
                for (PathRef forbidden : restriction.paths()) {
                    boolean match = forbidden.bare() ? target.fileName().equals(forbidden.fileName())
                            : PathScope.contains(forbidden.normalised(), target.normalised());
                    if (match) {
                        yield Boolean.TRUE;
                    }
                }
                yield null;
            }
            case FORBIDDEN_FRONTEND -> frontend(target) ? Boolean.FALSE : null;
        };
    }

    private static boolean frontend(PathRef target) {
        PathLexicon paths = PathLexicon.get();
        String name = target.fileName();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && paths.frontendExtension(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String segment : target.normalised().split("/")) {
            if (paths.frontendSegment(segment.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
