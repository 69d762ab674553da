CREATE TABLE `competence_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`audit_id` text,
	`training_id` text,
	`attachment_id` text NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `skill_audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`training_id`) REFERENCES `training_records`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `competence_evidence_audit` ON `competence_evidence` (`audit_id`);--> statement-breakpoint
CREATE INDEX `competence_evidence_training` ON `competence_evidence` (`training_id`);--> statement-breakpoint
CREATE TABLE `person_skills` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`person_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`level` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`source` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_skills_pair` ON `person_skills` (`person_id`,`skill_id`);--> statement-breakpoint
CREATE INDEX `person_skills_skill` ON `person_skills` (`skill_id`);--> statement-breakpoint
CREATE TABLE `role_skills` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`role_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`required_level` integer NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_skills_pair` ON `role_skills` (`role_id`,`skill_id`);--> statement-breakpoint
CREATE INDEX `role_skills_skill` ON `role_skills` (`skill_id`);--> statement-breakpoint
CREATE TABLE `skill_audits` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`person_id` text NOT NULL,
	`role_id` text NOT NULL,
	`audited_on` text NOT NULL,
	`assessor_id` text,
	`assessor_name` text DEFAULT '' NOT NULL,
	`result` text NOT NULL,
	`checked` text DEFAULT '[]' NOT NULL,
	`gaps` text DEFAULT '[]' NOT NULL,
	`prior_audit_id` text,
	`closed_gaps` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`follow_up_on` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skill_audits_ref_unique` ON `skill_audits` (`ref`);--> statement-breakpoint
CREATE INDEX `skill_audits_person` ON `skill_audits` (`person_id`);--> statement-breakpoint
CREATE INDEX `skill_audits_role` ON `skill_audits` (`role_id`);--> statement-breakpoint
CREATE TABLE `skills` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`key` text,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skills_ref_unique` ON `skills` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `skills_key` ON `skills` (`key`);--> statement-breakpoint
CREATE TABLE `training_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`person_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`target_level` integer NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_plans_ref_unique` ON `training_plans` (`ref`);--> statement-breakpoint
CREATE INDEX `training_plans_person` ON `training_plans` (`person_id`);--> statement-breakpoint
CREATE INDEX `training_plans_due` ON `training_plans` (`due_date`);--> statement-breakpoint
CREATE TABLE `training_records` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`person_id` text NOT NULL,
	`title` text NOT NULL,
	`completed_on` text NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`skill_id` text,
	`level_reached` integer,
	`plan_id` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`plan_id`) REFERENCES `training_plans`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_records_ref_unique` ON `training_records` (`ref`);--> statement-breakpoint
CREATE INDEX `training_records_person` ON `training_records` (`person_id`);--> statement-breakpoint
CREATE TABLE `awareness_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`campaign_id` text NOT NULL,
	`person_id` text NOT NULL,
	`quiz_score` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `awareness_campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `awareness_attendance_pair` ON `awareness_attendance` (`campaign_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `awareness_attendance_person` ON `awareness_attendance` (`person_id`);--> statement-breakpoint
CREATE TABLE `awareness_audience` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`campaign_id` text NOT NULL,
	`role_id` text,
	`person_id` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `awareness_campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `awareness_audience_campaign` ON `awareness_audience` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `awareness_campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`topic` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`held_on` text NOT NULL,
	`audience` text DEFAULT 'everyone' NOT NULL,
	`material_text` text DEFAULT '' NOT NULL,
	`material_link` text DEFAULT '' NOT NULL,
	`material_attachment_id` text,
	`effectiveness` integer,
	`effectiveness_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`material_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `awareness_campaigns_ref_unique` ON `awareness_campaigns` (`ref`);--> statement-breakpoint
CREATE INDEX `awareness_campaigns_held` ON `awareness_campaigns` (`held_on`);