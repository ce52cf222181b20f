// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The case service comes and goes without leaking: stopped, its API and its retention thread are gone and its
 * services unregistered; started again, it serves the data it stored before.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CasusLifecycleIT {
    private static final String[] JSON = { "Content-Type", "application/json", "x-verwerking", "wams-onderzoek" };

    @Inject
    BundleContext context;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-lifecycle-it"), MeervoudDistribution.freePort());
    }

    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    private static boolean retentionThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("meervoud-bewaartermijnen") && t.isAlive());
    }

    @Test
    public void stoppingAndStartingTheCaseServiceLeavesNothingBehindAndLosesNothing() throws Exception {
        Http.standaard(Aanmelden.medewerker(context, port()));
        assertEquals(200, Http.awaitStatus(port(), "/api/v1/onderzoeken", 200, Await.DEFAULT).status());
        Http.Exchange created = Http.send(port(), "POST", "/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", "
                + "\"client\": {\"bsn\": \"111222333\"}, \"reikwijdte\": {\"domeinen\": [\"wonen\"]}, \"vermoedenMeervoudigeProblematiek\": true}", JSON);
        assertEquals(created.body().toString(), 201, created.status());
        assertTrue(Await.until(CasusLifecycleIT::retentionThreadAlive));

        Bundle casus = InFramework.find(context, "nl.meervoud.casus");
        casus.stop();
        assertEquals(404, Http.awaitStatus(port(), "/api/v1/onderzoeken", 404, Await.DEFAULT).status());
        assertTrue("the retention thread ended", Await.until(() -> !retentionThreadAlive()));
        assertTrue("no services left registered", casus.getRegisteredServices() == null || casus.getRegisteredServices().length == 0);

        casus.start();
        assertEquals(200, Http.awaitStatus(port(), "/api/v1/onderzoeken", 200, Await.DEFAULT).status());
        Http.Exchange read = Http.send(port(), "GET", created.body().at("/_links/self/href").asText(), null, JSON);
        assertEquals(200, read.status());
        assertFalse(read.body().path("client").isMissingNode());
        assertTrue(Await.until(CasusLifecycleIT::retentionThreadAlive));
    }
}
