// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.api;

import java.util.Optional;
import java.util.UUID;

import org.osgi.annotation.versioning.ProviderType;

import nl.meervoud.casus.api.Onderzoek;

/** Stores investigations with optimistic locking: an update names the version it read. */
@ProviderType
public interface OnderzoekRepository {

    /** Stores a new investigation; returns its id (version 1). */
    UUID create(Onderzoek onderzoek);

    /** The investigation and its version, if it exists. */
    Optional<Versioned<Onderzoek>> find(UUID id);

    /**
     * Replaces an investigation if it is still at {@code expectedVersion}.
     *
     * @return the new version
     * @throws ConflictException when someone else changed it first (HTTP 409)
     */
    long update(UUID id, long expectedVersion, Onderzoek onderzoek);

    /** Which database the store uses, e.g. "H2 2.3.232" or "PostgreSQL 15.19". */
    String database();

    /**
     * A value with the version it was read at.
     *
     * @param value the value
     * @param version its version
     */
    record Versioned<T>(T value, long version) {
    }

    /** A concurrent, conflicting update. */
    final class ConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A conflict on a record. */
        public ConflictException(String message) {
            super(message);
        }
    }
}
