package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Builds the URL of an upstream call: the base URL, then each path segment percent-encoded, so that no character
 * of a segment ({@code ?}, {@code #}, {@code /}, NUL, non-ASCII) can become a delimiter or change the path; then
 * the query parameters, form-encoded, in order.
 */
final class UpstreamUrls {

    private UpstreamUrls() {
    }

    /** @throws IllegalArgumentException for a {@code .} or {@code ..} segment, which would move up the path */
    static URI of(URI base, UpstreamRequest request) {
        StringBuilder url = new StringBuilder(base.toString());
        for (String segment : request.path().split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("A dot segment is no upstream path segment");
            }
            url.append('/').append(encodeSegment(segment));
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        request.query().forEach((name, value) -> query.add(encodeQuery(name) + "=" + encodeQuery(value)));
        return URI.create(url + query.toString());
    }

    /** RFC 3986: unreserved characters stay, every other byte of the UTF-8 form becomes {@code %XX}. */
    static String encodeSegment(String segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", (int) c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static String encodeQuery(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
