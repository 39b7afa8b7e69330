package io.github.rununder.samples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.Server;

/**
 * The database behind the database sample: PostgreSQL (or any database with {@code pg_sleep})
 * when {@value #URL_PROPERTY} names one, with {@value #USER_PROPERTY} and
 * {@value #PASSWORD_PROPERTY}; otherwise an H2 server that the test JVM starts on the loopback
 * interface in TCP mode, so that every query crosses a socket to another thread, as it would to a
 * database server.
 *
 * <p>The test JVM starts it, creates the sample's table, and publishes where it is as system
 * properties ({@code samples.database.*}), which RunUnder hands to every {@code PROCESSES}
 * worker with the test it runs: workers connect to the same database and create nothing.
 */
final class SampleDatabase implements AutoCloseable {

    /** A JDBC URL to run the sample against instead of the embedded H2 server. */
    static final String URL_PROPERTY = "samples.jdbc.url";
    static final String USER_PROPERTY = "samples.jdbc.user";
    static final String PASSWORD_PROPERTY = "samples.jdbc.password";

    private static final String PUBLISHED_URL = "samples.database.url";
    private static final String PUBLISHED_USER = "samples.database.user";
    private static final String PUBLISHED_PASSWORD = "samples.database.password";

    /** Orders in the table, each of {@value #LINES} lines. */
    static final int ORDERS = 500;
    static final int LINES = 20;

    private final Server h2;

    private SampleDatabase(Server h2) {
        this.h2 = h2;
    }

    /** In the test JVM: the database to use, ready, its address published for the workers. */
    static SampleDatabase start() throws SQLException {
        String url = System.getProperty(URL_PROPERTY, "");
        Server h2 = null;
        String user = System.getProperty(USER_PROPERTY, "");
        String password = System.getProperty(PASSWORD_PROPERTY, "");
        if (url.isBlank()) {
            // Read once, when H2's classes load: its TCP server then listens on loopback only.
            System.setProperty("h2.bindAddress", "127.0.0.1");
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:samples;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        }
        System.setProperty(PUBLISHED_URL, url);
        System.setProperty(PUBLISHED_USER, user);
        System.setProperty(PUBLISHED_PASSWORD, password);
        SampleDatabase database = new SampleDatabase(h2);
        try (HikariDataSource setup = pool(1); Connection connection = setup.getConnection()) {
            database.createTable(connection);
        }
        return database;
    }

    /**
     * A pool of at most {@code size} connections to the published database, opened at once.
     * Each JVM that runs tasks opens its own: a pool cannot be shared across processes.
     */
    static HikariDataSource pool(int size) {
        String url = System.getProperty(PUBLISHED_URL);
        if (url == null) {
            throw new IllegalStateException(PUBLISHED_URL + " is not set: the test JVM starts the database first");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getProperty(PUBLISHED_USER));
        config.setPassword(System.getProperty(PUBLISHED_PASSWORD));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size); // fill the pool now, not during the measured rounds
        config.setPoolName("samples-" + ProcessHandle.current().pid());
        return new HikariDataSource(config);
    }

    private void createTable(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            if (h2 != null) {
                sql.execute("CREATE ALIAS IF NOT EXISTS PG_SLEEP FOR '" + H2Functions.class.getName() + ".pgSleep'");
            }
            sql.execute("DROP TABLE IF EXISTS rununder_sample_order_line");
            sql.execute("CREATE TABLE rununder_sample_order_line (order_id INTEGER NOT NULL, line_no INTEGER NOT NULL,"
                    + " sku VARCHAR(32) NOT NULL, quantity INTEGER NOT NULL, unit_price NUMERIC(10, 2) NOT NULL,"
                    + " PRIMARY KEY (order_id, line_no))");
            StringBuilder rows = new StringBuilder();
            for (int order = 1; order <= ORDERS; order++) {
                rows.setLength(0);
                for (int line = 1; line <= LINES; line++) {
                    rows.append(rows.length() == 0 ? "" : ", ").append('(').append(order).append(", ").append(line)
                            .append(", 'SKU-").append(line).append("', ").append(1 + (order + line) % 5).append(", ")
                            .append(line).append(".25)");
                }
                sql.addBatch("INSERT INTO rununder_sample_order_line VALUES " + rows);
            }
            sql.executeBatch();
        }
    }

    @Override
    public void close() {
        System.clearProperty(PUBLISHED_URL);
        System.clearProperty(PUBLISHED_USER);
        System.clearProperty(PUBLISHED_PASSWORD);
        if (h2 != null) {
            h2.stop();
        }
    }
}
