// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.meervoud.platform.api.Gemeenten;

/** A municipality's settings are checked before they count: the law's bounds, and the Wams cannot be switched off. */
class GemeenteInstellingTest {
    @Test
    void whatAMunicipalityLeavesOpenIsTheInstallations() {
        Gemeenten.Instellingen i = GemeenteInstelling.lees("0384", "Diemen", 0, "", new String[0]);
        assertNull(i.melddossierMaanden());
        assertNull(i.melderTerugkoppelingBurgers());
        assertTrue(i.modulesUit().isEmpty());
    }

    @Test
    void itsOwnSettingsAreRead() {
        Gemeenten.Instellingen i = GemeenteInstelling.lees("0384", "Diemen", 6, "ja", new String[] { " nl.meervoud.domain.jeugdwet " });
        assertEquals(6, i.melddossierMaanden());
        assertEquals(Boolean.TRUE, i.melderTerugkoppelingBurgers());
        assertEquals(Set.of("nl.meervoud.domain.jeugdwet"), i.modulesUit());
        assertEquals(Boolean.FALSE, GemeenteInstelling.lees("0384", "", 12, "nee", null).melderTerugkoppelingBurgers());
    }

    @Test
    void whatTheLawOrTheFormDoesNotAllowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("384", "", 0, "", null), "four digits");
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees(null, "", 0, "", null));
        IllegalArgumentException kort = assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 5, "", null));
        assertTrue(kort.getMessage().contains("Wmo 2015 art. 5.5.4 lid 1"), kort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 13, "", null), "at most a year");
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 0, "misschien", null));
        IllegalArgumentException wams = assertThrows(IllegalArgumentException.class,
                () -> GemeenteInstelling.lees("0384", "", 0, "", new String[] { "nl.meervoud.rules.wams" }));
        assertTrue(wams.getMessage().contains("Wams"), wams.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 0, "", new String[] { "a b" }));
    }

    @Test
    void regionalCooperationNamesTheMunicipalityAndTheCollegesFunction() {
        Gemeenten.Instellingen i = GemeenteInstelling.lees("0384", "Diemen", 0, "", null,
                new String[] { "0363:meldpuntmedewerker", " 0363:consulent", "0437:coordinator" });
        assertEquals(Set.of("meldpuntmedewerker", "consulent"), i.opgedragenAan("0363"));
        assertEquals(Set.of("coordinator"), i.opgedragenAan("0437"));
        assertTrue(i.opgedragenAan("0344").isEmpty());
        for (String fout : new String[] { "0363", "363:consulent", "0363:privacyfunctionaris", "0363:beheerder", "0384:consulent" }) {
            assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 0, "", null, new String[] { fout }), fout);
        }
    }

    @Test
    void aRefusedConfigurationIsKeptWithItsReasonAndRefusesItsMunicipalityOnly() {
        GemeentenImpl gemeenten = new GemeentenImpl();
        GemeenteInstelling fout = instelling("0384", 13, "file:/srv/meervoud/etc/nl.meervoud.gemeente-0384.config");
        GemeenteInstelling goed = instelling("0363", 6, "file:/srv/meervoud/etc/nl.meervoud.gemeente-0363.config");
        GemeenteInstelling zonderCode = instelling("384", 0, "file:/srv/meervoud/etc/nl.meervoud.gemeente-x.config");
        gemeenten.add(fout);
        gemeenten.add(goed);
        gemeenten.add(zonderCode);

        assertNull(fout.instellingen);
        String reden = gemeenten.geweigerd("0384");
        assertTrue(reden != null && reden.startsWith("nl.meervoud.gemeente-0384.config: ") && reden.contains("Wmo 2015 art. 5.5.4 lid 1"), reden);
        assertTrue(!reden.contains("/srv/"), "the reason names the file, not the installation's path: " + reden);
        assertNull(gemeenten.geweigerd("0363"));
        assertEquals(6, gemeenten.van("0363").melddossierMaanden());
        assertNull(gemeenten.van("0384").melddossierMaanden(), "a refused configuration is no settings");

        var problemen = gemeenten.problemen();
        assertEquals(2, problemen.size(), problemen.toString());
        assertEquals("gemeente:0384", problemen.get(0).name());
        assertTrue(problemen.get(0).reason().contains("verwerkt het platform niets voor gemeente 0384"), problemen.get(0).reason());
        assertEquals("gemeente:nl.meervoud.gemeente-x.config", problemen.get(1).name());

        gemeenten.remove(fout);
        assertNull(gemeenten.geweigerd("0384"), "mended (the refused one gone), the municipality is served again");
        gemeenten.add(instelling("0363", 12, "file:/srv/meervoud/etc/nl.meervoud.gemeente-0363b.config"));
        assertTrue(gemeenten.problemen().stream().anyMatch(h -> h.name().equals("gemeente:0363") && h.reason().contains("de eerste geldt")));
        assertEquals(6, gemeenten.van("0363").melddossierMaanden(), "the first configuration counts");
    }

    private static GemeenteInstelling instelling(String code, int maanden, String file) {
        GemeenteInstelling.Config config = (GemeenteInstelling.Config) java.lang.reflect.Proxy.newProxyInstance(getLoader(),
                new Class<?>[] { GemeenteInstelling.Config.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "gemeente" -> code;
                    case "naam", "melderTerugkoppelingBurgers" -> "";
                    case "melddossierMaanden" -> maanden;
                    case "modulesUit", "samenwerking" -> new String[0];
                    default -> method.getDefaultValue();
                });
        return new GemeenteInstelling(config, java.util.Map.of("felix.fileinstall.filename", file));
    }

    private static ClassLoader getLoader() {
        return GemeenteInstellingTest.class.getClassLoader();
    }
}
