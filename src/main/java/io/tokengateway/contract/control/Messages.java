package io.tokengateway.contract.control;

/** The wording of validation messages, modelled on the ASP.NET messages the real API returns (API.md §2, §5). */
public final class Messages {

    private Messages() {
    }

    /** The property name as ASP.NET shows it: {@code streams[0].streamName} → {@code StreamName}. */
    public static String displayName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        if (bracket >= 0) {
            last = last.substring(0, bracket);
        }
        return last.isEmpty() ? last : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    public static String required(String path) {
        return "The " + displayName(path) + " field is required.";
    }

    public static String notProvided(String parameter) {
        return "A value for the '" + parameter + "' parameter or property was not provided.";
    }

    public static String notValidFor(String value, String parameter) {
        return "The value '" + value + "' is not valid for " + displayName(parameter) + ".";
    }

    public static String between(String path, long min, long max) {
        return "The field " + displayName(path) + " must be between " + min + " and " + max + ".";
    }

    public static String length(String path, int min, int max) {
        return "The field " + displayName(path) + " must be a string with a minimum length of " + min
                + " and a maximum length of " + max + ".";
    }

    public static String maxLength(String path, int max) {
        return "The field " + displayName(path) + " must be a string with a maximum length of " + max + ".";
    }

    public static String minItems(String path, int min) {
        return "The field " + displayName(path) + " must be a string or array type with a minimum length of '"
                + min + "'.";
    }

    public static String maxItems(String path, int max) {
        return "The field " + displayName(path) + " must be a string or array type with a maximum length of '"
                + max + "'.";
    }

    /** A JSON value of the wrong type; {@code expected} is e.g. "a string", "an array". */
    public static String notConvertible(String expected) {
        return "The JSON value could not be converted to " + expected + ".";
    }
}
