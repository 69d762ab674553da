CREATE TABLE `document_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`kind` text DEFAULT 'document' NOT NULL,
	`origin` text DEFAULT 'internal' NOT NULL,
	`type` text DEFAULT 'other' NOT NULL,
	`owner_id` text,
	`version` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'approved' NOT NULL,
	`approved_on` text,
	`approved_by` text DEFAULT '' NOT NULL,
	`review_on` text,
	`classification` text DEFAULT '' NOT NULL,
	`retention` text DEFAULT '' NOT NULL,
	`location` text NOT NULL,
	`satisfies` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_entries_ref_unique` ON `document_entries` (`ref`);--> statement-breakpoint
CREATE INDEX `document_entries_satisfies` ON `document_entries` (`satisfies`);--> statement-breakpoint
ALTER TABLE `controlled_documents` ADD `retention` text DEFAULT '' NOT NULL;