package io.tokengateway.sandbox.control;

import io.tokengateway.contract.entity.ListQuery.NameFilter;
import io.tokengateway.contract.entity.ListQuery;
import io.tokengateway.sandbox.entity.SandboxToken;
import io.tokengateway.sandbox.entity.StreamName;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Which tokens a list or active call returns, and in what order. */
final class TokenQueries {

    private static final Comparator<SandboxToken> BY_NAME = Comparator
            .comparing(SandboxToken::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SandboxToken::label)
            .thenComparingInt(SandboxToken::id);
    private static final Comparator<SandboxToken> BY_ADDED_ON = Comparator
            .comparing(SandboxToken::addedOn)
            .thenComparingInt(SandboxToken::id);

    private TokenQueries() {
    }

    /** The query's page of the tokens, sorted as asked; past the end, an empty list. */
    static List<SandboxToken> page(List<SandboxToken> tokens, ListQuery query) {
        Comparator<SandboxToken> order = query.sortBy() == ListQuery.SortBy.AddedOn ? BY_ADDED_ON : BY_NAME;
        return tokens.stream()
                .sorted(query.descending() ? order.reversed() : order)
                .skip(query.offset())
                .limit(query.itemsOnPage())
                .toList();
    }

    /**
     * list_by_name: case-insensitive substring of the label and/or a stream name; {@code None} filters nothing.
     * Tokens with a regex stream are never returned (API.md P7).
     */
    static boolean matchesName(SandboxToken token, String name, NameFilter filter) {
        if (token.hasRegexStream()) {
            return false;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        boolean label = token.label().toLowerCase(Locale.ROOT).contains(wanted);
        boolean stream = token.streams().stream()
                .anyMatch(s -> s.streamName().toLowerCase(Locale.ROOT).contains(wanted));
        return switch (filter) {
            case None -> true;
            case TokenName -> label;
            case StreamName -> stream;
            case TokenOrStreamName -> label || stream;
        };
    }

    /** list_by_cluster: the token's cluster, or the account default when it has none; case-insensitive. */
    static boolean inCluster(SandboxToken token, String cluster) {
        return token.effectiveOriginCluster().equalsIgnoreCase(cluster);
    }

    /** Whether the token may publish this stream name: equal to a plain stream, or matched whole by a regex one. */
    static boolean allowsStream(SandboxToken token, String streamName) {
        for (StreamName stream : token.streams()) {
            if (stream.isRegex() ? matchesRegex(stream.streamName(), streamName)
                    : stream.streamName().equals(streamName)) {
                return true;
            }
        }
        return false;
    }

    /** A regex that cannot compile, or backtracks too long on this name, matches nothing. */
    private static boolean matchesRegex(String regex, String candidate) {
        try {
            return Pattern.compile(regex).matcher(new BoundedText(candidate)).matches();
        } catch (PatternSyntaxException | BoundedText.TooLong e) {
            return false;
        }
    }

    /** Text that refuses to be read more than a fixed number of times, so a client's regex cannot hang a thread. */
    private record BoundedText(String text, int[] reads) implements CharSequence {

        private static final int MAX_READS = 1_000_000;

        BoundedText(String text) {
            this(text, new int[1]);
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > MAX_READS) {
                throw new TooLong();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BoundedText(text.substring(start, end), reads);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class TooLong extends RuntimeException {
            TooLong() {
                super(null, null, false, false);
            }
        }
    }
}
