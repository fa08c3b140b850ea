package io.tokengateway.viewers.control;

import java.util.List;

/**
 * A small JSON writer for the minting hot path: members appended in a fixed order to one {@link StringBuilder},
 * strings escaped as RFC 8259 requires (quote, backslash, every control character; a lone surrogate as
 * {@code \\uXXXX}, so that the text always encodes to valid UTF-8), no reflection. The caller opens and closes
 * objects and writes the commas.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;

    public JsonWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** {@code "name":} */
    public JsonWriter name(String name) {
        string(name);
        out.append(':');
        return this;
    }

    public JsonWriter raw(String text) {
        out.append(text);
        return this;
    }

    public JsonWriter raw(char c) {
        out.append(c);
        return this;
    }

    public JsonWriter number(long value) {
        out.append(value);
        return this;
    }

    /** A string, or {@code null} for null. */
    public JsonWriter string(String text) {
        if (text == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicode(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(c); // half a pair alone: escaped, never a broken UTF-8 byte sequence
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    /** An array of strings; {@code []} for an empty list. */
    public JsonWriter strings(List<String> texts) {
        out.append('[');
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(texts.get(i));
        }
        out.append(']');
        return this;
    }

    private void unicode(char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
