package dev.agentlint.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompactTreeTest {

    /** Code points, not chars: data files are Unicode text, without lone surrogates. */
    private static final int[] LETTERS = "aZ09 -_:é€\n\"\\\u0000😀".codePoints().toArray();

    @Test
    void randomTreesComeBackWithTheirTypesAndOrder() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            Object tree = randomValue(random, 0);
            Object back = CompactTree.read(bytes(tree));
            assertEquals(shape(tree), shape(back), "round " + round);
        }
    }

    @Test
    void aStringLongerThanWriteUtfAllowsComesBack() throws IOException {
        String text = "é".repeat(70_000);
        assertEquals(text, CompactTree.read(bytes(List.of(text))).toString().substring(1, 70_001));
    }

    @Test
    void aValueWithoutACompactFormFailsTheBuild() {
        assertThrows(IllegalArgumentException.class, () -> bytes(Map.of("when", Set.of(1))));
    }

    @Test
    void bytesAfterTheTreeAreNotATree() throws IOException {
        byte[] tree = bytes("x");
        byte[] longer = java.util.Arrays.copyOf(tree, tree.length + 1);
        assertThrows(IOException.class, () -> CompactTree.read(longer));
    }

    static byte[] bytes(Object tree) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CompactTree.write(tree, out);
        }
        return bytes.toByteArray();
    }

    /** The tree with every value's class beside it and maps as entry lists, so that equal shapes mean equal trees. */
    static Object shape(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(List.of(shape(k), shape(v))));
            return List.of(value.getClass().getSimpleName(), entries);
        }
        if (value instanceof List<?> list) {
            return List.of(value.getClass().getSimpleName(), list.stream().map(CompactTreeTest::shape).toList());
        }
        return value == null ? "null" : List.of(value.getClass().getSimpleName(), value);
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 8 : 10);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> BigInteger.valueOf(random.nextLong()).multiply(BigInteger.valueOf(Long.MAX_VALUE));
            case 5 -> random.nextDouble() * 1e6;
            case 6, 7 -> randomString(random);
            case 8 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(random.nextInt(4) == 0 ? random.nextInt(100) : randomString(random),
                            randomValue(random, depth + 1));
                }
                yield map;
            }
        };
    }

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.appendCodePoint(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return text.toString();
    }
}
