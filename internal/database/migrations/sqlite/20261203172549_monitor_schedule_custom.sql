-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_monitor_schedules" table
CREATE TABLE `new_monitor_schedules` (`id` text NOT NULL, `interval_days` integer NOT NULL DEFAULT (91), `enabled` bool NOT NULL DEFAULT (true), `custom` bool NOT NULL DEFAULT (false), `next_due_at` datetime NOT NULL, `round` integer NOT NULL DEFAULT (0), `lease_until` datetime NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `monitor_schedules_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "monitor_schedules" to new temporary table "new_monitor_schedules"
INSERT INTO `new_monitor_schedules` (`id`, `interval_days`, `enabled`, `next_due_at`, `round`, `lease_until`, `location_id`) SELECT `id`, `interval_days`, `enabled`, `next_due_at`, `round`, `lease_until`, `location_id` FROM `monitor_schedules`;
-- Drop "monitor_schedules" table after copying rows
DROP TABLE `monitor_schedules`;
-- Rename temporary table "new_monitor_schedules" to "monitor_schedules"
ALTER TABLE `new_monitor_schedules` RENAME TO `monitor_schedules`;
-- Create index "monitorschedule_location_id" to table: "monitor_schedules"
CREATE UNIQUE INDEX `monitorschedule_location_id` ON `monitor_schedules` (`location_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
-- Schedules that follow the default were disabled while --monitor-interval-days was 0; the flag alone
-- decides for them now, and enabled means "not paused" of a location's own schedule.
UPDATE monitor_schedules SET enabled = true WHERE custom = false;
