CREATE INDEX `assets_owner` ON `assets` (`owner_id`);--> statement-breakpoint
CREATE INDEX `treatment_actions_status` ON `treatment_actions` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `treatment_actions_owner` ON `treatment_actions` (`owner_id`,`due_date`);--> statement-breakpoint
-- Issue 11, item 9 (50,000 risks). Derived data only, kept in step by triggers so that no write
-- (the write helper, a cascade, a restore) can bypass it; none of these tables holds a record of its own.
--
-- 1. risks_fts: a trigram full-text index over what the risk register's search reads (ref, title,
--    description, event). It narrows a search to candidate rows; the service still applies the same
--    LIKE test to them, so results are exactly those of a LIKE scan. External content: the text stays
--    in risks only, keyed by its rowid (VACUUM, VACUUM INTO and the backup API keep rowids).
CREATE VIRTUAL TABLE `risks_fts` USING fts5(`ref`, `title`, `description`, `event`, content='risks', content_rowid='rowid', tokenize='trigram', columnsize=0);
--> statement-breakpoint
INSERT INTO `risks_fts` (`risks_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `risks_fts_insert` AFTER INSERT ON `risks` BEGIN
  INSERT INTO `risks_fts` (`rowid`, `ref`, `title`, `description`, `event`) VALUES (new.rowid, new.`ref`, new.`title`, new.`description`, new.`event`);
END;
--> statement-breakpoint
CREATE TRIGGER `risks_fts_delete` AFTER DELETE ON `risks` BEGIN
  INSERT INTO `risks_fts` (`risks_fts`, `rowid`, `ref`, `title`, `description`, `event`) VALUES ('delete', old.rowid, old.`ref`, old.`title`, old.`description`, old.`event`);
END;
--> statement-breakpoint
CREATE TRIGGER `risks_fts_update` AFTER UPDATE OF `ref`, `title`, `description`, `event` ON `risks`
WHEN old.`ref` IS NOT new.`ref` OR old.`title` IS NOT new.`title` OR old.`description` IS NOT new.`description` OR old.`event` IS NOT new.`event` BEGIN
  INSERT INTO `risks_fts` (`risks_fts`, `rowid`, `ref`, `title`, `description`, `event`) VALUES ('delete', old.rowid, old.`ref`, old.`title`, old.`description`, old.`event`);
  INSERT INTO `risks_fts` (`rowid`, `ref`, `title`, `description`, `event`) VALUES (new.rowid, new.`ref`, new.`title`, new.`description`, new.`event`);
END;
--> statement-breakpoint
-- 2. risk_coverage: per risk, its treatment option and how many controls and treatment actions it
--    has, so readiness counts "modified or shared without a control" (6.1.3) and "treated without an
--    action" (8.3) from a short index range instead of joining 100,000 links on text ids. Each link
--    change recounts that risk's links, so a row can never drift from the link tables.
CREATE TABLE `risk_coverage` (
  `risk_id` text NOT NULL UNIQUE,
  `treatment` text NOT NULL,
  `controls` integer NOT NULL,
  `actions` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `risk_coverage_controls` ON `risk_coverage` (`treatment`, `controls`);
--> statement-breakpoint
CREATE INDEX `risk_coverage_actions` ON `risk_coverage` (`treatment`, `actions`);
--> statement-breakpoint
INSERT INTO `risk_coverage` (`risk_id`, `treatment`, `controls`, `actions`)
SELECT r.`id`, r.`treatment`,
  (SELECT count(*) FROM `risk_controls` AS rc WHERE rc.`risk_id` = r.`id`),
  (SELECT count(*) FROM `treatment_actions` AS ta WHERE ta.`risk_id` = r.`id`)
FROM `risks` AS r ORDER BY r.rowid;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_risk_insert` AFTER INSERT ON `risks` BEGIN
  INSERT INTO `risk_coverage` (`risk_id`, `treatment`, `controls`, `actions`) VALUES (new.`id`, new.`treatment`,
    (SELECT count(*) FROM `risk_controls` WHERE `risk_id` = new.`id`),
    (SELECT count(*) FROM `treatment_actions` WHERE `risk_id` = new.`id`));
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_risk_update` AFTER UPDATE OF `id`, `treatment` ON `risks`
WHEN old.`id` IS NOT new.`id` OR old.`treatment` IS NOT new.`treatment` BEGIN
  UPDATE `risk_coverage` SET `risk_id` = new.`id`, `treatment` = new.`treatment`,
    `controls` = (SELECT count(*) FROM `risk_controls` WHERE `risk_id` = new.`id`),
    `actions` = (SELECT count(*) FROM `treatment_actions` WHERE `risk_id` = new.`id`)
  WHERE `risk_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_risk_delete` AFTER DELETE ON `risks` BEGIN
  DELETE FROM `risk_coverage` WHERE `risk_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_control_insert` AFTER INSERT ON `risk_controls` BEGIN
  UPDATE `risk_coverage` SET `controls` = (SELECT count(*) FROM `risk_controls` WHERE `risk_id` = new.`risk_id`) WHERE `risk_id` = new.`risk_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_control_delete` AFTER DELETE ON `risk_controls` BEGIN
  UPDATE `risk_coverage` SET `controls` = (SELECT count(*) FROM `risk_controls` WHERE `risk_id` = old.`risk_id`) WHERE `risk_id` = old.`risk_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_control_update` AFTER UPDATE OF `risk_id` ON `risk_controls` WHEN old.`risk_id` IS NOT new.`risk_id` BEGIN
  UPDATE `risk_coverage` SET `controls` = (SELECT count(*) FROM `risk_controls` WHERE `risk_id` = old.`risk_id`) WHERE `risk_id` = old.`risk_id`;
  UPDATE `risk_coverage` SET `controls` = (SELECT count(*) FROM `risk_controls` WHERE `risk_id` = new.`risk_id`) WHERE `risk_id` = new.`risk_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_action_insert` AFTER INSERT ON `treatment_actions` BEGIN
  UPDATE `risk_coverage` SET `actions` = (SELECT count(*) FROM `treatment_actions` WHERE `risk_id` = new.`risk_id`) WHERE `risk_id` = new.`risk_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_action_delete` AFTER DELETE ON `treatment_actions` BEGIN
  UPDATE `risk_coverage` SET `actions` = (SELECT count(*) FROM `treatment_actions` WHERE `risk_id` = old.`risk_id`) WHERE `risk_id` = old.`risk_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_coverage_action_update` AFTER UPDATE OF `risk_id` ON `treatment_actions` WHEN old.`risk_id` IS NOT new.`risk_id` BEGIN
  UPDATE `risk_coverage` SET `actions` = (SELECT count(*) FROM `treatment_actions` WHERE `risk_id` = old.`risk_id`) WHERE `risk_id` = old.`risk_id`;
  UPDATE `risk_coverage` SET `actions` = (SELECT count(*) FROM `treatment_actions` WHERE `risk_id` = new.`risk_id`) WHERE `risk_id` = new.`risk_id`;
END;
--> statement-breakpoint
-- 3. risk_cells: how many risks sit in each cell of the inherent and of the residual heat map (an
--    unassessed residual counts in cell 0 x 0), so the heat maps read a few dozen rows instead of
--    grouping 50,000 risks twice. Each insert, delete or change of scores moves one count.
CREATE TABLE `risk_cells` (
  `kind` text NOT NULL,
  `likelihood` integer NOT NULL,
  `impact` integer NOT NULL,
  `risks` integer NOT NULL,
  PRIMARY KEY (`kind`, `likelihood`, `impact`)
);
--> statement-breakpoint
INSERT INTO `risk_cells` (`kind`, `likelihood`, `impact`, `risks`)
SELECT 'inherent', `likelihood`, `impact`, count(*) FROM `risks` GROUP BY `likelihood`, `impact`
UNION ALL
SELECT 'residual', coalesce(`residual_likelihood`, 0), coalesce(`residual_impact`, 0), count(*) FROM `risks` GROUP BY 2, 3;
--> statement-breakpoint
CREATE TRIGGER `risk_cells_insert` AFTER INSERT ON `risks` BEGIN
  INSERT INTO `risk_cells` (`kind`, `likelihood`, `impact`, `risks`) VALUES ('inherent', new.`likelihood`, new.`impact`, 1)
    ON CONFLICT DO UPDATE SET `risks` = `risks` + 1;
  INSERT INTO `risk_cells` (`kind`, `likelihood`, `impact`, `risks`) VALUES ('residual', coalesce(new.`residual_likelihood`, 0), coalesce(new.`residual_impact`, 0), 1)
    ON CONFLICT DO UPDATE SET `risks` = `risks` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `risk_cells_delete` AFTER DELETE ON `risks` BEGIN
  UPDATE `risk_cells` SET `risks` = `risks` - 1 WHERE `kind` = 'inherent' AND `likelihood` = old.`likelihood` AND `impact` = old.`impact`;
  UPDATE `risk_cells` SET `risks` = `risks` - 1 WHERE `kind` = 'residual' AND `likelihood` = coalesce(old.`residual_likelihood`, 0) AND `impact` = coalesce(old.`residual_impact`, 0);
END;
--> statement-breakpoint
CREATE TRIGGER `risk_cells_update` AFTER UPDATE OF `likelihood`, `impact`, `residual_likelihood`, `residual_impact` ON `risks`
WHEN old.`likelihood` IS NOT new.`likelihood` OR old.`impact` IS NOT new.`impact` OR old.`residual_likelihood` IS NOT new.`residual_likelihood` OR old.`residual_impact` IS NOT new.`residual_impact` BEGIN
  UPDATE `risk_cells` SET `risks` = `risks` - 1 WHERE `kind` = 'inherent' AND `likelihood` = old.`likelihood` AND `impact` = old.`impact`;
  UPDATE `risk_cells` SET `risks` = `risks` - 1 WHERE `kind` = 'residual' AND `likelihood` = coalesce(old.`residual_likelihood`, 0) AND `impact` = coalesce(old.`residual_impact`, 0);
  INSERT INTO `risk_cells` (`kind`, `likelihood`, `impact`, `risks`) VALUES ('inherent', new.`likelihood`, new.`impact`, 1)
    ON CONFLICT DO UPDATE SET `risks` = `risks` + 1;
  INSERT INTO `risk_cells` (`kind`, `likelihood`, `impact`, `risks`) VALUES ('residual', coalesce(new.`residual_likelihood`, 0), coalesce(new.`residual_impact`, 0), 1)
    ON CONFLICT DO UPDATE SET `risks` = `risks` + 1;
END;
