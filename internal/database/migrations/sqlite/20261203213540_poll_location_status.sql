-- Create index "poll_location_id_status" to table: "polls"
CREATE INDEX `poll_location_id_status` ON `polls` (`location_id`, `status`);
