package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.tokens.entity.TokenListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads list parameters from text (query strings, JSON members); the first page of 100 by Name is the default.
 * Reports every problem at once: text that is no number, and numbers out of range.
 */
@ApplicationScoped
public class ListQueryReader {

    @Inject
    RequestValidator validator;

    /** Any parameter may be null: then its default applies. @throws InvalidRequestException listing each problem */
    public TokenListQuery read(String page, String itemsOnPage, String sortBy, String isDescending) {
        TokenListQuery defaults = TokenListQuery.firstPage();
        Map<String, List<String>> errors = new TreeMap<>();
        TokenListQuery query = new TokenListQuery(
                number("page", page, defaults.page(), errors),
                number("itemsOnPage", itemsOnPage, defaults.itemsOnPage(), errors),
                sortBy == null ? defaults.sortBy() : sortBy,
                bool("isDescending", isDescending, errors));
        return validator.check(query, errors);
    }

    private static int number(String name, String text, int fallback, Map<String, List<String>> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            errors.computeIfAbsent(name, n -> new ArrayList<>()).add(name + " must be a whole number");
            return fallback;
        }
    }

    /** Booleans in any case: Python's and .NET's clients send {@code True}. */
    private static boolean bool(String name, String text, Map<String, List<String>> errors) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        errors.computeIfAbsent(name, n -> new ArrayList<>()).add(name + " must be true or false");
        return false;
    }
}
