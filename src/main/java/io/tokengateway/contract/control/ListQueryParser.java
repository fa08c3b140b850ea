package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.ListQuery.NameFilter;
import io.tokengateway.contract.entity.ListQuery.SortBy;
import io.tokengateway.contract.entity.ListQuery.Variant;
import io.tokengateway.contract.entity.ListQuery;
import io.tokengateway.contract.entity.ValidationErrors;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the query of the list calls (API.md P6–P8, S6–S7). Parameter names, enum values and booleans are
 * case-insensitive, as ASP.NET binds them ({@code isDescending=True} from the Python and .NET clients).
 */
public final class ListQueryParser {

    /** ASCII digits with an optional sign: {@link Long#parseLong} alone also takes other scripts' digits. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private final Map<String, String> query = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ValidationErrors errors;

    private ListQueryParser(Map<String, String> query, ValidationErrors errors) {
        query.forEach((name, value) -> {
            if (name != null) {
                this.query.put(name, value);
            }
        });
        this.errors = errors;
    }

    /** The query, or {@code null} after recording every problem in {@code errors}. */
    public static ListQuery parse(Map<String, String> query, Variant variant, ValidationErrors errors) {
        return new ListQueryParser(query, errors).parse(variant);
    }

    private ListQuery parse(Variant variant) {
        String name = variant == Variant.BY_NAME ? required("name") : null;
        Integer page = integer("page", 1, Integer.MAX_VALUE);
        NameFilter filterBy = variant == Variant.BY_NAME
                ? choice("filterBy", NameFilter.class, NameFilter.TokenOrStreamName) : null;
        Integer itemsOnPage = integer("itemsOnPage", 1, 100);
        SortBy sortBy = choice("sortBy", SortBy.class, SortBy.Name);
        Boolean descending = bool("isDescending");
        String cluster = variant == Variant.BY_CLUSTER ? required("cluster") : null;
        if (!errors.isEmpty()) {
            return null;
        }
        return new ListQuery(page, itemsOnPage, sortBy, descending, name, filterBy, cluster);
    }

    private String value(String parameter) {
        String value = query.get(parameter);
        return value == null ? null : value.trim();
    }

    private String required(String parameter) {
        String value = value(parameter);
        if (value == null || value.isEmpty()) {
            errors.add(parameter, Messages.required(parameter));
        }
        return value;
    }

    private Integer integer(String parameter, int min, int max) {
        String value = value(parameter);
        if (value == null || value.isEmpty()) {
            errors.add(parameter, Messages.notProvided(parameter));
            return null;
        }
        long number;
        try {
            if (!INTEGER.matcher(value).matches()) {
                throw new NumberFormatException("not ASCII digits");
            }
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(parameter, Messages.notValidFor(value, parameter));
            return null;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            errors.add(parameter, Messages.notValidFor(value, parameter));
            return null;
        }
        if (number < min || number > max) {
            errors.add(parameter, Messages.between(parameter, min, max));
            return null;
        }
        return (int) number;
    }

    private <E extends Enum<E>> E choice(String parameter, Class<E> type, E fallback) {
        String value = value(parameter);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        errors.add(parameter, Messages.notValidFor(value, parameter));
        return fallback;
    }

    private Boolean bool(String parameter) {
        String value = value(parameter);
        if (value == null || value.isEmpty() || "false".equalsIgnoreCase(value)) {
            return false;
        }
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        errors.add(parameter, Messages.notValidFor(value, parameter));
        return false;
    }
}
