package io.tokengateway.tokens.entity;

/** One page of a token list: page from 1, 1–100 items a page, sorted by Name or AddedOn. */
public record TokenListQuery(int page, int itemsOnPage, String sortBy, boolean isDescending) {

    /** The most the Millicast API returns in one page. */
    public static final int MAX_ITEMS_ON_PAGE = 100;

    public static TokenListQuery firstPage() {
        return new TokenListQuery(1, MAX_ITEMS_ON_PAGE, "Name", false);
    }
}
