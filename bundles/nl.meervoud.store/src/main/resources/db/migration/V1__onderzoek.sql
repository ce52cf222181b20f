-- SPDX-License-Identifier: EUPL-1.2
-- The investigation (Wmo 2015 §3a). Investigation data and coordination data are stored apart (Wmo 2015 art. 5.4.5).
CREATE TABLE onderzoek (
    id UUID PRIMARY KEY,
    route VARCHAR(32) NOT NULL,
    toestand VARCHAR(32) NOT NULL,
    gestart DATE,
    client_geinformeerd BOOLEAN NOT NULL,
    uitkomst_meegedeeld DATE,
    aanpak_beeindigd DATE,
    versie BIGINT NOT NULL
);
CREATE INDEX onderzoek_toestand ON onderzoek (toestand)
