CREATE TABLE `controlled_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`key` text NOT NULL,
	`doc_id` text NOT NULL,
	`title` text NOT NULL,
	`owner_id` text,
	`owner_name` text,
	`review_months` integer DEFAULT 12 NOT NULL,
	`classification` text,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `controlled_documents_key` ON `controlled_documents` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `controlled_documents_doc_id` ON `controlled_documents` (`doc_id`);--> statement-breakpoint
CREATE TABLE `document_approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`document_id` text NOT NULL,
	`major` integer NOT NULL,
	`minor` integer NOT NULL,
	`approver_id` text,
	`approver_name` text NOT NULL,
	`approved_on` text NOT NULL,
	`change_note` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`snapshot` text NOT NULL,
	`snapshot_sha256` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `controlled_documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_approvals_document` ON `document_approvals` (`document_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_approvals_version` ON `document_approvals` (`document_id`,`major`,`minor`);--> statement-breakpoint
CREATE TABLE `document_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`classification` text DEFAULT 'Internal' NOT NULL,
	`accent_colour` text DEFAULT '1F4E79' NOT NULL,
	`footer_text` text DEFAULT '' NOT NULL,
	`paper_size` text DEFAULT 'A4' NOT NULL,
	`language` text DEFAULT 'en-GB' NOT NULL,
	`logo` blob,
	`logo_mime` text
);
--> statement-breakpoint
ALTER TABLE `policy_versions` ADD `approval_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `roles` ADD `may_approve` integer DEFAULT false NOT NULL;