// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Objects;

/**
 * A law by the short name the rulebook uses ("Wmo 2015", "Jeugdwet"). Open-ended on purpose: a module can
 * bring a law the kernel has never heard of; the constants are the ones the Wams touches.
 *
 * @param name the short name, as cited
 */
public record Law(String name) {
    public static final Law WMO_2015 = new Law("Wmo 2015");
    public static final Law JEUGDWET = new Law("Jeugdwet");
    public static final Law PARTICIPATIEWET = new Law("Participatiewet");
    /** Wet gemeentelijke schuldhulpverlening; "Wgs" in this product. */
    public static final Law WGS = new Law("Wgs");
    public static final Law WET_INBURGERING_2021 = new Law("Wet inburgering 2021");
    public static final Law WLZ = new Law("Wlz");
    public static final Law ZVW = new Law("Zvw");
    public static final Law AVG = new Law("AVG");
    public static final Law UAVG = new Law("UAVG");
    public static final Law WPG = new Law("Wpg");
    public static final Law WJSG = new Law("Wjsg");
    public static final Law BW = new Law("BW");
    public static final Law WET_BIG = new Law("Wet BIG");
    public static final Law GEMEENTEWET = new Law("Gemeentewet");
    public static final Law WVGGZ = new Law("Wvggz");
    public static final Law WZD = new Law("Wzd");
    public static final Law WET_TIJDELIJK_HUISVERBOD = new Law("Wet tijdelijk huisverbod");
    /** Wet gegevensverwerking door samenwerkingsverbanden (Zorg- en Veiligheidshuizen). */
    public static final Law WET_SAMENWERKINGSVERBANDEN = new Law("Wet gegevensverwerking door samenwerkingsverbanden");

    /** Requires a non-blank name. */
    public Law {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a law needs a name");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
