package io.taskgate.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvStepsTest {

    @Test
    void rowsAreSentInStepsEachWithTheHeaderAndLinesCountAsInTheWholeUpload() {
        StringBuilder csv = new StringBuilder("username,email,tasks\r\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("u").append(i).append(",u").append(i).append("@x.example,\"a;b\"\n");
        }
        CsvSteps steps = CsvSteps.of(csv.toString(), 10);
        assertEquals(25, steps.total());
        CsvSteps.Step first = steps.next();
        assertTrue(first.csv().startsWith("username,email,tasks\r\nu1,u1@x.example,a;b\r\n"), first.csv());
        assertEquals(2, first.lineInUpload(2), "the first row is line 2");
        CsvSteps.Step second = steps.next();
        assertTrue(second.csv().startsWith("username,email,tasks\r\nu11,"), second.csv());
        assertEquals(12, second.lineInUpload(2), "u11 is line 12 of the upload");
        assertEquals(20, steps.sent());
        CsvSteps.Step third = steps.next();
        assertEquals(6, third.csv().split("\r\n").length, "header and the last 5 rows");
        assertTrue(steps.done());
        assertNull(steps.next());
    }

    @Test
    void quotedFieldsWithCommasAndLineBreaksStayOneRow() {
        CsvSteps steps = CsvSteps.of("username,email,tasks\nbob,b@x.example,\"t1,\nt2\"\n", 10);
        assertEquals(1, steps.total());
        assertEquals("username,email,tasks\r\nbob,b@x.example,\"t1,\nt2\"\r\n", steps.next().csv());
    }

    @Test
    void anEmptyUploadOrBrokenQuotingIsRefusedInWords() {
        assertEquals("The CSV is empty. Start with a header row: username,email,tasks",
                assertThrows(IllegalArgumentException.class, () -> CsvSteps.of("  \n", 10)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvSteps.of("username,email\n\"bob,b@x", 10))
                .getMessage().startsWith("The CSV could not be read"));
    }
}
