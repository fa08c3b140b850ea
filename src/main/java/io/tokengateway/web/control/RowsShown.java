package io.tokengateway.web.control;

import java.util.HashMap;

/**
 * What each row of a console table showed when the page was drawn, keyed by what the row shows now. Faces finds a
 * row's button by its position: when the list changed in between (a person added, a key issued), the position
 * names another row. Each row carries a hidden field bound to {@code shown[key]}: drawn, it holds the row's key;
 * posted back, it records under the key now at that position the key that was drawn there. An action on a row
 * goes ahead only when the two agree.
 */
public final class RowsShown extends HashMap<Object, String> {

    private static final long serialVersionUID = 1L;

    /** Drawn: the key itself; after a post, what the row at that key's position showed. */
    @Override
    public String get(Object key) {
        return containsKey(key) ? super.get(key) : String.valueOf(key);
    }

    /** Whether the row now holding {@code key} showed that same key when the person saw the page. */
    public boolean stillShows(Object key) {
        return String.valueOf(key).equals(get(key));
    }

    /** What the person is told when an action's row moved under them: nothing was changed. */
    public static final String MOVED = "The list changed while the page was open, so nothing was changed: "
            + "check the row and try again.";
}
