-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_councils" table
CREATE TABLE `new_councils` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `age_group` text NOT NULL, `support_threshold` integer NOT NULL DEFAULT (3), `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `councils_locations_councils` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "councils" to new temporary table "new_councils"
INSERT INTO `new_councils` (`id`, `created_at`, `updated_at`, `name`, `age_group`, `location_id`) SELECT `id`, `created_at`, `updated_at`, `name`, `age_group`, `location_id` FROM `councils`;
-- Drop "councils" table after copying rows
DROP TABLE `councils`;
-- Rename temporary table "new_councils" to "councils"
ALTER TABLE `new_councils` RENAME TO `councils`;
-- Create "agenda_items" table
CREATE TABLE `agenda_items` (`id` text NOT NULL, `location_id` text NOT NULL, `position` integer NOT NULL, `title` json NULL, `theme` text NULL, `created_at` datetime NOT NULL, `thread_id` text NULL, `idea_id` text NULL, `meeting_id` text NOT NULL, `poll_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `agenda_items_feedback_threads_agenda_items` FOREIGN KEY (`thread_id`) REFERENCES `feedback_threads` (`id`) ON DELETE SET NULL, CONSTRAINT `agenda_items_ideas_agenda_items` FOREIGN KEY (`idea_id`) REFERENCES `ideas` (`id`) ON DELETE SET NULL, CONSTRAINT `agenda_items_meetings_agenda_items` FOREIGN KEY (`meeting_id`) REFERENCES `meetings` (`id`) ON DELETE NO ACTION, CONSTRAINT `agenda_items_polls_agenda_items` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON DELETE SET NULL);
-- Create index "agendaitem_meeting_id_idea_id" to table: "agenda_items"
CREATE UNIQUE INDEX `agendaitem_meeting_id_idea_id` ON `agenda_items` (`meeting_id`, `idea_id`);
-- Create index "agendaitem_meeting_id_position" to table: "agenda_items"
CREATE INDEX `agendaitem_meeting_id_position` ON `agenda_items` (`meeting_id`, `position`);
-- Create "council_decisions" table
CREATE TABLE `council_decisions` (`id` text NOT NULL, `location_id` text NOT NULL, `outcome` text NOT NULL, `text` json NOT NULL, `due_date` datetime NULL, `action_status` text NULL, `action_reason` json NULL, `action_updated_at` datetime NULL, `created_at` datetime NOT NULL, `agenda_item_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `council_decisions_agenda_items_decision` FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items` (`id`) ON DELETE NO ACTION);
-- Create index "council_decisions_agenda_item_id_key" to table: "council_decisions"
CREATE UNIQUE INDEX `council_decisions_agenda_item_id_key` ON `council_decisions` (`agenda_item_id`);
-- Create index "councildecision_location_id_created_at" to table: "council_decisions"
CREATE INDEX `councildecision_location_id_created_at` ON `council_decisions` (`location_id`, `created_at`);
-- Create "ideas" table
CREATE TABLE `ideas` (`id` text NOT NULL, `location_id` text NOT NULL, `title` json NULL, `theme` text NOT NULL, `created_at` datetime NOT NULL, `on_agenda_at` datetime NULL, `decided_at` datetime NULL, `done_at` datetime NULL, `area_ideas` text NULL, `council_id` text NOT NULL, `thread_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `ideas_areas_ideas` FOREIGN KEY (`area_ideas`) REFERENCES `areas` (`id`) ON DELETE SET NULL, CONSTRAINT `ideas_councils_ideas` FOREIGN KEY (`council_id`) REFERENCES `councils` (`id`) ON DELETE NO ACTION, CONSTRAINT `ideas_feedback_threads_idea` FOREIGN KEY (`thread_id`) REFERENCES `feedback_threads` (`id`) ON DELETE NO ACTION);
-- Create index "ideas_thread_id_key" to table: "ideas"
CREATE UNIQUE INDEX `ideas_thread_id_key` ON `ideas` (`thread_id`);
-- Create index "idea_council_id_created_at" to table: "ideas"
CREATE INDEX `idea_council_id_created_at` ON `ideas` (`council_id`, `created_at`);
-- Create index "idea_location_id_created_at" to table: "ideas"
CREATE INDEX `idea_location_id_created_at` ON `ideas` (`location_id`, `created_at`);
-- Create "meetings" table
CREATE TABLE `meetings` (`id` text NOT NULL, `location_id` text NOT NULL, `starts_at` datetime NOT NULL, `place` text NOT NULL, `attendance` integer NULL, `minutes_published_at` datetime NULL, `created_at` datetime NOT NULL, `council_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `meetings_councils_meetings` FOREIGN KEY (`council_id`) REFERENCES `councils` (`id`) ON DELETE NO ACTION);
-- Create index "meeting_council_id_starts_at" to table: "meetings"
CREATE INDEX `meeting_council_id_starts_at` ON `meetings` (`council_id`, `starts_at`);
-- Create index "meeting_location_id_starts_at" to table: "meetings"
CREATE INDEX `meeting_location_id_starts_at` ON `meetings` (`location_id`, `starts_at`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
