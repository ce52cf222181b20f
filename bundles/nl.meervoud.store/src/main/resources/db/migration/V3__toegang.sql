-- SPDX-License-Identifier: EUPL-1.2
-- Need-to-know (issue 10 §2): who may see an investigation and the files that belong to it, as keys
-- (`behandelaar:<issuer>|<subject>`, `team:<name>`). An investigation without any key (stored before this
-- migration) stays open to every consulent of the municipality, as it was.
CREATE TABLE toegang (
    soort VARCHAR(24) NOT NULL, dossier UUID NOT NULL, sleutel VARCHAR(300) NOT NULL,
    PRIMARY KEY (soort, dossier, sleutel));
CREATE INDEX toegang_sleutel ON toegang (sleutel);
