package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PackedIdsTest {

    @Test
    void unpacksWhatWasPackedOnRandomIdsWithGapsOfEveryWidth() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            TreeSet<Integer> ids = new TreeSet<>();
            int bound = switch (round % 4) {
                case 0 -> 130;
                case 1 -> 20_000;
                case 2 -> 3_000_000;
                default -> Integer.MAX_VALUE;
            };
            for (int i = random.nextInt(60); i > 0; i--) {
                ids.add(random.nextInt(bound));
            }
            int[] ascending = ids.stream().mapToInt(Integer::intValue).toArray();
            byte[] packed = PackedIds.pack(ascending);
            assertArrayEquals(ascending, PackedIds.unpack(packed, ascending.length), "round " + round);
            PackedIds.Cursor cursor = new PackedIds.Cursor(packed, ascending.length);
            for (int at = 0; at < ascending.length; at++, cursor.advance()) {
                assertEquals(at, cursor.at());
                assertEquals(ascending[at], cursor.id());
            }
            assertTrue(cursor.done());
        }
    }

    @Test
    void smallGapsTakeOneByteEach() {
        assertArrayEquals(new byte[] {0, 0, 5, 127}, PackedIds.pack(new int[] {0, 1, 7, 135}));
        assertArrayEquals(new byte[] {(byte) 0x80, 1}, PackedIds.pack(new int[] {128}));
        assertEquals(0, PackedIds.pack(new int[0]).length);
        assertTrue(new PackedIds.Cursor(new byte[0], 0).done());
    }
}
