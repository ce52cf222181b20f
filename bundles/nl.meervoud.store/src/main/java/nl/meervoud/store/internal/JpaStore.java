// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.eclipse.persistence.jpa.PersistenceProvider;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.TypedQuery;
import nl.meervoud.platform.api.Gemeenten;
import nl.meervoud.platform.api.Installation;
import nl.meervoud.store.api.Dossiers;

/**
 * The store: migrates the schema with Flyway, then serves JPA (EclipseLink) over the configured database. The
 * embedded H2 file database in the data directory is the default; PostgreSQL by configuration (PID
 * {@value #PID}).
 */
@Component(service = Dossiers.class, configurationPid = JpaStore.PID)
@Designate(ocd = JpaStore.Config.class)
public final class JpaStore implements Dossiers {
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

        /** Connections kept open in the pool. */
        @AttributeDefinition(name = "Verbindingen", description = "Maximaal aantal open databaseverbindingen", min = "1")
        int poolSize() default 16;

        /** Which JDBC driver: (osgi.jdbc.driver.class=org.h2.Driver) or (osgi.jdbc.driver.class=org.postgresql.Driver). */
        @AttributeDefinition(name = "Driver", description = "Filter op de DataSourceFactory")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";

        /**
         * The municipality of the files stored before migration V7 gave each file its own: the CBS code of the
         * installation's municipality (the local accounts' {@code gemeente}). Read once, by that migration.
         */
        @AttributeDefinition(name = "Gemeente van bestaande dossiers", description = "CBS-gemeentecode voor dossiers van vóór versie 7")
        String gemeenteBestaand() default "0000";

        /**
         * PostgreSQL: the role that owns the tables and migrates them, when the store itself runs as an application
         * role ({@code user}) that does not own them; empty: {@code user} does both.
         */
        @AttributeDefinition(name = "Gebruiker voor migraties", description = "Eigenaar van de tabellen; leeg: dezelfde als Gebruiker")
        String migratieGebruiker() default "";

        /** Its password. */
        @AttributeDefinition(name = "Wachtwoord voor migraties", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String migratieWachtwoord() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(JpaStore.class);

    private final HikariDataSource pool;
    private final EntityManagerFactory emf;
    private final String database;
    /** The municipality this view answers for; null for the whole installation (the registered service). */
    private final String scope;
    private final boolean postgresql;

    @Activate
    public JpaStore(BundleContext context, Config config, @Reference(name = "dataSourceFactory") DataSourceFactory factory)
            throws SQLException {
        Properties properties = new Properties();
        java.nio.file.Path data = Installation.dataDirectory(context);
        String url = config.url().isBlank() ? h2(data.resolve("meervoud").toString()) : postgresql(config.url());
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        StoreMarker marker = new StoreMarker(data.resolve(StoreMarker.FILE), url);
        if (config.url().isBlank()) {
            marker.refuseIfLost(data.resolve("meervoud.mv.db"));
        }
        if (!config.user().isBlank()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, config.user());
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, config.password());
        }
        // A pool, for speed (PostgreSQL) and so that H2 is not closed and reopened between requests.
        HikariConfig pooling = new HikariConfig();
        pooling.setDataSource(factory.createDataSource(properties));
        pooling.setPoolName("meervoud-store");
        pooling.setMaximumPoolSize(config.poolSize());
        this.pool = new HikariDataSource(pooling);
        this.scope = null;
        this.postgresql = url.startsWith("jdbc:postgresql:");
        DataSource dataSource = pool;
        try {
            try (Connection c = dataSource.getConnection()) {
                database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            }
            ClassLoader loader = getClass().getClassLoader();
            boolean eigenaar = !config.migratieGebruiker().isBlank() && !config.migratieGebruiker().equals(config.user());
            DataSource migraties = dataSource;
            if (eigenaar) {
                Properties owner = new Properties();
                owner.setProperty(DataSourceFactory.JDBC_URL, url);
                owner.setProperty(DataSourceFactory.JDBC_USER, config.migratieGebruiker());
                owner.setProperty(DataSourceFactory.JDBC_PASSWORD, config.migratieWachtwoord());
                migraties = factory.createDataSource(owner);
            }
            Flyway flyway = Flyway.configure(loader).dataSource(migraties).locations(new String[0])
                    .javaMigrations(new V1__Onderzoek(), new V2__Dossiers(), new V3__Toegang(), new V4__ToegangOpen(),
                            new V5__Termijn(), new V6__TermijnNullsLast(), new V7__Gemeente(config.gemeenteBestaand()),
                            new V8__Rijbeveiliging(eigenaar ? config.user() : null), new V9__GemeenteIndex()).load();
            marker.refuseIfEmpty(flyway.info().applied().length);
            flyway.migrate();
            marker.write();
            emf = new PersistenceProvider().createContainerEntityManagerFactory(
                    PersistenceUnits.of("meervoud", dataSource, context.getBundle().getEntry("/"), loader,
                            entities()),
                    Map.of("eclipselink.weaving", "false", "eclipselink.logging.level", "WARNING", "eclipselink.logging.parameters", "false",
                            "eclipselink.cache.shared.default", "false"));
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A view of the same store for one municipality. */
    private JpaStore(JpaStore root, String gemeente) {
        this.pool = root.pool;
        this.emf = root.emf;
        this.database = root.database;
        this.scope = gemeente;
        this.postgresql = root.postgresql;
    }

    /** A CBS gemeentecode: four digits; refused otherwise, before it reaches SQL. */
    static String gemeentecode(String code) {
        if (!Gemeenten.isGemeentecode(code)) {
            throw new IllegalArgumentException("gemeente: een CBS-gemeentecode van vier cijfers");
        }
        return code;
    }

    @Override
    public Dossiers voorGemeente(String gemeentecode) {
        String code = gemeentecode(gemeentecode);
        if (scope != null && !scope.equals(code)) {
            throw new IllegalStateException("a municipality's view does not open another municipality's");
        }
        return new JpaStore(this, code);
    }

    @Override
    public String gemeente() {
        return scope;
    }

    /** Whether this view may see a file: every file for the installation, a municipality's own for its view. */
    private boolean eigen(DossierEntity e) {
        return e != null && (scope == null || scope.equals(e.gemeente));
    }

    /** The entity when this view may see it, else null: another municipality's file does not exist here. */
    private <E extends DossierEntity> E vind(EntityManager em, Class<E> type, UUID id) {
        E e = em.find(type, id);
        return eigen(e) ? e : null;
    }

    /** The mapped superclass and one entity per kind of file. */
    private static List<String> entities() {
        List<String> names = new ArrayList<>(List.of(DossierEntity.class.getName()));
        for (Soort soort : Soort.values()) {
            names.add(DossierEntity.type(soort).getName());
        }
        return names;
    }

    /**
     * The embedded H2 database, kept open until this component shuts it down, writing each commit at once.
     * <ul>
     * <li>{@code DB_CLOSE_DELAY=-1}: by default H2 closes a database when its last connection closes; a connection
     * opened while that close was still writing saw the file from before it, and committed rows disappeared under
     * sustained concurrent load, within the first 10,000 seeded cases (found by bench/load.sh).</li>
     * <li>{@code WRITE_DELAY=0}: by default H2 writes committed transactions to its file up to half a second later;
     * after a SIGKILL 121 of 300 acknowledged investigations were gone (KillIT). Now each commit reaches the file
     * (the operating system's cache) before the 201, which survives a killed process; surviving a power cut needs
     * PostgreSQL.</li>
     * </ul>
     */
    static String h2(String file) {
        return "jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
    }

    /**
     * PostgreSQL: EclipseLink binds a null UUID as VARCHAR, which PostgreSQL refuses for a uuid column; with
     * {@code stringtype=unspecified} the server infers the type of such parameters.
     */
    static String postgresql(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("stringtype=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "stringtype=unspecified";
    }

    @Deactivate
    void deactivate() {
        if (scope != null) {
            return; // a view; the registered store closes what they share
        }
        emf.close();
        if (database.startsWith("H2")) {
            try (Connection c = pool.getConnection(); java.sql.Statement shutdown = c.createStatement()) {
                shutdown.execute("SHUTDOWN");
            } catch (SQLException e) {
                if (e.getErrorCode() != 90121) { // 90121: already closed, e.g. when the JVM is shutting down
                    LOG.warn("H2 did not shut down cleanly: {}", e.getMessage());
                }
            }
        }
        pool.close();
    }

    @Override
    public Dossier create(Soort soort, Inhoud inhoud) {
        return schrijf(List.of(new Wijziging(soort, null, 0, inhoud))).get(0);
    }

    @Override
    public Dossier create(Soort soort, UUID id, Inhoud inhoud) {
        Objects.requireNonNull(id, "id");
        return inTransaction(em -> {
            if (em.find(DossierEntity.type(soort), id) != null) {
                // Also when another municipality holds the id: ids are unique in the installation.
                throw new ConflictException(soort.tabel() + " `" + id + "` bestaat al");
            }
            return insert(em, soort, inhoud, id);
        });
    }

    @Override
    public Dossier update(Soort soort, UUID id, long versie, Inhoud inhoud) {
        return schrijf(List.of(new Wijziging(soort, id, versie, inhoud))).get(0);
    }

    @Override
    public List<Dossier> schrijf(List<Wijziging> wijzigingen) {
        return inTransaction(em -> {
            List<Dossier> out = new ArrayList<>();
            for (Wijziging w : wijzigingen) {
                out.add(w.id() == null ? insert(em, w.soort(), w.inhoud(), UUID.randomUUID()) : replace(em, w.soort(), w.id(), w.versie(), w.inhoud()));
            }
            return out;
        });
    }

    private Dossier insert(EntityManager em, Soort soort, Inhoud inhoud, UUID id) {
        if (scope == null) {
            throw new IllegalStateException("a file is stored for a municipality: use voorGemeente(…)");
        }
        DossierEntity entity = DossierEntity.create(soort);
        entity.id = id;
        entity.gemeente = scope;
        // In microseconds, what H2 and PostgreSQL keep: the file created is the file read back, to the digit, so a
        // list position (Na) made from either finds the same place.
        entity.aangemaakt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        entity.set(inhoud);
        em.persist(entity);
        em.flush();
        writeBetrokkenen(em, soort, entity.id, scope, inhoud.betrokkenen());
        if (inhoud.toegang() != null) {
            writeToegang(em, soort, entity.id, scope, inhoud.toegang());
        }
        return entity.toDossier(inhoud.betrokkenen());
    }

    private Dossier replace(EntityManager em, Soort soort, UUID id, long versie, Inhoud inhoud) {
        DossierEntity entity = vind(em, DossierEntity.type(soort), id);
        if (entity == null) {
            throw new NoSuchElementException(soort.tabel() + " `" + id + "` bestaat niet");
        }
        if (entity.versie != versie) {
            throw new ConflictException(soort.tabel() + " " + id + " is intussen gewijzigd (versie " + entity.versie
                    + ", verwacht " + versie + ")");
        }
        // Every write is a new version, also one that changes nothing: without the forced increment EclipseLink
        // sends no UPDATE for an unchanged entity, two identical concurrent writes both pass the version check and
        // then collide on the betrokkene rows (a 500 instead of a 409). The UPDATE takes the row lock first.
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entity.set(inhoud);
        em.flush();
        deleteIndex(em, "betrokkene", soort, id);
        writeBetrokkenen(em, soort, id, entity.gemeente, inhoud.betrokkenen());
        if (inhoud.toegang() != null) {
            deleteIndex(em, "toegang", soort, id);
            writeToegang(em, soort, id, entity.gemeente, inhoud.toegang());
        }
        return entity.toDossier(inhoud.betrokkenen());
    }

    /** Removes a file's rows from one of the index tables (betrokkene, toegang). */
    private static void deleteIndex(EntityManager em, String table, Soort soort, UUID id) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE soort = ? AND dossier = ?").setParameter(1, soort.name()).setParameter(2, id)
                .executeUpdate();
    }

    /** Index rows carry their file's municipality (since 0.7, migration V9), for the database's row-level security. */
    private static void writeToegang(EntityManager em, Soort soort, UUID id, String gemeente, Set<String> keys) {
        for (String key : keys) {
            em.createNativeQuery("INSERT INTO toegang (soort, dossier, sleutel, gemeente) VALUES (?, ?, ?, ?)").setParameter(1, soort.name())
                    .setParameter(2, id).setParameter(3, key).setParameter(4, gemeente).executeUpdate();
        }
    }

    @Override
    public Set<String> toegang(Soort soort, UUID id) {
        return inTransaction(em -> {
            if (scope != null && vind(em, DossierEntity.type(soort), id) == null) {
                return Set.of(); // another municipality's file opens to no key here
            }
            return toegang(em, soort, id);
        });
    }

    @Override
    public Pagina list(Soort soort, String toestand, UUID zaak, Set<String> toegang, int pagina, int grootte) {
        return list(soort, toestand, zaak, toegang, Volgorde.NIEUWSTE, pagina, grootte);
    }

    @Override
    public Pagina list(Soort soort, String toestand, UUID zaak, Set<String> toegang, Volgorde volgorde, int pagina, int grootte) {
        return list(soort, toestand, zaak, toegang, volgorde, null, (long) (pagina - 1) * grootte, grootte);
    }

    @Override
    public Pagina list(Soort soort, String toestand, UUID zaak, Set<String> toegang, Volgorde volgorde, Na na, int grootte) {
        if (na != null && na.volgorde() != volgorde) {
            throw new IllegalArgumentException("na: een plaats in een lijst op " + na.volgorde().name().toLowerCase(java.util.Locale.ROOT)
                    + ", niet op " + volgorde.name().toLowerCase(java.util.Locale.ROOT));
        }
        return list(soort, toestand, zaak, toegang, volgorde, na, 0, grootte);
    }

    /** A page from {@code offset}, or (keyset paging) after {@code na}, which then comes with offset 0. */
    private Pagina list(Soort soort, String toestand, UUID zaak, Set<String> toegang, Volgorde volgorde, Na na, long offset, int grootte) {
        if (toegang == null) {
            return lijst(soort, toestand, zaak, volgorde, na, offset, grootte);
        }
        if (soort == Soort.MELDING) {
            throw new IllegalArgumentException("toegang: meldingen horen bij geen onderzoek");
        }
        if (toegang.isEmpty()) {
            return new Pagina(List.of(), false);
        }
        return inTransaction(em -> {
            // An investigation's keys govern it and the files of its case (by zaak): one probe of the key table's
            // primary key per row the list walks, in the list's own order. docs/perf.md says what it costs.
            String column = soort == Soort.ONDERZOEK ? "d.id" : "d.zaak";
            // H2 does not walk the list index by itself once the filter has a subquery; it is told to. Not for one case's
            // files: those few are found by the zaak index, where walking the list index would read the whole table.
            boolean opTermijn = volgorde == Volgorde.TERMIJN;
            String hint = database.startsWith("H2") && zaak == null ? " USE INDEX (" + soort.tabel() + (opTermijn ? "_termijn" : "_lijst") + ")" : "";
            String in = String.join(", ", java.util.Collections.nCopies(toegang.size(), "?"));
            StringBuilder sql = new StringBuilder("SELECT d.id FROM ").append(soort.tabel()).append(" d").append(hint)
                    .append(" WHERE (EXISTS (SELECT 1 FROM toegang t WHERE t.soort = 'ONDERZOEK' AND t.dossier = ").append(column)
                    .append(" AND t.sleutel IN (").append(in).append("))");
            List<Object> params = new ArrayList<>(toegang);
            if (soort != Soort.ONDERZOEK) {
                // A file's own keys open it too (since 0.5: a data request carries its addressed party's key).
                sql.append(" OR EXISTS (SELECT 1 FROM toegang o WHERE o.soort = '").append(soort.name()).append("' AND o.dossier = d.id AND o.sleutel IN (")
                        .append(in).append("))");
                params.addAll(toegang);
            }
            sql.append(")");
            if (scope != null) {
                sql.append(" AND d.gemeente = ?");
                params.add(scope);
            }
            if (toestand != null) {
                sql.append(" AND d.toestand = ?");
                params.add(toestand);
            }
            if (zaak != null) {
                sql.append(" AND d.zaak = ?");
                params.add(zaak);
            }
            na(na, "d", sql, params, false);
            // The municipality first, fixed by the WHERE: H2 reads the (gemeente, …) index in order only so (V9).
            sql.append(" ORDER BY ").append(scope == null ? "" : opTermijn ? "d.gemeente ASC, " : "d.gemeente DESC, ")
                    .append(opTermijn ? "d.termijn ASC NULLS LAST, d.id ASC" : "d.aangemaakt DESC, d.id DESC").append(" LIMIT ? OFFSET ?");
            params.add(grootte + 1);
            params.add(offset);
            if (postgresql && zaak == null) {
                // PostgreSQL cannot estimate the row-level-security rule (an OR on current_setting), guesses a handful of
                // rows, and then reads every file the keys open and sorts them: 82 ms for page 1 of a municipality
                // with 11,000 open investigations (docs/perf.md). It is told to do what H2 is told above: walk the
                // list index in order and probe the keys per row, serially (a LIMIT query gains nothing from workers).
                // For this transaction only (set_config(…, true)), in one round trip.
                em.createNativeQuery("SELECT set_config('enable_hashagg', 'off', true), set_config('enable_hashjoin', 'off', true), "
                        + "set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true), "
                        + "set_config('max_parallel_workers_per_gather', '0', true)").getResultList();
            }
            jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object> rows = query.getResultList();
            List<UUID> ids = new ArrayList<>();
            for (Object raw : rows.subList(0, Math.min(grootte, rows.size()))) {
                ids.add(uuid(raw));
            }
            List<Dossier> items = new ArrayList<>();
            if (!ids.isEmpty()) {
                // One query for the page's files, in the order the filtered query gave.
                Class<? extends DossierEntity> type = DossierEntity.type(soort);
                Map<UUID, DossierEntity> byId = new java.util.HashMap<>();
                em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type).setParameter("ids", ids)
                        .getResultList().forEach(e -> byId.put(e.id, e));
                for (UUID id : ids) {
                    DossierEntity e = byId.get(id);
                    if (eigen(e)) {
                        items.add(e.toDossier(Set.of()));
                    }
                }
            }
            return new Pagina(items, rows.size() > grootte);
        });
    }

    /**
     * Keyset paging: only the rows after {@code na} in the list's order, written so that the leading range is one an
     * index can start from ({@code aangemaakt <= t}, ties then by id), not an OR the database must test row by row.
     * By term, files without a term come last, ties oldest id first.
     */
    private static void na(Na na, String d, StringBuilder sql, List<Object> params, boolean jpql) {
        if (na == null) {
            return;
        }
        List<Object> own = new ArrayList<>();
        java.util.function.Function<Object, String> p = value -> {
            own.add(value);
            return jpql ? ":na" + (own.size() - 1) : "?";
        };
        if (na.volgorde() == Volgorde.NIEUWSTE) {
            java.time.OffsetDateTime t = na.aangemaakt().atOffset(java.time.ZoneOffset.UTC);
            sql.append(" AND ").append(d).append(".aangemaakt <= ").append(p.apply(t)).append(" AND (").append(d).append(".aangemaakt < ")
                    .append(p.apply(t)).append(" OR ").append(d).append(".id < ").append(p.apply(na.id())).append(")");
        } else if (na.termijn() == null) {
            sql.append(" AND ").append(d).append(".termijn IS NULL AND ").append(d).append(".id > ").append(p.apply(na.id()));
        } else {
            sql.append(" AND (").append(d).append(".termijn IS NULL OR ").append(d).append(".termijn >= ").append(p.apply(na.termijn()))
                    .append(") AND (").append(d).append(".termijn IS NULL OR ").append(d).append(".termijn > ").append(p.apply(na.termijn()))
                    .append(" OR ").append(d).append(".id > ").append(p.apply(na.id())).append(")");
        }
        params.addAll(own);
    }

    private static UUID uuid(Object raw) {
        return raw == null ? null : raw instanceof UUID u ? u : UUID.fromString(raw.toString());
    }

    @Override
    public Optional<Dossier> find(Soort soort, UUID id) {
        return inTransaction(em -> {
            DossierEntity entity = vind(em, DossierEntity.type(soort), id);
            if (entity == null) {
                return Optional.empty();
            }
            // An investigation is read with its need-to-know keys, in the same session: no second round trip later.
            return Optional.of(soort == Soort.ONDERZOEK ? entity.toDossier(betrokkenen(em, soort, id), toegang(em, soort, id)) : entity.toDossier(betrokkenen(em, soort, id)));
        });
    }

    @Override
    public Pagina list(Soort soort, String toestand, UUID zaak, int pagina, int grootte) {
        return lijst(soort, toestand, zaak, Volgorde.NIEUWSTE, null, (long) (pagina - 1) * grootte, grootte);
    }

    private Pagina lijst(Soort soort, String toestand, UUID zaak, Volgorde volgorde, Na na, long offset, int grootte) {
        return inTransaction(em -> {
            Class<? extends DossierEntity> type = DossierEntity.type(soort);
            StringBuilder jpql = new StringBuilder("SELECT e FROM ").append(type.getSimpleName()).append(" e WHERE 1 = 1");
            if (scope != null) {
                jpql.append(" AND e.gemeente = :gemeente");
            }
            if (toestand != null) {
                jpql.append(" AND e.toestand = :toestand");
            }
            if (zaak != null) {
                jpql.append(" AND e.zaak = :zaak");
            }
            List<Object> naParams = new ArrayList<>();
            na(na, "e", jpql, naParams, true);
            // Columns the WHERE fixes lead the order, so that H2 reads a (gemeente, …) index in order (V9); investigations
            // by state have their own (gemeente, toestand, …).
            boolean opTermijn = volgorde == Volgorde.TERMIJN;
            jpql.append(" ORDER BY ").append(scope == null ? "" : opTermijn ? "e.gemeente ASC, " : "e.gemeente DESC, ")
                    .append(toestand != null && !opTermijn && soort == Soort.ONDERZOEK ? "e.toestand DESC, " : "")
                    .append(opTermijn ? "e.termijn ASC NULLS LAST, e.id ASC" : "e.aangemaakt DESC, e.id DESC");
            TypedQuery<? extends DossierEntity> query = em.createQuery(jpql.toString(), type);
            if (scope != null) {
                query.setParameter("gemeente", scope);
            }
            if (toestand != null) {
                query.setParameter("toestand", toestand);
            }
            if (zaak != null) {
                query.setParameter("zaak", zaak);
            }
            for (int i = 0; i < naParams.size(); i++) {
                query.setParameter("na" + i, naParams.get(i));
            }
            List<? extends DossierEntity> rows = query.setFirstResult(Math.toIntExact(offset)).setMaxResults(grootte + 1).getResultList();
            boolean volgende = rows.size() > grootte;
            List<Dossier> items = new ArrayList<>();
            for (DossierEntity e : rows.subList(0, Math.min(grootte, rows.size()))) {
                items.add(e.toDossier(Set.of()));
            }
            return new Pagina(items, volgende);
        });
    }

    @Override
    public List<Dossier> byBetrokkene(String bsn) {
        return inTransaction(em -> {
            List<Dossier> out = new ArrayList<>();
            jakarta.persistence.Query q = em.createNativeQuery("SELECT soort, dossier FROM betrokkene WHERE bsn = ?"
                    + (scope == null ? "" : " AND gemeente = ?")).setParameter(1, bsn);
            if (scope != null) {
                q.setParameter(2, scope);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = q.getResultList();
            for (Object[] row : rows) {
                Soort soort = Soort.valueOf((String) row[0]);
                UUID id = row[1] instanceof UUID u ? u : UUID.fromString(row[1].toString());
                DossierEntity entity = vind(em, DossierEntity.type(soort), id);
                if (entity != null) {
                    out.add(entity.toDossier(betrokkenen(em, soort, id)));
                }
            }
            return out;
        });
    }

    @Override
    public List<Dossier> verlopen(LocalDate vandaag, int max) {
        return inTransaction(em -> {
            List<Dossier> out = new ArrayList<>();
            for (Soort soort : Soort.values()) {
                if (out.size() >= max) {
                    break;
                }
                Class<? extends DossierEntity> type = DossierEntity.type(soort);
                TypedQuery<? extends DossierEntity> q = em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.bewarenTot < :vandaag"
                        + (scope == null ? "" : " AND e.gemeente = :gemeente") + " ORDER BY e.bewarenTot", type).setParameter("vandaag", vandaag);
                if (scope != null) {
                    q.setParameter("gemeente", scope);
                }
                q.setMaxResults(max - out.size()).getResultList()
                        .forEach(e -> out.add(e.toDossier(betrokkenen(em, soort, e.id))));
            }
            return out;
        });
    }

    @Override
    public boolean delete(Soort soort, UUID id) {
        return inTransaction(em -> {
            // Another municipality's file is not there to delete: checked before its index rows go.
            if (vind(em, DossierEntity.type(soort), id) == null) {
                return false;
            }
            deleteIndex(em, "betrokkene", soort, id);
            deleteIndex(em, "toegang", soort, id);
            jakarta.persistence.Query delete = em.createQuery("DELETE FROM " + DossierEntity.type(soort).getSimpleName() + " e WHERE e.id = :id"
                    + (scope == null ? "" : " AND e.gemeente = :gemeente")).setParameter("id", id);
            if (scope != null) {
                delete.setParameter("gemeente", scope);
            }
            return delete.executeUpdate() > 0;
        });
    }

    private static void writeBetrokkenen(EntityManager em, Soort soort, UUID id, String gemeente, Set<String> bsns) {
        for (String bsn : bsns) {
            em.createNativeQuery("INSERT INTO betrokkene (soort, dossier, bsn, gemeente) VALUES (?, ?, ?, ?)").setParameter(1, soort.name())
                    .setParameter(2, id).setParameter(3, bsn).setParameter(4, gemeente).executeUpdate();
        }
    }

    private static Set<String> toegang(EntityManager em, Soort soort, UUID id) {
        return column(em, "SELECT sleutel FROM toegang WHERE soort = ? AND dossier = ?", soort, id);
    }

    private static Set<String> betrokkenen(EntityManager em, Soort soort, UUID id) {
        return column(em, "SELECT bsn FROM betrokkene WHERE soort = ? AND dossier = ?", soort, id);
    }

    /** The values of a one-column index query for a file, sorted. */
    private static Set<String> column(EntityManager em, String sql, Soort soort, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, soort.name()).setParameter(2, id).getResultList();
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.toString()));
        return out;
    }

    @Override
    public String database() {
        return database;
    }

    /**
     * One transaction; on PostgreSQL it first tells the database whose rows it may touch (V8's row-level security):
     * {@code SET LOCAL} holds for this transaction only, so a pooled connection carries it to no one else. As an
     * update it also makes EclipseLink take the transaction's connection now, so every statement after it runs there.
     */
    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            if (postgresql) {
                // The code is four digits (voorGemeente) or `*`: nothing of a request reaches this statement.
                em.createNativeQuery("SET LOCAL meervoud.gemeente = '" + (scope == null ? "*" : scope) + "'").executeUpdate();
            }
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (OptimisticLockException | RollbackException e) {
            // The EclipseLink message names classes and keys, not something to show a caller.
            throw new ConflictException("gelijktijdige wijziging: een ander schreef dit dossier tegelijk; lees het opnieuw");
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
