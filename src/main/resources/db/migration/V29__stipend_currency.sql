-- A stipend's amount agreed above the card is money: an amount with its currency (payment.infrastructure.StoredMoney,
-- the columns every ledger table has). Until now the amount was kept alone and read as the currency of the card of
-- the day it was paid, so a card that changed currency would have turned dinars into euros. An agreed amount already
-- stored was agreed in the currency of the card's monthly stipend line of its first month, or of the card's first
-- such line for a stipend that began before the card had one (none could be assigned without a line on the card).
ALTER TABLE stipend ADD COLUMN currency CHAR(3) NULL AFTER amount;

UPDATE stipend s
SET s.currency = COALESCE((SELECT r.currency FROM rate r
                           WHERE r.activity = 'MONTHLY_STIPEND' AND r.task_kind = '' AND r.valid_from <= s.from_month
                           ORDER BY r.valid_from DESC LIMIT 1),
                          (SELECT r.currency FROM rate r
                           WHERE r.activity = 'MONTHLY_STIPEND' AND r.task_kind = ''
                           ORDER BY r.valid_from LIMIT 1))
WHERE s.amount IS NOT NULL;

-- Both or neither: an amount is never kept apart from its currency.
ALTER TABLE stipend ADD CONSTRAINT ck_stipend_agreed_money CHECK ((amount IS NULL) = (currency IS NULL));
