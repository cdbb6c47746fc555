-- Modify "councils" table
ALTER TABLE "councils" ADD COLUMN "support_threshold" bigint NOT NULL DEFAULT 3;
-- Create "ideas" table
CREATE TABLE "ideas" ("id" character varying NOT NULL, "location_id" character varying NOT NULL, "title" jsonb NULL, "theme" character varying NOT NULL, "created_at" timestamptz NOT NULL, "on_agenda_at" timestamptz NULL, "decided_at" timestamptz NULL, "done_at" timestamptz NULL, "area_ideas" character varying NULL, "council_id" character varying NOT NULL, "thread_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "ideas_areas_ideas" FOREIGN KEY ("area_ideas") REFERENCES "areas" ("id") ON DELETE SET NULL, CONSTRAINT "ideas_councils_ideas" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE NO ACTION, CONSTRAINT "ideas_feedback_threads_idea" FOREIGN KEY ("thread_id") REFERENCES "feedback_threads" ("id") ON DELETE NO ACTION);
-- Create index "ideas_thread_id_key" to table: "ideas"
CREATE UNIQUE INDEX "ideas_thread_id_key" ON "ideas" ("thread_id");
-- Create index "idea_council_id_created_at" to table: "ideas"
CREATE INDEX "idea_council_id_created_at" ON "ideas" ("council_id", "created_at");
-- Create index "idea_location_id_created_at" to table: "ideas"
CREATE INDEX "idea_location_id_created_at" ON "ideas" ("location_id", "created_at");
-- Create "meetings" table
CREATE TABLE "meetings" ("id" character varying NOT NULL, "location_id" character varying NOT NULL, "starts_at" timestamptz NOT NULL, "place" character varying NOT NULL, "attendance" bigint NULL, "minutes_published_at" timestamptz NULL, "created_at" timestamptz NOT NULL, "council_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "meetings_councils_meetings" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE NO ACTION);
-- Create index "meeting_council_id_starts_at" to table: "meetings"
CREATE INDEX "meeting_council_id_starts_at" ON "meetings" ("council_id", "starts_at");
-- Create index "meeting_location_id_starts_at" to table: "meetings"
CREATE INDEX "meeting_location_id_starts_at" ON "meetings" ("location_id", "starts_at");
-- Create "agenda_items" table
CREATE TABLE "agenda_items" ("id" character varying NOT NULL, "location_id" character varying NOT NULL, "position" bigint NOT NULL, "title" jsonb NULL, "theme" character varying NULL, "created_at" timestamptz NOT NULL, "thread_id" character varying NULL, "idea_id" character varying NULL, "meeting_id" character varying NOT NULL, "poll_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "agenda_items_feedback_threads_agenda_items" FOREIGN KEY ("thread_id") REFERENCES "feedback_threads" ("id") ON DELETE SET NULL, CONSTRAINT "agenda_items_ideas_agenda_items" FOREIGN KEY ("idea_id") REFERENCES "ideas" ("id") ON DELETE SET NULL, CONSTRAINT "agenda_items_meetings_agenda_items" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE NO ACTION, CONSTRAINT "agenda_items_polls_agenda_items" FOREIGN KEY ("poll_id") REFERENCES "polls" ("id") ON DELETE SET NULL);
-- Create index "agendaitem_meeting_id_idea_id" to table: "agenda_items"
CREATE UNIQUE INDEX "agendaitem_meeting_id_idea_id" ON "agenda_items" ("meeting_id", "idea_id");
-- Create index "agendaitem_meeting_id_position" to table: "agenda_items"
CREATE INDEX "agendaitem_meeting_id_position" ON "agenda_items" ("meeting_id", "position");
-- Create "council_decisions" table
CREATE TABLE "council_decisions" ("id" character varying NOT NULL, "location_id" character varying NOT NULL, "outcome" character varying NOT NULL, "text" jsonb NOT NULL, "due_date" timestamptz NULL, "action_status" character varying NULL, "action_reason" jsonb NULL, "action_updated_at" timestamptz NULL, "created_at" timestamptz NOT NULL, "agenda_item_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "council_decisions_agenda_items_decision" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items" ("id") ON DELETE NO ACTION);
-- Create index "council_decisions_agenda_item_id_key" to table: "council_decisions"
CREATE UNIQUE INDEX "council_decisions_agenda_item_id_key" ON "council_decisions" ("agenda_item_id");
-- Create index "councildecision_location_id_created_at" to table: "council_decisions"
CREATE INDEX "councildecision_location_id_created_at" ON "council_decisions" ("location_id", "created_at");
