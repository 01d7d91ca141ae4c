package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.UsageRowsRefused;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsageWriteExceptionTest {

    @Test
    void aDataExceptionIsARowProblem() {
        UsageRowsRefused refused = UsageWriteException.refused(3, new SQLException("invalid byte sequence", "22021"));
        assertTrue(refused.rowProblem());
        assertFalse(refused.duplicate());
    }

    @Test
    void aDuplicateKeyIsARowProblemAndADuplicate() {
        UsageRowsRefused refused = UsageWriteException.refused(1, new SQLException("duplicate key", "23505"));
        assertTrue(refused.rowProblem());
        assertTrue(refused.duplicate());
    }

    @Test
    void anUnreachableDatabaseIsNoRowProblem() {
        SQLException chained = new SQLException("batch failed");
        chained.setNextException(new SQLException("Connection refused", "08001"));
        UsageRowsRefused refused = UsageWriteException.refused(500, chained);
        assertFalse(refused.rowProblem());
        assertTrue(refused.getMessage().contains("500 usage rows"), refused.getMessage());
    }
}
