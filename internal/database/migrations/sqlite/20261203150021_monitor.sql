-- Add column "domain" to table: "signals"
ALTER TABLE `signals` ADD COLUMN `domain` text NULL;
-- Create "member_transfers" table
CREATE TABLE `member_transfers` (`id` text NOT NULL, `from_location_id` text NOT NULL, `to_location_id` text NOT NULL, `moved_at` datetime NOT NULL, `notice_given_on` datetime NULL, `reason` text NOT NULL DEFAULT ('OTHER'), `member_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `member_transfers_youth_members_member` FOREIGN KEY (`member_id`) REFERENCES `youth_members` (`id`) ON DELETE NO ACTION);
-- Create index "membertransfer_to_location_id_moved_at" to table: "member_transfers"
CREATE INDEX `membertransfer_to_location_id_moved_at` ON `member_transfers` (`to_location_id`, `moved_at`);
-- Create index "membertransfer_from_location_id_moved_at" to table: "member_transfers"
CREATE INDEX `membertransfer_from_location_id_moved_at` ON `member_transfers` (`from_location_id`, `moved_at`);
-- Create index "membertransfer_member_id_moved_at" to table: "member_transfers"
CREATE INDEX `membertransfer_member_id_moved_at` ON `member_transfers` (`member_id`, `moved_at`);
-- Create "monitor_questions" table
CREATE TABLE `monitor_questions` (`id` text NOT NULL, `location_id` text NOT NULL, `domain` text NOT NULL, `age_version` text NOT NULL, `poll_id` text NULL, `round_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `monitor_questions_polls_poll` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON DELETE SET NULL, CONSTRAINT `monitor_questions_monitor_rounds_questions` FOREIGN KEY (`round_id`) REFERENCES `monitor_rounds` (`id`) ON DELETE NO ACTION);
-- Create index "monitorquestion_round_id_domain_age_version" to table: "monitor_questions"
CREATE UNIQUE INDEX `monitorquestion_round_id_domain_age_version` ON `monitor_questions` (`round_id`, `domain`, `age_version`);
-- Create index "monitorquestion_poll_id" to table: "monitor_questions"
CREATE UNIQUE INDEX `monitorquestion_poll_id` ON `monitor_questions` (`poll_id`);
-- Create index "monitorquestion_location_id" to table: "monitor_questions"
CREATE INDEX `monitorquestion_location_id` ON `monitor_questions` (`location_id`);
-- Create "monitor_rounds" table
CREATE TABLE `monitor_rounds` (`id` text NOT NULL, `round` integer NOT NULL, `source` text NOT NULL DEFAULT ('MONITOR'), `framework_version` integer NOT NULL, `opened_at` datetime NOT NULL, `evaluated_at` datetime NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `monitor_rounds_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Create index "monitorround_location_id_source_round" to table: "monitor_rounds"
CREATE UNIQUE INDEX `monitorround_location_id_source_round` ON `monitor_rounds` (`location_id`, `source`, `round`);
-- Create index "monitorround_evaluated_at" to table: "monitor_rounds"
CREATE INDEX `monitorround_evaluated_at` ON `monitor_rounds` (`evaluated_at`);
-- Create "monitor_schedules" table
CREATE TABLE `monitor_schedules` (`id` text NOT NULL, `interval_days` integer NOT NULL DEFAULT (91), `enabled` bool NOT NULL DEFAULT (true), `next_due_at` datetime NOT NULL, `round` integer NOT NULL DEFAULT (0), `lease_until` datetime NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `monitor_schedules_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Create index "monitorschedule_location_id" to table: "monitor_schedules"
CREATE UNIQUE INDEX `monitorschedule_location_id` ON `monitor_schedules` (`location_id`);
