package io.tokengateway.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unregisters, when the gateway stops or is undeployed, the JDBC drivers its own WAR brought (the PostgreSQL driver
 * registers itself with {@link DriverManager} when loaded): left registered, they would keep the old application's
 * classes in memory after a redeploy, and the server warns about it. Drivers the server provides (H2) stay.
 */
@WebListener
public class JdbcDriverRelease implements ServletContextListener {

    private static final Logger LOGGER = Logger.getLogger(JdbcDriverRelease.class.getName());

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ClassLoader ours = JdbcDriverRelease.class.getClassLoader();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() != ours) {
                continue;
            }
            try {
                DriverManager.deregisterDriver(driver);
                LOGGER.log(Level.FINE, "Unregistered the JDBC driver {0}", driver.getClass().getName());
            } catch (SQLException e) {
                LOGGER.log(Level.WARNING, "Could not unregister the JDBC driver " + driver.getClass().getName(), e);
            }
        }
    }
}
