CREATE TABLE `isms_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`impact` text DEFAULT '' NOT NULL,
	`resources` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`planned_on` text,
	`decision` text DEFAULT 'proposed' NOT NULL,
	`approver_id` text,
	`approver_name` text,
	`decided_on` text,
	`decision_note` text DEFAULT '' NOT NULL,
	`approver_reason` text DEFAULT '' NOT NULL,
	`completed_on` text,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `isms_changes_ref_unique` ON `isms_changes` (`ref`);--> statement-breakpoint
CREATE TABLE `objective_links` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`objective_id` text NOT NULL,
	`kind` text NOT NULL,
	`risk_id` text,
	`metric_id` text,
	FOREIGN KEY (`objective_id`) REFERENCES `objectives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `objective_links_objective` ON `objective_links` (`objective_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `objective_links_risk` ON `objective_links` (`objective_id`,`risk_id`);--> statement-breakpoint
CREATE TABLE `objective_progress` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`objective_id` text NOT NULL,
	`recorded_on` text NOT NULL,
	`status` text NOT NULL,
	`progress` integer NOT NULL,
	`current_value` real,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`objective_id`) REFERENCES `objectives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `objective_progress_objective` ON `objective_progress` (`objective_id`,`recorded_on`);--> statement-breakpoint
CREATE TABLE `objectives` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`policy_id` text,
	`owner_id` text,
	`due_date` text,
	`resources` text DEFAULT '' NOT NULL,
	`evaluation` text DEFAULT '' NOT NULL,
	`target_value` real,
	`target_unit` text DEFAULT '' NOT NULL,
	`achievability` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'not-started' NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`current_value` real,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `objectives_ref_unique` ON `objectives` (`ref`);--> statement-breakpoint
CREATE TABLE `resource_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`kind` text DEFAULT 'budget' NOT NULL,
	`amount` real,
	`unit` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`owner_id` text,
	`needed_by` text,
	`objective_id` text,
	`treatment_action_id` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`objective_id`) REFERENCES `objectives`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`treatment_action_id`) REFERENCES `treatment_actions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `resource_lines_ref_unique` ON `resource_lines` (`ref`);--> statement-breakpoint
CREATE INDEX `resource_lines_objective` ON `resource_lines` (`objective_id`);--> statement-breakpoint
CREATE INDEX `resource_lines_action` ON `resource_lines` (`treatment_action_id`);