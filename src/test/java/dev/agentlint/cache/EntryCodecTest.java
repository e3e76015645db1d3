package dev.agentlint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What an entry writer writes, a reader reads back as it was; an entry cut short never reads as a shorter one. */
class EntryCodecTest {

    private static final String[] SAMPLE_STRINGS = {"", "a", "code-reviewer", "naïve", "日本語", "emoji 🙂 pair",
        "\u0000", "x".repeat(300)};

    /** One value of a random kind: how to write it, and how to read it back. */
    private record Value(Object value, Writer writer, Reader reader) {
    }

    private interface Writer {
        void write(EntryWriter out, Object value);
    }

    private interface Reader {
        Object read(EntryReader in);
    }

    @Test
    void randomSequencesOfValuesReadBackAsWritten() {
        Random random = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            List<Value> values = randomValues(random);
            byte[] entry = write(values);

            assertReadsAsWritten(new EntryReader(entry), values, trial);
        }
    }

    @Test
    void aStringReadAsLikelyIsThatInstanceThereAndWhereverTheEntryRepeatsIt() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            List<String> written = new ArrayList<>();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                written.add(randomString(random));
            }
            EntryWriter out = new EntryWriter();
            written.forEach(out::writeString);
            EntryReader in = new EntryReader(out.toByteArray());
            // the instance each string was last read as, when it was the likely one: a copy, never the written one
            Map<String, String> likelyRead = new HashMap<>();
            for (String string : written) {
                String likely = random.nextBoolean() ? null
                        : new String(SAMPLE_STRINGS[random.nextInt(SAMPLE_STRINGS.length)]);
                String read = in.readString(likely);
                assertEquals(string, read, "trial " + trial);
                if (likely != null && likely.equals(read)) {
                    assertSame(likely, read, "trial " + trial);
                    likelyRead.put(read, likely);
                } else if (read != null && likelyRead.containsKey(read)) {
                    assertSame(likelyRead.get(read), read, "trial " + trial);
                }
            }
            in.expectEnd();
        }
    }

    @Test
    void anEntryAmidOtherBytesReadsAsWrittenAndNotPastItsEnd() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            List<Value> values = randomValues(random);
            byte[] entry = write(values);
            byte[] around = new byte[entry.length + 64];
            random.nextBytes(around);
            int offset = random.nextInt(32);
            System.arraycopy(entry, 0, around, offset, entry.length);

            assertReadsAsWritten(new EntryReader(around, offset, entry.length), values, trial);
            EntryReader cut = new EntryReader(around, offset, entry.length - 1);
            assertThrows(EntryReader.DamagedEntry.class, () -> readAll(cut, values),
                    "the bytes after its end are not the entry's");
        }
    }

    @Test
    void anEntryCutShortIsDamagedWhereverItIsCut() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            List<Value> values = randomValues(random);
            byte[] entry = write(values);
            for (int length = 0; length < entry.length; length++) {
                EntryReader in = new EntryReader(Arrays.copyOf(entry, length));
                assertThrows(EntryReader.DamagedEntry.class, () -> readAll(in, values));
            }
        }
    }

    /** Reads the values written, each as written, and nothing after them. */
    private static void assertReadsAsWritten(EntryReader in, List<Value> values, int trial) {
        for (Value value : values) {
            assertEquals(value.value(), value.reader().read(in), "trial " + trial);
        }
        in.expectEnd();
    }

    /** Reads as many values as were written, and the end. */
    private static void readAll(EntryReader in, List<Value> values) {
        for (Value value : values) {
            value.reader().read(in);
        }
        in.expectEnd();
    }

    private static byte[] write(List<Value> values) {
        EntryWriter out = new EntryWriter();
        values.forEach(value -> value.writer().write(out, value.value()));
        return out.toByteArray();
    }

    private static List<Value> randomValues(Random random) {
        List<Value> values = new ArrayList<>();
        int count = 1 + random.nextInt(20);
        for (int i = 0; i < count; i++) {
            values.add(randomValue(random));
        }
        return values;
    }

    private static Value randomValue(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> new Value(randomInt(random), (o, v) -> o.writeInt((Integer) v), EntryReader::readInt);
            case 1 -> new Value(random.nextBoolean(), (o, v) -> o.writeBoolean((Boolean) v), EntryReader::readBoolean);
            case 2 -> new Value(randomString(random), (o, v) -> o.writeString((String) v), EntryReader::readString);
            case 3 -> new Value(random.nextInt(4) == 0 ? null : new Span(1 + random.nextInt(1000),
                    1 + random.nextInt(200), 1000 + random.nextInt(1000), 1 + random.nextInt(200)),
                    (o, v) -> o.writeSpan((Span) v), EntryReader::readSpan);
            case 4 -> new Value(Severity.values()[random.nextInt(Severity.values().length)],
                    (o, v) -> o.writeEnum((Severity) v), in -> in.readEnum(Severity.class));
            case 5 -> new Value(randomStrings(random), (o, v) -> o.writeStrings(strings(v)), EntryReader::readStrings);
            default -> new Value(randomStrings(random), (o, v) -> o.writeList(strings(v), EntryWriter::writeString),
                    in -> in.readList(EntryReader::readString));
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    private static int randomInt(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(128);
            case 1 -> -random.nextInt(1000);
            case 2 -> random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            default -> random.nextInt();
        };
    }

    private static List<String> randomStrings(Random random) {
        List<String> strings = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String string = randomString(random);
            strings.add(string == null ? "" : string);
        }
        return strings;
    }

    /** A sample (so that strings repeat), or random characters from anywhere in Unicode, or {@code null}. */
    private static String randomString(Random random) {
        int kind = random.nextInt(5);
        if (kind == 0) {
            return null;
        }
        if (kind < 3) {
            return SAMPLE_STRINGS[random.nextInt(SAMPLE_STRINGS.length)];
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        while (text.length() < length) {
            int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
            if (Character.isDefined(codePoint) && (codePoint < 0xD800 || codePoint > 0xDFFF)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }
}
