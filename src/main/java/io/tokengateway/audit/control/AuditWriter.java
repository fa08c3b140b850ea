package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditRow;
import io.tokengateway.platform.control.DurableCommits;
import io.tokengateway.platform.control.GatewayDataSource;
import io.tokengateway.platform.control.GroupCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Stores audit rows, each committed before {@link #write} returns, on connections that never join the caller's
 * transaction, so that a row stays when the caller's work is rolled back. Rows of callers that arrive together
 * are committed together ({@link GroupCommit}): one connection, one batch, one commit; then in the database's files
 * ({@link DurableCommits}), so that a row survives a crash of the process that answered. A separate bean from
 * {@link AuditTrail} so that a failed commit reaches the trail's catch.
 */
@ApplicationScoped
public class AuditWriter {

    static final String INSERT = "INSERT INTO audit_event (occurred_at, actor, actor_kind, actor_role, client_address,"
            + " action, token_id, token_label, summary, outcome, token_kind)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Enough to empty the queue of a busy second in a few commits, small enough for one short transaction. */
    static final int MOST_ROWS_PER_COMMIT = 100;

    @Resource(lookup = GatewayDataSource.OWN_COMMITS_JNDI_NAME)
    DataSource dataSource;

    @Inject
    DurableCommits durableCommits = new DurableCommits();

    private final GroupCommit<AuditRow> commits = new GroupCommit<>(this::insert, MOST_ROWS_PER_COMMIT);

    /** Returns once the row is committed and in the database's files; throws when it could not be. */
    public void write(AuditRow row) {
        commits.store(row);
        durableCommits.afterCommit(); // not in the batch: a failed checkpoint must not store the rows again
    }

    void insert(List<AuditRow> rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditRow row : rows) {
                    bind(insert, row);
                    insert.addBatch();
                }
                expectOneRowEach(insert.executeBatch());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Audit rows not written", e);
        }
    }

    private static void bind(PreparedStatement insert, AuditRow row) throws SQLException {
        insert.setObject(1, LocalDateTime.ofInstant(row.getOccurredAt(), ZoneOffset.UTC));
        insert.setString(2, row.getActor());
        insert.setString(3, row.getActorKind());
        insert.setString(4, row.getActorRole());
        insert.setString(5, row.getClientAddress());
        insert.setString(6, row.getAction());
        if (row.getTokenId() == null) {
            insert.setNull(7, Types.INTEGER);
        } else {
            insert.setInt(7, row.getTokenId());
        }
        insert.setString(8, row.getTokenLabel());
        insert.setString(9, row.getSummary());
        insert.setString(10, row.getOutcome());
        insert.setString(11, row.getTokenKind());
    }

    private static void expectOneRowEach(int[] counts) {
        for (int count : counts) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("Inserted " + count + " audit rows instead of 1");
            }
        }
    }
}
