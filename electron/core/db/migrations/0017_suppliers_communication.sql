CREATE TABLE `supplier_certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`supplier_id` text NOT NULL,
	`name` text NOT NULL,
	`issuer` text DEFAULT '' NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`valid_until` text,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `supplier_certificates_supplier` ON `supplier_certificates` (`supplier_id`);--> statement-breakpoint
CREATE TABLE `supplier_interfaces` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`supplier_id` text NOT NULL,
	`interface_id` text NOT NULL,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interface_id`) REFERENCES `scope_interfaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supplier_interfaces_pair` ON `supplier_interfaces` (`supplier_id`,`interface_id`);--> statement-breakpoint
CREATE INDEX `supplier_interfaces_interface` ON `supplier_interfaces` (`interface_id`);--> statement-breakpoint
CREATE TABLE `suppliers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`provides` text DEFAULT '' NOT NULL,
	`supply_kind` text DEFAULT 'service' NOT NULL,
	`criticality` text DEFAULT 'medium' NOT NULL,
	`data_handled` text DEFAULT '' NOT NULL,
	`data_classification` text DEFAULT '' NOT NULL,
	`contract_ref` text DEFAULT '' NOT NULL,
	`security_clauses_in_contract` integer DEFAULT false NOT NULL,
	`security_clauses` text DEFAULT '' NOT NULL,
	`last_assessed_on` text,
	`assessment_result` text DEFAULT 'not-assessed' NOT NULL,
	`assessment_notes` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`next_review_on` text,
	`party_id` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suppliers_ref_unique` ON `suppliers` (`ref`);--> statement-breakpoint
CREATE TABLE `communication_log` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`communicated_on` text NOT NULL,
	`plan_id` text,
	`topic` text NOT NULL,
	`audience` text NOT NULL,
	`channel` text NOT NULL,
	`by_id` text,
	`note` text DEFAULT '' NOT NULL,
	`attachment_id` text,
	FOREIGN KEY (`plan_id`) REFERENCES `communications`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `communication_log_plan` ON `communication_log` (`plan_id`,`communicated_on`);--> statement-breakpoint
CREATE TABLE `communications` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	`topic` text NOT NULL,
	`audience` text NOT NULL,
	`frequency` text DEFAULT 'once' NOT NULL,
	`starts_on` text,
	`channel` text NOT NULL,
	`responsible_id` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`responsible_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `communications_ref_unique` ON `communications` (`ref`);