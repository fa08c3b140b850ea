package io.tokengateway.tokens.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** One page of a token list: page from 1, 1–100 items a page, sorted by Name or AddedOn. */
public record TokenListQuery(
        @Min(value = 1, message = "page must be 1 or more") int page,
        @Min(value = 1, message = "itemsOnPage must be between 1 and 100")
        @Max(value = 100, message = "itemsOnPage must be between 1 and 100") int itemsOnPage,
        @Pattern(regexp = "Name|AddedOn", message = "sortBy must be Name or AddedOn") String sortBy,
        boolean isDescending) {

    /** The most the Millicast API returns in one page. */
    public static final int MAX_ITEMS_ON_PAGE = 100;

    public static TokenListQuery firstPage() {
        return new TokenListQuery(1, MAX_ITEMS_ON_PAGE, "Name", false);
    }
}
