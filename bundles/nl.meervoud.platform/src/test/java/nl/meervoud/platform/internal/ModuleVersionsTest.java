// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept versions of a module: what an operator rolls back to, also after a restart. */
class ModuleVersionsTest {
    @TempDir
    Path dir;

    @Test
    void eachNewVerifiedJarIsKeptOnceAndTheLatestIsCurrent() throws Exception {
        ModuleVersions versions = new ModuleVersions(dir.resolve("modules"));
        versions.keep("wgs.jar", jar("1.0.0"));
        versions.keep("wgs.jar", jar("1.0.0"));
        versions.keep("wgs.jar", jar("1.1.0"));
        assertEquals(2, versions.versions("wgs.jar").size(), "the same jar again is not a new version");
        assertEquals("1.1.0", versions.versions("wgs.jar").get(1).bundleVersion());
        assertTrue(versions.versions("wgs.jar").get(1).current());
        assertFalse(versions.versions("wgs.jar").get(0).current());
        assertEquals(java.util.List.of("wgs.jar"), versions.modules());
        assertEquals(2, new ModuleVersions(dir.resolve("modules")).versions("wgs.jar").size(), "kept across a restart");
    }

    @Test
    void aRollbackPutsTheVersionBeforeIntoTheDeployDirectoryAndDropsTheCurrentOne() throws Exception {
        ModuleVersions versions = new ModuleVersions(dir.resolve("modules"));
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Path v1 = jar("1.0.0");
        versions.keep("wgs.jar", v1);
        versions.keep("wgs.jar", jar("2.0.0"));
        ModuleVersions.Version restored = versions.rollback("wgs.jar", deploy).orElseThrow();
        assertEquals("1.0.0", restored.bundleVersion());
        assertArrayEquals(Files.readAllBytes(v1), Files.readAllBytes(deploy.resolve("wgs.jar")));
        assertEquals(1, versions.versions("wgs.jar").size());
        assertTrue(versions.rollback("wgs.jar", deploy).isEmpty(), "no earlier version");
        assertArrayEquals(Files.readAllBytes(v1), Files.readAllBytes(deploy.resolve("wgs.jar")), "and nothing changed");
        try (var files = Files.list(deploy)) {
            assertEquals(1, files.count(), "no staging file left behind");
        }
    }

    @Test
    void atMostTenVersionsAreKept() throws Exception {
        ModuleVersions versions = new ModuleVersions(dir.resolve("modules"));
        for (int i = 1; i <= 12; i++) {
            versions.keep("m.jar", jar("1.0." + i));
        }
        assertEquals(10, versions.versions("m.jar").size());
        assertEquals("1.0.3", versions.versions("m.jar").get(0).bundleVersion());
        assertEquals("1.0.12", versions.versions("m.jar").get(9).bundleVersion());
    }

    @Test
    void onlyPlainJarNamesAreModuleFiles() {
        assertTrue(ModuleVersions.FILE_NAME.matcher("wgs-1.2.jar").matches());
        assertFalse(ModuleVersions.FILE_NAME.matcher("../etc/x.jar").matches());
        assertFalse(ModuleVersions.FILE_NAME.matcher(".hidden.jar").matches());
        assertFalse(ModuleVersions.FILE_NAME.matcher("wgs.zip").matches());
    }

    private Path jar(String version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write(("Manifest-Version: 1.0\r\nBundle-SymbolicName: m\r\nBundle-Version: " + version + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(Files.createTempFile(dir, "m", ".jar"), out.toByteArray());
    }
}
