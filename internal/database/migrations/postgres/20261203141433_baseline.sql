-- Create "job_runs" table
CREATE TABLE "job_runs" ("id" character varying NOT NULL, "started_at" timestamptz NOT NULL, "finished_at" timestamptz NULL, "summary" text NULL, PRIMARY KEY ("id"));
-- Create "rate_limits" table
CREATE TABLE "rate_limits" ("id" character varying NOT NULL, "window_start" timestamptz NOT NULL, "count" bigint NOT NULL, PRIMARY KEY ("id"));
-- Create "audit_events" table
CREATE TABLE "audit_events" ("id" character varying NOT NULL, "actor_kind" character varying NOT NULL, "actor_id" character varying NOT NULL DEFAULT '', "action" character varying NOT NULL, "object_type" character varying NOT NULL DEFAULT '', "object_id" character varying NOT NULL DEFAULT '', "location_id" character varying NOT NULL DEFAULT '', "created_at" timestamptz NOT NULL, PRIMARY KEY ("id"));
-- Create index "auditevent_location_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_location_id_created_at" ON "audit_events" ("location_id", "created_at");
-- Create index "auditevent_object_id" to table: "audit_events"
CREATE INDEX "auditevent_object_id" ON "audit_events" ("object_id");
-- Create "outbox_messages" table
CREATE TABLE "outbox_messages" ("id" character varying NOT NULL, "topic" character varying NOT NULL, "recipient" character varying NOT NULL, "subject" character varying NOT NULL, "body" text NOT NULL, "created_at" timestamptz NOT NULL, "attempts" bigint NOT NULL DEFAULT 0, "next_attempt_at" timestamptz NOT NULL, "sent_at" timestamptz NULL, "failed_at" timestamptz NULL, "last_error" character varying NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- Create index "outboxmessage_topic_recipient" to table: "outbox_messages"
CREATE UNIQUE INDEX "outboxmessage_topic_recipient" ON "outbox_messages" ("topic", "recipient");
-- Create index "outboxmessage_sent_at_failed_at_next_attempt_at" to table: "outbox_messages"
CREATE INDEX "outboxmessage_sent_at_failed_at_next_attempt_at" ON "outbox_messages" ("sent_at", "failed_at", "next_attempt_at");
-- Create "staff_users" table
CREATE TABLE "staff_users" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "display_name" character varying NOT NULL, "password_hash" character varying NOT NULL, "role" character varying NOT NULL, "active" boolean NOT NULL DEFAULT true, PRIMARY KEY ("id"));
-- Create index "staff_users_email_key" to table: "staff_users"
CREATE UNIQUE INDEX "staff_users_email_key" ON "staff_users" ("email");
-- Create "locations" table
CREATE TABLE "locations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "kind" character varying NOT NULL, "municipality" character varying NOT NULL DEFAULT '', "children_housed" bigint NOT NULL DEFAULT 0, "languages" jsonb NULL, PRIMARY KEY ("id"));
-- Create index "location_name" to table: "locations"
CREATE INDEX "location_name" ON "locations" ("name");
-- Create "announcements" table
CREATE TABLE "announcements" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "title" jsonb NOT NULL, "body" jsonb NOT NULL, "simple_body" jsonb NULL, "publish_at" timestamptz NULL, "expires_at" timestamptz NULL, "announcement_created_by" character varying NULL, "location_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "announcements_staff_users_created_by" FOREIGN KEY ("announcement_created_by") REFERENCES "staff_users" ("id") ON DELETE SET NULL, CONSTRAINT "announcements_locations_announcements" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE SET NULL);
-- Create "areas" table
CREATE TABLE "areas" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" jsonb NOT NULL, "kind" character varying NOT NULL, "location_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "areas_locations_areas" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION);
-- Create "audio_clips" table
CREATE TABLE "audio_clips" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "lang" character varying NOT NULL, "content_type" character varying NOT NULL, "size" bigint NOT NULL, "data" bytea NOT NULL, "announcement_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "audio_clips_announcements_audio" FOREIGN KEY ("announcement_id") REFERENCES "announcements" ("id") ON DELETE NO ACTION);
-- Create index "audioclip_announcement_id_lang" to table: "audio_clips"
CREATE UNIQUE INDEX "audioclip_announcement_id_lang" ON "audio_clips" ("announcement_id", "lang");
-- Create "check_in_schedules" table
CREATE TABLE "check_in_schedules" ("id" character varying NOT NULL, "interval_days" bigint NOT NULL DEFAULT 14, "enabled" boolean NOT NULL DEFAULT true, "next_due_at" timestamptz NOT NULL, "round" bigint NOT NULL DEFAULT 0, "lease_until" timestamptz NULL, "location_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "check_in_schedules_locations_location" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION);
-- Create index "checkinschedule_location_id" to table: "check_in_schedules"
CREATE UNIQUE INDEX "checkinschedule_location_id" ON "check_in_schedules" ("location_id");
-- Create "councils" table
CREATE TABLE "councils" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "age_group" character varying NOT NULL, "location_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "councils_locations_councils" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION);
-- Create "polls" table
CREATE TABLE "polls" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "scope" character varying NOT NULL, "kind" character varying NOT NULL, "theme" character varying NOT NULL, "question" jsonb NOT NULL, "description" jsonb NULL, "audience_age_bands" jsonb NULL, "max_choices" bigint NULL, "status" character varying NOT NULL DEFAULT 'DRAFT', "opens_at" timestamptz NULL, "closes_at" timestamptz NULL, "opened_at" timestamptz NULL, "closed_at" timestamptz NULL, "published_at" timestamptz NULL, "min_group_size" bigint NOT NULL DEFAULT 5, "ballot_public_key" bytea NULL, "ballot_key_salt" bytea NULL, "council_polls" character varying NULL, "location_id" character varying NULL, "poll_created_by" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "polls_councils_polls" FOREIGN KEY ("council_polls") REFERENCES "councils" ("id") ON DELETE SET NULL, CONSTRAINT "polls_locations_polls" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE SET NULL, CONSTRAINT "polls_staff_users_created_by" FOREIGN KEY ("poll_created_by") REFERENCES "staff_users" ("id") ON DELETE SET NULL);
-- Create index "poll_status_opens_at" to table: "polls"
CREATE INDEX "poll_status_opens_at" ON "polls" ("status", "opens_at");
-- Create index "poll_status_closes_at" to table: "polls"
CREATE INDEX "poll_status_closes_at" ON "polls" ("status", "closes_at");
-- Create index "poll_location_id_closed_at" to table: "polls"
CREATE INDEX "poll_location_id_closed_at" ON "polls" ("location_id", "closed_at");
-- Create "check_ins" table
CREATE TABLE "check_ins" ("id" character varying NOT NULL, "round" bigint NOT NULL, "created_at" timestamptz NOT NULL, "evaluated_at" timestamptz NULL, "location_id" character varying NOT NULL, "poll_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "check_ins_locations_location" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION, CONSTRAINT "check_ins_polls_poll" FOREIGN KEY ("poll_id") REFERENCES "polls" ("id") ON DELETE SET NULL);
-- Create index "checkin_location_id_round" to table: "check_ins"
CREATE UNIQUE INDEX "checkin_location_id_round" ON "check_ins" ("location_id", "round");
-- Create index "checkin_poll_id" to table: "check_ins"
CREATE UNIQUE INDEX "checkin_poll_id" ON "check_ins" ("poll_id");
-- Create index "checkin_evaluated_at" to table: "check_ins"
CREATE INDEX "checkin_evaluated_at" ON "check_ins" ("evaluated_at");
-- Create "youth_members" table
CREATE TABLE "youth_members" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "pseudonym" character varying NOT NULL, "avatar" character varying NOT NULL, "age_band" character varying NOT NULL, "language" character varying NOT NULL, "unaccompanied" boolean NOT NULL DEFAULT false, "pin_hash" character varying NOT NULL, "failed_pin_attempts" bigint NOT NULL DEFAULT 0, "pin_retry_at" timestamptz NULL, "locked_at" timestamptz NULL, "status" character varying NOT NULL DEFAULT 'ACTIVE', "left_at" timestamptz NULL, "last_sign_in_at" timestamptz NULL, "location_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "youth_members_locations_members" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION);
-- Create index "youthmember_pseudonym_location_id" to table: "youth_members"
CREATE UNIQUE INDEX "youthmember_pseudonym_location_id" ON "youth_members" ("pseudonym", "location_id");
-- Create index "youthmember_location_id_status" to table: "youth_members"
CREATE INDEX "youthmember_location_id_status" ON "youth_members" ("location_id", "status");
-- Create "feedback_threads" table
CREATE TABLE "feedback_threads" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "theme" character varying NOT NULL, "title" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'OPEN', "me_too_count" bigint NOT NULL DEFAULT 0, "visible_at" timestamptz NULL, "answered_at" timestamptz NULL, "area_threads" character varying NULL, "location_id" character varying NOT NULL, "youth_member_started_threads" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "feedback_threads_areas_threads" FOREIGN KEY ("area_threads") REFERENCES "areas" ("id") ON DELETE SET NULL, CONSTRAINT "feedback_threads_locations_threads" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION, CONSTRAINT "feedback_threads_youth_members_started_threads" FOREIGN KEY ("youth_member_started_threads") REFERENCES "youth_members" ("id") ON DELETE SET NULL);
-- Create index "feedbackthread_theme_status" to table: "feedback_threads"
CREATE INDEX "feedbackthread_theme_status" ON "feedback_threads" ("theme", "status");
-- Create index "feedbackthread_location_id_created_at" to table: "feedback_threads"
CREATE INDEX "feedbackthread_location_id_created_at" ON "feedback_threads" ("location_id", "created_at");
-- Create index "feedbackthread_id_location_id_theme" to table: "feedback_threads"
CREATE INDEX "feedbackthread_id_location_id_theme" ON "feedback_threads" ("id", "location_id", "theme");
-- Create "feedback_posts" table
CREATE TABLE "feedback_posts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "body" character varying NOT NULL, "language" character varying NOT NULL, "moderation_state" character varying NOT NULL DEFAULT 'PENDING', "flags" jsonb NULL, "reject_reason" character varying NULL, "moderated_at" timestamptz NULL, "feedback_thread_posts" character varying NOT NULL, "youth_member_posts" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "feedback_posts_feedback_threads_posts" FOREIGN KEY ("feedback_thread_posts") REFERENCES "feedback_threads" ("id") ON DELETE NO ACTION, CONSTRAINT "feedback_posts_youth_members_posts" FOREIGN KEY ("youth_member_posts") REFERENCES "youth_members" ("id") ON DELETE SET NULL);
-- Create index "feedbackpost_moderation_state_created_at" to table: "feedback_posts"
CREATE INDEX "feedbackpost_moderation_state_created_at" ON "feedback_posts" ("moderation_state", "created_at");
-- Create index "feedbackpost_feedback_thread_posts" to table: "feedback_posts"
CREATE INDEX "feedbackpost_feedback_thread_posts" ON "feedback_posts" ("feedback_thread_posts");
-- Create index "feedbackpost_created_at_moderated_at_feedback_thread_posts" to table: "feedback_posts"
CREATE INDEX "feedbackpost_created_at_moderated_at_feedback_thread_posts" ON "feedback_posts" ("created_at", "moderated_at", "feedback_thread_posts");
-- Create "memberships" table
CREATE TABLE "memberships" ("id" character varying NOT NULL, "role" character varying NOT NULL DEFAULT 'MEMBER', "joined_at" timestamptz NOT NULL, "left_at" timestamptz NULL, "council_memberships" character varying NOT NULL, "youth_member_memberships" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "memberships_councils_memberships" FOREIGN KEY ("council_memberships") REFERENCES "councils" ("id") ON DELETE NO ACTION, CONSTRAINT "memberships_youth_members_memberships" FOREIGN KEY ("youth_member_memberships") REFERENCES "youth_members" ("id") ON DELETE NO ACTION);
-- Create index "membership_council_memberships_youth_member_memberships" to table: "memberships"
CREATE INDEX "membership_council_memberships_youth_member_memberships" ON "memberships" ("council_memberships", "youth_member_memberships");
-- Create "moderation_decisions" table
CREATE TABLE "moderation_decisions" ("id" character varying NOT NULL, "decision" character varying NOT NULL, "reason_code" character varying NULL, "note" character varying NULL, "created_at" timestamptz NOT NULL, "feedback_post_decisions" character varying NOT NULL, "moderation_decision_moderator" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "moderation_decisions_feedback_posts_decisions" FOREIGN KEY ("feedback_post_decisions") REFERENCES "feedback_posts" ("id") ON DELETE NO ACTION, CONSTRAINT "moderation_decisions_staff_users_moderator" FOREIGN KEY ("moderation_decision_moderator") REFERENCES "staff_users" ("id") ON DELETE NO ACTION);
-- Create "participations" table
CREATE TABLE "participations" ("id" character varying NOT NULL, "idempotency_hash" character varying NOT NULL, "poll_participations" character varying NOT NULL, "youth_member_participations" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "participations_polls_participations" FOREIGN KEY ("poll_participations") REFERENCES "polls" ("id") ON DELETE NO ACTION, CONSTRAINT "participations_youth_members_participations" FOREIGN KEY ("youth_member_participations") REFERENCES "youth_members" ("id") ON DELETE NO ACTION);
-- Create index "participation_poll_participations_youth_member_participations" to table: "participations"
CREATE UNIQUE INDEX "participation_poll_participations_youth_member_participations" ON "participations" ("poll_participations", "youth_member_participations");
-- Create index "participation_youth_member_participations_poll_participations" to table: "participations"
CREATE INDEX "participation_youth_member_participations_poll_participations" ON "participations" ("youth_member_participations", "poll_participations");
-- Create "poll_options" table
CREATE TABLE "poll_options" ("id" character varying NOT NULL, "label" jsonb NOT NULL, "pictogram" character varying NULL, "position" bigint NOT NULL, "poll_options" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "poll_options_polls_options" FOREIGN KEY ("poll_options") REFERENCES "polls" ("id") ON DELETE NO ACTION);
-- Create index "polloption_position_poll_options" to table: "poll_options"
CREATE UNIQUE INDEX "polloption_position_poll_options" ON "poll_options" ("position", "poll_options");
-- Create index "polloption_poll_options" to table: "poll_options"
CREATE INDEX "polloption_poll_options" ON "poll_options" ("poll_options");
-- Create "result_counts" table
CREATE TABLE "result_counts" ("id" character varying NOT NULL, "rank" bigint NOT NULL DEFAULT 0, "count" bigint NOT NULL DEFAULT 0, "poll_id" character varying NOT NULL, "option_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "result_counts_polls_tallies" FOREIGN KEY ("poll_id") REFERENCES "polls" ("id") ON DELETE NO ACTION, CONSTRAINT "result_counts_poll_options_tallies" FOREIGN KEY ("option_id") REFERENCES "poll_options" ("id") ON DELETE NO ACTION);
-- Create index "tally_rank_poll_id_option_id" to table: "result_counts"
CREATE UNIQUE INDEX "tally_rank_poll_id_option_id" ON "result_counts" ("rank", "poll_id", "option_id");
-- Create index "tally_poll_id" to table: "result_counts"
CREATE INDEX "tally_poll_id" ON "result_counts" ("poll_id");
-- Create "safeguarding_cases" table
CREATE TABLE "safeguarding_cases" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "status" character varying NOT NULL DEFAULT 'OPEN', "post_body" text NOT NULL, "post_language" character varying NOT NULL, "thread_title" character varying NULL, "opened_at" timestamptz NOT NULL, "closed_at" timestamptz NULL, "notes" jsonb NULL, "revision" bigint NOT NULL DEFAULT 0, "feedback_post_safeguarding_case" character varying NOT NULL, "location_id" character varying NOT NULL, "safeguarding_case_opened_by" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "safeguarding_cases_feedback_posts_safeguarding_case" FOREIGN KEY ("feedback_post_safeguarding_case") REFERENCES "feedback_posts" ("id") ON DELETE NO ACTION, CONSTRAINT "safeguarding_cases_locations_location" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION, CONSTRAINT "safeguarding_cases_staff_users_opened_by" FOREIGN KEY ("safeguarding_case_opened_by") REFERENCES "staff_users" ("id") ON DELETE NO ACTION);
-- Create index "safeguarding_cases_feedback_post_safeguarding_case_key" to table: "safeguarding_cases"
CREATE UNIQUE INDEX "safeguarding_cases_feedback_post_safeguarding_case_key" ON "safeguarding_cases" ("feedback_post_safeguarding_case");
-- Create index "safeguardingcase_status" to table: "safeguarding_cases"
CREATE INDEX "safeguardingcase_status" ON "safeguarding_cases" ("status");
-- Create index "safeguardingcase_location_id_status" to table: "safeguarding_cases"
CREATE INDEX "safeguardingcase_location_id_status" ON "safeguarding_cases" ("location_id", "status");
-- Create "sealed_ballots" table
CREATE TABLE "sealed_ballots" ("id" character varying NOT NULL, "sealed" bytea NOT NULL, "poll_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "sealed_ballots_polls_sealed_ballots" FOREIGN KEY ("poll_id") REFERENCES "polls" ("id") ON DELETE NO ACTION);
-- Create index "sealedballot_poll_id" to table: "sealed_ballots"
CREATE INDEX "sealedballot_poll_id" ON "sealed_ballots" ("poll_id");
-- Create "tablets" table
CREATE TABLE "tablets" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "token_hash" character varying NOT NULL, "revoked_at" timestamptz NULL, "last_seen_at" timestamptz NULL, "location_id" character varying NOT NULL, "tablet_enrolled_by" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "tablets_locations_tablets" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION, CONSTRAINT "tablets_staff_users_enrolled_by" FOREIGN KEY ("tablet_enrolled_by") REFERENCES "staff_users" ("id") ON DELETE SET NULL);
-- Create index "tablets_token_hash_key" to table: "tablets"
CREATE UNIQUE INDEX "tablets_token_hash_key" ON "tablets" ("token_hash");
-- Create "sessions" table
CREATE TABLE "sessions" ("id" character varying NOT NULL, "kind" character varying NOT NULL, "created_at" timestamptz NOT NULL, "last_seen_at" timestamptz NOT NULL, "expires_at" timestamptz NOT NULL, "staff_user_id" character varying NULL, "tablet_id" character varying NULL, "member_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "sessions_staff_users_sessions" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users" ("id") ON DELETE SET NULL, CONSTRAINT "sessions_tablets_sessions" FOREIGN KEY ("tablet_id") REFERENCES "tablets" ("id") ON DELETE SET NULL, CONSTRAINT "sessions_youth_members_sessions" FOREIGN KEY ("member_id") REFERENCES "youth_members" ("id") ON DELETE SET NULL);
-- Create index "session_expires_at" to table: "sessions"
CREATE INDEX "session_expires_at" ON "sessions" ("expires_at");
-- Create "signals" table
CREATE TABLE "signals" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "occurrence" character varying NOT NULL, "detail" character varying NOT NULL DEFAULT '', "acknowledged_at" timestamptz NULL, "acknowledged_by" character varying NULL, "location_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "signals_locations_location" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE NO ACTION);
-- Create index "signal_location_id_kind_occurrence" to table: "signals"
CREATE UNIQUE INDEX "signal_location_id_kind_occurrence" ON "signals" ("location_id", "kind", "occurrence");
-- Create index "signal_location_id_created_at" to table: "signals"
CREATE INDEX "signal_location_id_created_at" ON "signals" ("location_id", "created_at");
-- Create "staff_user_locations" table
CREATE TABLE "staff_user_locations" ("staff_user_id" character varying NOT NULL, "location_id" character varying NOT NULL, PRIMARY KEY ("staff_user_id", "location_id"), CONSTRAINT "staff_user_locations_staff_user_id" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users" ("id") ON DELETE CASCADE, CONSTRAINT "staff_user_locations_location_id" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE CASCADE);
-- Create "thread_responses" table
CREATE TABLE "thread_responses" ("id" character varying NOT NULL, "body" jsonb NOT NULL, "status" character varying NOT NULL, "reason" jsonb NULL, "commitment_date" timestamptz NULL, "created_at" timestamptz NOT NULL, "feedback_thread_responses" character varying NOT NULL, "thread_response_author" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "thread_responses_feedback_threads_responses" FOREIGN KEY ("feedback_thread_responses") REFERENCES "feedback_threads" ("id") ON DELETE NO ACTION, CONSTRAINT "thread_responses_staff_users_author" FOREIGN KEY ("thread_response_author") REFERENCES "staff_users" ("id") ON DELETE NO ACTION);
-- Create "thread_supports" table
CREATE TABLE "thread_supports" ("id" character varying NOT NULL, "feedback_thread_supports" character varying NOT NULL, "youth_member_supports" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "thread_supports_feedback_threads_supports" FOREIGN KEY ("feedback_thread_supports") REFERENCES "feedback_threads" ("id") ON DELETE NO ACTION, CONSTRAINT "thread_supports_youth_members_supports" FOREIGN KEY ("youth_member_supports") REFERENCES "youth_members" ("id") ON DELETE NO ACTION);
-- Create index "threadsupport_feedback_thread_supports_youth_member_supports" to table: "thread_supports"
CREATE UNIQUE INDEX "threadsupport_feedback_thread_supports_youth_member_supports" ON "thread_supports" ("feedback_thread_supports", "youth_member_supports");
