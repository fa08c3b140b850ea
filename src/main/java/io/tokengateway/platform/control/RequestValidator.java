package io.tokengateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Checks a request with Bean Validation and reports every violation at once, keyed by property path. */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    public RequestValidator() {
    }

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** Returns the request when it is valid. @throws InvalidRequestException listing each problem */
    public <T> T check(T request) {
        return check(request, Map.of());
    }

    /**
     * Returns the request when it is valid and no problem was found before (e.g. while reading it).
     * @throws InvalidRequestException listing the earlier problems and each violation
     */
    public <T> T check(T request, Map<String, List<String>> earlierProblems) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty() && earlierProblems.isEmpty()) {
            return request;
        }
        Map<String, List<String>> errors = new TreeMap<>();
        earlierProblems.forEach((field, messages) -> errors.put(field, new ArrayList<>(messages)));
        for (ConstraintViolation<T> violation : violations) {
            String field = violation.getPropertyPath().toString();
            errors.computeIfAbsent(field.isEmpty() ? "$" : field, f -> new ArrayList<>()).add(violation.getMessage());
        }
        errors.values().forEach(messages -> messages.sort(null));
        throw new InvalidRequestException(errors);
    }
}
