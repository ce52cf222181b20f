// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    private final Distribution distribution = new Distribution("1.0.0", List.of(),
            Map.of("org.osgi.service.http.port", "8080", "felix.fileinstall.poll", "500"));

    @Test
    void firstStartCreatesTheLayoutWithDefaults() throws IOException {
        Home home = Home.prepare(dir);
        assertTrue(Files.isDirectory(home.deploy()));
        assertTrue(Files.isDirectory(home.data()));
        assertTrue(Files.readString(home.etc().resolve("org.apache.felix.fileinstall-deploy.cfg"))
                .contains("${meervoud.deploy.dir}"));
    }

    @Test
    void laterLayersWin_defaultsFileEnvironmentSystemProperty() throws IOException {
        Home home = Home.prepare(dir);
        assertEquals("8080", settings(home, Map.of(), new Properties()).httpPort());

        Files.writeString(home.etc().resolve("meervoud.properties"), "meervoud.http.port=8081\n");
        assertEquals("8081", settings(home, Map.of(), new Properties()).httpPort());

        assertEquals("8082", settings(home, Map.of("MEERVOUD_HTTP_PORT", "8082"), new Properties()).httpPort());

        Properties system = new Properties();
        system.setProperty("meervoud.http.port", "8083");
        assertEquals("8083", settings(home, Map.of("MEERVOUD_HTTP_PORT", "8082"), system).httpPort());
    }

    @Test
    void genericEnvironmentVariablesBecomeFrameworkProperties() throws IOException {
        Settings settings = settings(Home.prepare(dir), Map.of("MEERVOUD_PROP_FELIX_FILEINSTALL_POLL", "250"),
                new Properties());
        assertEquals("250", settings.framework().get("felix.fileinstall.poll"));
    }

    @Test
    void layoutFollowsTheHome() throws IOException {
        Home home = Home.prepare(dir);
        Map<String, String> framework = settings(home, Map.of(), new Properties()).framework();
        assertEquals(home.deploy().toString(), framework.get("meervoud.deploy.dir"));
        assertEquals(home.etc().toString(), framework.get("felix.fileinstall.dir"));
        assertTrue(framework.get("org.osgi.framework.storage").startsWith(home.data().toString()));
    }

    @Test
    void aBadPortIsRefusedNamingTheSetting() throws IOException {
        Home home = Home.prepare(dir);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> settings(home, Map.of("MEERVOUD_HTTP_PORT", "eighty"), new Properties()));
        assertTrue(error.getMessage().contains("`eighty`"));
        assertTrue(error.getMessage().contains("MEERVOUD_HTTP_PORT"));
    }

    private Settings settings(Home home, Map<String, String> env, Properties system) throws IOException {
        return Settings.resolve(distribution, home, env, system);
    }
}
