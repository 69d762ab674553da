ALTER TABLE `change_log` ADD `before` text;--> statement-breakpoint
ALTER TABLE `change_log` ADD `after` text;--> statement-breakpoint
ALTER TABLE `change_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `change_log` ADD `hash` text;