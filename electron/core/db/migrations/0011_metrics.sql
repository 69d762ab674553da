CREATE TABLE `metric_library` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`key` text NOT NULL,
	`category` text NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metric_library_key_unique` ON `metric_library` (`key`);--> statement-breakpoint
CREATE TABLE `metric_measurements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`metric_id` text NOT NULL,
	`period` text NOT NULL,
	`base_values` text NOT NULL,
	`value` real NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'manual' NOT NULL,
	`recorded_at` text NOT NULL,
	`supersedes_id` text,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supersedes_id`) REFERENCES `metric_measurements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `metric_measurements_metric` ON `metric_measurements` (`metric_id`,`period`);--> statement-breakpoint
CREATE UNIQUE INDEX `metric_measurements_supersedes` ON `metric_measurements` (`supersedes_id`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`information_need` text DEFAULT '' NOT NULL,
	`subject_kind` text DEFAULT 'other' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`control_id` text,
	`process_id` text,
	`risk_id` text,
	`base_measures` text NOT NULL,
	`formula` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`target` real,
	`direction` text DEFAULT 'higher' NOT NULL,
	`green_at` real,
	`red_at` real,
	`collection_frequency` text DEFAULT 'monthly' NOT NULL,
	`reporting_frequency` text DEFAULT 'quarterly' NOT NULL,
	`collect_from` text NOT NULL,
	`data_source` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`collector_id` text,
	`customer_id` text,
	`auto_source` text,
	`library_key` text,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`process_id`) REFERENCES `isms_processes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`collector_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`customer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_ref_unique` ON `metrics` (`ref`);--> statement-breakpoint
CREATE INDEX `metrics_title` ON `metrics` (`title`);