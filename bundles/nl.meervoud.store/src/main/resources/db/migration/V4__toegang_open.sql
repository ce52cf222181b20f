-- SPDX-License-Identifier: EUPL-1.2
-- The key `open`: every consulent of the municipality may work on such an investigation. Investigations that have
-- no key yet (stored before need-to-know, or before this migration) get it, so they stay as they were, and a list
-- filtered by keys then needs one kind of probe only.
INSERT INTO toegang (soort, dossier, sleutel)
    SELECT 'ONDERZOEK', d.id, 'open' FROM onderzoeksdossier d
    WHERE NOT EXISTS (SELECT 1 FROM toegang t WHERE t.soort = 'ONDERZOEK' AND t.dossier = d.id);
