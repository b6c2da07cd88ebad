package io.teaframe.e2e.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's H2 database in one file, {@value #FILE_NAME}.mv.db in a folder the caller
 * chooses. {@link #open} creates the tables that are missing and seeds the users and their
 * permissions from {@link SeedData} when the users table is empty, so the first start
 * builds the data and later starts keep every change.
 */
final class DemoDatabase implements AutoCloseable {

    static final String FILE_NAME = "teaframe-demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDatabase.class);

    private static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS users (
                id BIGINT PRIMARY KEY,
                name VARCHAR(200) NOT NULL,
                email VARCHAR(254) NOT NULL,
                role VARCHAR(20) NOT NULL,
                team VARCHAR(100) NOT NULL,
                active BOOLEAN NOT NULL,
                created DATE NOT NULL,
                version BIGINT NOT NULL,
                CONSTRAINT users_email_unique UNIQUE (email))""",
            // source is 'role' for permissions that follow the role and 'grant' for extra ones.
            """
            CREATE TABLE IF NOT EXISTS permissions (
                user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                name VARCHAR(100) NOT NULL,
                source VARCHAR(10) NOT NULL,
                PRIMARY KEY (user_id, name))""",
            """
            CREATE TABLE IF NOT EXISTS chat_messages (
                id BIGINT AUTO_INCREMENT PRIMARY KEY,
                client_session VARCHAR(100) NOT NULL,
                message_id INT NOT NULL,
                author VARCHAR(100) NOT NULL,
                text VARCHAR(2000) NOT NULL,
                sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT chat_messages_once UNIQUE (client_session, message_id))""",
            // The highest acknowledged message id handed to the app per client session.
            """
            CREATE TABLE IF NOT EXISTS socket_deliveries (
                client_session VARCHAR(100) PRIMARY KEY,
                highest_id INT NOT NULL)""");

    /** Extra permission granted to every user whose id is a multiple of this, so permissions differ within a role. */
    private static final int EXPORT_GRANT_EVERY = 7;
    private static final String EXPORT_GRANT = "reports.export";

    private final Path file;
    private volatile JdbcConnectionPool pool;

    /** Prepares the database in {@code folder} without opening it. */
    DemoDatabase(Path folder) {
        this.file = folder.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /**
     * Opens the database, creating the folder, the tables and the seed data when they
     * are missing.
     *
     * @throws SQLException if the file cannot be opened, for example because another
     *     process has it open
     */
    void open() throws SQLException {
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("Failed to create the database folder " + file.getParent(), e);
        }
        JdbcConnectionPool opened = JdbcConnectionPool.create("jdbc:h2:file:" + file, "sa", "");
        pool = opened;
        try {
            createSchema();
            seedIfEmpty();
        } catch (SQLException | RuntimeException e) {
            pool = null;
            opened.dispose();
            throw e;
        }
    }

    /** Returns the database file without its {@code .mv.db} extension. */
    Path file() {
        return file;
    }

    /**
     * Returns a pooled connection in auto-commit mode; the caller closes it.
     *
     * @throws SQLException if the database is not open
     */
    Connection connection() throws SQLException {
        JdbcConnectionPool current = pool;
        if (current == null) {
            throw new SQLException("The database " + file + " is not open");
        }
        return current.getConnection();
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns and rolls back when it
     * throws.
     */
    <T> T inTransaction(TransactionWork<T> work) throws SQLException {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Deletes every user, permission, chat message and socket delivery record and seeds the users again. */
    void reset() throws SQLException {
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM socket_deliveries");
                statement.executeUpdate("DELETE FROM chat_messages");
                statement.executeUpdate("DELETE FROM permissions");
                statement.executeUpdate("DELETE FROM users");
            }
            insertSeed(connection);
            return null;
        });
        LOG.info("Reset the database {} to the seed data", file);
    }

    /** Closes every pooled connection. Closing a closed database does nothing. */
    @Override
    public void close() {
        JdbcConnectionPool current = pool;
        pool = null;
        if (current != null) {
            current.dispose();
        }
    }

    private void createSchema() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
    }

    private void seedIfEmpty() throws SQLException {
        int seeded = inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM users")) {
                count.next();
                if (count.getLong(1) > 0) {
                    return 0;
                }
            }
            return insertSeed(connection);
        });
        if (seeded > 0) {
            LOG.info("Created the database {} and seeded {} users from {}", file, seeded, SeedData.RESOURCE);
        } else {
            LOG.info("Opened the database {}", file);
        }
    }

    private static int insertSeed(Connection connection) throws SQLException {
        List<User> users = SeedData.users();
        try (PreparedStatement insertUser = connection.prepareStatement(
                        "INSERT INTO users (id, name, email, role, team, active, created, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement insertPermission = connection.prepareStatement(
                        "INSERT INTO permissions (user_id, name, source) VALUES (?, ?, ?)")) {
            for (User user : users) {
                insertUser.setLong(1, user.id());
                insertUser.setString(2, user.name());
                insertUser.setString(3, user.email());
                insertUser.setString(4, user.role().wireName());
                insertUser.setString(5, user.team());
                insertUser.setBoolean(6, user.active());
                insertUser.setObject(7, user.created());
                insertUser.setLong(8, user.version());
                insertUser.addBatch();

                for (String permission : user.role().permissions()) {
                    addPermission(insertPermission, user.id(), permission, "role");
                }
                if (user.id() % EXPORT_GRANT_EVERY == 0) {
                    addPermission(insertPermission, user.id(), EXPORT_GRANT, "grant");
                }
            }
            insertUser.executeBatch();
            insertPermission.executeBatch();
        }
        return users.size();
    }

    private static void addPermission(PreparedStatement insert, long userId, String name, String source)
            throws SQLException {
        insert.setLong(1, userId);
        insert.setString(2, name);
        insert.setString(3, source);
        insert.addBatch();
    }

    /** Work on one connection inside {@link #inTransaction}. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
