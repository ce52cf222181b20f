// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file only its owner may read (the accounts' hashes, the local signing key): created owner-only before a
 * byte is written, forced to disk, then moved over the old one in one step, so a crash leaves the old file or the
 * new one, never half of either, and the content is never readable by others, not even for a moment.
 */
final class EigenBestand {
    private EigenBestand() {
    }

    static void schrijf(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileChannel channel;
        try {
            channel = FileChannel.open(tmp, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            channel = FileChannel.open(tmp, options); // not POSIX (Windows): the directory's ACL applies
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another writer is busy with " + tmp, raced);
        }
        try (FileChannel c = channel) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                c.write(buffer);
            }
            c.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
