package io.github.rununder.samples;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A query that waits in the database, through a HikariCP pool, under all five models: an order's
 * lines summed in the server, which takes 15 ms to answer ({@code pg_sleep}), and the invoice
 * worked out from the answer. The database is an H2 server on loopback by default, PostgreSQL with
 * {@code -Dsamples.jdbc.url=jdbc:postgresql://...} (see {@link SampleDatabase}).
 */
class DatabaseSample {

    static final int CONCURRENCY = 8;

    static SampleDatabase database;
    static HikariDataSource pool;

// tag::database[]
    @BeforeAll
    static void openPool() throws SQLException {
        boolean worker = Boolean.getBoolean("rununder.worker");
        if (!worker) {
            database = SampleDatabase.start(); // the test JVM starts the database; workers find it
        }
        // Every JVM that runs tasks needs a pool of its own, and under PROCESSES every worker runs this
        // @BeforeAll: 8 workers with pools of 8 would hold 64 connections besides the test JVM's 8, and
        // PostgreSQL refuses connections past its max_connections (100 by default). A worker runs one task
        // at a time, so one connection is its share: 8 in the workers, 8 in the test JVM.
        pool = SampleDatabase.pool(worker ? 1 : CONCURRENCY);
    }

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 24, concurrency = CONCURRENCY)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.5)           // 8 queries at a time: 8× at best
    @ExpectFaster(model = VIRTUAL_THREADS, than = SEQUENTIAL, atLeast = 2.5)
    @ExpectFaster(model = ASYNC, than = SEQUENTIAL, atLeast = 2.5)             // JDBC blocks: run_in_executor
    void invoice(TaskInfo task) throws SQLException {
        int order = 1 + task.index() % SampleDatabase.ORDERS;
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) AS line_count,"
                        + " SUM(quantity * unit_price) AS net, pg_sleep(?) AS waited"
                        + " FROM rununder_sample_order_line WHERE order_id = ?")) {
            query.setDouble(1, 0.015); // the server takes 15 ms, as a query that reads from disk might
            query.setInt(2, order);
            try (ResultSet answer = query.executeQuery()) {
                assertThat(answer.next()).isTrue();
                assertThat(answer.getInt("line_count")).isEqualTo(SampleDatabase.LINES);
                BigDecimal gross = answer.getBigDecimal("net").multiply(new BigDecimal("1.20"))
                        .setScale(2, RoundingMode.HALF_EVEN);
                assertThat(gross).isPositive();
            }
        }
    }
// end::database[]

    @AfterAll
    static void closePool() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
