package dev.agentlint.config;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size such as {@code 1048576}, {@code 512K}, {@code 2MB} or {@code 1 GiB}; K, M and G are powers of 1024. */
public final class ByteSize {

    /** The form config files and the command line accept; the config schema repeats it. */
    static final Pattern FORM = Pattern.compile("([0-9]{1,12})\\s*(?:([KMG])(?:i?B)?|B)?", Pattern.CASE_INSENSITIVE);

    private ByteSize() {
    }

    /** The number of bytes, or empty when the text is not a size of at least one byte. */
    public static OptionalLong parse(String text) {
        Matcher size = FORM.matcher(text.strip());
        if (!size.matches()) {
            return OptionalLong.empty();
        }
        long bytes = Long.parseLong(size.group(1));
        if (size.group(2) != null) {
            int shift = switch (size.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 10;
                case "M" -> 20;
                default -> 30;
            };
            bytes <<= shift;
        }
        return bytes >= 1 ? OptionalLong.of(bytes) : OptionalLong.empty();
    }
}
