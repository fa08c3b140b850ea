package io.tokengateway.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes what is committed survive a crash of the gateway's process before the caller goes on. H2 keeps committed
 * changes in memory and writes them to its file up to a second later (measured: of the creates answered in the last
 * moments before a {@code kill -9}, up to 141 had no audit row after the restart); a {@code CHECKPOINT} writes
 * them now. Callers that arrive while one is written share the next ({@link GroupCommit}). PostgreSQL makes each
 * commit durable itself: then this does nothing. A crash of the machine itself (power, kernel) can still cost H2
 * what the operating system had not written yet; the README names PostgreSQL for that.
 */
@ApplicationScoped
public class DurableCommits {

    /** One checkpoint covers every caller queued before it starts. */
    private static final int MOST_CALLERS_PER_CHECKPOINT = 1000;
    private static final String CHECKPOINT = "CHECKPOINT";

    @Resource(lookup = GatewayDataSource.OWN_COMMITS_JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "gateway.db.url")
    String databaseUrl;

    private boolean needed;
    private final GroupCommit<Boolean> checkpoints = new GroupCommit<>(callers -> checkpoint(), MOST_CALLERS_PER_CHECKPOINT);

    /** Without CDI (tests, plain construction): nothing to do. */
    public DurableCommits() {
    }

    @PostConstruct
    void decide() {
        needed = OwnerOnlyDatabaseFiles.h2FileBase(databaseUrl).isPresent();
    }

    /**
     * Returns once every change committed before the call is in the database's files.
     *
     * @throws IllegalStateException when the database could not write them
     */
    public void afterCommit() {
        if (needed) {
            checkpoints.store(Boolean.TRUE);
        }
    }

    private void checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CHECKPOINT);
        } catch (SQLException e) {
            throw new IllegalStateException("The database did not write its committed changes to its files", e);
        }
    }
}
