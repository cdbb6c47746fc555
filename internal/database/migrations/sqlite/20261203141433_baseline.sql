-- Create "announcements" table
CREATE TABLE `announcements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` json NOT NULL, `body` json NOT NULL, `simple_body` json NULL, `publish_at` datetime NULL, `expires_at` datetime NULL, `announcement_created_by` text NULL, `location_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `announcements_staff_users_created_by` FOREIGN KEY (`announcement_created_by`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL, CONSTRAINT `announcements_locations_announcements` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE SET NULL);
-- Create "areas" table
CREATE TABLE `areas` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` json NOT NULL, `kind` text NOT NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `areas_locations_areas` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Create "audio_clips" table
CREATE TABLE `audio_clips` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `lang` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `data` blob NOT NULL, `announcement_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `audio_clips_announcements_audio` FOREIGN KEY (`announcement_id`) REFERENCES `announcements` (`id`) ON DELETE NO ACTION);
-- Create index "audioclip_announcement_id_lang" to table: "audio_clips"
CREATE UNIQUE INDEX `audioclip_announcement_id_lang` ON `audio_clips` (`announcement_id`, `lang`);
-- Create "audit_events" table
CREATE TABLE `audit_events` (`id` text NOT NULL, `actor_kind` text NOT NULL, `actor_id` text NOT NULL DEFAULT (''), `action` text NOT NULL, `object_type` text NOT NULL DEFAULT (''), `object_id` text NOT NULL DEFAULT (''), `location_id` text NOT NULL DEFAULT (''), `created_at` datetime NOT NULL, PRIMARY KEY (`id`));
-- Create index "auditevent_location_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_location_id_created_at` ON `audit_events` (`location_id`, `created_at`);
-- Create index "auditevent_object_id" to table: "audit_events"
CREATE INDEX `auditevent_object_id` ON `audit_events` (`object_id`);
-- Create "check_ins" table
CREATE TABLE `check_ins` (`id` text NOT NULL, `round` integer NOT NULL, `created_at` datetime NOT NULL, `evaluated_at` datetime NULL, `location_id` text NOT NULL, `poll_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `check_ins_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION, CONSTRAINT `check_ins_polls_poll` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON DELETE SET NULL);
-- Create index "checkin_location_id_round" to table: "check_ins"
CREATE UNIQUE INDEX `checkin_location_id_round` ON `check_ins` (`location_id`, `round`);
-- Create index "checkin_poll_id" to table: "check_ins"
CREATE UNIQUE INDEX `checkin_poll_id` ON `check_ins` (`poll_id`);
-- Create index "checkin_evaluated_at" to table: "check_ins"
CREATE INDEX `checkin_evaluated_at` ON `check_ins` (`evaluated_at`);
-- Create "check_in_schedules" table
CREATE TABLE `check_in_schedules` (`id` text NOT NULL, `interval_days` integer NOT NULL DEFAULT (14), `enabled` bool NOT NULL DEFAULT (true), `next_due_at` datetime NOT NULL, `round` integer NOT NULL DEFAULT (0), `lease_until` datetime NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `check_in_schedules_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Create index "checkinschedule_location_id" to table: "check_in_schedules"
CREATE UNIQUE INDEX `checkinschedule_location_id` ON `check_in_schedules` (`location_id`);
-- Create "councils" table
CREATE TABLE `councils` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `age_group` text NOT NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `councils_locations_councils` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Create "feedback_posts" table
CREATE TABLE `feedback_posts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `body` text NOT NULL, `language` text NOT NULL, `moderation_state` text NOT NULL DEFAULT ('PENDING'), `flags` json NULL, `reject_reason` text NULL, `moderated_at` datetime NULL, `feedback_thread_posts` text NOT NULL, `youth_member_posts` text NULL, PRIMARY KEY (`id`), CONSTRAINT `feedback_posts_feedback_threads_posts` FOREIGN KEY (`feedback_thread_posts`) REFERENCES `feedback_threads` (`id`) ON DELETE NO ACTION, CONSTRAINT `feedback_posts_youth_members_posts` FOREIGN KEY (`youth_member_posts`) REFERENCES `youth_members` (`id`) ON DELETE SET NULL);
-- Create index "feedbackpost_moderation_state_created_at" to table: "feedback_posts"
CREATE INDEX `feedbackpost_moderation_state_created_at` ON `feedback_posts` (`moderation_state`, `created_at`);
-- Create index "feedbackpost_feedback_thread_posts" to table: "feedback_posts"
CREATE INDEX `feedbackpost_feedback_thread_posts` ON `feedback_posts` (`feedback_thread_posts`);
-- Create index "feedbackpost_created_at_moderated_at_feedback_thread_posts" to table: "feedback_posts"
CREATE INDEX `feedbackpost_created_at_moderated_at_feedback_thread_posts` ON `feedback_posts` (`created_at`, `moderated_at`, `feedback_thread_posts`);
-- Create "feedback_threads" table
CREATE TABLE `feedback_threads` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `theme` text NOT NULL, `title` text NOT NULL, `status` text NOT NULL DEFAULT ('OPEN'), `me_too_count` integer NOT NULL DEFAULT (0), `visible_at` datetime NULL, `answered_at` datetime NULL, `area_threads` text NULL, `location_id` text NOT NULL, `youth_member_started_threads` text NULL, PRIMARY KEY (`id`), CONSTRAINT `feedback_threads_areas_threads` FOREIGN KEY (`area_threads`) REFERENCES `areas` (`id`) ON DELETE SET NULL, CONSTRAINT `feedback_threads_locations_threads` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION, CONSTRAINT `feedback_threads_youth_members_started_threads` FOREIGN KEY (`youth_member_started_threads`) REFERENCES `youth_members` (`id`) ON DELETE SET NULL);
-- Create index "feedbackthread_theme_status" to table: "feedback_threads"
CREATE INDEX `feedbackthread_theme_status` ON `feedback_threads` (`theme`, `status`);
-- Create index "feedbackthread_location_id_created_at" to table: "feedback_threads"
CREATE INDEX `feedbackthread_location_id_created_at` ON `feedback_threads` (`location_id`, `created_at`);
-- Create index "feedbackthread_id_location_id_theme" to table: "feedback_threads"
CREATE INDEX `feedbackthread_id_location_id_theme` ON `feedback_threads` (`id`, `location_id`, `theme`);
-- Create "job_runs" table
CREATE TABLE `job_runs` (`id` text NOT NULL, `started_at` datetime NOT NULL, `finished_at` datetime NULL, `summary` text NULL, PRIMARY KEY (`id`));
-- Create "locations" table
CREATE TABLE `locations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `municipality` text NOT NULL DEFAULT (''), `children_housed` integer NOT NULL DEFAULT (0), `languages` json NULL, PRIMARY KEY (`id`));
-- Create index "location_name" to table: "locations"
CREATE INDEX `location_name` ON `locations` (`name`);
-- Create "memberships" table
CREATE TABLE `memberships` (`id` text NOT NULL, `role` text NOT NULL DEFAULT ('MEMBER'), `joined_at` datetime NOT NULL, `left_at` datetime NULL, `council_memberships` text NOT NULL, `youth_member_memberships` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `memberships_councils_memberships` FOREIGN KEY (`council_memberships`) REFERENCES `councils` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_youth_members_memberships` FOREIGN KEY (`youth_member_memberships`) REFERENCES `youth_members` (`id`) ON DELETE NO ACTION);
-- Create index "membership_council_memberships_youth_member_memberships" to table: "memberships"
CREATE INDEX `membership_council_memberships_youth_member_memberships` ON `memberships` (`council_memberships`, `youth_member_memberships`);
-- Create "moderation_decisions" table
CREATE TABLE `moderation_decisions` (`id` text NOT NULL, `decision` text NOT NULL, `reason_code` text NULL, `note` text NULL, `created_at` datetime NOT NULL, `feedback_post_decisions` text NOT NULL, `moderation_decision_moderator` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `moderation_decisions_feedback_posts_decisions` FOREIGN KEY (`feedback_post_decisions`) REFERENCES `feedback_posts` (`id`) ON DELETE NO ACTION, CONSTRAINT `moderation_decisions_staff_users_moderator` FOREIGN KEY (`moderation_decision_moderator`) REFERENCES `staff_users` (`id`) ON DELETE NO ACTION);
-- Create "outbox_messages" table
CREATE TABLE `outbox_messages` (`id` text NOT NULL, `topic` text NOT NULL, `recipient` text NOT NULL, `subject` text NOT NULL, `body` text NOT NULL, `created_at` datetime NOT NULL, `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `sent_at` datetime NULL, `failed_at` datetime NULL, `last_error` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- Create index "outboxmessage_topic_recipient" to table: "outbox_messages"
CREATE UNIQUE INDEX `outboxmessage_topic_recipient` ON `outbox_messages` (`topic`, `recipient`);
-- Create index "outboxmessage_sent_at_failed_at_next_attempt_at" to table: "outbox_messages"
CREATE INDEX `outboxmessage_sent_at_failed_at_next_attempt_at` ON `outbox_messages` (`sent_at`, `failed_at`, `next_attempt_at`);
-- Create "participations" table
CREATE TABLE `participations` (`id` text NOT NULL, `idempotency_hash` text NOT NULL, `poll_participations` text NOT NULL, `youth_member_participations` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `participations_polls_participations` FOREIGN KEY (`poll_participations`) REFERENCES `polls` (`id`) ON DELETE NO ACTION, CONSTRAINT `participations_youth_members_participations` FOREIGN KEY (`youth_member_participations`) REFERENCES `youth_members` (`id`) ON DELETE NO ACTION);
-- Create index "participation_poll_participations_youth_member_participations" to table: "participations"
CREATE UNIQUE INDEX `participation_poll_participations_youth_member_participations` ON `participations` (`poll_participations`, `youth_member_participations`);
-- Create index "participation_youth_member_participations_poll_participations" to table: "participations"
CREATE INDEX `participation_youth_member_participations_poll_participations` ON `participations` (`youth_member_participations`, `poll_participations`);
-- Create "polls" table
CREATE TABLE `polls` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `scope` text NOT NULL, `kind` text NOT NULL, `theme` text NOT NULL, `question` json NOT NULL, `description` json NULL, `audience_age_bands` json NULL, `max_choices` integer NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `opens_at` datetime NULL, `closes_at` datetime NULL, `opened_at` datetime NULL, `closed_at` datetime NULL, `published_at` datetime NULL, `min_group_size` integer NOT NULL DEFAULT (5), `ballot_public_key` blob NULL, `ballot_key_salt` blob NULL, `council_polls` text NULL, `location_id` text NULL, `poll_created_by` text NULL, PRIMARY KEY (`id`), CONSTRAINT `polls_councils_polls` FOREIGN KEY (`council_polls`) REFERENCES `councils` (`id`) ON DELETE SET NULL, CONSTRAINT `polls_locations_polls` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE SET NULL, CONSTRAINT `polls_staff_users_created_by` FOREIGN KEY (`poll_created_by`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL);
-- Create index "poll_status_opens_at" to table: "polls"
CREATE INDEX `poll_status_opens_at` ON `polls` (`status`, `opens_at`);
-- Create index "poll_status_closes_at" to table: "polls"
CREATE INDEX `poll_status_closes_at` ON `polls` (`status`, `closes_at`);
-- Create index "poll_location_id_closed_at" to table: "polls"
CREATE INDEX `poll_location_id_closed_at` ON `polls` (`location_id`, `closed_at`);
-- Create "poll_options" table
CREATE TABLE `poll_options` (`id` text NOT NULL, `label` json NOT NULL, `pictogram` text NULL, `position` integer NOT NULL, `poll_options` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `poll_options_polls_options` FOREIGN KEY (`poll_options`) REFERENCES `polls` (`id`) ON DELETE NO ACTION);
-- Create index "polloption_position_poll_options" to table: "poll_options"
CREATE UNIQUE INDEX `polloption_position_poll_options` ON `poll_options` (`position`, `poll_options`);
-- Create index "polloption_poll_options" to table: "poll_options"
CREATE INDEX `polloption_poll_options` ON `poll_options` (`poll_options`);
-- Create "rate_limits" table
CREATE TABLE `rate_limits` (`id` text NOT NULL, `window_start` datetime NOT NULL, `count` integer NOT NULL, PRIMARY KEY (`id`));
-- Create "safeguarding_cases" table
CREATE TABLE `safeguarding_cases` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `status` text NOT NULL DEFAULT ('OPEN'), `post_body` text NOT NULL, `post_language` text NOT NULL, `thread_title` text NULL, `opened_at` datetime NOT NULL, `closed_at` datetime NULL, `notes` json NULL, `revision` integer NOT NULL DEFAULT (0), `feedback_post_safeguarding_case` text NOT NULL, `location_id` text NOT NULL, `safeguarding_case_opened_by` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `safeguarding_cases_feedback_posts_safeguarding_case` FOREIGN KEY (`feedback_post_safeguarding_case`) REFERENCES `feedback_posts` (`id`) ON DELETE NO ACTION, CONSTRAINT `safeguarding_cases_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION, CONSTRAINT `safeguarding_cases_staff_users_opened_by` FOREIGN KEY (`safeguarding_case_opened_by`) REFERENCES `staff_users` (`id`) ON DELETE NO ACTION);
-- Create index "safeguarding_cases_feedback_post_safeguarding_case_key" to table: "safeguarding_cases"
CREATE UNIQUE INDEX `safeguarding_cases_feedback_post_safeguarding_case_key` ON `safeguarding_cases` (`feedback_post_safeguarding_case`);
-- Create index "safeguardingcase_status" to table: "safeguarding_cases"
CREATE INDEX `safeguardingcase_status` ON `safeguarding_cases` (`status`);
-- Create index "safeguardingcase_location_id_status" to table: "safeguarding_cases"
CREATE INDEX `safeguardingcase_location_id_status` ON `safeguarding_cases` (`location_id`, `status`);
-- Create "sealed_ballots" table
CREATE TABLE `sealed_ballots` (`id` text NOT NULL, `sealed` blob NOT NULL, `poll_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `sealed_ballots_polls_sealed_ballots` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON DELETE NO ACTION);
-- Create index "sealedballot_poll_id" to table: "sealed_ballots"
CREATE INDEX `sealedballot_poll_id` ON `sealed_ballots` (`poll_id`);
-- Create "sessions" table
CREATE TABLE `sessions` (`id` text NOT NULL, `kind` text NOT NULL, `created_at` datetime NOT NULL, `last_seen_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `staff_user_id` text NULL, `tablet_id` text NULL, `member_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `sessions_staff_users_sessions` FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL, CONSTRAINT `sessions_tablets_sessions` FOREIGN KEY (`tablet_id`) REFERENCES `tablets` (`id`) ON DELETE SET NULL, CONSTRAINT `sessions_youth_members_sessions` FOREIGN KEY (`member_id`) REFERENCES `youth_members` (`id`) ON DELETE SET NULL);
-- Create index "session_expires_at" to table: "sessions"
CREATE INDEX `session_expires_at` ON `sessions` (`expires_at`);
-- Create "signals" table
CREATE TABLE `signals` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `occurrence` text NOT NULL, `detail` text NOT NULL DEFAULT (''), `acknowledged_at` datetime NULL, `acknowledged_by` text NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `signals_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Create index "signal_location_id_kind_occurrence" to table: "signals"
CREATE UNIQUE INDEX `signal_location_id_kind_occurrence` ON `signals` (`location_id`, `kind`, `occurrence`);
-- Create index "signal_location_id_created_at" to table: "signals"
CREATE INDEX `signal_location_id_created_at` ON `signals` (`location_id`, `created_at`);
-- Create "staff_users" table
CREATE TABLE `staff_users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `display_name` text NOT NULL, `password_hash` text NOT NULL, `role` text NOT NULL, `active` bool NOT NULL DEFAULT (true), PRIMARY KEY (`id`));
-- Create index "staff_users_email_key" to table: "staff_users"
CREATE UNIQUE INDEX `staff_users_email_key` ON `staff_users` (`email`);
-- Create "tablets" table
CREATE TABLE `tablets` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `token_hash` text NOT NULL, `revoked_at` datetime NULL, `last_seen_at` datetime NULL, `location_id` text NOT NULL, `tablet_enrolled_by` text NULL, PRIMARY KEY (`id`), CONSTRAINT `tablets_locations_tablets` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION, CONSTRAINT `tablets_staff_users_enrolled_by` FOREIGN KEY (`tablet_enrolled_by`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL);
-- Create index "tablets_token_hash_key" to table: "tablets"
CREATE UNIQUE INDEX `tablets_token_hash_key` ON `tablets` (`token_hash`);
-- Create "result_counts" table
CREATE TABLE `result_counts` (`id` text NOT NULL, `rank` integer NOT NULL DEFAULT (0), `count` integer NOT NULL DEFAULT (0), `poll_id` text NOT NULL, `option_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `result_counts_polls_tallies` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON DELETE NO ACTION, CONSTRAINT `result_counts_poll_options_tallies` FOREIGN KEY (`option_id`) REFERENCES `poll_options` (`id`) ON DELETE NO ACTION);
-- Create index "tally_rank_poll_id_option_id" to table: "result_counts"
CREATE UNIQUE INDEX `tally_rank_poll_id_option_id` ON `result_counts` (`rank`, `poll_id`, `option_id`);
-- Create index "tally_poll_id" to table: "result_counts"
CREATE INDEX `tally_poll_id` ON `result_counts` (`poll_id`);
-- Create "thread_responses" table
CREATE TABLE `thread_responses` (`id` text NOT NULL, `body` json NOT NULL, `status` text NOT NULL, `reason` json NULL, `commitment_date` datetime NULL, `created_at` datetime NOT NULL, `feedback_thread_responses` text NOT NULL, `thread_response_author` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `thread_responses_feedback_threads_responses` FOREIGN KEY (`feedback_thread_responses`) REFERENCES `feedback_threads` (`id`) ON DELETE NO ACTION, CONSTRAINT `thread_responses_staff_users_author` FOREIGN KEY (`thread_response_author`) REFERENCES `staff_users` (`id`) ON DELETE NO ACTION);
-- Create "thread_supports" table
CREATE TABLE `thread_supports` (`id` text NOT NULL, `feedback_thread_supports` text NOT NULL, `youth_member_supports` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `thread_supports_feedback_threads_supports` FOREIGN KEY (`feedback_thread_supports`) REFERENCES `feedback_threads` (`id`) ON DELETE NO ACTION, CONSTRAINT `thread_supports_youth_members_supports` FOREIGN KEY (`youth_member_supports`) REFERENCES `youth_members` (`id`) ON DELETE NO ACTION);
-- Create index "threadsupport_feedback_thread_supports_youth_member_supports" to table: "thread_supports"
CREATE UNIQUE INDEX `threadsupport_feedback_thread_supports_youth_member_supports` ON `thread_supports` (`feedback_thread_supports`, `youth_member_supports`);
-- Create "youth_members" table
CREATE TABLE `youth_members` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `pseudonym` text NOT NULL, `avatar` text NOT NULL, `age_band` text NOT NULL, `language` text NOT NULL, `unaccompanied` bool NOT NULL DEFAULT (false), `pin_hash` text NOT NULL, `failed_pin_attempts` integer NOT NULL DEFAULT (0), `pin_retry_at` datetime NULL, `locked_at` datetime NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `left_at` datetime NULL, `last_sign_in_at` datetime NULL, `location_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `youth_members_locations_members` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE NO ACTION);
-- Create index "youthmember_pseudonym_location_id" to table: "youth_members"
CREATE UNIQUE INDEX `youthmember_pseudonym_location_id` ON `youth_members` (`pseudonym`, `location_id`);
-- Create index "youthmember_location_id_status" to table: "youth_members"
CREATE INDEX `youthmember_location_id_status` ON `youth_members` (`location_id`, `status`);
-- Create "staff_user_locations" table
CREATE TABLE `staff_user_locations` (`staff_user_id` text NOT NULL, `location_id` text NOT NULL, PRIMARY KEY (`staff_user_id`, `location_id`), CONSTRAINT `staff_user_locations_staff_user_id` FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users` (`id`) ON DELETE CASCADE, CONSTRAINT `staff_user_locations_location_id` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE CASCADE);
