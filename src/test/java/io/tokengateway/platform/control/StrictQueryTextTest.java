package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictQueryTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"name=%FF", "page=1&name=caf%E9", "name=%ED%A0%80", "name=%C0%AF", "name=%E2%82",
        "name=a%F4%90%80%80", "a=1&name=x%80"})
    void refusesAValueThatIsNotUtf8ByItsParameterName(String query) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> StrictQueryText.check(query));

        assertEquals(Map.of("name", List.of("The query parameter is not valid UTF-8.")), refused.errors());
    }

    @Test
    void refusesANameThatIsNotUtf8() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> StrictQueryText.check("n%FF=1"));

        assertEquals(Map.of("$query", List.of("The query parameter is not valid UTF-8.")), refused.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "page=1&itemsOnPage=10", "name=caf%C3%A9", "name=%F0%9F%98%80", "streamId=acc%2Fcam",
        "name=100%", "name=%G1", "name=%", "flag", "name=a+b"})
    void letsUtf8AndTextWithoutEscapesThrough(String query) {
        assertDoesNotThrow(() -> StrictQueryText.check(query));
    }

    @Test
    void noQueryIsFine() {
        assertDoesNotThrow(() -> StrictQueryText.check(null));
    }
}
