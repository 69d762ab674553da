CREATE TABLE `improvement_issues` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`improvement_id` text NOT NULL,
	`issue_id` text NOT NULL,
	FOREIGN KEY (`improvement_id`) REFERENCES `improvements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `context_issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `improvement_issues_pair` ON `improvement_issues` (`improvement_id`,`issue_id`);--> statement-breakpoint
CREATE INDEX `improvement_issues_issue` ON `improvement_issues` (`issue_id`);--> statement-breakpoint
CREATE TABLE `improvement_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`improvement_id` text NOT NULL,
	`requirement_id` text NOT NULL,
	FOREIGN KEY (`improvement_id`) REFERENCES `improvements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requirement_id`) REFERENCES `party_requirements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `improvement_requirements_pair` ON `improvement_requirements` (`improvement_id`,`requirement_id`);--> statement-breakpoint
CREATE INDEX `improvement_requirements_req` ON `improvement_requirements` (`requirement_id`);