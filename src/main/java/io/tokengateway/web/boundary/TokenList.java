package io.tokengateway.web.boundary;

import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.TokenListQuery;
import io.tokengateway.web.control.ConsoleTokens;
import io.tokengateway.web.entity.TokenListView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The token list: one page of publish or subscribe tokens, in the order, size, search and cluster filter the URL
 * says (view parameters, so a view can be bookmarked and shared, and the back button works). The API sorts across
 * all pages and gives no total, so there is a next page only when this one came back full.
 */
@Named
@RequestScoped
public class TokenList {

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    Caller caller;

    private String kind = "publish";
    private int page = 1;
    private int size = TokenListView.DEFAULT_SIZE;
    private String sort = "name";
    private boolean desc;
    private String q;
    private String in = "both";
    private String cluster;

    private List<PublishToken> tokens = List.of();

    public void load() {
        caller.require(Role.VIEWER);
        kind = getTokenKind().word();
        page = Math.max(1, page);
        size = Math.max(1, Math.min(TokenListQuery.MAX_ITEMS_ON_PAGE, size));
        sort = "added".equals(sort) ? "added" : "name";
        in = "token".equals(in) || "stream".equals(in) ? in : "both";
        tokenApi.list(view()).ifPresent(found -> tokens = found);
    }

    private TokenListView view() {
        return new TokenListView(getTokenKind(), page, size, sort, desc, q, in, cluster);
    }

    /** Whether the list is a search (the API's list_by_name). */
    public boolean isSearch() {
        return view().isSearch();
    }

    /** Whether a cluster is chosen (publish tokens). */
    public boolean isClusterFilter() {
        return view().isClusterFilter();
    }

    public TokenKind getTokenKind() {
        return KindParameter.of(kind);
    }

    public boolean isPublish() {
        return getTokenKind() == TokenKind.PUBLISH;
    }

    public List<PublishToken> getTokens() {
        return tokens;
    }

    /** The API gives no total: a full page may have a next one, a shorter one is the last. */
    public boolean isHasNext() {
        return tokens.size() == size;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public String getNextLink() {
        return link(Map.of("page", Integer.toString(page + 1)));
    }

    public String getPreviousLink() {
        return link(Map.of("page", Integer.toString(page - 1)));
    }

    /** The same list sorted by this column: the other way round when it is sorted by it already. */
    public String sortLink(String column) {
        boolean descending = column.equals(sort) ? !desc : "added".equals(column);
        return link(Map.of("sort", column, "desc", Boolean.toString(descending), "page", "1"));
    }

    /** The order this column is sorted in, for {@code aria-sort}: ascending, descending or none. */
    public String sortState(String column) {
        return column.equals(sort) ? (desc ? "descending" : "ascending") : "none";
    }

    /** The other tab: that kind's first page, nothing else carried over. */
    public String kindLink(String otherKind) {
        return "index.xhtml?kind=" + otherKind;
    }

    private String link(Map<String, String> changes) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("sort", sort);
        state.put("desc", Boolean.toString(desc));
        state.put("size", Integer.toString(size));
        state.put("page", Integer.toString(page));
        if (q != null && !q.isBlank()) {
            state.put("q", q);
            state.put("in", in);
        }
        if (cluster != null && !cluster.isBlank()) {
            state.put("cluster", cluster);
        }
        state.putAll(changes);
        return "index.xhtml?" + state.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in;
    }

    public String getCluster() {
        return cluster;
    }

    public void setCluster(String cluster) {
        this.cluster = cluster;
    }
}
