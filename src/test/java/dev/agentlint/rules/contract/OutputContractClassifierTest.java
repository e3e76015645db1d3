package dev.agentlint.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.model.SourceText;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.parse.MarkdownReader;
import dev.agentlint.rules.contract.OutputContract.Kind;
import dev.agentlint.rules.contract.OutputContract.Strength;
import org.junit.jupiter.api.Test;

class OutputContractClassifierTest {

    private static OutputContract classify(String body) {
        SourceText source = SourceText.of("---\nname: x\ndescription: y\n---\n" + body);
        return OutputContractClassifier.classify(MarkdownReader.read(source, FrontMatter.split(source).bodyFirstLine()));
    }

    private static void strong(String body, Kind kind) {
        OutputContract contract = classify(body);
        assertEquals(Strength.STRONG, contract.strength(), () -> "expected STRONG for:\n" + body + "\ngot " + contract);
        assertEquals(kind, contract.kind(), body);
    }

    private static void weak(String body, Kind kind, String evidence) {
        OutputContract contract = classify(body);
        assertEquals(Strength.WEAK, contract.strength(), () -> "expected WEAK for:\n" + body + "\ngot " + contract);
        assertEquals(kind, contract.kind(), body);
        assertTrue(contract.text().contains(evidence), () -> contract.text() + " lacks " + evidence);
    }

    private static void none(String body) {
        OutputContract contract = classify(body);
        assertEquals(Strength.NONE, contract.strength(), () -> "expected NONE for:\n" + body + "\ngot " + contract);
    }

    @Test
    void outputHeadingsAreStrong() {
        strong("## Output Format\n\nAfter completing implementation:\n\n**Files Modified:**\n- `path` - [what changed]\n",
                Kind.HEADING);
        strong("## Output Contract (JSON)\nEmit a final JSON object for every task:\n{\n  \"summary\": \"...\"\n}\n",
                Kind.HEADING);
        strong("## Response Structure\n\n1. Summary\n2. Details\n", Kind.HEADING);
        strong("### Deliverables\n\n- The migration\n- A rollback plan\n", Kind.HEADING);
        strong("## When done, Report Back\n\nList the files you changed.\n", Kind.HEADING);
        strong("## Output Examples\n\nWhen designing architecture, provide:\n\n- Service boundaries\n", Kind.HEADING);
        strong("## Verdict\n\nEnd with SHIP or DO NOT SHIP.\n", Kind.HEADING);
    }

    @Test
    void boldAndPlainLabelsCountAsHeadings() {
        strong("Review the diff.\n\n**Output format:**\n- One line per finding\n", Kind.HEADING);
        strong("**End Game:** summarise the discussion.\n**Output:** Critical questions, risks, edge cases\n", Kind.HEADING);
        strong("Review the change.\n\nOutput:\nStart with a one-line verdict, then the findings.\n", Kind.HEADING);
        strong("Check the code carefully.\nOutput:  \nOne line per finding.\n", Kind.HEADING);
    }

    @Test
    void xmlLikeOutputSectionsAreStrong() {
        strong("<workflow>\n1. Do the task.\n</workflow>\n\n<output_format>\nWhen complete, report back with:\n"
                + "- Files created/modified\n- Dependencies added\n</output_format>\n", Kind.TAG);
        strong("<output_specification>\n  <format>\n    yaml with the analysis\n  </format>\n</output_specification>\n",
                Kind.TAG);
    }

    @Test
    void announcedTemplatesAreStrong() {
        strong("Check every query.\n\nProvide:\n- One line per query with its verdict\n- The indexes to add\n",
                Kind.HEADING);
        strong("Check every query.\n\nWhen you review a query, provide:\n- Its verdict\n- The indexes to add\n",
                Kind.TEMPLATE);
        strong("Once the whole review is complete, return your findings in the following format:\n\n```markdown\n## Findings\n- ...\n```\n",
                Kind.TEMPLATE);
        strong("You must output your findings in the following JSON format:\n{\n  \"sources\": [],\n"
                + "  \"findings\": [],\n  \"confidence\": 0.0\n}\n", Kind.TEMPLATE);
        strong("Create an ADR as a markdown file following the standardized format below with these requirements:\n\n"
                + "```markdown\n# ADR-0001: Title\n```\n", Kind.TEMPLATE);
        strong("When creating API endpoints, you return structured information for coordination:\n\n"
                + "```\n## API Implementation Completed\n```\n", Kind.TEMPLATE);
    }

    @Test
    void processAndTopicHeadingsAreNotContracts() {
        none("## Response Approach\n\n1. Understand requirements\n2. Recommend technology\n3. Provide code\n");
        none("### Output Encoding\n\n- Context-aware encoding to prevent injection\n");
        none("## Report Design Patterns\n\n- Use drill-downs for detail\n");
        none("## Output Rendering Security\n\n- Escape HTML\n");
    }

    @Test
    void codeStructureTemplatesAreNotContracts() {
        none("## Layered Architecture\n\nFollow this structure for backend code:\n\n```\nsrc/\n  api/\n  services/\n```\n");
    }

    @Test
    void passingPhrasesAreWeak() {
        weak("## Steps\n\n1. Run the suite five times.\n\nWhen you are done, report back with the flaky tests you found.\n",
                Kind.PHRASE, "report back");
        weak("Analyse the logs, then return a short summary of the root cause.\n", Kind.PHRASE, "return a short summary");
        weak("Migrate the files.\n\nReturn to commander: count of files changed.\n", Kind.PHRASE, "Return to commander");
        weak("Fix the build. Once you are finished, list the commands you ran.\n", Kind.PHRASE, "finished");
        weak("Correct the OCR errors. You will output only the corrected text.\n", Kind.PHRASE, "output only");
    }

    @Test
    void exampleAnswersAreWeak() {
        weak("## Workflow\n\n1. Build it.\n\nDelivery notification:\n\"API completed. Built 12 endpoints.\"\n",
                Kind.EXAMPLE, "Delivery notification");
        weak("## Example Interactions\n\n```\nUser: Add an endpoint\n\nResponse:\nI'll add it.\n```\n",
                Kind.EXAMPLE, "Example Interactions");
        weak("## Example Output\n\n```\n3 issues found\n```\n", Kind.EXAMPLE, "Example Output");
    }

    @Test
    void exampleRequestsWithoutAnswersAreNotContracts() {
        none("## Example Interactions\n\n- \"Design a schema for a multi-tenant SaaS\"\n- \"Plan a sharding strategy\"\n");
    }

    @Test
    void phrasesInCodeExamplesAndOtherSensesAreIgnored() {
        none("Use this snippet:\n\n```python\n# report back with the result\nreturn a\n```\n");
        none("## Examples\n\n- When done, report back to the user with the list.\n");
        none("- Return appropriate HTTP status codes\n- Handle errors gracefully\n");
        none("Never pause: return control to the user only when every task is complete.\n");
        none("- Create a todo list in markdown format to track your progress.\n");
    }

    @Test
    void seedsClassifyAsTheReferenceSays() {
        none("You are a fast, precise backend engineer.\n\n## Your Role\n\nYou are the **implementer**.\n\n"
                + "## Quality Standards\n\n- Return appropriate HTTP status codes\n");
        weak("# Backend Implementer Chat Mode\n\n## Example Interactions\n\n### Feature Implementation\n```\n"
                + "User: Implement a new endpoint for player preferences\n\nResponse:\nI'll implement it.\n```\n",
                Kind.EXAMPLE, "Example Interactions");
    }

    @Test
    void proseWordsCountHeadingsAndTextButNotCode() {
        SourceText source = SourceText.of("---\nname: x\n---\n# Title here\n\nOne two three.\n\n```\nnot counted at all\n```\n");
        assertEquals(5, OutputContractClassifier.proseWords(MarkdownReader.read(source, 4), 100));
        assertEquals(3, OutputContractClassifier.proseWords(MarkdownReader.read(source, 4), 3));
    }
}
