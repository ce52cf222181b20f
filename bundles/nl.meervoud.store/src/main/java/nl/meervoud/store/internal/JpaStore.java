// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import nl.meervoud.casus.api.Onderzoek;
import nl.meervoud.platform.api.Installation;
import nl.meervoud.store.api.OnderzoekRepository;

/**
 * The store: migrates the schema with Flyway, then serves JPA (EclipseLink) over the configured database. The
 * embedded H2 file database in the data directory is the default; PostgreSQL by configuration (PID
 * {@value #PID}).
 */
@Component(service = OnderzoekRepository.class, configurationPid = JpaStore.PID)
@Designate(ocd = JpaStore.Config.class)
public final class JpaStore implements OnderzoekRepository {
    /** Configuration PID; the Web Console shows the form from the metatype below. */
    public static final String PID = "nl.meervoud.store";

    /** The database connection. */
    @ObjectClassDefinition(name = "Meervoud database", description = "De database van het casusmodel.")
    public @interface Config {
        /** JDBC URL; empty for the embedded H2 file database in the data directory. */
        @AttributeDefinition(name = "JDBC-URL", description = "Leeg: ingebedde H2-database in de datamap. PostgreSQL: jdbc:postgresql://host:5432/db")
        String url() default "";

        /** User name. */
        @AttributeDefinition(name = "Gebruiker")
        String user() default "";

        /** Password. */
        @AttributeDefinition(name = "Wachtwoord", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String password() default "";

        /** Which JDBC driver: (osgi.jdbc.driver.class=org.h2.Driver) or (osgi.jdbc.driver.class=org.postgresql.Driver). */
        @AttributeDefinition(name = "Driver", description = "Filter op de DataSourceFactory")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";
    }

    private final EntityManagerFactory emf;
    private final String database;

    @Activate
    public JpaStore(BundleContext context, Config config, @Reference(name = "dataSourceFactory") DataSourceFactory factory)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, config.url().isBlank()
                ? "jdbc:h2:file:" + Installation.dataDirectory(context).resolve("meervoud") : config.url());
        if (!config.user().isBlank()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, config.user());
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, config.password());
        }
        DataSource dataSource = factory.createDataSource(properties);
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        ClassLoader loader = getClass().getClassLoader();
        Flyway.configure(loader).dataSource(dataSource).locations(new String[0]).javaMigrations(new V1__Onderzoek())
                .load().migrate();
        emf = new PersistenceProvider().createContainerEntityManagerFactory(
                PersistenceUnits.of("meervoud", dataSource, context.getBundle().getEntry("/"), loader,
                        List.of(OnderzoekEntity.class.getName())),
                Map.of("eclipselink.weaving", "false", "eclipselink.logging.level", "WARNING",
                        "eclipselink.cache.shared.default", "false"));
    }

    @Deactivate
    void deactivate() {
        emf.close();
    }

    @Override
    public UUID create(Onderzoek onderzoek) {
        UUID id = UUID.randomUUID();
        inTransaction(em -> {
            OnderzoekEntity entity = new OnderzoekEntity(id);
            entity.set(onderzoek);
            em.persist(entity);
            return null;
        });
        return id;
    }

    @Override
    public Optional<Versioned<Onderzoek>> find(UUID id) {
        EntityManager em = emf.createEntityManager();
        try {
            OnderzoekEntity entity = em.find(OnderzoekEntity.class, id);
            return entity == null ? Optional.empty() : Optional.of(new Versioned<>(entity.toOnderzoek(), entity.versie));
        } finally {
            em.close();
        }
    }

    @Override
    public long update(UUID id, long expectedVersion, Onderzoek onderzoek) {
        return inTransaction(em -> {
            OnderzoekEntity entity = em.find(OnderzoekEntity.class, id);
            if (entity == null) {
                throw new IllegalArgumentException("onbekend onderzoek `" + id + "`");
            }
            if (entity.versie != expectedVersion) {
                throw new ConflictException("onderzoek " + id + " is intussen gewijzigd (versie " + entity.versie
                        + ", verwacht " + expectedVersion + ")");
            }
            entity.set(onderzoek);
            em.flush();
            return entity.versie;
        });
    }

    @Override
    public String database() {
        return database;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (OptimisticLockException | RollbackException e) {
            throw new ConflictException("gelijktijdige wijziging: " + e.getMessage());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
