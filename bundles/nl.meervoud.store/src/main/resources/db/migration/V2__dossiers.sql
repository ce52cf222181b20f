-- SPDX-License-Identifier: EUPL-1.2
-- The case files, each kind in its own table: investigation data and coordination data are stored apart
-- (Wmo 2015 art. 5.4.5), the melddossier apart from both (art. 5.5.4). Content is a JSON document, and the columns
-- index what lists, inzage and the retention job query. The 0.1 `onderzoek` table held only process states of the
-- unreleased store and is replaced by `onderzoeksdossier`.
DROP TABLE onderzoek;
CREATE TABLE melddossier (
    id UUID PRIMARY KEY, zaak UUID, toestand VARCHAR(40) NOT NULL, inhoud VARCHAR(1000000) NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL, bewaren_tot DATE, versie BIGINT NOT NULL);
CREATE TABLE onderzoeksdossier (
    id UUID PRIMARY KEY, zaak UUID, toestand VARCHAR(40) NOT NULL, inhoud VARCHAR(1000000) NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL, bewaren_tot DATE, versie BIGINT NOT NULL);
CREATE TABLE coordinatiedossier (
    id UUID PRIMARY KEY, zaak UUID, toestand VARCHAR(40) NOT NULL, inhoud VARCHAR(1000000) NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL, bewaren_tot DATE, versie BIGINT NOT NULL);
CREATE TABLE casusoverleg (
    id UUID PRIMARY KEY, zaak UUID, toestand VARCHAR(40) NOT NULL, inhoud VARCHAR(1000000) NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL, bewaren_tot DATE, versie BIGINT NOT NULL);
CREATE TABLE verstrekkingsverzoek (
    id UUID PRIMARY KEY, zaak UUID, toestand VARCHAR(40) NOT NULL, inhoud VARCHAR(1000000) NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL, bewaren_tot DATE, versie BIGINT NOT NULL);
CREATE INDEX melddossier_lijst ON melddossier (aangemaakt, id);
CREATE INDEX melddossier_bewaren ON melddossier (bewaren_tot);
CREATE INDEX onderzoeksdossier_lijst ON onderzoeksdossier (aangemaakt, id);
CREATE INDEX onderzoeksdossier_toestand ON onderzoeksdossier (toestand, aangemaakt);
CREATE INDEX onderzoeksdossier_bewaren ON onderzoeksdossier (bewaren_tot);
CREATE INDEX coordinatiedossier_zaak ON coordinatiedossier (zaak);
CREATE INDEX coordinatiedossier_lijst ON coordinatiedossier (aangemaakt, id);
CREATE INDEX coordinatiedossier_bewaren ON coordinatiedossier (bewaren_tot);
CREATE INDEX casusoverleg_zaak ON casusoverleg (zaak);
CREATE INDEX casusoverleg_lijst ON casusoverleg (aangemaakt, id);
CREATE INDEX casusoverleg_bewaren ON casusoverleg (bewaren_tot);
CREATE INDEX verstrekkingsverzoek_zaak ON verstrekkingsverzoek (zaak);
CREATE INDEX verstrekkingsverzoek_lijst ON verstrekkingsverzoek (aangemaakt, id);
CREATE INDEX verstrekkingsverzoek_bewaren ON verstrekkingsverzoek (bewaren_tot);
-- Who is in which file, for inzage (AVG art. 15) and deletion.
CREATE TABLE betrokkene (
    soort VARCHAR(24) NOT NULL, dossier UUID NOT NULL, bsn VARCHAR(9) NOT NULL,
    PRIMARY KEY (soort, dossier, bsn));
CREATE INDEX betrokkene_bsn ON betrokkene (bsn)
