// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.meervoud.store.api.Dossiers;

/** The columns every kind of case file has; one entity subclass per table. */
@MappedSuperclass
public abstract class DossierEntity {
    @Id
    UUID id;
    UUID zaak;
    @Column(nullable = false)
    String toestand;
    @Column(nullable = false, length = 1_000_000)
    String inhoud;
    @Column(nullable = false)
    OffsetDateTime aangemaakt;
    @Column(name = "bewaren_tot")
    LocalDate bewarenTot;
    /** The next legal term, for lists sorted by it (since 0.6). */
    LocalDate termijn;
    /** The municipality the file belongs to, CBS gemeentecode (since 0.7, migration V7). */
    @Column(nullable = false, length = 4)
    String gemeente;
    @Version
    long versie;

    abstract Dossiers.Soort soort();

    void set(Dossiers.Inhoud i) {
        zaak = i.zaak();
        toestand = i.toestand();
        inhoud = i.inhoud();
        bewarenTot = i.bewarenTot();
        termijn = i.termijn();
    }

    Dossiers.Dossier toDossier(Set<String> betrokkenen) {
        return toDossier(betrokkenen, null);
    }

    Dossiers.Dossier toDossier(Set<String> betrokkenen, Set<String> toegang) {
        return new Dossiers.Dossier(id, soort(), zaak, toestand, inhoud, aangemaakt.toInstant(), bewarenTot, betrokkenen, versie, toegang,
                termijn, gemeente);
    }

    /** The melddossier. */
    @Entity(name = "Melddossier")
    @Table(name = "melddossier")
    public static class Melddossier extends DossierEntity {
        @Override
        Dossiers.Soort soort() {
            return Dossiers.Soort.MELDING;
        }
    }

    /** Investigation data. */
    @Entity(name = "Onderzoeksdossier")
    @Table(name = "onderzoeksdossier")
    public static class Onderzoeksdossier extends DossierEntity {
        @Override
        Dossiers.Soort soort() {
            return Dossiers.Soort.ONDERZOEK;
        }
    }

    /** Coordination data, apart from the investigation data (Wmo 2015 art. 5.4.5). */
    @Entity(name = "Coordinatiedossier")
    @Table(name = "coordinatiedossier")
    public static class Coordinatiedossier extends DossierEntity {
        @Override
        Dossiers.Soort soort() {
            return Dossiers.Soort.COORDINATIEDOSSIER;
        }
    }

    /** A casusoverleg. */
    @Entity(name = "Casusoverleg")
    @Table(name = "casusoverleg")
    public static class Casusoverleg extends DossierEntity {
        @Override
        Dossiers.Soort soort() {
            return Dossiers.Soort.CASUSOVERLEG;
        }
    }

    /** A data request. */
    @Entity(name = "Verstrekkingsverzoek")
    @Table(name = "verstrekkingsverzoek")
    public static class Verstrekkingsverzoek extends DossierEntity {
        @Override
        Dossiers.Soort soort() {
            return Dossiers.Soort.VERSTREKKINGSVERZOEK;
        }
    }

    static Class<? extends DossierEntity> type(Dossiers.Soort soort) {
        return switch (soort) {
            case MELDING -> Melddossier.class;
            case ONDERZOEK -> Onderzoeksdossier.class;
            case COORDINATIEDOSSIER -> Coordinatiedossier.class;
            case CASUSOVERLEG -> Casusoverleg.class;
            case VERSTREKKINGSVERZOEK -> Verstrekkingsverzoek.class;
        };
    }

    static DossierEntity create(Dossiers.Soort soort) {
        return switch (soort) {
            case MELDING -> new Melddossier();
            case ONDERZOEK -> new Onderzoeksdossier();
            case COORDINATIEDOSSIER -> new Coordinatiedossier();
            case CASUSOVERLEG -> new Casusoverleg();
            case VERSTREKKINGSVERZOEK -> new Verstrekkingsverzoek();
        };
    }
}
