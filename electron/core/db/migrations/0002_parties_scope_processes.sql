CREATE TABLE `parties` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`relevance` text DEFAULT '' NOT NULL,
	`interest` integer NOT NULL,
	`influence` integer NOT NULL,
	`trust` integer NOT NULL,
	`agreement` integer NOT NULL,
	`review_date` text
);
--> statement-breakpoint
CREATE INDEX `parties_name` ON `parties` (`name`);--> statement-breakpoint
CREATE TABLE `party_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`party_id` text NOT NULL,
	`text` text NOT NULL,
	`type` text NOT NULL,
	`decision` text DEFAULT 'undecided' NOT NULL,
	`how` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `party_requirements_party` ON `party_requirements` (`party_id`);--> statement-breakpoint
CREATE TABLE `catalog_seeds` (
	`key` text PRIMARY KEY NOT NULL,
	`applied_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `isms_process_links` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `isms_processes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `isms_processes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `isms_process_links_pair` ON `isms_process_links` (`from_id`,`to_id`);--> statement-breakpoint
CREATE INDEX `isms_process_links_to` ON `isms_process_links` (`to_id`);--> statement-breakpoint
CREATE TABLE `isms_processes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`inputs` text DEFAULT '' NOT NULL,
	`outputs` text DEFAULT '' NOT NULL,
	`clause_ref` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `scope_boundaries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`included` integer DEFAULT true NOT NULL,
	`justification` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `scope_interfaces` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`counterpart` text NOT NULL,
	`party_id` text,
	`crossing` text NOT NULL,
	`direction` text DEFAULT 'both' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `scope_statements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`approver_id` text,
	`approver_name` text,
	`approved_on` text,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scope_statements_version_unique` ON `scope_statements` (`version`);