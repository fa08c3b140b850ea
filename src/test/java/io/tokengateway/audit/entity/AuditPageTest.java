package io.tokengateway.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditPageTest {

    @Test
    void emptyResultIsPageOneOfOne() {
        AuditPage page = new AuditPage(List.of(), 1, 50, 0);

        assertEquals(1, page.pageCount());
        assertFalse(page.hasPrevious());
        assertFalse(page.hasNext());
    }

    @Test
    void countsPagesRoundingUp() {
        assertEquals(1, new AuditPage(List.of(), 1, 50, 50).pageCount());
        assertEquals(2, new AuditPage(List.of(), 1, 50, 51).pageCount());
        assertEquals(3, new AuditPage(List.of(), 2, 10, 21).pageCount());
    }

    @Test
    void middlePageHasBothNeighbours() {
        AuditPage page = new AuditPage(List.of(), 2, 10, 21);

        assertTrue(page.hasPrevious());
        assertTrue(page.hasNext());
        assertFalse(new AuditPage(List.of(), 3, 10, 21).hasNext());
    }
}
