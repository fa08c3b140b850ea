package io.tokengateway.platform.control;

import java.util.function.UnaryOperator;

/**
 * Masks credentials in text that is not a whole JSON document: a log line, a truncated or broken body, JSON inside
 * a JSON string, {@code key=value} pairs. It errs towards masking: any quoted or bare name followed by {@code :} or
 * {@code =} whose meaning is sensitive loses its value (to the end of the quotes, brackets or line), and any quoted
 * text that, unescaped, holds a credential or a sensitive member is masked whole.
 */
final class FreeTextMasker {

    private static final String MASK = Redactor.MASK;

    /** What to do with the unescaped text inside quotes, which may hold JSON of its own. */
    private final UnaryOperator<String> maskInner;

    FreeTextMasker(UnaryOperator<String> maskInner) {
        this.maskInner = maskInner;
    }

    String mask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            String name;
            if (c == '"' || c == '\'') {
                int closing = closingQuote(text, i);
                end = closing < 0 ? text.length() : closing + 1;
                name = unescape(text.substring(i + 1, closing < 0 ? text.length() : closing));
            } else if (isNameChar(c)) {
                end = i;
                while (end < text.length() && (isNameChar(text.charAt(end)) || text.charAt(end) == '-')) {
                    end++;
                }
                name = text.substring(i, end);
            } else {
                out.append(c);
                i++;
                continue;
            }
            int separator = afterSeparator(text, end);
            if (separator >= 0 && SensitiveNames.isSensitive(name)) {
                out.append(text, i, separator);
                i = maskValue(text, separator, out);
            } else if ((c == '"' || c == '\'') && !maskInner.apply(name).equals(name)) {
                out.append(c).append(MASK).append(c);
                i = end;
            } else {
                out.append(text, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    /** Appends the value that starts after {@code from} (blanks kept), masked; returns where it ends. */
    private static int maskValue(String text, int from, StringBuilder out) {
        int start = from;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        out.append(text, from, start);
        int end = endOfValue(text, start);
        String value = text.substring(start, end);
        if (value.isEmpty() || value.equals("true") || value.equals("false") || value.equals("null")) {
            out.append(value);
        } else if (value.charAt(0) == '"' || value.charAt(0) == '\'') {
            out.append(value.charAt(0)).append(MASK).append(value.charAt(0));
        } else {
            out.append(MASK);
        }
        return end;
    }

    /** The value's end: its closing quote or bracket, else the next delimiter or line end; trailing blanks excluded. */
    static int endOfValue(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            return endOfQuoted(text, start);
        }
        if (c == '{' || c == '[') {
            return endOfBrackets(text, start);
        }
        int end = start;
        while (end < text.length() && ",;&}])\r\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** After the closing quote of the quoted text at {@code start}, or the text's end when it is never closed. */
    static int endOfQuoted(String text, int start) {
        int closing = closingQuote(text, start);
        return closing < 0 ? text.length() : closing + 1;
    }

    /** Where the quoted text at {@code start} closes; -1 when it never does (a cut text). */
    private static int closingQuote(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static int endOfBrackets(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfQuoted(text, i) - 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** After {@code :} or {@code =} when only blanks stand between {@code from} and it; -1 otherwise. */
    private static int afterSeparator(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '=') ? i + 1 : -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** JSON's escapes undone ({@code \u0065} → {@code e}); an escape that is not one stays as it is. */
    static String unescape(String quoted) {
        if (quoted.indexOf('\\') < 0) {
            return quoted;
        }
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 >= quoted.length()) {
                out.append(c);
                continue;
            }
            char next = quoted.charAt(++i);
            switch (next) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 < quoted.length() && isHex(quoted.substring(i + 1, i + 5))) {
                        out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('\\').append(next);
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
