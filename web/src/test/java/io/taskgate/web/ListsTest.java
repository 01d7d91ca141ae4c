package io.taskgate.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListsTest {

    final Lists lists = new Lists();

    @Test
    void aListReadsAsWordsSeparatedByCommasWithoutBrackets() {
        assertEquals("acme-checkout, acme-docs", lists.words(List.of("acme-checkout", "acme-docs")));
    }

    @Test
    void noItemsReadAsNothing() {
        assertEquals("", lists.words(List.of()));
        assertEquals("", lists.words(null));
    }
}
