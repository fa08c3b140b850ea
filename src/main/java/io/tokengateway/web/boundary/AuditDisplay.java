package io.tokengateway.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the audit page shows a row's address and outcome, one way each whoever wrote the row: this machine as
 * {@code ::1} whichever loopback address the request came from ({@code 127.0.0.1}, {@code 0:0:0:0:0:0:0:1}),
 * another IPv6 address in its short form (an IPv4-mapped one as IPv4), and an outcome as its status with words
 * ({@code 200 OK}, never a bare {@code 200}). The rows stay as they were written (the page keeps the stored address
 * in the cell's title).
 */
@Named
@ApplicationScoped
public class AuditDisplay {

    /** This machine, however the request reached it. */
    static final String LOOPBACK = "::1";
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** Hex groups and colons (an IPv4 tail allowed): the JDK reads such a text itself and looks nothing up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){1,7}(:" + OCTET + "(\\." + OCTET + "){3})?");
    private static final Pattern OUTCOME = Pattern.compile("(\\d{3})(?: (.*))?", Pattern.DOTALL);

    public String address(String address) {
        // only an address literal is parsed, never a name to look up
        if (address == null || !(IPV6.matcher(address).matches() || IPV4.matcher(address).matches())) {
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address.strip());
        } catch (UnknownHostException | RuntimeException notAnAddress) {
            return address;
        }
        if (parsed.isLoopbackAddress()) {
            return LOOPBACK;
        }
        return parsed instanceof Inet6Address ? shortForm(parsed.getAddress()) : parsed.getHostAddress();
    }

    /** RFC 5952: lower-case hex groups without leading zeros, the longest run of two or more zero groups as {@code ::}. */
    static String shortForm(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    public String outcome(String outcome) {
        if (outcome == null) {
            return null;
        }
        Matcher parts = OUTCOME.matcher(outcome.strip());
        if (!parts.matches()) {
            return outcome;
        }
        int status = Integer.parseInt(parts.group(1));
        String words = parts.group(2);
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known == null) {
            return outcome;
        }
        if (words == null || words.isBlank()) {
            return status + " " + known.getReasonPhrase();
        }
        // "403 forbidden" and "403 Forbidden": the standard words, written one way
        return words.equalsIgnoreCase(known.getReasonPhrase()) ? status + " " + known.getReasonPhrase() : outcome;
    }
}
