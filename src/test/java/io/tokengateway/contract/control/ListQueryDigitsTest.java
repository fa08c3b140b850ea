package io.tokengateway.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.sandbox.control.SandboxUpstream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The paging numbers of list calls are ASCII digits too, as ASP.NET binds an int: other scripts' digits are refused. */
class ListQueryDigitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0663", "\uFF13", "\u0969"})
    void pageInAnotherScriptsDigitsIsNotValid(String page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("page", page);
        query.put("itemsOnPage", "10");
        UpstreamRequest request = new UpstreamRequest("GET", "/api/publish_token/list", query, null);
        UpstreamResponse expected = new UpstreamResponse(400, "{\"status\":\"fail\",\"data\":{\"errors\":{\"page\":"
                + "[\"The value '" + page + "' is not valid for Page.\"]},\"message\":\"Validation errors\"}}");

        assertEquals(expected, new MillicastRules().check(request).orElseThrow());
        assertEquals(expected, new SandboxUpstream().send(request));
    }
}
