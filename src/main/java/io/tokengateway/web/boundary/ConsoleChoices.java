package io.tokengateway.web.boundary;

import io.tokengateway.contract.control.CountryCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The choices the token pages offer in lists: countries by name, origin clusters. */
@Named
@ApplicationScoped
public class ConsoleChoices {

    /** Dolby's clusters (API.md §4), {@code auto} for the nearest. */
    private static final List<String> CLUSTERS = List.of("auto", "iad-1", "phx-1", "sao-1", "fra-1", "lon-1", "blr-1",
            "sgp-1", "syd-1");

    private final List<SelectItem> countries = CountryCodes.all().stream()
            .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")"))
            .sorted(java.util.Comparator.comparing(SelectItem::getLabel))
            .toList();

    public List<SelectItem> getCountries() {
        return countries;
    }

    public List<String> getClusters() {
        return CLUSTERS;
    }
}
