package io.taskgate.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV upload cut into steps of a few rows, each sent to the core with the header, so the page can report progress
 * row by row and no single call runs for minutes. Lines count as the core counts them: the header is line 1.
 */
public final class CsvSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> header;
    private final List<List<String>> rows;
    private final int rowsPerStep;
    private int next;

    private CsvSteps(List<String> header, List<List<String>> rows, int rowsPerStep) {
        this.header = header;
        this.rows = rows;
        this.rowsPerStep = rowsPerStep;
    }

    /** The CSV's header and rows; blank lines are skipped. Fails with a readable message on broken quoting. */
    public static CsvSteps of(String csv, int rowsPerStep) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.strip()), CSVFormat.RFC4180.builder()
                .setIgnoreEmptyLines(true).get())) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            if (records.isEmpty()) {
                throw new IllegalArgumentException("The CSV is empty. Start with a header row: username,email,tasks");
            }
            return new CsvSteps(records.get(0), new ArrayList<>(records.subList(1, records.size())), rowsPerStep);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("The CSV could not be read: " + e.getMessage(), e);
        }
    }

    /** The next step's CSV (header and up to rowsPerStep rows), or null when every row was sent. */
    public Step next() {
        if (next >= rows.size()) {
            return null;
        }
        int end = Math.min(rows.size(), next + rowsPerStep);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows.subList(next, end)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Step step = new Step(out.toString(), next);
        next = end;
        return step;
    }

    public int total() { return rows.size(); }
    public int sent() { return next; }
    public boolean done() { return next >= rows.size(); }

    /**
     * One step: its CSV text and how many rows came before it. A line the core reports for this step (header = 1)
     * is line {@code line + rowsBefore} of the whole upload.
     */
    public record Step(String csv, int rowsBefore) {
        public int lineInUpload(int lineInStep) {
            return lineInStep + rowsBefore;
        }
    }
}
