CREATE TABLE `ref_counters` (
	`prefix` text PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);--> statement-breakpoint
ALTER TABLE `org_units` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `context_issues` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `parties` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `party_requirements` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `isms_processes` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `scope_boundaries` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `scope_interfaces` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `policies` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `policy_acknowledgements` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `raci_activities` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `roles` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `leadership_commitments` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `leadership_evidence` ADD `ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Hand-written (issue 8): existing rows are numbered in creation order, each counter starts after them,
-- and only then may the unique indexes be built.
UPDATE `context_issues` SET `ref` = 'CTX-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `context_issues`) AS r WHERE `context_issues`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'CTX', count(*) FROM `context_issues` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `parties` SET `ref` = 'IP-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `parties`) AS r WHERE `parties`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'IP', count(*) FROM `parties` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `party_requirements` SET `ref` = 'REQ-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `party_requirements`) AS r WHERE `party_requirements`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'REQ', count(*) FROM `party_requirements` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `scope_boundaries` SET `ref` = 'SCB-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `scope_boundaries`) AS r WHERE `scope_boundaries`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'SCB', count(*) FROM `scope_boundaries` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `scope_interfaces` SET `ref` = 'SCI-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `scope_interfaces`) AS r WHERE `scope_interfaces`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'SCI', count(*) FROM `scope_interfaces` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `isms_processes` SET `ref` = 'PRC-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `isms_processes`) AS r WHERE `isms_processes`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'PRC', count(*) FROM `isms_processes` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `leadership_commitments` SET `ref` = 'LC-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `leadership_commitments`) AS r WHERE `leadership_commitments`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'LC', count(*) FROM `leadership_commitments` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `leadership_evidence` SET `ref` = 'EVD-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `leadership_evidence`) AS r WHERE `leadership_evidence`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'EVD', count(*) FROM `leadership_evidence` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `policies` SET `ref` = 'POL-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `policies`) AS r WHERE `policies`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'POL', count(*) FROM `policies` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `policy_acknowledgements` SET `ref` = 'ACK-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `policy_acknowledgements`) AS r WHERE `policy_acknowledgements`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'ACK', count(*) FROM `policy_acknowledgements` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `roles` SET `ref` = 'ROLE-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `roles`) AS r WHERE `roles`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'ROLE', count(*) FROM `roles` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `raci_activities` SET `ref` = 'ACT-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `raci_activities`) AS r WHERE `raci_activities`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'ACT', count(*) FROM `raci_activities` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `people` SET `ref` = 'PER-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `people`) AS r WHERE `people`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'PER', count(*) FROM `people` HAVING count(*) > 0;--> statement-breakpoint
UPDATE `org_units` SET `ref` = 'UNIT-' || printf('%03d', r.n) FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY created_at, rowid) AS n FROM `org_units`) AS r WHERE `org_units`.rowid = r.rid;--> statement-breakpoint
INSERT INTO `ref_counters` (`prefix`, `last`) SELECT 'UNIT', count(*) FROM `org_units` HAVING count(*) > 0;--> statement-breakpoint
CREATE UNIQUE INDEX `org_units_ref_unique` ON `org_units` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_ref_unique` ON `people` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `context_issues_ref_unique` ON `context_issues` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `parties_ref_unique` ON `parties` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `party_requirements_ref_unique` ON `party_requirements` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `isms_processes_ref_unique` ON `isms_processes` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `scope_boundaries_ref_unique` ON `scope_boundaries` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `scope_interfaces_ref_unique` ON `scope_interfaces` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `policies_ref_unique` ON `policies` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `policy_acknowledgements_ref_unique` ON `policy_acknowledgements` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `raci_activities_ref_unique` ON `raci_activities` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `roles_ref_unique` ON `roles` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `leadership_commitments_ref_unique` ON `leadership_commitments` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `leadership_evidence_ref_unique` ON `leadership_evidence` (`ref`);
