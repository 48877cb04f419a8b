-- Demo data (dev and tests only, portal.demo-data=true): the two ministries of the demo users, an NGO and the trade
-- union confederation of the demo partner official.
INSERT IGNORE INTO organisation (code, kind, name_en, name_sr) VALUES
    ('justice', 'MINISTRY', 'Ministry of Justice', 'Ministarstvo pravde'),
    ('labour', 'MINISTRY', 'Ministry of Labour and Employment', 'Ministarstvo za rad i zapošljavanje'),
    ('partner-ngo', 'NGO', 'Partner NGO for survivor support', 'Partnerska organizacija za podršku preživelima'),
    ('union-confederation', 'UNION', 'Confederation of Trade Unions (demo)', 'Konfederacija sindikata (demo)');

-- The demo ministry officials act for their ministries, the demo partner official for the union confederation.
INSERT IGNORE INTO organisation_official (login, organisation_code) VALUES
    ('justice', 'justice'),
    ('labour', 'labour'),
    ('union', 'union-confederation');
