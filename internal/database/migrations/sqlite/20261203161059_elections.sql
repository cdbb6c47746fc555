-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Add column "elected_at" to table: "memberships"
ALTER TABLE `memberships` ADD COLUMN `elected_at` datetime NULL;
-- Create "new_councils" table
CREATE TABLE `new_councils` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `age_group` text NOT NULL, `support_threshold` integer NOT NULL DEFAULT (3), `seats` integer NOT NULL DEFAULT (0), `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `councils_locations_councils` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "councils" to new temporary table "new_councils"
INSERT INTO `new_councils` (`id`, `created_at`, `updated_at`, `name`, `age_group`, `support_threshold`, `location_id`) SELECT `id`, `created_at`, `updated_at`, `name`, `age_group`, `support_threshold`, `location_id` FROM `councils`;
-- Drop "councils" table after copying rows
DROP TABLE `councils`;
-- Rename temporary table "new_councils" to "councils"
ALTER TABLE `new_councils` RENAME TO `councils`;
-- Create "candidacies" table
CREATE TABLE `candidacies` (`id` text NOT NULL, `location_id` text NOT NULL, `consented_at` datetime NOT NULL, `withdrawn_at` datetime NULL, `option_id` text NULL, `elected` bool NOT NULL DEFAULT (false), `tied` bool NOT NULL DEFAULT (false), `election_id` text NOT NULL, `youth_member_candidacies` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `candidacies_elections_candidacies` FOREIGN KEY (`election_id`) REFERENCES `elections` (`id`) ON DELETE NO ACTION, CONSTRAINT `candidacies_youth_members_candidacies` FOREIGN KEY (`youth_member_candidacies`) REFERENCES `youth_members` (`id`) ON DELETE NO ACTION);
-- Create index "candidacy_election_id_youth_member_candidacies" to table: "candidacies"
CREATE UNIQUE INDEX `candidacy_election_id_youth_member_candidacies` ON `candidacies` (`election_id`, `youth_member_candidacies`);
-- Create "elections" table
CREATE TABLE `elections` (`id` text NOT NULL, `location_id` text NOT NULL, `council_id` text NOT NULL, `seats` integer NOT NULL, `status` text NOT NULL DEFAULT ('NOMINATING'), `poll_id` text NULL, `tie_of` text NULL, `created_at` datetime NOT NULL, `closed_at` datetime NULL, PRIMARY KEY (`id`));
-- Create index "elections_poll_id_key" to table: "elections"
CREATE UNIQUE INDEX `elections_poll_id_key` ON `elections` (`poll_id`);
-- Create index "election_council_id_status" to table: "elections"
CREATE INDEX `election_council_id_status` ON `elections` (`council_id`, `status`);
-- Create index "election_location_id_status" to table: "elections"
CREATE INDEX `election_location_id_status` ON `elections` (`location_id`, `status`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
