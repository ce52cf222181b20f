#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes src/main/resources/openapi/openapi.json. The document is checked against the router by OpenApiTest
(unit) and against the running distribution by CasusApiIT; edit this script, run it, commit both."""
import json, os

def obj(props, required=()):
    return {"type": "object", "additionalProperties": False, "properties": props, **({"required": list(required)} if required else {})}

S = lambda t="string", **kw: {"type": t, **kw}
DATE = S(format="date")
BSN = S(pattern="^[0-9]{9}$", description="BSN; de elfproef wordt gecontroleerd")
REF = lambda n: {"$ref": "#/components/schemas/" + n}
ARR = lambda item: {"type": "array", "items": item}
GEG = {"type": "string", "enum": ["IDENTIFICEREND", "BSN", "CONTACT", "GEZONDHEID", "GODSDIENST_LEVENSOVERTUIGING", "ETNISCHE_AFKOMST",
       "STRAFRECHTELIJK", "POLITIEGEGEVENS", "JUSTITIELE_GEGEVENS", "FINANCIEEL", "WERK", "ONDERWIJS", "HUISVESTING",
       "GEZINSSAMENSTELLING", "DAT_INFORMATIE", "PROCESINFORMATIE", "INHOUD"]}
RELATIES = ["PARTNER", "ECHTGENOOT", "EX_PARTNER", "KIND", "OUDER", "BROER_OF_ZUS"]
betrokkene = obj({"bsn": BSN, "naam": S(), "geboortedatum": DATE}, ["bsn"])
afspraak = obj({"wie": S(), "wat": S(), "toelichting": S()}, ["wie", "wat"])
schemas = {
    "Betrokkene": betrokkene,
    "Afspraak": afspraak,
    "NieuweMelding": obj({"ontvangen": DATE,
        "melder": obj({"soort": S(enum=["BURGER", "PROFESSIONAL"]), "naam": S(), "contact": S(), "anoniemJegensGemelde": S("boolean")}, ["soort"]),
        "gemelde": obj({"bsn": BSN, "naam": S(), "adres": S()}), "zorg": S(), "ingezetene": S("boolean"), "acuut": S("boolean")}, ["melder"]),
    "Triage": obj({"uitkomst": S(enum=["DOORSTUREN", "EIGEN_TAAK", "WVGGZ", "GEEN_VERVOLG"]), "ernst": S(), "naar": S(),
        "toestemmingGemelde": S("boolean"), "op": DATE}, ["uitkomst"]),
    "Terugkoppeling": obj({"op": DATE, "soort": S(enum=["IN_BEHANDELING_GENOMEN", "DOORGESTUURD"]), "veiligheidInGeding": S("boolean")}, ["soort"]),
    "Informering": obj({"op": DATE, "uitzondering": S(description="reden om niet te informeren (AVG art. 14 lid 5)")}),
    "NieuwOnderzoek": obj({"route": S(enum=["WMO_2_3A_1", "WMO_2_3A_4", "WET_INBURGERING_14_8"]), "verzoekdatum": DATE,
        "hulpvraagWet": S(enum=["Wmo 2015", "Jeugdwet", "Participatiewet", "Wgs"]), "client": REF("Betrokkene"),
        "reikwijdte": obj({"domeinen": ARR(S()), "problemen": ARR(S())}), "vermoedenMeervoudigeProblematiek": S("boolean"),
        "verzoek": obj({"partij": S(), "voortdurendOfTerugkerend": S("boolean"), "teloorgangOfLageKwaliteitVanLeven": S("boolean"),
            "zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam": S("boolean"), "aanpakDraagtBij": S("boolean"), "motivering": S()})},
        ["route", "client"]),
    "Beoordeling": obj({"starten": S("boolean"), "motivering": S(), "op": DATE}, ["starten", "motivering"]),
    "Procedure": obj({"identiteitVastgesteld": S("boolean"), "clientondersteuningGewezen": S("boolean"),
        "persoonlijkPlanGewezen": S("boolean"), "pgbGewezen": S("boolean")}),
    "NieuwGezinslid": obj({"persoon": REF("Betrokkene"), "relatie": S(enum=RELATIES, description="tot de cliënt"),
        "relaties": ARR(obj({"relatie": S(enum=RELATIES), "met": BSN}, ["relatie", "met"])),
        "inHuishouding": S("boolean"), "verblijftElders": S("boolean"), "jeugdigeTot": S("integer", enum=[18, 21, 23]), "op": DATE},
        ["persoon"]),
    "Instemming": obj({"op": DATE}),
    "Inhoud": obj({"inhoud": obj({"domeinen": ARR(S()), "problemen": ARR(S()), "huidigeDiensten": ARR(S()), "eerdereDiensten": ARR(S()),
        "nodigeDiensten": ARR(S()), "meervoudigeProblematiek": S("boolean")}), "gegevens": ARR(GEG)}, ["inhoud"]),
    "Uitkomst": obj({"uitkomsten": {"type": "object", "description": "per BSN van een cliënt",
        "additionalProperties": obj({"conclusies": S(), "voorzieningen": ARR(S()), "aanpalend": ARR(S()), "hoeTeVerkrijgen": S()}, ["conclusies"])},
        "aanpalend": S("boolean"), "op": DATE}, ["uitkomsten"]),
    "Aanpak": obj({"besluit": S(enum=["COORDINATOR", "EIGEN_REGIE", "GEEN"]),
        "coordinator": obj({"naam": S(), "soort": S(enum=["GEMEENTEAMBTENAAR", "MEDEWERKER_PARTIJ", "ZELFSTANDIGE"]), "organisatie": S()}, ["naam", "soort"])},
        ["besluit"]),
    "Voortgang": obj({"op": DATE, "doel": S(), "tekst": S()}, ["tekst"]),
    "Afspraken": obj({"afspraken": ARR(REF("Afspraak"))}, ["afspraken"]),
    "Signaal": obj({"soort": S(enum=["AANPASSEN", "BEEINDIGEN"]), "reden": S(), "op": DATE}, ["soort", "reden"]),
    "Beeindiging": obj({"op": DATE}),
    "NieuwCasusoverleg": obj({"onderzoek": S(format="uuid"), "fase": S(enum=["ONDERZOEK", "COORDINATIE"]), "datum": DATE,
        "genodigden": ARR(obj({"partij": S(), "noodzaak": S()}, ["partij", "noodzaak"])), "clientUitgenodigd": S("boolean"),
        "zwaarwegendeBelangen": S()}, ["onderzoek", "fase", "genodigden"]),
    "Vrijgave": obj({"verstrekker": S(), "ontvanger": S(), "ontvangerRol": S(enum=["PARTIJ", "COLLEGE", "COORDINATOR", "BURGEMEESTER"]),
        "gegevens": ARR(GEG), "eigenTaak": S(), "toestemmingVerstrekker": S("boolean"), "ontvangerBevoegd": S("boolean")},
        ["verstrekker", "ontvanger", "gegevens", "eigenTaak"]),
    "NieuwVerstrekkingsverzoek": obj({"onderzoek": S(format="uuid"),
        "partij": obj({"id": S(), "naam": S(), "geheimhouding": S(enum=["GEEN", "BW_7_457", "WET_BIG_88", "JEUGDWET_7_3_11"]), "bsnBevoegd": S("boolean")}, ["id"]),
        "betrokkene": BSN, "gegevens": ARR(GEG), "motivering": obj({"doel": S(), "waarom": S(), "metWie": S(), "domein": S()}, ["doel", "waarom", "metWie", "domein"])},
        ["onderzoek", "partij", "betrokkene", "gegevens", "motivering"]),
    "Antwoord": obj({"besluit": S(enum=["VERSTREKT", "GEWEIGERD"]), "op": DATE,
        "voorwaarden": ARR(obj({"verstrekker": S(), "soort": S(enum=["TOESTEMMING_VOORAF", "ALLEEN_AAN", "NIET_AAN", "ALLEEN_GEGEVENS"]),
            "partijen": ARR(S()), "gegevens": ARR(GEG)}, ["verstrekker", "soort"])),
        "zwaarwegendeRedenen": S(), "toestemmingBetrokkene": S("boolean"), "afwegingVastgelegd": S("boolean")}, ["besluit"]),
    "Resource": {"type": "object", "description": "id, versie, toestand, aangemaakt, bewarenTot, _links en de inhoud van het dossier",
        "properties": {"id": S(format="uuid"), "versie": S("integer"), "toestand": S(), "aangemaakt": S(format="date-time"),
                       "bewarenTot": DATE, "_links": S("object")}, "required": ["id", "versie", "toestand", "_links"]},
    "Lijst": {"type": "object", "properties": {"_embedded": S("object"), "pagina": S("integer"), "paginaGrootte": S("integer"),
        "_links": S("object")}, "required": ["_embedded", "pagina", "paginaGrootte", "_links"]},
    "Problem": {"type": "object", "description": "RFC 9457", "properties": {"type": S(), "title": S(), "status": S("integer"),
        "detail": S(), "instance": S(), "artikel": S(description="het artikel dat de stap weigert"),
        "invalidParams": ARR(obj({"name": S(), "reason": S()})), "regel": S(), "redenen": ARR(S()), "citaties": ARR(S()),
        "ontbrekend": ARR(S())}, "required": ["title", "status"]},
}
P = lambda n, where="path": {"name": n, "in": where, "required": where == "path", "schema": S()}
VERW = {"name": "x-verwerking", "in": "header", "required": True, "description": "de verwerkingsactiviteit die dit verzoek dient",
        "schema": S()}
IFMATCH = {"name": "If-Match", "in": "header", "required": False, "schema": S(), "description": "de versie (ETag) die je las; 409 als die verouderd is"}
PAGE = [{"name": "pagina", "in": "query", "schema": S("integer", minimum=1)}, {"name": "paginaGrootte", "in": "query", "schema": S("integer", minimum=1, maximum=100)},
        {"name": "toestand", "in": "query", "schema": S()}, {"name": "onderzoek", "in": "query", "schema": S(format="uuid")}]
PROB = lambda *codes: {str(c): {"description": d, "content": {"application/problem+json": {"schema": REF("Problem")}}} for c, d in
                        [(c, {400: "ongeldige invoer (veld genoemd)", 403: "geweigerd door de privacykern", 404: "niet gevonden",
                              409: "gelijktijdige wijziging", 413: "body te groot", 415: "geen JSON", 422: "stap niet toegestaan (artikel genoemd)"}[c]) for c in codes]}

def op(summary, body=None, ok=200, schema="Resource", params=(), tag=None, personal=True):
    o = {"summary": summary, "tags": [tag], "parameters": list(params) + ([VERW] if personal else [])}
    if body:
        o["requestBody"] = {"required": True, "content": {"application/json": {"schema": REF(body)}}}
        o["parameters"].append(IFMATCH) if "{id}" in summary else None
    o["responses"] = {str(ok): {"description": "gelukt", "content": {"application/json": {"schema": REF(schema)}}}}
    o["responses"].update(PROB(400, 403, 404, 409, 413, 415, 422) if personal else PROB(400))
    return o

paths = {}
def add(path, method, o):
    if "{id}" in path:
        o["parameters"].insert(0, P("id"))
    if "{bsn}" in path:
        o["parameters"].insert(0, P("bsn"))
    paths.setdefault(path, {})[method] = o

add("/openapi.json", "get", {"summary": "Dit document", "tags": ["api"], "parameters": [], "responses": {"200": {"description": "OpenAPI 3"}}})
for res, tag, soort in [("meldingen", "meldpunt", "NieuweMelding"), ("onderzoeken", "onderzoek", "NieuwOnderzoek"),
                        ("casusoverleggen", "casusoverleg", "NieuwCasusoverleg"), ("verstrekkingsverzoeken", "verstrekkingsverzoek", "NieuwVerstrekkingsverzoek")]:
    add(f"/{res}", "get", op(f"Lijst {res} (zonder persoonsgegevens)", schema="Lijst", params=PAGE, tag=tag, personal=False))
    add(f"/{res}", "post", op(f"Nieuw: {res}", soort, 201, tag=tag))
    add(f"/{res}/{{id}}", "get", op(f"Eén {res[:-2] if res.endswith('en') else res}", tag=tag))
add("/coordinatiedossiers", "get", op("Lijst coördinatiedossiers (zonder persoonsgegevens)", schema="Lijst", params=PAGE, tag="coordinatie", personal=False))
add("/coordinatiedossiers/{id}", "get", op("Eén coördinatiedossier", tag="coordinatie"))
for path, method, summary, body, tag in [
    ("/meldingen/{id}/triage", "post", "Triage (Wmo 2015 art. 2.2.5 lid 2)", "Triage", "meldpunt"),
    ("/meldingen/{id}/informering", "post", "De gemelde informeren of de uitzondering vastleggen", "Informering", "meldpunt"),
    ("/meldingen/{id}/terugkoppeling", "post", "Terugkoppeling aan de melder (Wmo 2015 art. 2.2.5 lid 2 onder d)", "Terugkoppeling", "meldpunt"),
    ("/onderzoeken/{id}/beoordeling", "post", "Beoordeling van het verzoek (Wmo 2015 art. 2.3a.4 lid 1)", "Beoordeling", "onderzoek"),
    ("/onderzoeken/{id}/informering", "post", "De cliënt informeren (Wmo 2015 art. 2.3a.4 lid 3)", None, "onderzoek"),
    ("/onderzoeken/{id}/procedure", "put", "Procedure-onderdelen (Wmo 2015 art. 2.3a.1 lid 5)", "Procedure", "onderzoek"),
    ("/onderzoeken/{id}/gezinsleden", "post", "Een gezinslid vragen (Wmo 2015 art. 2.3a.1 lid 3)", "NieuwGezinslid", "onderzoek"),
    ("/onderzoeken/{id}/gezinsleden/{bsn}/instemming", "post", "Instemming van het gezinslid", "Instemming", "onderzoek"),
    ("/onderzoeken/{id}/inhoud", "put", "Inhoud (a)-(e) (Wmo 2015 art. 2.3a.1 lid 4)", "Inhoud", "onderzoek"),
    ("/onderzoeken/{id}/uitkomst", "post", "Schriftelijke uitkomst per persoon (Wmo 2015 art. 2.3a.2)", "Uitkomst", "onderzoek"),
    ("/onderzoeken/{id}/uitkomsten/{bsn}", "get", "De uitkomst voor één persoon", None, "onderzoek"),
    ("/onderzoeken/{id}/aanpak", "post", "Coördinator, eigen regie of geen aanpak (Wmo 2015 art. 2.3a.3)", "Aanpak", "onderzoek"),
    ("/coordinatiedossiers/{id}/voortgang", "post", "Voortgang (Wmo 2015 art. 2.3a.3 lid 5)", "Voortgang", "coordinatie"),
    ("/coordinatiedossiers/{id}/afspraken", "post", "Afspraken (Wmo 2015 art. 2.3a.3 lid 3)", "Afspraken", "coordinatie"),
    ("/coordinatiedossiers/{id}/signaal", "post", "Signaal aanpassen of beëindigen (Wmo 2015 art. 2.3a.3 lid 4)", "Signaal", "coordinatie"),
    ("/coordinatiedossiers/{id}/beeindiging", "post", "Beëindiging van de aanpak", "Beeindiging", "coordinatie"),
    ("/coordinatiedossiers/{id}/overdracht", "post", "Overdracht aan het college (Wmo 2015 art. 5.4.4 lid 7)", "Beeindiging", "coordinatie"),
    ("/casusoverleggen/{id}/afspraken", "post", "Afspraken (Wmo 2015 art. 5.4.3 lid 3)", "Afspraken", "casusoverleg"),
    ("/casusoverleggen/{id}/vrijgaven", "post", "Gegevens buiten het overleg (Wmo 2015 art. 5.4.3 lid 4)", "Vrijgave", "casusoverleg"),
    ("/verstrekkingsverzoeken/{id}/antwoord", "post", "Antwoord van de partij (Wmo 2015 art. 5.4.2)", "Antwoord", "verstrekkingsverzoek")]:
    add(path, method, op(summary, body, tag=tag, schema="Resource" if "uitkomsten" not in path else "Resource"))
add("/onderzoeken/{id}/verwerkingen", "get", op("De verwerkingen van de casus uit het verwerkingenlogboek (AVG art. 5 lid 2)", tag="onderzoek"))
paths["/onderzoeken/{id}/verwerkingen"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "object",
    "properties": {"onderzoek": S(), "verwerkingen": ARR(S("object"))}}
add("/inzage/{bsn}", "get", op("Inzage: eigen verwerkingen en gegevens (AVG art. 15)", tag="inzage", schema="Resource"))
paths["/inzage/{bsn}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "object",
    "properties": {"bsn": S(), "verwerkingen": ARR(S("object")), "gegevens": ARR(S("object"))}}
paths["/onderzoeken/{id}/uitkomsten/{bsn}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "object",
    "properties": {"onderzoek": S(), "bsn": S(), "uitkomst": S("object"), "gecoordineerdeAanpak": S("object")}}

doc = {"openapi": "3.0.3", "info": {"title": "Meervoud API", "version": "1.0.0",
       "description": "De Wams-casus: meldpunt, onderzoek, coördinatie, casusoverleg, verstrekkingsverzoeken en inzage. Elke verwerking van persoonsgegevens wordt vooraf door de privacykern beoordeeld en gelogd.",
       "license": {"name": "EUPL-1.2"}}, "servers": [{"url": "/api/v1"}], "paths": paths, "components": {"schemas": schemas}}
out = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "openapi", "openapi.json")
with open(out, "w") as f:
    json.dump(doc, f, indent=1, ensure_ascii=False)
    f.write("\n")
