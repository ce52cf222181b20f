-- SPDX-License-Identifier: EUPL-1.2
-- Municipalities side by side (issue 10 §3): each file belongs to one municipality, by its CBS gemeentecode, and
-- the store answers a municipality with its own files only. Files stored before this migration belong to the
-- installation's municipality, the store's setting `gemeenteBestaand` (default 0000, the local accounts' default),
-- which the migration fills in for ${gemeente}. The index tables (betrokkene, toegang) follow their file.
ALTER TABLE melddossier ADD COLUMN gemeente VARCHAR(4) DEFAULT '${gemeente}' NOT NULL;
ALTER TABLE onderzoeksdossier ADD COLUMN gemeente VARCHAR(4) DEFAULT '${gemeente}' NOT NULL;
ALTER TABLE coordinatiedossier ADD COLUMN gemeente VARCHAR(4) DEFAULT '${gemeente}' NOT NULL;
ALTER TABLE casusoverleg ADD COLUMN gemeente VARCHAR(4) DEFAULT '${gemeente}' NOT NULL;
ALTER TABLE verstrekkingsverzoek ADD COLUMN gemeente VARCHAR(4) DEFAULT '${gemeente}' NOT NULL;
ALTER TABLE melddossier ALTER COLUMN gemeente DROP DEFAULT;
ALTER TABLE onderzoeksdossier ALTER COLUMN gemeente DROP DEFAULT;
ALTER TABLE coordinatiedossier ALTER COLUMN gemeente DROP DEFAULT;
ALTER TABLE casusoverleg ALTER COLUMN gemeente DROP DEFAULT;
ALTER TABLE verstrekkingsverzoek ALTER COLUMN gemeente DROP DEFAULT
