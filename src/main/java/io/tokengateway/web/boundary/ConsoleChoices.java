package io.tokengateway.web.boundary;

import io.tokengateway.contract.control.CountryCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * The clusters to offer in a form showing these chosen ones: Dolby's, and any chosen one the API named that is
     * not among them (e.g. a discontinued {@code ams-1}), so that saving the form never drops it unasked.
     */
    public List<String> clustersWith(Object chosen) {
        List<String> offered = new ArrayList<>(CLUSTERS);
        Collection<?> current = chosen instanceof Collection<?> many ? many : chosen == null ? List.of() : List.of(chosen);
        current.stream().map(String::valueOf).filter(c -> !c.isBlank() && !offered.contains(c)).forEach(offered::add);
        return offered;
    }
}
