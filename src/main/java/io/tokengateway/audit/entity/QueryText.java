package io.tokengateway.audit.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the text form of audit query values, noting each one that cannot be read under its parameter's name. */
final class QueryText {

    private final Map<String, List<String>> problems;

    QueryText(Map<String, List<String>> problems) {
        this.problems = problems;
    }

    /** The text without surrounding spaces, or null when there is none. */
    static String present(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Integer wholeNumber(String field, String text) {
        String value = present(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(field, value.matches("[+-]?\\d+")
                    ? field + " must be at most " + Integer.MAX_VALUE
                    : field + " must be a whole number");
            return null;
        }
    }

    /** An ISO-8601 instant, or a day meaning its start in UTC. */
    Instant instant(String field, String text) {
        String value = present(text);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            problem(field, field + " must be an ISO-8601 instant such as 2026-11-28T10:00:00Z or a date such as 2026-11-28");
            return null;
        }
    }

    void problem(String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
