-- SPDX-License-Identifier: EUPL-1.2
-- A list by term reads files without a term last (ORDER BY termijn ASC NULLS LAST). H2 sorts NULLs first in an
-- index by default, so with V5's indexes it scanned and sorted the whole table for every page (2.4 s at 100,000
-- investigations, docs/perf.md); an index in the list's own order is read in order. PostgreSQL's default already
-- was ASC NULLS LAST: there the new index is the same as the old.
DROP INDEX melddossier_termijn;
DROP INDEX onderzoeksdossier_termijn;
DROP INDEX coordinatiedossier_termijn;
DROP INDEX casusoverleg_termijn;
DROP INDEX verstrekkingsverzoek_termijn;
CREATE INDEX melddossier_termijn ON melddossier (termijn ASC NULLS LAST, id);
CREATE INDEX onderzoeksdossier_termijn ON onderzoeksdossier (termijn ASC NULLS LAST, id);
CREATE INDEX coordinatiedossier_termijn ON coordinatiedossier (termijn ASC NULLS LAST, id);
CREATE INDEX casusoverleg_termijn ON casusoverleg (termijn ASC NULLS LAST, id);
CREATE INDEX verstrekkingsverzoek_termijn ON verstrekkingsverzoek (termijn ASC NULLS LAST, id);
