package io.tokengateway.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/** Brings the database schema up to date with the versioned migrations in {@code db/migration} at startup. */
@ApplicationScoped
public class SchemaMigration {

    @Resource(lookup = GatewayDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> ready;

    @Inject
    @ConfigProperty(name = "gateway.db.url")
    String databaseUrl;

    @Inject
    Logger logger;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        keepDatabaseFilesOwnerOnly();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        String version = flyway.info().current().getVersion().getVersion();
        logger.log(Level.INFO, "Database schema at version {0} ({1} migrations applied now)",
                new Object[] {version, applied});
        keepDatabaseFilesOwnerOnly(); // again, for the files H2 made while migrating
        ready.fire(new SchemaReady(version));
    }

    private void keepDatabaseFilesOwnerOnly() {
        try {
            OwnerOnlyDatabaseFiles.secure(databaseUrl);
        } catch (IOException | RuntimeException e) {
            logger.log(Level.WARNING, "Could not make the database files readable by their owner only: {0}", e.toString());
        }
    }
}
