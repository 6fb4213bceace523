package com.cyclex.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.sim.scenario.ShippedScenarios;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export reads back with the documented columns, and agrees with itself. */
class CsvExportTest {

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void anExperimentWritesFourTablesAndASummary(@TempDir Path dir) throws IOException {
        Experiment x = new Experiment(ShippedScenarios.load("smith-1962-chart-1"), 2, 5);
        try (CsvExport export = new CsvExport(dir)) {
            x.run(export::attach);
        }
        SummaryJson.write(x, "smith-1962-chart-1", dir.resolve("summary.json"));

        List<CSVRecord> periods = read(dir.resolve("periods.csv"));
        assertEquals(2 * 5, periods.size());
        assertEquals(List.of(CsvExport.PERIODS), periods.get(0).getParser().getHeaderNames());
        List<CSVRecord> trades = read(dir.resolve("trades.csv"));
        long tradesInPeriods = periods.stream().mapToLong(r -> Long.parseLong(r.get("trades"))).sum();
        assertEquals(tradesInPeriods, trades.size(), "periods.csv counts the rows of trades.csv");
        CSVRecord t = trades.get(0);
        assertEquals(Long.parseLong(t.get("value")) - Long.parseLong(t.get("cost")), Long.parseLong(t.get("surplus")));
        List<CSVRecord> seats = read(dir.resolve("seats.csv"));
        assertEquals(2 * 5 * 22, seats.size());
        List<CSVRecord> orders = read(dir.resolve("orders.csv"));
        assertTrue(orders.stream().anyMatch(o -> o.get("event").equals("refused") && !o.get("reason").isEmpty()));

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(2, summary.get("runs").asInt());
        assertEquals(5, summary.get("by_period").size());
        assertEquals(6, summary.get("by_period").get(0).get("ce_quantity").asInt());
        assertTrue(summary.get("overall").get("efficiency").get("mean").asDouble() > 50);
    }
}
