package io.tokengateway.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;

/**
 * The gateway's own database, defined by the application so that it needs no server setup.
 * Payara resolves the {@code MPCONFIG} references at deployment.
 *
 * <p>Two pools of the same database: the transactional one for JPA and everything that takes part in a caller's
 * transaction, and a small one whose connections never join a transaction, for the audit trail: its rows are
 * committed on their own, whatever becomes of the caller's work, without suspending the caller's transaction.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = GatewayDataSource.JNDI_NAME,
            className = GatewayDataSource.DRIVER,
            url = GatewayDataSource.URL,
            user = GatewayDataSource.USER,
            password = GatewayDataSource.PASSWORD,
            minPoolSize = 1,
            maxPoolSize = 20),
    @DataSourceDefinition(
            name = GatewayDataSource.OWN_COMMITS_JNDI_NAME,
            className = GatewayDataSource.DRIVER,
            url = GatewayDataSource.URL,
            user = GatewayDataSource.USER,
            password = GatewayDataSource.PASSWORD,
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4)
})
public class GatewayDataSource {

    static final String DRIVER = "${ENV=GATEWAY_DB_DATASOURCE_CLASS:org.h2.jdbcx.JdbcDataSource}";
    static final String URL = "${MPCONFIG=gateway.db.url}";
    static final String USER = "${MPCONFIG=gateway.db.user}";
    static final String PASSWORD = "${MPCONFIG=gateway.db.password}";

    public static final String JNDI_NAME = "java:app/jdbc/gateway";
    /** Connections that never join a JTA transaction: each commits its own work. */
    public static final String OWN_COMMITS_JNDI_NAME = "java:app/jdbc/gateway-own-commits";

    private GatewayDataSource() {
    }
}
