package io.taskgate.core.application.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvRecordsTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<List<String>> records = CsvRecords.parse("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
        assertEquals(List.of(List.of("a", "b", "c"), List.of("x,1", "say \"hi\"", "two\nlines")), records);
    }

    @Test
    void keepsEmptyFieldsAndSkipsBlankLines() {
        assertEquals(List.of(List.of("a", "", ""), List.of("b", "c", "")), CsvRecords.parse("a,,\n\nb,c,\n"));
    }

    @Test
    void anUnterminatedQuoteIsRefusedWithItsLine() {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> CsvRecords.parse("a,b\nc,\"open\n"));
        assertEquals(400, problem.status());
        assertTrue(problem.getMessage().contains("line 2"), problem.getMessage());
    }
}
