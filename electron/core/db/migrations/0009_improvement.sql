CREATE TABLE `corrective_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`nc_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`due_date` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`completed_on` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`nc_id`) REFERENCES `nonconformities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `corrective_actions_ref_unique` ON `corrective_actions` (`ref`);--> statement-breakpoint
CREATE INDEX `corrective_actions_nc` ON `corrective_actions` (`nc_id`);--> statement-breakpoint
CREATE INDEX `corrective_actions_due` ON `corrective_actions` (`due_date`);--> statement-breakpoint
CREATE TABLE `effectiveness_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`nc_id` text NOT NULL,
	`planned_on` text NOT NULL,
	`reviewer_id` text,
	`reviewer_name` text DEFAULT '' NOT NULL,
	`criteria` text NOT NULL,
	`result` text DEFAULT 'pending' NOT NULL,
	`reviewed_on` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`nc_id`) REFERENCES `nonconformities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `effectiveness_reviews_nc` ON `effectiveness_reviews` (`nc_id`);--> statement-breakpoint
CREATE TABLE `improvement_links` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`nc_id` text NOT NULL,
	`action_id` text,
	`kind` text NOT NULL,
	`control_id` text,
	`policy_id` text,
	`risk_id` text,
	`finding_id` text,
	`metric_id` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`nc_id`) REFERENCES `nonconformities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `corrective_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `improvement_links_nc` ON `improvement_links` (`nc_id`);--> statement-breakpoint
CREATE INDEX `improvement_links_action` ON `improvement_links` (`action_id`);--> statement-breakpoint
CREATE INDEX `improvement_links_control` ON `improvement_links` (`control_id`);--> statement-breakpoint
CREATE INDEX `improvement_links_policy` ON `improvement_links` (`policy_id`);--> statement-breakpoint
CREATE INDEX `improvement_links_risk` ON `improvement_links` (`risk_id`);--> statement-breakpoint
CREATE INDEX `improvement_links_finding` ON `improvement_links` (`finding_id`);--> statement-breakpoint
CREATE INDEX `improvement_links_metric` ON `improvement_links` (`metric_id`);--> statement-breakpoint
CREATE TABLE `improvements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`source_reference` text DEFAULT '' NOT NULL,
	`benefit` integer,
	`effort` integer,
	`status` text DEFAULT 'proposed' NOT NULL,
	`decision` text DEFAULT '' NOT NULL,
	`decided_on` text,
	`owner_id` text,
	`due_date` text,
	`implemented_on` text,
	`nc_id` text,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`nc_id`) REFERENCES `nonconformities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `improvements_ref_unique` ON `improvements` (`ref`);--> statement-breakpoint
CREATE INDEX `improvements_status` ON `improvements` (`status`);--> statement-breakpoint
CREATE TABLE `nc_transitions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`nc_id` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`action` text NOT NULL,
	`on_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`nc_id`) REFERENCES `nonconformities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `nc_transitions_nc` ON `nc_transitions` (`nc_id`);--> statement-breakpoint
CREATE TABLE `nonconformities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`source_reference` text DEFAULT '' NOT NULL,
	`clause_id` text,
	`control_id` text,
	`asset_id` text,
	`severity` text NOT NULL,
	`raised_on` text NOT NULL,
	`reporter_id` text,
	`owner_id` text,
	`correction` text DEFAULT '' NOT NULL,
	`containment` text DEFAULT '' NOT NULL,
	`whys` text DEFAULT '[]' NOT NULL,
	`fishbone` text DEFAULT '[]' NOT NULL,
	`root_cause` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`closed_on` text,
	`closed_by_id` text,
	`closed_by_name` text DEFAULT '' NOT NULL,
	`closure_evidence` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reporter_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`closed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nonconformities_ref_unique` ON `nonconformities` (`ref`);--> statement-breakpoint
CREATE INDEX `nonconformities_status` ON `nonconformities` (`status`);--> statement-breakpoint
CREATE INDEX `nonconformities_clause` ON `nonconformities` (`clause_id`);--> statement-breakpoint
CREATE INDEX `nonconformities_control` ON `nonconformities` (`control_id`);--> statement-breakpoint
CREATE INDEX `nonconformities_asset` ON `nonconformities` (`asset_id`);