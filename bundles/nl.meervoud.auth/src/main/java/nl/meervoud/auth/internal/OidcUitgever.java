// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;
import nl.meervoud.platform.api.Gemeenten;

/**
 * A municipality's OpenID Connect provider (Keycloak, or any other): one factory configuration per issuer
 * ({@code etc/nl.meervoud.auth.oidc-<name>.cfg}). The JWK set comes from {@code jwksUri} or from the issuer's
 * discovery document; Nimbus caches it, fetches it again when a token names a key it does not know (key rotation)
 * and limits how often. IdP groups or roles map onto Wams functions by configuration.
 */
@Component(service = Uitgever.class, configurationPid = OidcUitgever.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OidcUitgever.Config.class, factory = true)
public final class OidcUitgever implements Uitgever {
    static final String PID = "nl.meervoud.auth.oidc";

    @ObjectClassDefinition(name = "Meervoud OpenID Connect-uitgever", description = "Een IdP (bijv. Keycloak) waarvan de API bearer-tokens aanneemt.")
    public @interface Config {
        @AttributeDefinition(name = "Issuer", description = "De iss van de tokens, bijv. https://login.gemeente.nl/realms/sociaal")
        String issuer();

        @AttributeDefinition(name = "Audience", description = "De aud die een token voor Meervoud moet hebben (Keycloak: audience-mapper).")
        String[] audience() default { "meervoud" };

        @AttributeDefinition(name = "JWKS-URI", description = "Leeg: uit het discovery-document van de issuer.", required = false)
        String jwksUri() default "";

        @AttributeDefinition(name = "Claim met groepen of rollen", description = "Pad met punten, bijv. realm_access.roles of groups.")
        String rollenClaim() default "realm_access.roles";

        @AttributeDefinition(name = "Groep naar functie", description = "groep=functie, bijv. /sociaal/consulenten=consulent. Zonder regels: "
                + "een groep met de naam van een functie is die functie.", required = false)
        String[] rollen() default {};

        @AttributeDefinition(name = "Claim met de gemeentecode")
        String gemeenteClaim() default "gemeentecode";

        @AttributeDefinition(name = "Gemeente van deze IdP", description = "CBS-code voor tokens zonder gemeenteclaim (één IdP per gemeente).",
                required = false)
        String gemeente() default "";

        @AttributeDefinition(name = "Claim met de organisatie van een professional")
        String organisatieClaim() default "organisatie";

        @AttributeDefinition(name = "Claim met het BSN van een burger (DigiD via de broker)")
        String bsnClaim() default "bsn";

        @AttributeDefinition(name = "Claim met de teams", description = "Pad met punten; een consulent ziet de onderzoeken van zijn teams.")
        String teamClaim() default "teams";

        @AttributeDefinition(name = "Klokafwijking (seconden)", min = "0", max = "300")
        int klokafwijking() default 30;
    }

    private final Config config;
    private final Map<String, Set<Functie>> mapping;
    private volatile TokenCheck check;
    /** Until when (System.nanoTime) the issuer counts as unreachable, and the next wait if it still is then. */
    private volatile long onbereikbaarTot = System.nanoTime(); // nanoTime may be negative: no zero sentinel
    private long wacht = EERSTE_WACHT;
    private static final long EERSTE_WACHT = 2_000_000_000L;
    private static final long LANGSTE_WACHT = 60_000_000_000L;

    @Activate
    public OidcUitgever(Config config) {
        if (config.issuer() == null || !config.issuer().matches("https?://\\S+")) {
            throw new IllegalArgumentException("issuer: een http(s)-URL");
        }
        if (!config.gemeente().isEmpty() && !Gemeenten.isGemeentecode(config.gemeente())) {
            throw new IllegalArgumentException("gemeente: een CBS-gemeentecode van 4 cijfers");
        }
        this.config = config;
        Map<String, Set<Functie>> m = new HashMap<>();
        for (String rule : config.rollen()) {
            int eq = rule.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("rollen: `groep=functie`, niet `" + rule + "`");
            }
            m.computeIfAbsent(rule.substring(0, eq).trim(), k -> EnumSet.noneOf(Functie.class)).add(Functie.of(rule.substring(eq + 1)));
        }
        this.mapping = Map.copyOf(m);
    }

    @Override
    public String issuer() {
        return config.issuer();
    }

    @Override
    public Verified verify(SignedJWT token) throws NietAangemeld {
        JWTClaimsSet claims = check().process(token);
        Set<Functie> functies = EnumSet.noneOf(Functie.class);
        for (String group : strings(claims, config.rollenClaim())) {
            Set<Functie> mapped = mapping.get(group);
            if (mapped != null) {
                functies.addAll(mapped);
            } else if (mapping.isEmpty()) {
                for (Functie f : Functie.values()) {
                    if (f.naam().equalsIgnoreCase(group)) {
                        functies.add(f);
                    }
                }
            }
        }
        if (functies.isEmpty()) {
            throw new NietAangemeld(NietAangemeld.Fout.GEEN_FUNCTIE, "het token geeft geen Wams-functie (claim " + config.rollenClaim() + ")");
        }
        List<String> gemeenten = strings(claims, config.gemeenteClaim());
        String gemeente = gemeenten.size() == 1 ? gemeenten.get(0) : gemeenten.isEmpty() ? config.gemeente() : "";
        if (!Gemeenten.isGemeentecode(gemeente)) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "het token noemt niet precies één gemeente (claim "
                    + config.gemeenteClaim() + ", een CBS-code van 4 cijfers)");
        }
        String organisatie = first(claims, config.organisatieClaim());
        if (functies.contains(Functie.PROFESSIONAL) && organisatie.isBlank()) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "een professional zonder organisatie (claim " + config.organisatieClaim() + ")");
        }
        String bsn = functies.contains(Functie.BURGER) ? first(claims, config.bsnClaim()) : "";
        if (functies.contains(Functie.BURGER) && !bsn.matches("[0-9]{9}")) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "een burger zonder BSN (claim " + config.bsnClaim() + ")");
        }
        return new Verified(new Principal(claims.getSubject(), config.issuer(), gemeente, functies, organisatie, bsn,
                Set.copyOf(strings(claims, config.teamClaim()))),
                claims.getExpirationTime().getTime(), () -> true);
    }

    /**
     * The check, built at first use: the IdP may start after the platform, and discovery needs it up. While the
     * issuer cannot be reached, requests are answered 503 at once instead of each waiting for the connection's
     * time-out again: it is asked again after 2 s, then after ever longer waits up to a minute.
     */
    private TokenCheck check() throws NietAangemeld {
        TokenCheck c = check;
        if (c == null) {
            if (System.nanoTime() - onbereikbaarTot < 0) {
                throw onbereikbaar();
            }
            synchronized (this) {
                c = check;
                if (c == null) {
                    if (System.nanoTime() - onbereikbaarTot < 0) {
                        throw onbereikbaar();
                    }
                    try {
                        c = new TokenCheck(config.issuer(), Set.of(config.audience()), keys(), config.klokafwijking());
                    } catch (NietAangemeld e) {
                        if (e.fout() == NietAangemeld.Fout.UITGEVER_ONBEREIKBAAR) {
                            onbereikbaarTot = System.nanoTime() + wacht;
                            wacht = Math.min(wacht * 2, LANGSTE_WACHT);
                        }
                        throw e;
                    }
                    check = c;
                    wacht = EERSTE_WACHT;
                }
            }
        }
        return c;
    }

    private static NietAangemeld onbereikbaar() {
        return new NietAangemeld(NietAangemeld.Fout.UITGEVER_ONBEREIKBAAR, "de sleutels van de uitgever zijn nu niet op te halen");
    }

    private JWKSource<SecurityContext> keys() throws NietAangemeld {
        try {
            String jwks = config.jwksUri();
            if (jwks.isBlank()) {
                String base = config.issuer().endsWith("/") ? config.issuer() : config.issuer() + "/";
                var document = new DefaultResourceRetriever(2000, 2000, 256 * 1024)
                        .retrieveResource(URI.create(base + ".well-known/openid-configuration").toURL());
                JsonNode discovery = Json.MAPPER.readTree(document.getContent());
                if (!config.issuer().equals(discovery.path("issuer").asText())) {
                    throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "het discovery-document noemt een andere issuer");
                }
                jwks = discovery.path("jwks_uri").asText();
            }
            URL url = URI.create(jwks).toURL();
            return JWKSourceBuilder.create(url, new DefaultResourceRetriever(2000, 2000, 256 * 1024)).retrying(true).build();
        } catch (IOException e) {
            throw onbereikbaar();
        } catch (IllegalArgumentException e) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "het discovery-document van de uitgever is onbruikbaar");
        }
    }

    /** The strings at a dotted claim path (a string or an array of strings). */
    static List<String> strings(JWTClaimsSet claims, String path) {
        Object node = claims.getClaims();
        for (String part : path.split("\\.")) {
            node = node instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> out = new ArrayList<>();
        if (node instanceof String s) {
            out.add(s);
        } else if (node instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String first(JWTClaimsSet claims, String path) {
        List<String> values = strings(claims, path);
        return values.size() == 1 ? values.get(0) : "";
    }
}
