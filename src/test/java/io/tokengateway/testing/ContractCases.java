package io.tokengateway.testing;

import io.tokengateway.testing.RefusedRequests.Refused;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of refused requests ({@link RefusedRequests}) sent through a running gateway: every one must get the
 * very answer written down there (status and whole JSON body, messages included), whatever is behind the gateway.
 */
public final class ContractCases {

    private ContractCases() {
    }

    /** Sends every case of the table; returns a line for each answer that differs (empty: all as expected). */
    public static List<String> sendAll(GatewayClient client) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Refused refused : RefusedRequests.all()) {
            HttpResponse<String> answer = client.send(refused.method(), refused.target(), refused.body());
            String got = answer.statusCode() + " " + normalized(answer.body());
            if (!got.equals(refused.expected())) {
                wrong.add(refused + ": got " + got + ", expected " + refused.expected());
            }
        }
        return wrong;
    }

    /** How many cases the table has. */
    public static int count() {
        return RefusedRequests.all().size();
    }

    /** The body re-serialized the way the table's answers are, so only values and member order count. */
    private static String normalized(String body) {
        try {
            return JsonText.parse(body).toString();
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
