// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import nl.meervoud.platform.api.Gemeenten;

/**
 * One municipality's own settings (factory PID {@value Gemeenten#PID}: {@code etc/nl.meervoud.gemeente-0363.config},
 * or the Web Console's "Meervoud gemeente" form). A configuration that breaks the law or is malformed is refused:
 * it is still registered, holding the reason instead of settings, so that {@link GemeentenImpl} can show it in
 * /health and the kernel can refuse that municipality's processing until it is mended (a municipality whose own
 * settings are unknown is not served under the installation's instead: it may have switched a law off).
 */
@Component(service = GemeenteInstelling.class, configurationPid = Gemeenten.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = GemeenteInstelling.Config.class, factory = true)
public final class GemeenteInstelling {
    /** The Wams rules themselves: every municipality carries out the Wams, so they cannot be switched off. */
    static final String WAMS = "nl.meervoud.rules.wams";

    /** The form. */
    @ObjectClassDefinition(name = "Meervoud gemeente", description = "Instellingen van één gemeente in deze installatie; "
            + "wat leeg blijft, is de instelling van de installatie.")
    public @interface Config {
        /** The CBS gemeentecode. */
        @AttributeDefinition(name = "Gemeente", description = "CBS-gemeentecode, vier cijfers")
        String gemeente();

        /** The name. */
        @AttributeDefinition(name = "Naam", required = false)
        String naam() default "";

        /** Months the melddossier is kept; 0 for the installation's. */
        @AttributeDefinition(name = "Bewaartermijn melddossier (maanden)", description = "6 tot en met 12 (Wmo 2015 art. 5.5.4 lid 1); "
                + "0: die van de installatie", min = "0", max = "12")
        int melddossierMaanden() default 0;

        /** Whether resident melders get feedback too; empty for the installation's. */
        @AttributeDefinition(name = "Terugkoppeling ook aan burger-melders", description = "Wmo 2015 art. 2.2.5 lid 2 onder d",
                options = { @Option(label = "zoals de installatie", value = ""), @Option(label = "ja", value = "ja"),
                    @Option(label = "nee", value = "nee") })
        String melderTerugkoppelingBurgers() default "";

        /** Law modules whose rules do not apply to this municipality. */
        @AttributeDefinition(name = "Wetmodules uit", description = "Symbolische namen van wetmodules die voor deze gemeente niet "
                + "gelden, bijv. nl.meervoud.domain.inburgering", required = false)
        String[] modulesUit() default {};

        /** Regional cooperation: {@code <code>:<function>}, the work of this municipality another's staff do. */
        @AttributeDefinition(name = "Samenwerking", description = "Taken die medewerkers van een andere gemeente voor deze gemeente "
                + "uitvoeren, als <gemeentecode>:<functie>, bijv. 0363:meldpuntmedewerker (een regionaal meldpunt)", required = false)
        String[] samenwerking() default {};
    }

    /** The functions of the college that a municipality can have another's staff carry out for it. */
    static final Set<String> OPDRAAGBAAR = Set.of("meldpuntmedewerker", "consulent", "coordinator");

    /** The settings; null when refused. */
    final Gemeenten.Instellingen instellingen;
    /** Why the configuration was refused; null when it holds. */
    final String weigering;
    /** The municipality the configuration names, if that part at least is a code; else null. */
    final String code;
    /** Where the configuration came from, for the operator: its file in etc/, or its PID. */
    final String bron;

    @Activate
    public GemeenteInstelling(Config config, java.util.Map<String, Object> properties) {
        String gemeente = config.gemeente() == null ? null : config.gemeente().trim();
        this.code = Gemeenten.isGemeentecode(gemeente) ? gemeente : null;
        this.bron = bron(properties);
        Gemeenten.Instellingen gelezen = null;
        String reden = null;
        try {
            gelezen = lees(gemeente, config.naam(), config.melddossierMaanden(), config.melderTerugkoppelingBurgers(),
                    config.modulesUit(), config.samenwerking());
        } catch (IllegalArgumentException e) {
            reden = e.getMessage();
        }
        this.instellingen = gelezen;
        this.weigering = reden;
    }

    /** The file name in etc/ that FileInstall gives, else the PID; never a path with the installation's home. */
    private static String bron(java.util.Map<String, Object> properties) {
        Object file = properties.get("felix.fileinstall.filename");
        if (file != null) {
            String f = file.toString();
            return f.substring(f.lastIndexOf('/') + 1);
        }
        Object pid = properties.get(org.osgi.framework.Constants.SERVICE_PID);
        return pid == null ? "?" : pid.toString();
    }

    /** {@link #lees(String, String, int, String, String[], String[])} without regional cooperation. */
    static Gemeenten.Instellingen lees(String gemeente, String naam, int maanden, String terugkoppeling, String[] modulesUit) {
        return lees(gemeente, naam, maanden, terugkoppeling, modulesUit, null);
    }

    /** The settings, checked: a code of four digits, a term the law allows, no switching off of the Wams itself. */
    static Gemeenten.Instellingen lees(String gemeente, String naam, int maanden, String terugkoppeling, String[] modulesUit,
            String[] samenwerking) {
        if (!Gemeenten.isGemeentecode(gemeente)) {
            throw new IllegalArgumentException("gemeente: een CBS-gemeentecode van vier cijfers");
        }
        if (maanden != 0 && (maanden < 6 || maanden > 12)) {
            throw new IllegalArgumentException("melddossierMaanden: 6 tot en met 12 maanden (Wmo 2015 art. 5.5.4 lid 1), of 0");
        }
        Boolean burgers = switch (terugkoppeling == null ? "" : terugkoppeling) {
            case "" -> null;
            case "ja" -> Boolean.TRUE;
            case "nee" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("melderTerugkoppelingBurgers: ja, nee of leeg");
        };
        Set<String> uit = new java.util.TreeSet<>();
        for (String m : modulesUit == null ? new String[0] : modulesUit) {
            String module = m.trim();
            if (module.equals(WAMS)) {
                throw new IllegalArgumentException("modulesUit: " + WAMS + " is de Wams zelf, die elke gemeente uitvoert");
            }
            if (!module.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("modulesUit: de symbolische naam van een wetmodule");
            }
            uit.add(module);
        }
        java.util.Map<String, Set<String>> opgedragen = new java.util.TreeMap<>();
        for (String s : samenwerking == null ? new String[0] : samenwerking) {
            String[] deel = s.trim().split(":", 2);
            if (deel.length != 2 || !Gemeenten.isGemeentecode(deel[0]) || !OPDRAAGBAAR.contains(deel[1].trim())) {
                throw new IllegalArgumentException("samenwerking: <gemeentecode>:<functie>, met functie een van "
                        + String.join(", ", new java.util.TreeSet<>(OPDRAAGBAAR)));
            }
            if (deel[0].equals(gemeente)) {
                throw new IllegalArgumentException("samenwerking: een gemeente draagt haar werk niet aan zichzelf op");
            }
            opgedragen.computeIfAbsent(deel[0], k -> new java.util.TreeSet<>()).add(deel[1].trim());
        }
        return new Gemeenten.Instellingen(gemeente, naam, maanden == 0 ? null : maanden, burgers, uit, opgedragen);
    }
}
