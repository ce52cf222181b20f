// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import nl.meervoud.store.api.Dossiers;
import nl.meervoud.store.api.Dossiers.ConflictException;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;

/**
 * The store in the running distribution: on the embedded H2 file database (the default), and with
 * {@code -Ppostgresql} on PostgreSQL at 127.0.0.1:5432. Schema by Flyway; files stored apart per kind, read back,
 * listed, found by the people in them, deleted when expired; a conflicting concurrent update refused; a failed
 * batch leaves nothing behind.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreIT {

    @Inject
    BundleContext context;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    nl.meervoud.platform.api.Platform platform;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-store-it"), MeervoudDistribution.freePort());
    }

    private static Dossiers.Inhoud inhoud(UUID zaak, String toestand, String json, LocalDate bewaren, String... bsns) {
        return new Dossiers.Inhoud(zaak, toestand, json, bewaren, Set.of(bsns));
    }

    @Test
    public void aFileIsStoredReadBackAndConflictingUpdatesAreRefused() throws Exception {
        Dossiers store = Databases.store(context, configAdmin, platform).voorGemeente("0363");
        Dossier created = store.create(Soort.ONDERZOEK, inhoud(null, "GESTART", "{\"a\":1}", null, "111222333"));
        Dossier read = store.find(Soort.ONDERZOEK, created.id()).orElseThrow();
        assertEquals("{\"a\":1}", read.inhoud());
        assertEquals(Set.of("111222333"), read.betrokkenen());
        assertTrue("investigation data are not found among coordination data",
                store.find(Soort.COORDINATIEDOSSIER, created.id()).isEmpty());

        Dossier updated = store.update(Soort.ONDERZOEK, created.id(), read.versie(), inhoud(null, "UITKOMST_MEEGEDEELD", "{\"a\":2}", null,
                "111222333", "123456782"));
        assertTrue(updated.versie() > read.versie());
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> store.update(Soort.ONDERZOEK, created.id(), read.versie(), inhoud(null, "AFGEROND", "{\"a\":3}", null)));
        assertTrue(conflict.getMessage().contains("intussen gewijzigd"));
        Dossier after = store.find(Soort.ONDERZOEK, created.id()).orElseThrow();
        assertEquals("the conflicting update left nothing behind", "UITKOMST_MEEGEDEELD", after.toestand());
        assertEquals(Set.of("111222333", "123456782"), after.betrokkenen());

        Dossier same = store.update(Soort.ONDERZOEK, created.id(), after.versie(), inhoud(null, "UITKOMST_MEEGEDEELD", "{\"a\":2}", null,
                "111222333", "123456782"));
        assertTrue("a write that changes nothing is still a new version", same.versie() > after.versie());

        UUID chosen = UUID.randomUUID();
        assertEquals(chosen, store.create(Soort.ONDERZOEK, chosen, inhoud(null, "GESTART", "{}", null)).id());
        assertThrows("an id that exists is not created twice", ConflictException.class,
                () -> store.create(Soort.ONDERZOEK, chosen, inhoud(null, "GESTART", "{}", null)));
    }

    @Test
    public void needToKnowKeysFilterInvestigationsAndTheFilesOfTheirCase() throws Exception {
        Dossiers store = Databases.store(context, configAdmin, platform).voorGemeente("0363");
        String toestand = "TOEGANG_" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "X");
        Dossier noord = store.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("team:noord", "behandelaar:a")));
        Dossier zuid = store.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("team:zuid")));
        Dossier open = store.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("open")));
        Dossier verzoekNoord = store.create(Soort.VERSTREKKINGSVERZOEK, inhoud(noord.id(), toestand, "{}", null));
        Dossier verzoekZuid = store.create(Soort.VERSTREKKINGSVERZOEK, inhoud(zuid.id(), toestand, "{}", null));
        assertEquals(Set.of("team:noord", "behandelaar:a"), store.toegang(Soort.ONDERZOEK, noord.id()));
        assertEquals(Set.of("open"), store.toegang(Soort.ONDERZOEK, open.id()));

        java.util.function.Function<Dossiers.Pagina, Set<UUID>> ids = p -> p.items().stream().map(Dossier::id)
                .collect(java.util.stream.Collectors.toSet());
        assertEquals("a key opens its investigations", Set.of(noord.id(), open.id()),
                ids.apply(store.list(Soort.ONDERZOEK, toestand, null, Set.of("team:noord", "open"), 1, 10)));
        assertEquals(Set.of(noord.id(), zuid.id()),
                ids.apply(store.list(Soort.ONDERZOEK, toestand, null, Set.of("behandelaar:a", "team:zuid"), 1, 10)));
        assertEquals("no keys open nothing", Set.of(), ids.apply(store.list(Soort.ONDERZOEK, toestand, null, Set.of(), 1, 10)));
        assertEquals("a file follows its case", Set.of(verzoekNoord.id()),
                ids.apply(store.list(Soort.VERSTREKKINGSVERZOEK, toestand, null, Set.of("team:noord"), 1, 10)));
        assertEquals(3, store.list(Soort.ONDERZOEK, toestand, null, null, 1, 10).items().size());
        Dossiers.Pagina first = store.list(Soort.ONDERZOEK, toestand, null, Set.of("team:noord", "open"), 1, 1);
        assertTrue("paged like every list", first.volgende() && first.items().size() == 1);

        Dossier moved = store.update(Soort.ONDERZOEK, zuid.id(), zuid.versie(),
                new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("team:noord")));
        assertEquals(Set.of("team:noord"), store.toegang(Soort.ONDERZOEK, moved.id()));
        store.update(Soort.ONDERZOEK, moved.id(), moved.versie(), inhoud(null, toestand, "{}", null));
        assertEquals("an update without keys leaves them", Set.of("team:noord"), store.toegang(Soort.ONDERZOEK, zuid.id()));
        assertTrue(store.delete(Soort.ONDERZOEK, noord.id()));
        assertEquals("deleting a file deletes its keys", Set.of(), store.toegang(Soort.ONDERZOEK, noord.id()));
        for (Dossier d : List.of(zuid, open)) {
            store.delete(Soort.ONDERZOEK, d.id());
        }
        store.delete(Soort.VERSTREKKINGSVERZOEK, verzoekNoord.id());
        store.delete(Soort.VERSTREKKINGSVERZOEK, verzoekZuid.id());
    }

    /**
     * A list sorted by term puts the nearest legal term first and files without one last, with and without
     * need-to-know keys; a file's own key (a data request's party, since 0.5) opens that file alone.
     */
    @Test
    public void listsSortByTheNearestTermAndAFilesOwnKeyOpensIt() throws Exception {
        Dossiers store = Databases.store(context, configAdmin, platform).voorGemeente("0363");
        String toestand = "TERMIJN_" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "X");
        LocalDate dag = LocalDate.of(2027, 3, 1);
        Dossier laat = store.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("team:t"), dag.plusDays(20)));
        Dossier zonder = store.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("team:t"), null));
        Dossier vroeg = store.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("team:t"), dag));
        assertEquals(dag, store.find(Soort.ONDERZOEK, vroeg.id()).orElseThrow().termijn());
        java.util.function.Function<Dossiers.Pagina, List<UUID>> ids = p -> p.items().stream().map(Dossier::id).toList();
        List<UUID> opTermijn = List.of(vroeg.id(), laat.id(), zonder.id());
        assertEquals("nearest first, none last (by key)", opTermijn,
                ids.apply(store.list(Soort.ONDERZOEK, toestand, null, Set.of("team:t"), Dossiers.Volgorde.TERMIJN, 1, 10)));
        assertEquals("the same without keys", opTermijn,
                ids.apply(store.list(Soort.ONDERZOEK, toestand, null, null, Dossiers.Volgorde.TERMIJN, 1, 10)));
        assertEquals("paged in that order", List.of(laat.id()),
                ids.apply(store.list(Soort.ONDERZOEK, toestand, null, null, Dossiers.Volgorde.TERMIJN, 2, 1)));
        Dossier bijgewerkt = store.update(Soort.ONDERZOEK, laat.id(), laat.versie(),
                new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), null, dag.minusDays(1)));
        assertEquals("an update moves it", laat.id(),
                store.list(Soort.ONDERZOEK, toestand, null, Set.of("team:t"), Dossiers.Volgorde.TERMIJN, 1, 10).items().get(0).id());
        assertEquals(dag.minusDays(1), bijgewerkt.termijn());

        Dossier verzoek = store.create(Soort.VERSTREKKINGSVERZOEK, new Dossiers.Inhoud(zonder.id(), toestand, "{}", null, Set.of(),
                Set.of("partij:kredietbank")));
        Dossier ander = store.create(Soort.VERSTREKKINGSVERZOEK, new Dossiers.Inhoud(zonder.id(), toestand, "{}", null, Set.of(), Set.of("partij:uwv")));
        assertEquals("a file's own key opens that file, not its case's others", List.of(verzoek.id()),
                ids.apply(store.list(Soort.VERSTREKKINGSVERZOEK, toestand, null, Set.of("partij:kredietbank"), 1, 10)));
        assertEquals("nor the investigation", List.of(),
                ids.apply(store.list(Soort.ONDERZOEK, toestand, null, Set.of("partij:kredietbank"), 1, 10)));
        for (Dossier d : List.of(verzoek, ander)) {
            store.delete(Soort.VERSTREKKINGSVERZOEK, d.id());
        }
        for (Dossier d : List.of(laat, zonder, vroeg)) {
            store.delete(Soort.ONDERZOEK, d.id());
        }
    }

    @Test
    public void keysetPagesWalkTheSameListAsPageNumbersInBothOrdersWithTiesAndFilesWithoutATerm() throws Exception {
        Dossiers store = Databases.store(context, configAdmin, platform).voorGemeente("0363");
        String toestand = "NA_" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "X");
        LocalDate dag = LocalDate.of(2027, 5, 1);
        LocalDate[] termijnen = { dag, dag, dag.plusDays(1), null, null, dag.plusDays(1), dag };
        List<Dossier> made = new java.util.ArrayList<>();
        for (LocalDate t : termijnen) {
            made.add(store.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, toestand, "{}", null, Set.of(), Set.of("team:na"), t)));
        }
        try {
            for (Dossiers.Volgorde volgorde : Dossiers.Volgorde.values()) {
                for (Set<String> keys : java.util.Arrays.asList(null, Set.of("team:na"))) {
                    List<UUID> whole = store.list(Soort.ONDERZOEK, toestand, null, keys, volgorde, 1, 100).items().stream().map(Dossier::id).toList();
                    assertEquals(volgorde + " " + keys, termijnen.length, whole.size());
                    List<UUID> walked = new java.util.ArrayList<>();
                    Dossiers.Na na = null;
                    for (int page = 0; page < 10; page++) {
                        Dossiers.Pagina p = store.list(Soort.ONDERZOEK, toestand, null, keys, volgorde, na, 2);
                        p.items().forEach(d -> walked.add(d.id()));
                        List<UUID> byNumber = store.list(Soort.ONDERZOEK, toestand, null, keys, volgorde, page + 1, 2).items().stream()
                                .map(Dossier::id).toList();
                        assertEquals(volgorde + " " + keys + " page " + (page + 1), byNumber, p.items().stream().map(Dossier::id).toList());
                        if (!p.volgende()) {
                            break;
                        }
                        na = Dossiers.Na.na(p.items().get(p.items().size() - 1), volgorde);
                    }
                    assertEquals(volgorde + " " + keys + ": every file once, in the list's order", whole, walked);
                }
            }
            // A position made from a file as create() returned it is the same as one made from the file read back.
            for (Dossier d : made) {
                assertEquals(d.aangemaakt(), store.find(Soort.ONDERZOEK, d.id()).orElseThrow().aangemaakt());
            }
            Dossiers.Pagina afterFirst = store.list(Soort.ONDERZOEK, toestand, null, null, Dossiers.Volgorde.NIEUWSTE,
                    Dossiers.Na.na(made.get(made.size() - 1), Dossiers.Volgorde.NIEUWSTE), 100);
            assertEquals("after the newest: all the others", termijnen.length - 1, afterFirst.items().size());
            Dossiers.Na nieuwste = Dossiers.Na.na(made.get(0), Dossiers.Volgorde.NIEUWSTE);
            IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                    () -> store.list(Soort.ONDERZOEK, toestand, null, null, Dossiers.Volgorde.TERMIJN, nieuwste, 2));
            assertTrue(other.getMessage(), other.getMessage().startsWith("na:"));
        } finally {
            for (Dossier d : made) {
                store.delete(Soort.ONDERZOEK, d.id());
            }
        }
    }

    @Test
    public void aBatchIsAllOrNothing() throws Exception {
        Dossiers store = Databases.store(context, configAdmin, platform).voorGemeente("0363");
        Dossier onderzoek = store.create(Soort.ONDERZOEK, inhoud(null, "UITKOMST_MEEGEDEELD", "{}", null));
        assertThrows(ConflictException.class, () -> store.schrijf(List.of(
                new Dossiers.Wijziging(Soort.COORDINATIEDOSSIER, null, 0, inhoud(onderzoek.id(), "LOPEND", "{}", null)),
                new Dossiers.Wijziging(Soort.ONDERZOEK, onderzoek.id(), onderzoek.versie() + 5, inhoud(null, "AANPAK_LOPEND", "{}", null)))));
        assertTrue("the coördinatiedossier of the failed batch was not kept",
                store.list(Soort.COORDINATIEDOSSIER, null, onderzoek.id(), 1, 10).items().isEmpty());
        assertEquals("UITKOMST_MEEGEDEELD", store.find(Soort.ONDERZOEK, onderzoek.id()).orElseThrow().toestand());
    }

    @Test
    public void listsPageNewestFirstAndFilter() throws Exception {
        Dossiers store = Databases.store(context, configAdmin, platform).voorGemeente("0363");
        UUID zaak = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            store.create(Soort.CASUSOVERLEG, inhoud(zaak, i % 2 == 0 ? "ONDERZOEK" : "COORDINATIE", "{\"i\":" + i + "}", null));
        }
        Dossiers.Pagina first = store.list(Soort.CASUSOVERLEG, null, zaak, 1, 2);
        assertEquals(2, first.items().size());
        assertTrue(first.volgende());
        assertEquals("{\"i\":4}", first.items().get(0).inhoud());
        Dossiers.Pagina last = store.list(Soort.CASUSOVERLEG, null, zaak, 3, 2);
        assertEquals(1, last.items().size());
        assertFalse(last.volgende());
        assertEquals(3, store.list(Soort.CASUSOVERLEG, "ONDERZOEK", zaak, 1, 10).items().size());
    }

    @Test
    public void expiredFilesAreFoundAndDeletedWithTheirPeople() throws Exception {
        Dossiers store = Databases.store(context, configAdmin, platform).voorGemeente("0363");
        String bsn = "999999990";
        Dossier old = store.create(Soort.MELDING, inhoud(null, "AFGESLOTEN", "{}", LocalDate.of(2998, 1, 1), bsn));
        Dossier current = store.create(Soort.MELDING, inhoud(null, "IN_TRIAGE", "{}", LocalDate.of(3000, 1, 1), bsn));
        assertTrue(store.byBetrokkene(bsn).stream().anyMatch(d -> d.id().equals(old.id())));
        // Dates far ahead, so that the running retention job (which looks at today) leaves these two alone.
        List<Dossier> expired = store.verlopen(LocalDate.of(2999, 1, 1), 10_000);
        assertTrue(expired.stream().anyMatch(d -> d.id().equals(old.id())));
        assertFalse(expired.stream().anyMatch(d -> d.id().equals(current.id())));
        assertTrue(store.delete(Soort.MELDING, old.id()));
        assertFalse(store.delete(Soort.MELDING, old.id()));
        assertTrue(store.find(Soort.MELDING, old.id()).isEmpty());
        assertFalse(store.byBetrokkene(bsn).stream().anyMatch(d -> d.id().equals(old.id())));
        assertTrue(store.byBetrokkene(bsn).stream().anyMatch(d -> d.id().equals(current.id())));
    }

    /**
     * Issue 10 §3: two municipalities in one installation. Each sees its own files only: another's file is not
     * found, not listed (with or without need-to-know keys), not in an inzage, not changed, not deleted and its
     * index rows stay; the installation (the retention job) sees both, and stores nothing without a municipality.
     */
    @Test
    public void aMunicipalitySeesChangesAndDeletesOnlyItsOwnFiles() throws Exception {
        Dossiers installatie = Databases.store(context, configAdmin, platform);
        Dossiers amsterdam = installatie.voorGemeente("0363");
        Dossiers utrecht = installatie.voorGemeente("0344");
        String bsn = "300000297";
        Dossier eigen = amsterdam.create(Soort.ONDERZOEK, new Dossiers.Inhoud(null, "GESTART", "{}", LocalDate.of(2998, 1, 1), Set.of(bsn),
                Set.of("team:noord")));
        Dossier verzoek = amsterdam.create(Soort.VERSTREKKINGSVERZOEK, inhoud(eigen.id(), "VERZONDEN", "{}", null, bsn));
        assertEquals("0363", amsterdam.find(Soort.ONDERZOEK, eigen.id()).orElseThrow().gemeente());

        assertTrue("not found", utrecht.find(Soort.ONDERZOEK, eigen.id()).isEmpty());
        assertFalse("not listed", utrecht.list(Soort.ONDERZOEK, null, null, 1, 100).items().stream().anyMatch(d -> d.id().equals(eigen.id())));
        assertTrue("not listed by its case", utrecht.list(Soort.VERSTREKKINGSVERZOEK, null, eigen.id(), 1, 100).items().isEmpty());
        assertFalse("not listed with the same team key", utrecht.list(Soort.ONDERZOEK, null, null, Set.of("team:noord"), 1, 100).items().stream()
                .anyMatch(d -> d.id().equals(eigen.id())));
        assertTrue("its keys open nothing there", utrecht.toegang(Soort.ONDERZOEK, eigen.id()).isEmpty());
        assertTrue("not in another municipality's inzage", utrecht.byBetrokkene(bsn).isEmpty());
        assertFalse("not expired there", utrecht.verlopen(LocalDate.of(2999, 1, 1), 10_000).stream().anyMatch(d -> d.id().equals(eigen.id())));
        assertThrows("not changed", java.util.NoSuchElementException.class,
                () -> utrecht.update(Soort.ONDERZOEK, eigen.id(), eigen.versie(), inhoud(null, "AFGEROND", "{\"overgenomen\":true}", null)));
        assertThrows("a batch that touches it changes nothing at all", java.util.NoSuchElementException.class,
                () -> utrecht.schrijf(List.of(new Dossiers.Wijziging(Soort.MELDING, null, 0, inhoud(null, "IN_TRIAGE", "{}", null, bsn)),
                        new Dossiers.Wijziging(Soort.ONDERZOEK, eigen.id(), eigen.versie(), inhoud(null, "AFGEROND", "{}", null)))));
        assertTrue("the batch's new file was not kept either", utrecht.byBetrokkene(bsn).isEmpty());
        assertFalse("not deleted", utrecht.delete(Soort.ONDERZOEK, eigen.id()));
        assertFalse(utrecht.delete(Soort.VERSTREKKINGSVERZOEK, verzoek.id()));
        Dossier nogSteeds = amsterdam.find(Soort.ONDERZOEK, eigen.id()).orElseThrow();
        assertEquals("unchanged, with its people and keys", eigen.versie(), nogSteeds.versie());
        assertEquals(Set.of(bsn), nogSteeds.betrokkenen());
        assertEquals(Set.of("team:noord"), amsterdam.toegang(Soort.ONDERZOEK, eigen.id()));
        assertEquals(2, amsterdam.byBetrokkene(bsn).size());

        assertTrue("the installation sees every municipality's files", installatie.verlopen(LocalDate.of(2999, 1, 1), 10_000).stream()
                .anyMatch(d -> d.id().equals(eigen.id()) && "0363".equals(d.gemeente())));
        assertThrows("and stores none without a municipality", IllegalStateException.class,
                () -> installatie.create(Soort.MELDING, inhoud(null, "IN_TRIAGE", "{}", null)));
        assertThrows("a view opens no other municipality", IllegalStateException.class, () -> utrecht.voorGemeente("0363"));
        assertThrows("a code is four digits", IllegalArgumentException.class, () -> installatie.voorGemeente("03'63"));

        if (Databases.postgresql()) {
            // PostgreSQL holds the store's own role to it too (V8, row-level security), whatever the Java does.
            try (java.sql.Connection c = Databases.verbinding(context, Databases.APPLICATIEROL); java.sql.Statement st = c.createStatement()) {
                String rij = "SELECT count(*) FROM onderzoeksdossier WHERE id = '" + eigen.id() + "'";
                // The index rows too (V9): who is in the file, and who may see it.
                String mensen = "SELECT count(*) FROM betrokkene WHERE dossier = '" + eigen.id() + "'";
                String sleutels = "SELECT count(*) FROM toegang WHERE dossier = '" + eigen.id() + "'";
                try (java.sql.ResultSet r = st.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'onderzoeksdossier'")) {
                    r.next();
                    assertFalse("the application role does not own the tables", Databases.APPLICATIEROL.equals(r.getString(1)));
                }
                assertEquals("a statement that named no municipality sees nothing", 0, telling(st, rij));
                assertEquals("nor who is in it", 0, telling(st, mensen));
                assertEquals("nor its keys", 0, telling(st, sleutels));
                c.setAutoCommit(false);
                st.execute("SET LOCAL meervoud.gemeente = '0344'");
                assertEquals("another municipality sees nothing", 0, telling(st, rij));
                assertEquals("not who is in it", 0, telling(st, mensen));
                assertEquals("not its keys", 0, telling(st, sleutels));
                assertEquals("and deletes none of them", 0, st.executeUpdate("DELETE FROM toegang WHERE dossier = '" + eigen.id() + "'"));
                assertEquals("and changes nothing", 0, st.executeUpdate("UPDATE onderzoeksdossier SET toestand = 'AFGEROND' WHERE id = '" + eigen.id() + "'"));
                assertThrows("nor writes a row for another", java.sql.SQLException.class, () -> st.execute("INSERT INTO melddossier (id, toestand, inhoud, "
                        + "aangemaakt, versie, gemeente) VALUES ('" + UUID.randomUUID() + "', 'IN_TRIAGE', '{}', now(), 1, '0363')"));
                c.rollback();
                st.execute("SET LOCAL meervoud.gemeente = '0344'");
                assertThrows("nor adds a key to another's file", java.sql.SQLException.class, () -> st.execute("INSERT INTO toegang (soort, dossier, "
                        + "sleutel, gemeente) VALUES ('ONDERZOEK', '" + eigen.id() + "', 'team:zuid', '0363')"));
                c.rollback();
                st.execute("SET LOCAL meervoud.gemeente = '0363'");
                assertEquals("its own municipality sees it", 1, telling(st, rij));
                assertEquals("with its person", 1, telling(st, mensen));
                assertEquals("and its key", 1, telling(st, sleutels));
                c.rollback();
                c.setAutoCommit(true);
                assertEquals("and SET LOCAL ended with its transaction: the pooled connection carries it no further", 0, telling(st, rij));
            }
        }
        assertTrue(amsterdam.delete(Soort.VERSTREKKINGSVERZOEK, verzoek.id()));
        assertTrue(amsterdam.delete(Soort.ONDERZOEK, eigen.id()));
        assertTrue(installatie.byBetrokkene(bsn).isEmpty());
    }

    private static long telling(java.sql.Statement st, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
