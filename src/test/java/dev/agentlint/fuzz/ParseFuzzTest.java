package dev.agentlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentlint.model.SourceText;
import dev.agentlint.parse.Decoder;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.parse.MarkdownReader;
import dev.agentlint.parse.YamlReader;

/**
 * Coverage-guided fuzzing of the parsers. Without {@code JAZZER_FUZZ} set it replays the stored inputs in
 * {@code src/test/resources/dev/agentlint/fuzz/ParseFuzzTestInputs/} as regression tests.
 */
class ParseFuzzTest {

    @FuzzTest(maxDuration = "")
    void parsingAnyBytesNeverThrows(byte[] bytes) {
        SourceText source = SourceText.of(Decoder.decode(bytes).text());
        FrontMatter split = FrontMatter.split(source);
        if (split.present()) {
            YamlReader.read(source, split.yaml(source), split.yamlFirstLine());
        }
        MarkdownReader.read(source, split.bodyFirstLine());
    }
}
