-- Demo rate card (dev and test only): member rates at parity with what the same ministry pays an external expert.
-- Learning time is paid by the hour like preparation (learning and retraining, issue 19).
-- A rate is never changed; the meeting day shows a dated change (6,000 dinars until 2025, 8,000 from 2026).
INSERT IGNORE INTO rate (activity, task_kind, member_amount, expert_reference, currency, valid_from, created_by, created_at) VALUES
    ('MEETING_DAY',      '',            6000.00,  6000.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('MEETING_DAY',      '',            8000.00,  8000.00, 'RSD', '2026-01-01', 'demo-data', '2026-01-01 08:00:00'),
    ('PREPARATION_HOUR', '',            1500.00,  1500.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('TASK_HOUR',        '',            1500.00,  1500.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('TASK_HOUR',        'TRANSLATION', 1800.00,  1800.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('PUBLIC_SPEAKING',  '',           12000.00, 12000.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('PER_DIEM',         '',            2900.00,  2900.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('TRAVEL_PER_KM',    '',              35.00,    35.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('MONTHLY_STIPEND',  '',           30000.00, 30000.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('LOST_EARNINGS_DAY','',            6000.00,  6000.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00'),
    ('LEARNING_HOUR',    '',            1500.00,  1500.00, 'RSD', '2025-01-01', 'demo-data', '2025-01-01 08:00:00');
