package io.tokengateway.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleChoicesTest {

    private final ConsoleChoices choices = new ConsoleChoices();

    @Test
    void aClusterTheApiNamedButDolbyNoLongerListsIsStillOffered() {
        assertEquals(List.of("auto", "iad-1", "phx-1", "sao-1", "fra-1", "lon-1", "blr-1", "sgp-1", "syd-1", "ams-1"),
                choices.clustersWith("ams-1"));
        assertEquals(choices.getClusters(), choices.clustersWith(""));
        assertEquals(choices.getClusters(), choices.clustersWith(List.of("phx-1")));
        assertEquals(10, choices.clustersWith(List.of("phx-1", "old-9")).size());
    }

    @Test
    void countriesAreOfferedByNameWithTheirCode() {
        assertEquals(249, choices.getCountries().size());
        assertEquals("Germany (DE)", choices.getCountries().stream().filter(c -> "DE".equals(c.getValue())).findFirst()
                .orElseThrow().getLabel());
    }
}
