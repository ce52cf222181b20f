// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.auth.api.Functie;

/**
 * Shell commands for the local accounts: {@code meervoud:gebruiker <naam> <functie,...> [gemeente] [organisatie]}
 * creates or resets one and prints its one-time password, {@code meervoud:gebruikers} lists them,
 * {@code meervoud:verwijderGebruiker <naam>} removes one.
 */
@Component(service = GebruikerCommands.class, property = { "osgi.command.scope=meervoud", "osgi.command.function=gebruiker",
        "osgi.command.function=gebruikers", "osgi.command.function=verwijderGebruiker" })
public final class GebruikerCommands {
    private final LokaleGebruikers gebruikers;

    @Activate
    public GebruikerCommands(@Reference LokaleGebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    public String gebruiker(String naam, String functies) {
        return gebruiker(naam, functies, "", "");
    }

    public String gebruiker(String naam, String functies, String gemeente) {
        return gebruiker(naam, functies, gemeente, "");
    }

    public String gebruiker(String naam, String functies, String gemeente, String organisatie) {
        Set<Functie> set = EnumSet.noneOf(Functie.class);
        Arrays.stream(functies.split(",")).filter(s -> !s.isBlank()).map(Functie::of).forEach(set::add);
        String password = gebruikers.aanmaken(naam, set, gemeente, organisatie, "");
        return "Account `" + naam + "` met eenmalig wachtwoord: " + password + "\n(wijzigen bij de eerste aanmelding)";
    }

    public String gebruikers() {
        return gebruikers.overzicht();
    }

    public String verwijderGebruiker(String naam) {
        return gebruikers.verwijderen(naam) ? "Account `" + naam + "` verwijderd." : "Geen account `" + naam + "`.";
    }
}
