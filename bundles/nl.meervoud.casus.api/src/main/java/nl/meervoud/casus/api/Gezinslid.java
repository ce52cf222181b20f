// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

/**
 * Why a person is a gezinslid of the client (Wmo 2015 art. 1.1.1, "gezinslid"), with the rulebook's groups.
 *
 * @param persoon the family member
 * @param grond the ground
 */
public record Gezinslid(Persoon persoon, Grond grond) {

    /** The grounds of the definition; the article is the same for all: Wmo 2015 art. 1.1.1. */
    public enum Grond {
        /** Lives in the joint household with the client (adults and children). */
        GEZAMENLIJKE_HUISHOUDING("woont in gezamenlijke huishouding met de cliënt", false),
        /** Child of the client or the client's partner staying elsewhere, while a jeugdige. */
        KIND_ELDERS("kind van de cliënt of diens partner dat elders verblijft en jeugdige is", true),
        /** Former partner of an adult of the household, parent of a child in the household that is a jeugdige. */
        EX_PARTNER_ELDERS("ex-partner die ouder is van een jeugdig kind in de huishouding", true),
        /** (Half-)brother or sister of a child in the household, staying elsewhere, while a jeugdige. */
        BROER_OF_ZUS_ELDERS("broer of zus van een kind in de huishouding die elders verblijft en jeugdige is", true),
        /** Spouse staying elsewhere (e.g. in prison); no age limit. */
        ECHTGENOOT_ELDERS("echtgenoot die elders verblijft", false);

        private final String uitleg;
        private final boolean naarLeeftijd;

        Grond(String uitleg, boolean naarLeeftijd) {
            this.uitleg = uitleg;
            this.naarLeeftijd = naarLeeftijd;
        }

        /** The ground in Dutch. */
        public String uitleg() {
            return uitleg;
        }

        /** Whether the ground ends when a person stops being a jeugdige (groups 1-3; the spouse has no age limit). */
        public boolean naarLeeftijd() {
            return naarLeeftijd;
        }
    }

    /** The article every ground rests on. */
    public static final String ARTIKEL = "Wmo 2015 art. 1.1.1";
}
