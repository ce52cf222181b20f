// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.meervoud.casus.api.Onderzoek;

/** The stored form of an {@link Onderzoek}. */
@Entity
@Table(name = "onderzoek")
public class OnderzoekEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String route;
    @Column(nullable = false)
    String toestand;
    LocalDate gestart;
    @Column(name = "client_geinformeerd", nullable = false)
    boolean clientGeinformeerd;
    @Column(name = "uitkomst_meegedeeld")
    LocalDate uitkomstMeegedeeld;
    @Column(name = "aanpak_beeindigd")
    LocalDate aanpakBeeindigd;
    @Version
    long versie;

    /** For JPA. */
    public OnderzoekEntity() {
    }

    OnderzoekEntity(UUID id) {
        this.id = id;
    }

    void set(Onderzoek o) {
        route = o.route().name();
        toestand = o.toestand().name();
        gestart = o.gestart();
        clientGeinformeerd = o.clientGeinformeerd();
        uitkomstMeegedeeld = o.uitkomstMeegedeeld();
        aanpakBeeindigd = o.aanpakBeeindigd();
    }

    Onderzoek toOnderzoek() {
        return new Onderzoek(Onderzoek.Route.valueOf(route), Onderzoek.Toestand.valueOf(toestand), gestart, clientGeinformeerd,
                uitkomstMeegedeeld, aanpakBeeindigd);
    }
}
