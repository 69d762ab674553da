CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL
);
--> statement-breakpoint
CREATE TABLE `policies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`template_key` text,
	`owner_id` text,
	`review_months` integer DEFAULT 12 NOT NULL,
	`review_date` text,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `policies_kind` ON `policies` (`kind`);--> statement-breakpoint
CREATE INDEX `policies_review` ON `policies` (`review_date`);--> statement-breakpoint
CREATE TABLE `policy_acknowledgements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`version_id` text NOT NULL,
	`person_id` text,
	`person_name` text NOT NULL,
	`acknowledged_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `policy_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `policy_ack_version` ON `policy_acknowledgements` (`version_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `policy_ack_person` ON `policy_acknowledgements` (`version_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `policy_distribution` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`policy_id` text NOT NULL,
	`person_id` text,
	`unit_id` text,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `policy_distribution_policy` ON `policy_distribution` (`policy_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `policy_distribution_person` ON `policy_distribution` (`policy_id`,`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `policy_distribution_unit` ON `policy_distribution` (`policy_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `policy_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`policy_id` text NOT NULL,
	`major` integer NOT NULL,
	`minor` integer NOT NULL,
	`status` text NOT NULL,
	`content` text NOT NULL,
	`change_note` text DEFAULT '' NOT NULL,
	`author_id` text,
	`approver_id` text,
	`author_name` text,
	`approver_name` text,
	`approved_on` text,
	`published_on` text,
	`superseded_on` text,
	`content_sha256` text,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `policy_versions_policy` ON `policy_versions` (`policy_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `policy_versions_number` ON `policy_versions` (`policy_id`,`major`,`minor`);--> statement-breakpoint
CREATE TABLE `raci_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`key` text,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `raci_activities_key` ON `raci_activities` (`key`);--> statement-breakpoint
CREATE TABLE `raci_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`activity_id` text NOT NULL,
	`role_id` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `raci_activities`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `raci_entries_cell` ON `raci_entries` (`activity_id`,`role_id`);--> statement-breakpoint
CREATE INDEX `raci_entries_role` ON `raci_entries` (`role_id`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`role_id` text NOT NULL,
	`person_id` text NOT NULL,
	`accepted_on` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_assignments_pair` ON `role_assignments` (`role_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `role_assignments_person` ON `role_assignments` (`person_id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`key` text,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`responsibilities` text DEFAULT '' NOT NULL,
	`authorities` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_key` ON `roles` (`key`);--> statement-breakpoint
CREATE TABLE `leadership_commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`key` text,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'not-started' NOT NULL,
	`owner_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leadership_commitments_key` ON `leadership_commitments` (`key`);--> statement-breakpoint
CREATE TABLE `leadership_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`commitment_id` text NOT NULL,
	`description` text NOT NULL,
	`evidence_date` text,
	`attachment_id` text,
	FOREIGN KEY (`commitment_id`) REFERENCES `leadership_commitments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `leadership_evidence_commitment` ON `leadership_evidence` (`commitment_id`);