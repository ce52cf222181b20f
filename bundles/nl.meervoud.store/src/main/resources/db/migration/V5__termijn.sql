-- SPDX-License-Identifier: EUPL-1.2
-- The file's next legal term (the 2.3a.1 investigation term, a law module's decision term, informing the gemelde),
-- as the case model computed it when it last wrote the file, so that a worklist can put the nearest term first.
-- Files written before this migration have none until they next change; their term is still shown on the file.
ALTER TABLE melddossier ADD COLUMN termijn DATE;
ALTER TABLE onderzoeksdossier ADD COLUMN termijn DATE;
ALTER TABLE coordinatiedossier ADD COLUMN termijn DATE;
ALTER TABLE casusoverleg ADD COLUMN termijn DATE;
ALTER TABLE verstrekkingsverzoek ADD COLUMN termijn DATE;
CREATE INDEX melddossier_termijn ON melddossier (termijn, id);
CREATE INDEX onderzoeksdossier_termijn ON onderzoeksdossier (termijn, id);
CREATE INDEX coordinatiedossier_termijn ON coordinatiedossier (termijn, id);
CREATE INDEX casusoverleg_termijn ON casusoverleg (termijn, id);
CREATE INDEX verstrekkingsverzoek_termijn ON verstrekkingsverzoek (termijn, id);
