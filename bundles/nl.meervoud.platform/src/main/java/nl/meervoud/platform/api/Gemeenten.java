// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Municipalities side by side (issue 10 §3): the settings each municipality of the installation has of its own,
 * configured per municipality ({@code etc/nl.meervoud.gemeente-<code>.config}, factory PID {@value #PID}). A setting
 * a municipality leaves open is the installation's; a municipality with no configuration at all has the
 * installation's settings throughout.
 *
 * @since 1.3
 */
@ProviderType
public interface Gemeenten {
    /** The factory configuration PID: one configuration per municipality. */
    String PID = "nl.meervoud.gemeente";

    /**
     * Whether this is a CBS gemeentecode in form: four digits (as in the CBS list of municipalities, leading zeros
     * kept, e.g. {@code 0363} Amsterdam). The one check every bundle uses, for a token's claim, an account, a
     * configuration file's name or a store view.
     *
     * @since 1.5
     */
    static boolean isGemeentecode(String code) {
        if (code == null || code.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The settings of a municipality, by CBS gemeentecode; {@link Instellingen#geen(String)} when it has none. */
    Instellingen van(String gemeentecode);

    /** Every configured municipality, by code. */
    List<Instellingen> alle();

    /**
     * Why this municipality's own settings were refused (a term the law does not allow, a malformed entry), naming the
     * configuration; null when they hold or there are none. A municipality whose settings are refused is not served
     * under the installation's settings instead: the kernel refuses its processing until the settings are mended,
     * because they may switch a law off that the installation's settings apply.
     *
     * @since 1.4
     */
    default String geweigerd(String gemeentecode) {
        return null;
    }

    /**
     * One municipality's own settings.
     *
     * @param code the CBS gemeentecode, four digits
     * @param naam the municipality's name, for screens and reports; may be empty
     * @param melddossierMaanden how long its melddossiers are kept, 6 to 12 months (Wmo 2015 art. 5.5.4 lid 1); null
     *        for the installation's
     * @param melderTerugkoppelingBurgers whether its resident melders get feedback too (Wmo 2015 art. 2.2.5 lid 2
     *        onder d); null for the installation's
     * @param modulesUit the law modules (bundle symbolic names) whose rules do not apply to its processing; the
     *        Wams rules themselves cannot be switched off
     * @param opgedragen regional cooperation: per other municipality (CBS code), the functions of the college
     *        ({@code meldpuntmedewerker}, {@code consulent}, {@code coordinator}) its staff carry out for this one (a
     *        regional meldpunt, a shared team). Their processing for this municipality is this municipality's: its
     *        files, its rules, its part of the log.
     */
    record Instellingen(String code, String naam, Integer melddossierMaanden, Boolean melderTerugkoppelingBurgers, Set<String> modulesUit,
            Map<String, Set<String>> opgedragen) {
        /** Validates and copies the parts. */
        public Instellingen {
            Objects.requireNonNull(code, "code");
            naam = naam == null ? "" : naam;
            modulesUit = modulesUit == null ? Set.of() : Set.copyOf(modulesUit);
            Map<String, Set<String>> copy = new java.util.TreeMap<>();
            (opgedragen == null ? Map.<String, Set<String>>of() : opgedragen).forEach((k, v) -> copy.put(k, Set.copyOf(v)));
            opgedragen = java.util.Collections.unmodifiableMap(copy);
        }

        /** A municipality without settings of its own. */
        public static Instellingen geen(String code) {
            return new Instellingen(code, "", null, null, Set.of(), Map.of());
        }

        /** The functions this municipality has its work in done by staff of {@code gemeente}; empty when none. */
        public Set<String> opgedragenAan(String gemeente) {
            return opgedragen.getOrDefault(gemeente, Set.of());
        }
    }
}
