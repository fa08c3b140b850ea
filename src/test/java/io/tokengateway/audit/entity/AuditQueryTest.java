package io.tokengateway.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditQueryTest {

    private static final String DATE_PROBLEM =
            " must be an ISO-8601 instant such as 2026-11-28T10:00:00Z or a date such as 2026-11-28";

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static AuditQuery parse(String actor, String action, String tokenId, String from, String to,
            String page, String pageSize) {
        return AuditQuery.parse(actor, action, tokenId, from, to, page, pageSize);
    }

    private static Map<String, List<String>> problemsOf(String actor, String action, String tokenId, String from,
            String to, String page, String pageSize) {
        return assertThrows(InvalidRequestException.class,
                () -> parse(actor, action, tokenId, from, to, page, pageSize)).errors();
    }

    private static Map<String, List<String>> violationsOf(AuditQuery filter) {
        Map<String, List<String>> found = new TreeMap<>();
        for (ConstraintViolation<AuditQuery> v : validator.validate(filter)) {
            found.computeIfAbsent(v.getPropertyPath().toString(), f -> new java.util.ArrayList<>()).add(v.getMessage());
        }
        found.values().forEach(messages -> messages.sort(null));
        return found;
    }

    @Test
    void noParametersMeanEverythingOnTheFirstPageOf50() {
        AuditQuery filter = parse(null, null, null, null, null, null, null);

        assertEquals(new AuditQuery(null, null, null, null, null, 1, 50), filter);
        assertEquals(AuditQuery.everything(), filter);
    }

    @Test
    void blankParametersCountAsAbsent() {
        assertEquals(AuditQuery.everything(), parse("", " ", "", "  ", "", "", " "));
    }

    @Test
    void readsEveryParameter() {
        AuditQuery filter = parse(" Ali ", " Token. ", " 42 ", "2026-11-28T10:00:00Z", "2026-11-29", "3", "20");

        assertEquals(new AuditQuery("Ali", "token.", 42, Instant.parse("2026-11-28T10:00:00Z"),
                Instant.parse("2026-11-29T00:00:00Z"), 3, 20), filter);
    }

    @Test
    void plainDateMeansTheStartOfThatDayInUtc() {
        assertEquals(Instant.parse("2026-11-28T00:00:00Z"), parse(null, null, null, "2026-11-28", null, null, null).from());
    }

    @Test
    void instantsMayCarryAnOffsetOrFractions() {
        AuditQuery filter = parse(null, null, null, "2026-11-28T11:00:00+01:00", "2026-11-28T10:00:00.5Z", null, null);

        assertEquals(Instant.parse("2026-11-28T10:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-11-28T10:00:00.500Z"), filter.to());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tokenId  | abc                  | tokenId must be a whole number",
        "tokenId  | 1.5                  | tokenId must be a whole number",
        "tokenId  | 99999999999          | tokenId must be at most 2147483647",
        "page     | first                | page must be a whole number",
        "pageSize | 1e2                  | pageSize must be a whole number",
        "from     | yesterday            | from" + DATE_PROBLEM,
        "from     | 2026-11-28T25:00:00Z | from" + DATE_PROBLEM,
        "to       | 2026-02-30           | to" + DATE_PROBLEM,
        "to       | 28.11.2026           | to" + DATE_PROBLEM,
        "to       | 2026-11-28T10:00:00  | to" + DATE_PROBLEM
    })
    void reportsAnUnreadableValueUnderItsParameterName(String field, String text, String message) {
        Map<String, List<String>> problems = problemsOf(
                null, null,
                field.equals("tokenId") ? text : null,
                field.equals("from") ? text : null,
                field.equals("to") ? text : null,
                field.equals("page") ? text : null,
                field.equals("pageSize") ? text : null);

        assertEquals(Map.of(field, List.of(message)), problems);
    }

    @Test
    void reportsEveryUnreadableValueAtOnce() {
        Map<String, List<String>> problems = problemsOf("bob", "token.", "seven", "today", "2026-13-01", "one", "all");

        assertEquals(Map.of(
                "from", List.of("from" + DATE_PROBLEM),
                "page", List.of("page must be a whole number"),
                "pageSize", List.of("pageSize must be a whole number"),
                "to", List.of("to" + DATE_PROBLEM),
                "tokenId", List.of("tokenId must be a whole number")), problems);
        assertEquals(List.of("from", "page", "pageSize", "to", "tokenId"), List.copyOf(problems.keySet()));
    }

    @Test
    void toMustBeLaterThanFrom() {
        assertEquals(Map.of("to", List.of("to must be later than from")),
                problemsOf(null, null, null, "2026-11-28", "2026-11-28T00:00:00Z", null, null));
        assertEquals(Map.of("to", List.of("to must be later than from")),
                problemsOf(null, null, null, "2026-11-29", "2026-11-28", null, null));
    }

    @Test
    void collectingProblemsKeepsDefaultsForUnreadableValues() {
        Map<String, List<String>> problems = new TreeMap<>();

        AuditQuery filter = AuditQuery.parse("al", null, "x", null, null, "x", "x", problems);

        assertEquals(new AuditQuery("al", null, null, null, null, 1, 50), filter);
        assertEquals(new TreeSet<>(List.of("page", "pageSize", "tokenId")), problems.keySet());
    }

    @Test
    void aReadableFilterHasNoViolations() {
        assertEquals(Map.of(), violationsOf(parse("alice", "token.create", "1", "2026-11-28", null, "1", "100")));
        assertEquals(Map.of(), violationsOf(parse(null, "login.", null, null, null, null, "1")));
    }

    @Test
    void numbersOutOfRangeAreViolations() {
        assertEquals(Map.of(
                "page", List.of("page must be 1 or more"),
                "pageSize", List.of("pageSize must be between 1 and 100"),
                "tokenId", List.of("tokenId must be 1 or more")),
                violationsOf(parse(null, null, "0", null, null, "0", "101")));
        assertEquals(Map.of("pageSize", List.of("pageSize must be between 1 and 100")),
                violationsOf(parse(null, null, null, null, null, null, "0")));
    }

    @Test
    void actionMustLookLikeAnActionOrPrefix() {
        String message = "action must be an action such as token.create or a prefix such as token.";
        assertEquals(Map.of("action", List.of(message)), violationsOf(parse(null, "token create", null, null, null, null, null)));
        assertEquals(Map.of("action", List.of(message)), violationsOf(parse(null, ".create", null, null, null, null, null)));
        assertEquals(Map.of("action", List.of(message)), violationsOf(parse(null, "token..", null, null, null, null, null)));
        assertEquals(Map.of("action", List.of(message)), violationsOf(parse(null, "token%", null, null, null, null, null)));
    }

    @Test
    void actorAndActionHaveTheirColumnsLengths() {
        AuditQuery filter = parse("a".repeat(129), "a".repeat(65), null, null, null, null, null);

        assertEquals(Map.of(
                "action", List.of("action must be at most 64 characters"),
                "actor", List.of("actor must be at most 128 characters")), violationsOf(filter));
    }

    @Test
    void actionEndingInADotIsAPrefix() {
        assertTrue(parse(null, "token.", null, null, null, null, null).actionIsPrefix());
        assertFalse(parse(null, "token.create", null, null, null, null, null).actionIsPrefix());
        assertFalse(AuditQuery.everything().actionIsPrefix());
    }

    @Test
    void firstResultCountsFromZeroAndDoesNotOverflow() {
        assertEquals(0, AuditQuery.everything().firstResult());
        assertEquals(100, AuditQuery.everything().onPage(3).firstResult());
        assertEquals(Integer.MAX_VALUE, AuditQuery.everything().onPage(Integer.MAX_VALUE).firstResult());
        assertEquals(0, AuditQuery.everything().onPage(-4).firstResult());
    }

    @Test
    void onPageKeepsTheOtherFilters() {
        AuditQuery filter = parse("al", "token.", "7", "2026-11-28", null, null, "10");

        assertEquals(new AuditQuery("al", "token.", 7, Instant.parse("2026-11-28T00:00:00Z"), null, 4, 10),
                filter.onPage(4));
        assertNull(filter.onPage(4).to());
    }
}
