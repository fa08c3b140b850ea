package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.TokenForms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts each problem of a settings form next to its field, those of no field at the top of the page. */
final class FieldProblems {

    private FieldProblems() {
    }

    /** The form's own problems and the API rules' problems (by JSON path) together, by form field. */
    static Map<String, List<String>> merged(Map<String, List<String>> formProblems,
            Map<String, List<String>> ruleProblems) {
        Map<String, List<String>> all = new LinkedHashMap<>(formProblems);
        ruleProblems.forEach((path, texts) -> {
            String field = TokenForms.fieldOf(path);
            all.merge(field == null ? "" : field, texts.stream().map(t -> field == null ? path + ": " + t : t).toList(),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        });
        return all;
    }

    static void show(ConsoleMessages messages, String formId, Map<String, List<String>> problems) {
        problems.forEach((field, texts) -> texts.forEach(text ->
                messages.error(field.isEmpty() ? null : formId + ":" + field, text)));
    }
}
