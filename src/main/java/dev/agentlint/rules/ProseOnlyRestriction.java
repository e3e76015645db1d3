package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Span;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.Ascii;
import dev.agentlint.text.analysis.Action;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Excerpt;
import dev.agentlint.text.analysis.Modality;
import dev.agentlint.text.analysis.ObjectPhrase;
import dev.agentlint.text.analysis.Statement;
import dev.agentlint.text.analysis.Unit;
import dev.agentlint.text.tools.Capability;
import dev.agentlint.text.tools.CapabilityEvidence;
import dev.agentlint.text.tools.CapabilityFinder;
import dev.agentlint.text.tools.GrantedTools;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body forbids something a granted tool does ("You are read-only" with {@code Edit} granted, "never run
 * commands" with {@code Bash}), and the front matter could remove that tool. The restriction then holds only as
 * long as the model obeys the prose; a tools list or deny list holds always. Restrictions the front matter cannot
 * express (a folder, a kind of file, a condition) are not reported.
 */
public final class ProseOnlyRestriction implements FileRule {

    /** Objects that cover everything a capability acts on: forbidding them forbids the capability itself. */
    private static final Set<String> WRITE_OBJECTS = Set.of("file", "anything", "everything", "codebase", "repository",
            "repo", "project", "change", "modification", "edit", "filesystem", "disk", "workspace", "write");
    private static final Set<String> RUN_OBJECTS = Set.of("command", "shell", "terminal", "anything", "bash", "cli",
            "script", "program");
    private static final Set<String> WEB_OBJECTS = Set.of("internet", "web", "url", "network", "website", "webpage",
            "page", "request", "site");
    /** Qualifiers that do not narrow a total object ("any project files", "the user's files"). */
    private static final Set<String> NEUTRAL_QUALIFIERS = Set.of("project", "repository", "repo", "codebase", "user",
            "local", "disk", "source", "any", "external", "outside", "remote", "shell", "system", "workspace", "the");
    /** "You are read-only", "operate in read-only mode", "a read-only reviewer": the agent itself is read-only. */
    private static final Pattern READ_ONLY = Pattern.compile(
            "(?i)\\b(?:you are|you're|you remain|remain|stay|operate|operating|work|working|act|acting|this agent is"
                    + "|strictly|always|be)\\s+(?:(?:a|an|in|as|strictly|completely|entirely|always|purely|fully)\\s+)"
                    + "{0,3}read[- ]?only\\b(?!\\s*[-–]\\s*\\w)|\\bread[- ]?only\\s+(?:agent|mode|role|reviewer|auditor|"
                    + "assistant|analysis|analyst|investigation|investigator|subagent|advisor|consultant)\\b"
                    + "|^\\W*(?:strictly\\s+)?read[- ]?only\\W*$");
    /** "read-only access to the database", "read-only on source code": read-only about something in particular. */
    private static final Pattern SCOPED_READ_ONLY = Pattern.compile(
            "(?i)\\bread[- ]?only\\s+(?:\\w+\\s+)?(?:on|for|to|in|with|against|toward|towards|when|during|until|"
                    + "unless|except|before|after|if|while)\\b|\\b(?:database|db|sql|quer(?:y|ies)|git|"
                    + "production|prod|cluster|kubernetes|k8s|api|postgres|mysql|mongo|redis|cloud|aws|azure|gcp|"
                    + "infrastructure|server|resource|resources|phase|step|stage)\\b");
    /** Objects of a write that go into files, not into the answer: "update the changelog", "add a test". */
    private static final Set<String> FILE_LIKE_OBJECTS = Set.of("file", "code", "test", "doc", "documentation",
            "readme", "changelog", "config", "configuration", "migration", "component", "module", "class", "function",
            "script", "implementation", "feature", "fix", "patch", "comment", "docstring", "type", "model", "schema",
            "endpoint", "handler", "spec", "source", "codebase", "stylesheet", "template", "page", "route",
            "controller", "service", "helper", "util", "utility", "method", "interface", "hook", "fixture", "mock",
            "dockerfile", "manifest", "workflow", "pipeline", "payload", "artifact", "directory", "folder", "unit-test",
            "snapshot", "package", "dependency", "infrastructure", "resource", "branch", "commit", "pr", "issue");

    @Override
    public String id() {
        return "prose-only-restriction";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        GrantedTools tools = GrantedTools.of(file);
        DocumentAnalysis analysis = DocumentAnalysis.of(file);
        Map<Capability, Restriction> restrictions = restrictions(analysis);
        if (restrictions.isEmpty()) {
            return;
        }
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        for (CapabilityEvidence evidence : CapabilityFinder.find(file)) {
            if (evidence.strength() == CapabilityEvidence.Strength.STRONG) {
                needed.add(evidence.capability());
            }
        }
        if (asksToWrite(analysis)) {
            needed.add(Capability.WRITE);
        }
        for (Map.Entry<Capability, Restriction> entry : restrictions.entrySet()) {
            Capability capability = entry.getKey();
            Restriction restriction = entry.getValue();
            if (needed.contains(capability)) {
                continue;
            }
            List<ToolEntry> direct = tools.grantsProviding(capability);
            String what = capability.describe();
            if (!direct.isEmpty()) {
                ToolEntry tool = direct.get(0);
                reporter.report(Issue.at(restriction.span(), "only the prose keeps the agent from being able to "
                        + what + ": " + Excerpt.quoted(restriction.sentence()) + ", yet the tools list grants \""
                        + tool.written() + "\"; remove it from tools" + denyHint(file))
                        .related(file.path(), tool.span(), "\"" + tool.written() + "\" granted here"));
            } else if (tools.inheritsAll() && tools.provides(capability)) {
                String why = file.format() == dev.agentlint.model.Format.OPENCODE && file.agent().tools().present()
                        ? "yet opencode enables every tool its tools map does not set to false; set them to false"
                        : "yet with no tools list it inherits every tool; list the tools it needs" + denyHint(file);
                reporter.report(Issue.at(restriction.span(), "only the prose keeps the agent from being able to "
                        + what + ": " + Excerpt.quoted(restriction.sentence()) + ", " + why));
            } else if (capability != Capability.EXECUTE && !tools.inheritsAll() && tools.provides(Capability.EXECUTE)) {
                ToolEntry shell = tools.grantsProviding(Capability.EXECUTE).get(0);
                reporter.report(Issue.at(restriction.span(), "only the prose keeps the agent from being able to "
                        + what + ": " + Excerpt.quoted(restriction.sentence()) + ", yet the granted shell \""
                        + shell.written() + "\" can; scope the shell or enforce the rule with a hook")
                        .related(file.path(), shell.span(), "\"" + shell.written() + "\" granted here")
                        .confidence(Confidence.MEDIUM));
            }
        }
    }

    private static String denyHint(AgentFile file) {
        return file.format().isClaude() ? " or add it to disallowedTools" : "";
    }

    /**
     * Whether some instruction asks to create or change files or code (not the answer, not a task list): then
     * writing is part of the job and the prohibition is narrower than it reads.
     */
    private static boolean asksToWrite(DocumentAnalysis analysis) {
        for (Statement statement : analysis.statements()) {
            if (!statement.modality().positive() || statement.illustrative() || !statement.aboutAgent()
                    || !statement.writes()) {
                continue;
            }
            ObjectPhrase object = statement.object();
            if (!object.paths().isEmpty() || object.heads().stream().anyMatch(FILE_LIKE_OBJECTS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A prohibition of a whole capability, where it is written. */
    private record Restriction(Span span, String sentence) {
    }

    private static Map<Capability, Restriction> restrictions(DocumentAnalysis analysis) {
        Map<Capability, Restriction> found = new EnumMap<>(Capability.class);
        for (Statement statement : analysis.statements()) {
            if (statement.illustrative() || !statement.aboutAgent() || statement.modality() != Modality.PROHIBITION
                    || statement.conditional() || statement.exclusive()) {
                continue;
            }
            Capability capability = forbidden(statement);
            if (capability != null) {
                found.putIfAbsent(capability, new Restriction(statement.span(), statement.unit().text()));
            }
        }
        if (!found.containsKey(Capability.WRITE)) {
            readOnly(analysis, found);
        }
        return found;
    }

    private static Capability forbidden(Statement statement) {
        ObjectPhrase object = statement.object();
        if (!object.paths().isEmpty() || object.outside() != null || object.pronoun()) {
            return null;
        }
        boolean neutral = NEUTRAL_QUALIFIERS.containsAll(object.qualifiers());
        for (Action action : statement.actions()) {
            String actionClass = action.actionClass();
            if ((actionClass.equals("modify") || actionClass.equals("create")) && neutral
                    && (object.heads().isEmpty() ? actionClass.equals("modify") && action.lemma().matches("edit|modify|write|change")
                    : WRITE_OBJECTS.containsAll(object.heads()))) {
                return Capability.WRITE;
            }
            if (actionClass.equals("run") && neutral && !object.heads().isEmpty()
                    && RUN_OBJECTS.containsAll(object.heads())) {
                return Capability.EXECUTE;
            }
            if ((actionClass.equals("fetch") || action.lemma().equals("browse") || action.lemma().equals("access"))
                    && !object.heads().isEmpty() && WEB_OBJECTS.containsAll(object.heads())) {
                return Capability.WEB;
            }
        }
        return null;
    }

    /** A cheap test before the regular expressions: does the text say "read" and "only" at all? */
    private static boolean mentionsReadOnly(String text) {
        return Ascii.containsFolded(text, "only") && Ascii.containsFolded(text, "read");
    }

    /** "You are a read-only agent", "operate in read-only mode", "stay read-only": a ban on every write. */
    private static void readOnly(DocumentAnalysis analysis, Map<Capability, Restriction> found) {
        for (Unit unit : analysis.units()) {
            if (unit.illustrative()) {
                continue;
            }
            String text = unit.text();
            if (!mentionsReadOnly(text)) {
                continue;
            }
            Matcher matcher = READ_ONLY.matcher(text);
            if (!matcher.find() || SCOPED_READ_ONLY.matcher(text).find()) {
                continue;
            }
            Statement statement = analysis.statementAt(unit, unit.start() + matcher.start());
            if (statement != null && (statement.conditional() || statement.modality() == Modality.PERMISSION
                    || !statement.aboutAgent())) {
                continue;
            }
            found.put(Capability.WRITE, new Restriction(unit.span(), text));
            return;
        }
    }
}
