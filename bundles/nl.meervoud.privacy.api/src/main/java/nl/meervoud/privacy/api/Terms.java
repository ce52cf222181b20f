// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Interns the terms of one kind of open vocabulary (roles, routes, secrecy regimes, conditions, laws): one
 * canonical instance per name, each with a dense id, so the kernel compiles rules to bit sets indexed by id and
 * decides without looking names up. Ids are never reused; a term only names something, and whether it is in force
 * is up to the active rule sets that declare it. Names from outside (a request body) are looked up with
 * {@link #find}, never interned, so input cannot grow the table.
 */
final class Terms<T> {
    /** Term names: capitals, digits and underscores, as in rule files (a law name is free text). */
    static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final String kind;
    private final boolean freeText;
    private final Factory<T> make;
    private final ConcurrentHashMap<String, T> byName = new ConcurrentHashMap<>();
    private final List<T> builtIn = Collections.synchronizedList(new ArrayList<>());
    private int next;

    /** Makes the one instance of a term. */
    interface Factory<T> {
        T make(String name, int id, boolean builtIn);
    }

    Terms(String kind, boolean freeText, Factory<T> make) {
        this.kind = kind;
        this.freeText = freeText;
        this.make = make;
    }

    /** The canonical term for a name, created on first use. */
    T intern(String name) {
        return intern(name, false);
    }

    /** A term the platform itself defines (the constants, created when the class initialises). */
    T builtIn(String name) {
        T term = intern(name, true);
        builtIn.add(term);
        return term;
    }

    private T intern(String name, boolean platform) {
        return byName.computeIfAbsent(normalise(name), n -> {
            synchronized (this) {
                return make.make(n, next++, platform);
            }
        });
    }

    /** The term for a name exactly as spelled (a law's surrounding blanks aside), if anything interned it; never creates one. */
    Optional<T> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(freeText ? name.trim() : name));
    }

    /** The terms the platform itself defines, in declaration order. */
    List<T> builtIns() {
        synchronized (builtIn) {
            return List.copyOf(builtIn);
        }
    }

    private String normalise(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("een " + kind + " heeft een naam nodig");
        }
        if (freeText) {
            String trimmed = name.trim();
            if (trimmed.length() > 120) {
                throw new IllegalArgumentException("de naam van een " + kind + " is te lang: `" + trimmed.substring(0, 40) + "…`");
            }
            return trimmed;
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("`" + name + "` is geen geldige naam voor een " + kind
                    + " (hoofdletters, cijfers en _, zoals WLZ_UITVOERDER)");
        }
        return name;
    }
}
