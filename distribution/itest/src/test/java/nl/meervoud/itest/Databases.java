// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import nl.meervoud.platform.api.Platform;
import nl.meervoud.store.api.Dossiers;

/**
 * The database under test: the embedded H2 default, or with {@code -Ppostgresql} PostgreSQL at 127.0.0.1:5432,
 * configured through ConfigAdmin as an operator would: the tables owned and migrated by {@code postgres}, the store
 * running as the application role {@value #APPLICATIEROL}, which does not own them, so row-level security holds it.
 */
final class Databases {
    static final String POSTGRESQL = "meervoud.it.postgresql";
    static final String APPLICATIEROL = "meervoud_app";

    private Databases() {
    }

    /** PostgreSQL's JDBC driver, as the platform offers it. */
    static org.osgi.service.jdbc.DataSourceFactory postgresqlDriver(BundleContext context) throws Exception {
        org.osgi.service.jdbc.DataSourceFactory[] found = new org.osgi.service.jdbc.DataSourceFactory[1];
        assertTrue("PostgreSQL's driver", Await.until(() -> {
            try {
                var refs = context.getServiceReferences(org.osgi.service.jdbc.DataSourceFactory.class,
                        "(osgi.jdbc.driver.class=org.postgresql.Driver)");
                found[0] = refs.isEmpty() ? null : context.getService(refs.iterator().next());
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            return found[0] != null;
        }));
        return found[0];
    }

    /** A connection to the database under test as {@code user}. */
    static java.sql.Connection verbinding(BundleContext context, String user) throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.setProperty(org.osgi.service.jdbc.DataSourceFactory.JDBC_URL, System.getProperty(POSTGRESQL));
        p.setProperty(org.osgi.service.jdbc.DataSourceFactory.JDBC_USER, user);
        p.setProperty(org.osgi.service.jdbc.DataSourceFactory.JDBC_PASSWORD, "");
        return postgresqlDriver(context).createDataSource(p).getConnection();
    }

    /** The application role exists (the tables' owner grants it its rights when it migrates, V8). */
    private static void applicatierol(BundleContext context) throws Exception {
        try (java.sql.Connection c = verbinding(context, System.getProperty(POSTGRESQL + ".user", "postgres"));
                java.sql.Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATIEROL + "') THEN CREATE ROLE "
                    + APPLICATIEROL + " LOGIN; END IF; END $$");
        }
    }

    static boolean postgresql() {
        return !System.getProperty(POSTGRESQL, "").isBlank();
    }

    /** Configures the store for the database under test and waits until it serves on it. */
    static Dossiers store(BundleContext context, ConfigurationAdmin configAdmin, Platform platform) throws Exception {
        if (postgresql()) {
            applicatierol(context);
            org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("nl.meervoud.store", "?");
            boolean configured = c.getProperties() != null && System.getProperty(POSTGRESQL).equals(c.getProperties().get("url"));
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("url", System.getProperty(POSTGRESQL));
            p.put("user", APPLICATIEROL);
            p.put("password", "");
            p.put("migratieGebruiker", System.getProperty(POSTGRESQL + ".user", "postgres"));
            p.put("migratieWachtwoord", "");
            p.put("dataSourceFactory.target", "(osgi.jdbc.driver.class=org.postgresql.Driver)");
            if (!configured) {
                // Only once: every update reactivates the store, closing the instance a running test holds.
                c.update(p);
            }
        }
        String expected = postgresql() ? "PostgreSQL" : "H2";
        Dossiers[] found = new Dossiers[1];
        // A reconfigured delayed component may keep its registration while SCR replaces the instance behind it,
        // so ask the framework for the service afresh each time instead of holding a tracked object.
        boolean settled = Await.until(() -> {
            ServiceReference<Dossiers> reference = context.getServiceReference(Dossiers.class);
            Dossiers s = reference == null ? null : context.getService(reference);
            try {
                if (s != null && s.database().startsWith(expected) && s.find(Dossiers.Soort.ONDERZOEK, UUID.randomUUID()).isEmpty()) {
                    found[0] = s;
                    return true;
                }
            } catch (RuntimeException reconfiguring) {
                // the component is being reactivated with the new configuration
            }
            if (s != null) {
                context.ungetService(reference);
            }
            return false;
        });
        assertTrue("a store on " + expected + "; platform health: " + platform.health(), settled);
        return found[0];
    }
}
