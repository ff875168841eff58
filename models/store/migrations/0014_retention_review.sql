-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14: personal data kept no longer than the office decides. A contact-log
-- entry, or a person, no longer tied to an experiment still running is listed in Today once
-- the office's retention period has passed since the tie ended; whoever reviews it deletes
-- or erases it, or keeps it for another period: the day of that review is written here, and
-- the period runs again from it.
ALTER TABLE interactions ADD COLUMN retention_reviewed_on TEXT;
ALTER TABLE people ADD COLUMN retention_reviewed_on TEXT;
