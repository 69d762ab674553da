CREATE TABLE `control_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`control_id` text NOT NULL,
	`requirement_id` text NOT NULL,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requirement_id`) REFERENCES `party_requirements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `control_requirements_pair` ON `control_requirements` (`control_id`,`requirement_id`);--> statement-breakpoint
CREATE INDEX `control_requirements_req` ON `control_requirements` (`requirement_id`);--> statement-breakpoint
CREATE TABLE `controls` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`theme` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`custom` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`applicable` integer,
	`reasons` text DEFAULT '[]' NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`exclusion_reason` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'not-started' NOT NULL,
	`owner_id` text,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `controls_code` ON `controls` (`code`);--> statement-breakpoint
CREATE TABLE `assessment_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`run_date` text NOT NULL,
	`reason` text DEFAULT 'planned' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`items` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_runs_ref_unique` ON `assessment_runs` (`ref`);--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`type` text NOT NULL,
	`group_name` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`custodian_id` text,
	`location` text DEFAULT '' NOT NULL,
	`classification` text DEFAULT '' NOT NULL,
	`confidentiality` integer NOT NULL,
	`integrity` integer NOT NULL,
	`availability` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`custodian_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assets_ref_unique` ON `assets` (`ref`);--> statement-breakpoint
CREATE INDEX `assets_name` ON `assets` (`name`);--> statement-breakpoint
CREATE TABLE `risk_controls` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`risk_id` text NOT NULL,
	`control_id` text NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `risk_controls_pair` ON `risk_controls` (`risk_id`,`control_id`);--> statement-breakpoint
CREATE INDEX `risk_controls_control` ON `risk_controls` (`control_id`);--> statement-breakpoint
CREATE TABLE `risk_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`risk_id` text NOT NULL,
	`kind` text NOT NULL,
	`decided_by_id` text,
	`decided_by_name` text NOT NULL,
	`decided_at` text NOT NULL,
	`decision` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`review_date` text,
	`snapshot` text NOT NULL,
	`fingerprint` text NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `risk_decisions_risk` ON `risk_decisions` (`risk_id`,`kind`,`decided_at`);--> statement-breakpoint
CREATE TABLE `risk_issues` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`risk_id` text NOT NULL,
	`issue_id` text NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `context_issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `risk_issues_pair` ON `risk_issues` (`risk_id`,`issue_id`);--> statement-breakpoint
CREATE INDEX `risk_issues_issue` ON `risk_issues` (`issue_id`);--> statement-breakpoint
CREATE TABLE `risk_method` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `risk_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`risk_id` text NOT NULL,
	`requirement_id` text NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requirement_id`) REFERENCES `party_requirements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `risk_requirements_pair` ON `risk_requirements` (`risk_id`,`requirement_id`);--> statement-breakpoint
CREATE INDEX `risk_requirements_req` ON `risk_requirements` (`requirement_id`);--> statement-breakpoint
CREATE TABLE `risks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`basis` text NOT NULL,
	`asset_id` text,
	`threat_id` text,
	`vulnerability_id` text,
	`event` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`affects_c` integer DEFAULT false NOT NULL,
	`affects_i` integer DEFAULT false NOT NULL,
	`affects_a` integer DEFAULT false NOT NULL,
	`owner_id` text,
	`likelihood` integer NOT NULL,
	`impact` integer NOT NULL,
	`inherent_score` integer NOT NULL,
	`inherent_rank` integer NOT NULL,
	`existing_controls` text DEFAULT '' NOT NULL,
	`treatment` text DEFAULT 'undecided' NOT NULL,
	`treatment_note` text DEFAULT '' NOT NULL,
	`residual_likelihood` integer,
	`residual_impact` integer,
	`residual_score` integer,
	`residual_rank` integer,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`threat_id`) REFERENCES `threats`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `risks_ref_unique` ON `risks` (`ref`);--> statement-breakpoint
CREATE INDEX `risks_priority` ON `risks` (`inherent_rank`,`inherent_score`);--> statement-breakpoint
CREATE INDEX `risks_residual` ON `risks` (`residual_rank`,`residual_score`);--> statement-breakpoint
CREATE INDEX `risks_asset` ON `risks` (`asset_id`);--> statement-breakpoint
CREATE INDEX `risks_owner` ON `risks` (`owner_id`);--> statement-breakpoint
CREATE INDEX `risks_cell` ON `risks` (`likelihood`,`impact`);--> statement-breakpoint
CREATE TABLE `threats` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`category` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`affects_c` integer DEFAULT false NOT NULL,
	`affects_i` integer DEFAULT false NOT NULL,
	`affects_a` integer DEFAULT false NOT NULL,
	`shipped` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `treatment_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`risk_id` text NOT NULL,
	`title` text NOT NULL,
	`owner_id` text,
	`due_date` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`cost` real,
	`control_id` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `treatment_actions_ref_unique` ON `treatment_actions` (`ref`);--> statement-breakpoint
CREATE INDEX `treatment_actions_risk` ON `treatment_actions` (`risk_id`);--> statement-breakpoint
CREATE INDEX `treatment_actions_due` ON `treatment_actions` (`due_date`);--> statement-breakpoint
CREATE TABLE `vulnerabilities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`asset_type` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`shipped` integer DEFAULT false NOT NULL
);
