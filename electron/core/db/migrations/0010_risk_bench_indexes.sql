CREATE INDEX `risk_decisions_kind` ON `risk_decisions` (`kind`,`decision`,`risk_id`);--> statement-breakpoint
CREATE INDEX `risks_filter` ON `risks` (`inherent_rank`,`treatment`,`residual_rank`,`residual_score`);--> statement-breakpoint
CREATE INDEX `risks_residual_cell` ON `risks` (`residual_likelihood`,`residual_impact`);--> statement-breakpoint
CREATE INDEX `risks_summary` ON `risks` (`treatment`,`inherent_rank`,`residual_rank`,`owner_id`,`id`);