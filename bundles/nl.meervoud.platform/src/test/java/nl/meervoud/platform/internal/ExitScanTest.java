// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** The bytecode scan finds a call that would end the JVM however it is written, and nothing else. */
class ExitScanTest {
    static final class Exits {
        void direct() {
            System.exit(3);
        }
    }

    static final class Halts {
        void viaRuntime() {
            Runtime.getRuntime().halt(1);
        }
    }

    static final class ByHandle {
        Runnable later() {
            java.util.function.IntConsumer exit = System::exit;
            return () -> exit.accept(0);
        }
    }

    static final class Harmless {
        int work() {
            return Runtime.getRuntime().availableProcessors() + (int) System.currentTimeMillis();
        }
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void findsExitHaltAndMethodReferences() throws IOException {
        assertEquals("System.exit in " + Exits.class.getName(), ExitScan.scan(bytes(Exits.class)));
        assertEquals("Runtime.halt in " + Halts.class.getName(), ExitScan.scan(bytes(Halts.class)));
        assertEquals("System.exit in " + ByHandle.class.getName(), ExitScan.scan(bytes(ByHandle.class)));
        assertNull(ExitScan.scan(bytes(Harmless.class)));
    }
}
