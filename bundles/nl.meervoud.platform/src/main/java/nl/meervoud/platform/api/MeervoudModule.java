// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

/**
 * Constants that mark a bundle as a Meervoud module.
 *
 * <p>A module is a bundle whose manifest carries the {@value #HEADER} header, for example
 * {@code Meervoud-Module: jeugdwet;kind=domain}. The value is the module's short name; the optional
 * {@code kind} attribute is one of {@code core}, {@code domain} or {@code extension}.
 */
public final class MeervoudModule {
    /** The manifest header that marks a Meervoud module. */
    public static final String HEADER = "Meervoud-Module";
    /** The attribute of {@link #HEADER} that says which kind of module this is. */
    public static final String KIND_ATTRIBUTE = "kind";

    private MeervoudModule() {
    }
}
