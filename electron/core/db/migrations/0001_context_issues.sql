CREATE TABLE `context_issues` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`category` text NOT NULL,
	`swot` text NOT NULL,
	`effect` text DEFAULT '' NOT NULL,
	`impact` text DEFAULT 'medium' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`review_date` text,
	`owner_id` text,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `context_issues_kind` ON `context_issues` (`kind`);--> statement-breakpoint
CREATE INDEX `context_issues_review` ON `context_issues` (`review_date`);