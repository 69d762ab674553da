CREATE TABLE `audit_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`item_id` text NOT NULL,
	`attachment_id` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`effective_on` text NOT NULL,
	`expires_on` text,
	FOREIGN KEY (`item_id`) REFERENCES `audit_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `audit_evidence_item` ON `audit_evidence` (`item_id`);--> statement-breakpoint
CREATE TABLE `audit_findings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`audit_id` text NOT NULL,
	`item_id` text,
	`verdict` text NOT NULL,
	`title` text NOT NULL,
	`statement` text DEFAULT '' NOT NULL,
	`requirement` text DEFAULT '' NOT NULL,
	`raised_on` text NOT NULL,
	`nc_id` text,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `audit_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`nc_id`) REFERENCES `nonconformities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_findings_ref_unique` ON `audit_findings` (`ref`);--> statement-breakpoint
CREATE INDEX `audit_findings_audit` ON `audit_findings` (`audit_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `audit_findings_item` ON `audit_findings` (`item_id`);--> statement-breakpoint
CREATE INDEX `audit_findings_nc` ON `audit_findings` (`nc_id`);--> statement-breakpoint
CREATE TABLE `audit_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`audit_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`requirement_id` text DEFAULT '' NOT NULL,
	`control_id` text,
	`title` text NOT NULL,
	`questions` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`interviewees` text DEFAULT '' NOT NULL,
	`documents_sampled` text DEFAULT '' NOT NULL,
	`verdict` text,
	`requirement_ref` text DEFAULT '' NOT NULL,
	`recorded_at` text,
	`recorded_by` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_items_audit` ON `audit_items` (`audit_id`,`position`);--> statement-breakpoint
CREATE INDEX `audit_items_control` ON `audit_items` (`control_id`);--> statement-breakpoint
CREATE TABLE `audit_programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`objectives` text DEFAULT '' NOT NULL,
	`frequency` text DEFAULT '' NOT NULL,
	`methods` text DEFAULT '[]' NOT NULL,
	`responsibilities` text DEFAULT '' NOT NULL,
	`reporting` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_programmes_ref_unique` ON `audit_programmes` (`ref`);--> statement-breakpoint
CREATE TABLE `audit_scope_controls` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`audit_id` text NOT NULL,
	`control_id` text NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_scope_controls_pair` ON `audit_scope_controls` (`audit_id`,`control_id`);--> statement-breakpoint
CREATE INDEX `audit_scope_controls_control` ON `audit_scope_controls` (`control_id`);--> statement-breakpoint
CREATE TABLE `audit_team` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`audit_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_team_pair` ON `audit_team` (`audit_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `audit_team_person` ON `audit_team` (`person_id`);--> statement-breakpoint
CREATE TABLE `audits` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`programme_id` text NOT NULL,
	`title` text NOT NULL,
	`objectives` text DEFAULT '' NOT NULL,
	`scope_clauses` text DEFAULT '[]' NOT NULL,
	`criteria` text DEFAULT '' NOT NULL,
	`locations` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`methods` text DEFAULT '[]' NOT NULL,
	`auditees` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`conclusions` text DEFAULT '' NOT NULL,
	`distribution` text DEFAULT '' NOT NULL,
	`reported_on` text,
	FOREIGN KEY (`programme_id`) REFERENCES `audit_programmes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audits_ref_unique` ON `audits` (`ref`);--> statement-breakpoint
CREATE INDEX `audits_programme` ON `audits` (`programme_id`);--> statement-breakpoint
CREATE INDEX `audits_dates` ON `audits` (`start_date`);