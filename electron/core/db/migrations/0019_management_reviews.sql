CREATE TABLE `management_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`meeting_date` text NOT NULL,
	`window_from` text NOT NULL,
	`window_to` text NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`chair_id` text,
	`guests` text DEFAULT '' NOT NULL,
	`input_notes` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`signed_by_id` text,
	`signed_by_name` text,
	`signed_on` text,
	`sign_reason` text DEFAULT '' NOT NULL,
	`snapshot` text,
	FOREIGN KEY (`chair_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`signed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `management_reviews_ref_unique` ON `management_reviews` (`ref`);--> statement-breakpoint
CREATE INDEX `management_reviews_meeting` ON `management_reviews` (`meeting_date`);--> statement-breakpoint
CREATE TABLE `management_review_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`review_id` text NOT NULL,
	`title` text NOT NULL,
	`owner_id` text,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`completed_on` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `management_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `management_review_actions_ref_unique` ON `management_review_actions` (`ref`);--> statement-breakpoint
CREATE INDEX `management_review_actions_review` ON `management_review_actions` (`review_id`);--> statement-breakpoint
CREATE INDEX `management_review_actions_due` ON `management_review_actions` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `management_review_attendees` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`review_id` text NOT NULL,
	`person_id` text,
	`name` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `management_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `management_review_attendees_review` ON `management_review_attendees` (`review_id`);--> statement-breakpoint
CREATE INDEX `management_review_attendees_person` ON `management_review_attendees` (`person_id`);--> statement-breakpoint
CREATE TABLE `management_review_outputs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`review_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`change_id` text,
	FOREIGN KEY (`review_id`) REFERENCES `management_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`change_id`) REFERENCES `isms_changes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `management_review_outputs_review` ON `management_review_outputs` (`review_id`);--> statement-breakpoint
CREATE INDEX `management_review_outputs_change` ON `management_review_outputs` (`change_id`);