-- Demo data (dev and tests only, portal.demo-data=true): the two ministries of the demo users and an NGO.
INSERT IGNORE INTO organisation (code, kind, name_en, name_sr) VALUES
    ('justice', 'MINISTRY', 'Ministry of Justice', 'Ministarstvo pravde'),
    ('labour', 'MINISTRY', 'Ministry of Labour and Employment', 'Ministarstvo za rad i zapošljavanje'),
    ('partner-ngo', 'NGO', 'Partner NGO for survivor support', 'Partnerska organizacija za podršku preživelima');

-- The demo ministry officials act for their ministries.
INSERT IGNORE INTO organisation_official (login, organisation_code) VALUES
    ('justice', 'justice'),
    ('labour', 'labour');
