package io.tokengateway.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The gateway's own database, defined by the application so that it needs no server setup.
 * Payara resolves the {@code MPCONFIG} references at deployment.
 */
@DataSourceDefinition(
        name = GatewayDataSource.JNDI_NAME,
        className = "${ENV=GATEWAY_DB_DATASOURCE_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=gateway.db.url}",
        user = "${MPCONFIG=gateway.db.user}",
        password = "${MPCONFIG=gateway.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
public class GatewayDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/gateway";

    private GatewayDataSource() {
    }
}
