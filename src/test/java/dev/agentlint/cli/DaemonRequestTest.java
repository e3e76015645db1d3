package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a client's request: what the launcher's client sends, and what a stray or broken client sends. */
class DaemonRequestTest {

    private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String JDK = "/opt/jdk IMPLEMENTOR=\"Eclipse Adoptium\"";

    @Test
    void readsARunWithItsDirectoryTerminalVariablesAndArguments() throws IOException {
        DaemonRequest request = read(List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "run", "/home/ana/répo", "1",
                "NO_COLOR=", "HOME=/home/ana", "", "3", "--format", "", "a b.md"));
        assertEquals(DaemonRequest.run("/home/ana/répo", true, Map.of("NO_COLOR", "", "HOME", "/home/ana"),
                List.of("--format", "", "a b.md")), request);
    }

    @Test
    void readsARunWithoutVariablesOrArguments() throws IOException {
        assertEquals(DaemonRequest.run("/", false, Map.of(), List.of()),
                read(List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "run", "/", "0", "", "0")));
    }

    @Test
    void readsAStopWithoutWaitingForMore() throws IOException {
        assertEquals(DaemonRequest.stop(), read(List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "stop")));
    }

    @Test
    void readsTheKeyOfTheResultAsked() throws IOException {
        assertEquals(DaemonRequest.result("9a8b7c6d5e4f"),
                read(List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "result", "9a8b7c6d5e4f")));
    }

    @Test
    void refusesWhatIsNotARequestOfThisDaemon() {
        List<List<String>> refused = List.of(
                List.of("agentlint-daemon/1", TOKEN, JDK, "stop"),
                List.of(DaemonRequest.PROTOCOL, TOKEN.replace('0', '1'), JDK, "result", "9a8b7c6d5e4f"),
                List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "result", "f".repeat(300)),
                List.of(DaemonRequest.PROTOCOL, TOKEN.replace('0', '1'), JDK, "stop"),
                List.of(DaemonRequest.PROTOCOL, TOKEN, "/opt/other-jdk", "stop"),
                List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "restart"),
                List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "run", "/", "0", "NO_COLOR", "", "0"),
                List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "run", "/", "0", "", "-1"),
                List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "run", "/", "0", "", "two"),
                List.of(DaemonRequest.PROTOCOL, "x".repeat(300), JDK, "stop"));
        for (List<String> fields : refused) {
            assertThrows(DaemonRequest.Refused.class, () -> read(fields), fields::toString);
        }
        byte[] http = "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(DaemonRequest.Refused.class, () -> DaemonRequest.read(new ByteArrayInputStream(http), TOKEN, JDK));
    }

    @Test
    void aRequestCutShortIsNotRun() {
        List<String> whole = List.of(DaemonRequest.PROTOCOL, TOKEN, JDK, "run", "/", "0", "", "2", "a.md", "b.md");
        byte[] bytes = bytes(whole);
        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            IOException thrown = assertThrows(IOException.class,
                    () -> DaemonRequest.read(new ByteArrayInputStream(cut), TOKEN, JDK), () -> "cut at " + cut.length);
            assertTrue(thrown instanceof EOFException || thrown instanceof DaemonRequest.Refused, thrown::toString);
        }
    }

    private static DaemonRequest read(List<String> fields) throws IOException {
        return DaemonRequest.read(new ByteArrayInputStream(bytes(fields)), TOKEN, JDK);
    }

    private static byte[] bytes(List<String> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String field : fields) {
            bytes.writeBytes(field.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        return bytes.toByteArray();
    }
}
