package io.tokengateway.contract.control;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Syntax of the string values the API restricts: IPv4/CIDR, origins, stream-name regular expressions. */
public final class FieldSyntax {

    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern ORIGIN = Pattern.compile(
            "(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?"                      // optional scheme
            + "(?:\\*\\.)?"                                        // optional wildcard subdomain
            + "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"      // first label
            + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*" // further labels
            + "(?::[0-9]{1,5})?/?");                               // optional port

    private FieldSyntax() {
    }

    /** {@code 1.2.3.4} or {@code 10.0.0.0/24}; no ranges, wildcards or IPv6 (API.md §6). */
    public static boolean isIpv4OrCidr(String value) {
        String address = value;
        int slash = value.indexOf('/');
        if (slash >= 0) {
            String prefix = value.substring(slash + 1);
            if (!prefix.matches("[0-9]{1,2}") || Integer.parseInt(prefix) > 32) {
                return false;
            }
            address = value.substring(0, slash);
        }
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!OCTET.matcher(octet).matches() || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /** A domain, optionally {@code *.}-prefixed, with optional scheme and port: {@code https://a.b:8443}. */
    public static boolean isOrigin(String value) {
        if (value.length() > 2048 || !ORIGIN.matcher(value).matches()) {
            return false;
        }
        int colon = value.lastIndexOf(':');
        if (colon > 0 && !value.startsWith("//", colon + 1)) {
            String port = value.substring(colon + 1).replace("/", "");
            return !port.isEmpty() && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
        }
        return true;
    }

    static boolean isRegex(String value) {
        try {
            Pattern.compile(value);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
