-- SPDX-License-Identifier: EUPL-1.2
-- Municipalities side by side (issue 10 §3), the index rows too: who is in a file (betrokkene) and who may see it
-- (toegang) carry the municipality of their file, so that PostgreSQL's row-level security holds them to it by a
-- column of their own (V9's policy), not by looking up the file for every row (tried: 30 % of the case API's
-- throughput, docs/perf.md). Index rows whose file is gone hold nothing anyone can reach; they are removed.
ALTER TABLE betrokkene ADD COLUMN gemeente VARCHAR(4);
ALTER TABLE toegang ADD COLUMN gemeente VARCHAR(4);
UPDATE betrokkene SET gemeente = (SELECT d.gemeente FROM melddossier d WHERE d.id = betrokkene.dossier) WHERE soort = 'MELDING';
UPDATE betrokkene SET gemeente = (SELECT d.gemeente FROM onderzoeksdossier d WHERE d.id = betrokkene.dossier) WHERE soort = 'ONDERZOEK';
UPDATE betrokkene SET gemeente = (SELECT d.gemeente FROM coordinatiedossier d WHERE d.id = betrokkene.dossier) WHERE soort = 'COORDINATIEDOSSIER';
UPDATE betrokkene SET gemeente = (SELECT d.gemeente FROM casusoverleg d WHERE d.id = betrokkene.dossier) WHERE soort = 'CASUSOVERLEG';
UPDATE betrokkene SET gemeente = (SELECT d.gemeente FROM verstrekkingsverzoek d WHERE d.id = betrokkene.dossier) WHERE soort = 'VERSTREKKINGSVERZOEK';
UPDATE toegang SET gemeente = (SELECT d.gemeente FROM melddossier d WHERE d.id = toegang.dossier) WHERE soort = 'MELDING';
UPDATE toegang SET gemeente = (SELECT d.gemeente FROM onderzoeksdossier d WHERE d.id = toegang.dossier) WHERE soort = 'ONDERZOEK';
UPDATE toegang SET gemeente = (SELECT d.gemeente FROM coordinatiedossier d WHERE d.id = toegang.dossier) WHERE soort = 'COORDINATIEDOSSIER';
UPDATE toegang SET gemeente = (SELECT d.gemeente FROM casusoverleg d WHERE d.id = toegang.dossier) WHERE soort = 'CASUSOVERLEG';
UPDATE toegang SET gemeente = (SELECT d.gemeente FROM verstrekkingsverzoek d WHERE d.id = toegang.dossier) WHERE soort = 'VERSTREKKINGSVERZOEK';
DELETE FROM betrokkene WHERE gemeente IS NULL;
DELETE FROM toegang WHERE gemeente IS NULL;
ALTER TABLE betrokkene ALTER COLUMN gemeente SET NOT NULL;
ALTER TABLE toegang ALTER COLUMN gemeente SET NOT NULL;
-- A municipality's lists walk its own part of an index, in the list's order: the municipality leads. A list is
-- asked for with the municipality first in its ORDER BY too (fixed by the WHERE, so the order is the same); H2
-- reads the index in order only then.
DROP INDEX melddossier_lijst;
DROP INDEX onderzoeksdossier_lijst;
DROP INDEX coordinatiedossier_lijst;
DROP INDEX casusoverleg_lijst;
DROP INDEX verstrekkingsverzoek_lijst;
DROP INDEX melddossier_termijn;
DROP INDEX onderzoeksdossier_termijn;
DROP INDEX coordinatiedossier_termijn;
DROP INDEX casusoverleg_termijn;
DROP INDEX verstrekkingsverzoek_termijn;
DROP INDEX onderzoeksdossier_toestand;
CREATE INDEX melddossier_lijst ON melddossier (gemeente, aangemaakt, id);
CREATE INDEX onderzoeksdossier_lijst ON onderzoeksdossier (gemeente, aangemaakt, id);
CREATE INDEX coordinatiedossier_lijst ON coordinatiedossier (gemeente, aangemaakt, id);
CREATE INDEX casusoverleg_lijst ON casusoverleg (gemeente, aangemaakt, id);
CREATE INDEX verstrekkingsverzoek_lijst ON verstrekkingsverzoek (gemeente, aangemaakt, id);
CREATE INDEX melddossier_termijn ON melddossier (gemeente, termijn ASC NULLS LAST, id);
CREATE INDEX onderzoeksdossier_termijn ON onderzoeksdossier (gemeente, termijn ASC NULLS LAST, id);
CREATE INDEX coordinatiedossier_termijn ON coordinatiedossier (gemeente, termijn ASC NULLS LAST, id);
CREATE INDEX casusoverleg_termijn ON casusoverleg (gemeente, termijn ASC NULLS LAST, id);
CREATE INDEX verstrekkingsverzoek_termijn ON verstrekkingsverzoek (gemeente, termijn ASC NULLS LAST, id);
CREATE INDEX onderzoeksdossier_toestand ON onderzoeksdossier (gemeente, toestand, aangemaakt, id)
