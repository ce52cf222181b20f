// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
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
import org.osgi.framework.ServiceReference;

import nl.meervoud.casus.api.Onderzoek;
import nl.meervoud.store.api.OnderzoekRepository;
import nl.meervoud.store.api.OnderzoekRepository.ConflictException;

/**
 * The store in the running distribution: on the embedded H2 file database (the default), and with
 * {@code -Ppostgresql} on PostgreSQL at 127.0.0.1:5432, configured through ConfigAdmin as an operator would.
 * Schema by Flyway, an investigation stored and read back, a conflicting concurrent update refused.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreIT {
    private static final String POSTGRESQL = "meervoud.it.postgresql";

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

    private boolean postgresql() {
        return !System.getProperty(POSTGRESQL, "").isBlank();
    }

    /** The store on the database under test; for PostgreSQL first configured, as an operator would. */
    private OnderzoekRepository store() throws Exception {
        if (postgresql()) {
            org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("nl.meervoud.store", "?");
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("url", System.getProperty(POSTGRESQL));
            p.put("user", System.getProperty(POSTGRESQL + ".user", "postgres"));
            p.put("password", "");
            p.put("dataSourceFactory.target", "(osgi.jdbc.driver.class=org.postgresql.Driver)");
            c.update(p);
        }
        String expected = postgresql() ? "PostgreSQL" : "H2";
        OnderzoekRepository[] found = new OnderzoekRepository[1];
        // A reconfigured delayed component may keep its registration while SCR replaces the instance behind it,
        // so ask the framework for the service afresh each time instead of holding a tracked object.
        boolean settled = Await.until(() -> {
            ServiceReference<OnderzoekRepository> reference = context.getServiceReference(OnderzoekRepository.class);
            OnderzoekRepository s = reference == null ? null : context.getService(reference);
            try {
                if (s != null && s.database().startsWith(expected) && s.find(UUID.randomUUID()).isEmpty()) {
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

    @Test
    public void anInvestigationIsStoredReadBackAndConflictingUpdatesAreRefused() throws Exception {
        OnderzoekRepository store = store();
        Onderzoek gestart = Onderzoek.op2_3a_1(LocalDate.of(2026, 11, 2), true);
        UUID id = store.create(gestart);
        OnderzoekRepository.Versioned<Onderzoek> read = store.find(id).orElseThrow();
        assertEquals(gestart, read.value());

        Onderzoek uitkomst = gestart.uitkomst(LocalDate.of(2026, 12, 1));
        long next = store.update(id, read.version(), uitkomst);
        assertTrue(next > read.version());
        assertEquals(Onderzoek.Toestand.UITKOMST_MEEGEDEELD, store.find(id).orElseThrow().value().toestand());

        ConflictException conflict = assertThrows(ConflictException.class, () -> store.update(id, read.version(), uitkomst.geenAanpak()));
        assertTrue(conflict.getMessage().contains("intussen gewijzigd"));
        assertEquals("the conflicting update left nothing behind", Onderzoek.Toestand.UITKOMST_MEEGEDEELD,
                store.find(id).orElseThrow().value().toestand());
    }
}
