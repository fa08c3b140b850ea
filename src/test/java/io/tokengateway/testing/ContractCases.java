package io.tokengateway.testing;

import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.control.MillicastRulesTest;
import io.tokengateway.tokens.entity.UpstreamRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The Millicast contract's table of refused requests (MillicastRulesTest), sent through a running gateway:
 * every one must get the very answer the rules give (status and body), whatever is behind the gateway.
 */
public final class ContractCases {

    private ContractCases() {
    }

    /** Sends every 400 case of the table; returns a line for each answer that differs (empty: all as expected). */
    public static List<String> sendAll(GatewayClient client) throws Exception {
        MillicastRules rules = new MillicastRules();
        List<String> wrong = new ArrayList<>();
        List<MillicastRulesTest.Refused> cases = MillicastRulesTest.refusedRequests()
                .filter(c -> c.status() == 400).toList();
        if (cases.size() < 60) {
            wrong.add("only " + cases.size() + " cases");
        }
        for (MillicastRulesTest.Refused refused : cases) {
            UpstreamRequest request = refused.request();
            var expected = rules.check(request).orElseThrow();
            HttpResponse<String> answer = client.send(request.method(), request.path() + query(request),
                    request.body() == null ? null : request.body().toString());
            if (answer.statusCode() != expected.status() || !JsonText.parse(answer.body()).equals(expected.json())) {
                wrong.add(request.method() + " " + request.path() + query(request) + " " + request.body() + " -> "
                        + answer.statusCode() + " " + answer.body() + " (expected " + expected.body() + ")");
            }
        }
        return wrong;
    }

    /** How many 400 cases the table has. */
    public static long count() {
        return MillicastRulesTest.refusedRequests().filter(c -> c.status() == 400).count();
    }

    private static String query(UpstreamRequest request) {
        if (request.query().isEmpty()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        request.query().forEach((name, value) -> query.add(enc(name) + "=" + enc(value)));
        return query.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
