package dev.agentlint.parse;

/** RFC 6901 JSON Pointer helpers. */
public final class JsonPointer {

    private JsonPointer() {
    }

    public static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped last token of a pointer, or the empty string for the root. */
    public static String lastToken(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }

    /** The first token, e.g. {@code tools} for {@code /tools/2}. */
    public static String firstToken(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        int next = pointer.indexOf('/', 1);
        String token = next < 0 ? pointer.substring(1) : pointer.substring(1, next);
        return token.replace("~1", "/").replace("~0", "~");
    }
}
