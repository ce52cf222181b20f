// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Eis;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Obligation;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.Term;
import nl.meervoud.privacy.api.Vereiste;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;
import nl.meervoud.privacy.kernel.internal.CompiledRule.Masks;

/**
 * Decides a request against one index snapshot. Order: prohibitions (they always win), the conditions that
 * providers attached to the data, then the permission rules; anything no rule permits is denied. Pure and
 * allocation-light on the permit path; builds the trail only when asked.
 */
final class Evaluator {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Obligation LOG = new Obligation(Obligation.Soort.LOGGEN, null,
            "de verwerking is vastgelegd in het verwerkingenlogboek");

    private Evaluator() {
    }

    static Decision evaluate(RuleIndex index, DecisionRequest request, boolean trail) {
        List<String> spoor = trail ? new ArrayList<>() : null;
        long day = request.tijdstip().atZone(AMSTERDAM).toLocalDate().toEpochDay();
        int van = request.van().rol().id();
        int naar = request.naar().rol().id();
        long bron = Masks.bron(request.bron());
        long doel = 1L << request.doel().ordinal();
        long gegevens = Masks.of(request.gegevens());
        int route = request.route() == null ? -1 : request.route().id();
        long[] evidence = Bits.of(request.bewijs());
        long eisen = eisen(request.van(), request.naar());
        int vanWet = request.van().law() == null ? -1 : request.van().law().id();

        if (gegevens == 0) {
            // Every processing of personal data names its categories; a request without any is not decidable.
            return new Decision(Decision.Effect.DENY, "", List.of(), List.of("het verzoek noemt geen gegevenssoorten"),
                    List.of(), List.of(LOG), trail(spoor, "geen gegevenssoorten"), List.of(), index.version);
        }
        String unknown = unknown(index.vocabulary, request);
        if (unknown != null) {
            // The kernel denies what it does not know: a term no active module declares (its module is gone, or never came).
            return new Decision(Decision.Effect.DENY, "", List.of(), List.of(unknown), List.of(), List.of(LOG),
                    trail(spoor, unknown), List.of(), index.version);
        }
        for (CompiledProhibition p : index.prohibitions) {
            if (p.forbids(day, van, naar, bron, doel, gegevens, route, evidence, eisen)) {
                return new Decision(Decision.Effect.DENY, p.id, p.prohibition.citaties(),
                        List.of("verboden: " + p.prohibition.titel()), List.of(), List.of(LOG),
                        trail(spoor, p.id + ": verbod van toepassing"), List.of(), index.version);
            }
        }
        for (VoorwaardeVerstrekker condition : request.voorwaardenVerstrekker()) {
            String failed = sticky(condition, request);
            if (failed != null) {
                ProcessRule basis = index.voorwaardenVerstrekker;
                return new Decision(Decision.Effect.DENY, basis == null ? "" : basis.id(), basis == null ? List.of() : basis.citaties(),
                        List.of(failed), List.of("VOORWAARDE_VERSTREKKER"),
                        List.of(LOG), trail(spoor, "voorwaarde van " + condition.verstrekker() + ": " + failed), List.of(), index.version);
            }
        }

        CompiledRule nearest = null;
        List<Vereiste> nearestMissing = null;
        int nearestScore = Integer.MAX_VALUE;
        List<String> errors = List.of();
        for (CompiledRule rule : index.candidates(request.van().rol(), request.naar().rol(), request.doel())) {
            try {
                if (!rule.validOn(day)) {
                    trail(spoor, rule.id + ": niet geldig op deze datum");
                    continue;
                }
                String mismatch = rule.mismatch(bron, vanWet, request.kwalificatie(), gegevens, route);
                if (mismatch != null) {
                    trail(spoor, rule.id + ": niet van toepassing (" + mismatch + ")");
                    continue;
                }
                if (rule.satisfied(gegevens, evidence, eisen)) {
                    trail(spoor, rule.id + ": toegestaan");
                    return permit(index, rule, spoor, errors);
                }
                List<Vereiste> missing = rule.missing(gegevens, evidence, eisen);
                trail(spoor, rule.id + ": voorwaarden ontbreken " + names(missing));
                int score = distance(rule, missing);
                if (nearestMissing == null || score < nearestScore) {
                    nearest = rule;
                    nearestMissing = missing;
                    nearestScore = score;
                }
            } catch (RuntimeException e) {
                // A rule that cannot be evaluated is skipped and never counts as a grant (Cedar's ErrorHandling::Skip).
                errors = errors.isEmpty() ? new ArrayList<>() : errors;
                errors.add(rule.id + ": " + e);
            }
        }
        if (nearest == null) {
            return new Decision(Decision.Effect.DENY, "", List.of(), List.of(Decision.GEEN_REGEL), List.of(), List.of(LOG),
                    trail(spoor, "geen regel van toepassing"), errors, index.version);
        }
        List<String> reasons = new ArrayList<>(nearestMissing.size());
        boolean alternatives = !nearest.rule.vereistEenVan().isEmpty() && nearestMissing.containsAll(nearest.rule.vereistEenVan());
        for (Vereiste missing : nearestMissing) {
            reasons.add(alternatives && nearest.rule.vereistEenVan().contains(missing)
                    ? "geen van de alternatieven: " + index.vocabulary.uitleg(missing) : index.vocabulary.uitleg(missing));
        }
        return new Decision(Decision.Effect.DENY, nearest.id, nearest.rule.citaties(), reasons, names(nearestMissing),
                List.of(LOG), spoor == null ? List.of() : spoor, errors, index.version);
    }

    /**
     * How far a request is from satisfying a rule, to pick the rule whose failure to report. Evidence can be
     * supplied by the caseworker; an actor attribute cannot (the rule is then about another kind of actor),
     * so a missing attribute weighs far more. A group of alternatives counts once.
     */
    private static int distance(CompiledRule rule, List<Vereiste> missing) {
        int score = 0;
        boolean alternativeCounted = false;
        for (Vereiste v : missing) {
            if (rule.rule.vereistEenVan().contains(v)) {
                score += alternativeCounted ? 0 : 1;
                alternativeCounted = true;
            } else {
                score += v instanceof Eis ? 100 : 1;
            }
        }
        return score;
    }

    private static Decision permit(RuleIndex index, CompiledRule rule, List<String> spoor, List<String> errors) {
        List<Obligation> obligations = rule.rule.verplichtingen().isEmpty() ? List.of(LOG) : withLog(rule.rule.verplichtingen());
        return new Decision(Decision.Effect.PERMIT, rule.id, rule.rule.citaties(), List.of(rule.rule.titel()),
                List.of(), obligations, spoor == null ? List.of() : spoor, errors, index.version);
    }

    private static List<Obligation> withLog(List<Obligation> obligations) {
        List<Obligation> all = new ArrayList<>(obligations.size() + 1);
        all.add(LOG);
        all.addAll(obligations);
        return all;
    }

    /**
     * The first term of the request that no built-in and no active declaration covers, in Dutch; null when every
     * term is known.
     */
    private static String unknown(Vocabulary vocabulary, DecisionRequest request) {
        String actor = unknown(vocabulary, request.van(), "verstrekker");
        if (actor == null && request.naar() != request.van()) {
            actor = unknown(vocabulary, request.naar(), "ontvanger");
        }
        if (actor != null) {
            return actor;
        }
        if (request.route() != null && !vocabulary.known(request.route())) {
            return onbekend("route", request.route().name());
        }
        for (Voorwaarde v : request.bewijs()) {
            if (!vocabulary.known((Term) v)) {
                return onbekend("voorwaarde", v.name());
            }
        }
        return null;
    }

    private static String unknown(Vocabulary vocabulary, Actor actor, String who) {
        if (!vocabulary.known(actor.rol())) {
            return onbekend("rol van de " + who, actor.rol().name());
        }
        if (!vocabulary.known(actor.geheimhouding())) {
            return onbekend("geheimhouding van de " + who, actor.geheimhouding().name());
        }
        if (actor.law() != null && !vocabulary.known(actor.law())) {
            return onbekend("wet van de " + who, actor.law().name());
        }
        return null;
    }

    private static String onbekend(String what, String name) {
        return "onbekende " + what + " `" + name + "`: geen actieve regelset declareert deze term (is de module van die wet geïnstalleerd?)";
    }

    /** The actor attributes that hold, as an {@link Eis} mask. */
    static long eisen(Actor van, Actor naar) {
        long mask = 0;
        if (van.bsnBevoegd()) {
            mask |= bit(Eis.VAN_BSN_BEVOEGD);
        }
        if (naar.bsnBevoegd()) {
            mask |= bit(Eis.NAAR_BSN_BEVOEGD);
        }
        if (naar.bevoegdBijzondereGegevens()) {
            mask |= bit(Eis.NAAR_BEVOEGD_BIJZONDERE_GEGEVENS);
        }
        mask |= van.geheimhouding() == Geheimhouding.GEEN ? bit(Eis.VAN_GEEN_BEROEPSGEHEIM) : bit(Eis.VAN_BEROEPSGEHEIM);
        if (van.domein() != Domein.GEEN) {
            mask |= bit(Eis.VAN_PARTIJ_SOCIAAL_OF_AANPALEND);
        }
        if (naar.domein() != Domein.GEEN) {
            mask |= bit(Eis.NAAR_PARTIJ_SOCIAAL_OF_AANPALEND);
        }
        return mask;
    }

    private static long bit(Eis eis) {
        return 1L << eis.ordinal();
    }

    /** Checks one sticky provider condition; returns the failure in Dutch, or null when it holds. */
    private static String sticky(VoorwaardeVerstrekker condition, DecisionRequest request) {
        return switch (condition.soort()) {
            case TOESTEMMING_VOORAF -> request.bewijs().contains(Voorwaarde.TOESTEMMING_VERSTREKKER) ? null
                    : "de verstrekker (" + condition.verstrekker() + ") heeft als voorwaarde gesteld dat eerst om toestemming wordt gevraagd";
            case ALLEEN_AAN -> condition.partijen().contains(request.naar().id()) ? null
                    : "de verstrekker (" + condition.verstrekker() + ") staat verstrekking aan `" + request.naar().id() + "` niet toe";
            case NIET_AAN -> !condition.partijen().contains(request.naar().id()) ? null
                    : "de verstrekker (" + condition.verstrekker() + ") heeft verstrekking aan `" + request.naar().id() + "` uitgesloten";
            case ALLEEN_GEGEVENS -> condition.gegevens().containsAll(request.gegevens()) ? null
                    : "de verstrekker (" + condition.verstrekker() + ") staat alleen verstrekking van " + condition.gegevens() + " toe";
        };
    }

    private static List<String> trail(List<String> spoor, String step) {
        if (spoor == null) {
            return List.of();
        }
        spoor.add(step);
        return spoor;
    }

    private static List<String> names(List<Vereiste> requirements) {
        List<String> names = new ArrayList<>(requirements.size());
        for (Vereiste r : requirements) {
            names.add(r.name());
        }
        return names;
    }
}
