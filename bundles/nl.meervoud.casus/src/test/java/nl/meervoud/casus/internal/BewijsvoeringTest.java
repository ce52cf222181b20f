// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.meervoud.casus.api.Bsn;
import nl.meervoud.casus.api.Leeftijdsgrens;
import nl.meervoud.casus.api.Onderbouwing;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Relatie;
import nl.meervoud.privacy.api.Voorwaarde;

/** The evidence the kernel is told of follows from what the file records, and from nothing else (issue 8 §4). */
class BewijsvoeringTest {
    private static final LocalDate DAG = LocalDate.of(2026, 11, 2);
    private static final Onderzoeksdossier.Betrokkene SANNE = new Onderzoeksdossier.Betrokkene(new Bsn("111222333"), "Sanne",
            LocalDate.of(1988, 4, 12));
    private static final Onderzoeksdossier.Betrokkene MARK = new Onderzoeksdossier.Betrokkene(new Bsn("123456782"), "Mark",
            LocalDate.of(1986, 1, 30));
    private static final Leeftijdsgrens JEUGDIGE = new Leeftijdsgrens(18, Set.of(21, 23), "jeugdwet/J9", List.of("Jeugdwet art. 1.1"));

    private static Onderzoeksdossier gestart() {
        return Onderzoeksdossier.op2_3a_1(DAG, new Onderzoeksdossier.Ingang("WMO_2_3A_1", "Jeugdwet", "jeugdwet/J1", List.of("Jeugdwet art. 2.4a")),
                SANNE, new Onderzoeksdossier.Reikwijdte(Set.of("schulden"), Set.of()), true);
    }

    private static Onderzoeksdossier onderbouwd() {
        return gestart().onderbouwd(new Onderbouwing("schulden en opvoeding hangen samen", "0363/urn:meervoud:lokaal|c", Instant.EPOCH, "hulpvraag"));
    }

    @Test
    void withoutARecordedJustificationTheKernelIsNotToldTheNecessityIsRecorded() {
        assertEquals(List.of(Voorwaarde.BINNEN_REIKWIJDTE), List.of(Bewijsvoering.onderzoek(gestart())));
        assertEquals(List.of(), List.of(Bewijsvoering.noodzaak(gestart())));
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE), List.of(Bewijsvoering.onderzoek(onderbouwd())));
    }

    @Test
    void aDomainOutsideTheAgreedScopeOrAQuestionWithoutReasonsCarriesNoSuchEvidence() {
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE),
                List.of(Bewijsvoering.domein(onderbouwd(), "schulden", "achterstanden")));
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD), List.of(Bewijsvoering.domein(onderbouwd(), "verslaving", "achterstanden")));
        assertEquals(List.of(Voorwaarde.BINNEN_REIKWIJDTE), List.of(Bewijsvoering.domein(onderbouwd(), "schulden", " ")));
    }

    @Test
    void theFamilyMembersSupportQuestionHoldsOnlyForAComputedGezinslidBeforeConsent() {
        Onderzoeksdossier gevraagd = onderbouwd().vraagGezinslid(MARK, new Onderzoeksdossier.Huisgenoot(true, false, null,
                List.of(new Onderzoeksdossier.Band(Relatie.PARTNER, "111222333"))), DAG, JEUGDIGE);
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE, Voorwaarde.DRAAGKRACHT_GEZINSLID),
                List.of(Bewijsvoering.gezinslid(gevraagd, "123456782")));
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE),
                List.of(Bewijsvoering.gezinslid(gevraagd, "300000108")), "not in the file: not a gezinslid");
        Onderzoeksdossier ingestemd = gevraagd.instemming("123456782", DAG);
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE),
                List.of(Bewijsvoering.gezinslid(ingestemd, "123456782")), "a client from consent: the client rules apply");
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE), List.of(Bewijsvoering.instemming(gevraagd, "123456782")));
        assertEquals(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE, Voorwaarde.TOESTEMMING_GEZINSLID),
                List.of(Bewijsvoering.instemming(ingestemd, "123456782")));
    }

    @Test
    void theLatestJustificationIsTheOneInForceAndAllAreKept() {
        Onderzoeksdossier twee = onderbouwd().onderbouwd(new Onderbouwing("ook huur", "0363/urn:meervoud:lokaal|c", Instant.EPOCH, null));
        assertEquals(2, twee.onderbouwingen().size());
        assertEquals("ook huur", twee.noodzaak().orElseThrow().waarom());
        assertEquals("aanvulling", twee.noodzaak().orElseThrow().bron());
    }
}
