-- Modify "councils" table
ALTER TABLE "councils" ADD COLUMN "seats" bigint NOT NULL DEFAULT 0;
-- Modify "memberships" table
ALTER TABLE "memberships" ADD COLUMN "elected_at" timestamptz NULL;
-- Create "elections" table
CREATE TABLE "elections" ("id" character varying NOT NULL, "location_id" character varying NOT NULL, "council_id" character varying NOT NULL, "seats" bigint NOT NULL, "status" character varying NOT NULL DEFAULT 'NOMINATING', "poll_id" character varying NULL, "tie_of" character varying NULL, "created_at" timestamptz NOT NULL, "closed_at" timestamptz NULL, PRIMARY KEY ("id"));
-- Create index "elections_poll_id_key" to table: "elections"
CREATE UNIQUE INDEX "elections_poll_id_key" ON "elections" ("poll_id");
-- Create index "election_council_id_status" to table: "elections"
CREATE INDEX "election_council_id_status" ON "elections" ("council_id", "status");
-- Create index "election_location_id_status" to table: "elections"
CREATE INDEX "election_location_id_status" ON "elections" ("location_id", "status");
-- Create "candidacies" table
CREATE TABLE "candidacies" ("id" character varying NOT NULL, "location_id" character varying NOT NULL, "consented_at" timestamptz NOT NULL, "withdrawn_at" timestamptz NULL, "option_id" character varying NULL, "elected" boolean NOT NULL DEFAULT false, "tied" boolean NOT NULL DEFAULT false, "election_id" character varying NOT NULL, "youth_member_candidacies" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "candidacies_elections_candidacies" FOREIGN KEY ("election_id") REFERENCES "elections" ("id") ON DELETE NO ACTION, CONSTRAINT "candidacies_youth_members_candidacies" FOREIGN KEY ("youth_member_candidacies") REFERENCES "youth_members" ("id") ON DELETE NO ACTION);
-- Create index "candidacy_election_id_youth_member_candidacies" to table: "candidacies"
CREATE UNIQUE INDEX "candidacy_election_id_youth_member_candidacies" ON "candidacies" ("election_id", "youth_member_candidacies");
