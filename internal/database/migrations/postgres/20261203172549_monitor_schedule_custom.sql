-- Modify "monitor_schedules" table
ALTER TABLE "monitor_schedules" ADD COLUMN "custom" boolean NOT NULL DEFAULT false;
-- Schedules that follow the default were disabled while --monitor-interval-days was 0; the flag alone
-- decides for them now, and enabled means "not paused" of a location's own schedule.
UPDATE monitor_schedules SET enabled = true WHERE custom = false;
