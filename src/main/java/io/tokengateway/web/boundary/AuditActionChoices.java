package io.tokengateway.web.boundary;

import io.tokengateway.audit.entity.AuditActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit page's action menu: any action, each family ({@code token.} for every token action), then every action
 * the trail records, read from {@link AuditActions} so that a new action appears here without a second list.
 */
@Named
@ApplicationScoped
public class AuditActionChoices {

    private final List<SelectItem> choices = build();

    public List<SelectItem> getChoices() {
        return choices;
    }

    /**
     * Every action name {@link AuditActions} declares, in alphabetical order; a family it names (a prefix ending in
     * {@code .}, such as {@code token.}) is not an action.
     */
    static List<String> actions() {
        return Arrays.stream(AuditActions.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(AuditActionChoices::value)
                .filter(name -> !name.endsWith("."))
                .sorted()
                .toList();
    }

    private static List<SelectItem> build() {
        List<String> actions = actions();
        Set<String> families = new LinkedHashSet<>();
        actions.forEach(action -> families.add(action.substring(0, action.indexOf('.') + 1)));
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", "any action"));
        families.forEach(family -> items.add(new SelectItem(family, "every " + family + "* action")));
        actions.forEach(action -> items.add(new SelectItem(action, action)));
        return List.copyOf(items);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
