--
-- PostgreSQL database dump
--




--
-- Name: release_fixture_schema; Type: SCHEMA; Schema: -; Owner: -
--





--
-- Name: announcements; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.announcements (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    title jsonb NOT NULL,
    body jsonb NOT NULL,
    simple_body jsonb,
    publish_at timestamp with time zone,
    expires_at timestamp with time zone,
    announcement_created_by character varying,
    location_id character varying
);


--
-- Name: areas; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.areas (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name jsonb NOT NULL,
    kind character varying NOT NULL,
    location_id character varying NOT NULL
);


--
-- Name: audio_clips; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.audio_clips (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    lang character varying NOT NULL,
    content_type character varying NOT NULL,
    size bigint NOT NULL,
    data bytea NOT NULL,
    announcement_id character varying NOT NULL
);


--
-- Name: audit_events; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.audit_events (
    id character varying NOT NULL,
    actor_kind character varying NOT NULL,
    actor_id character varying DEFAULT ''::character varying NOT NULL,
    action character varying NOT NULL,
    object_type character varying DEFAULT ''::character varying NOT NULL,
    object_id character varying DEFAULT ''::character varying NOT NULL,
    location_id character varying DEFAULT ''::character varying NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: check_in_schedules; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.check_in_schedules (
    id character varying NOT NULL,
    interval_days bigint DEFAULT 14 NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    next_due_at timestamp with time zone NOT NULL,
    round bigint DEFAULT 0 NOT NULL,
    lease_until timestamp with time zone,
    location_id character varying NOT NULL
);


--
-- Name: check_ins; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.check_ins (
    id character varying NOT NULL,
    round bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    evaluated_at timestamp with time zone,
    location_id character varying NOT NULL,
    poll_id character varying
);


--
-- Name: councils; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.councils (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    age_group character varying NOT NULL,
    location_id character varying NOT NULL
);


--
-- Name: feedback_posts; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.feedback_posts (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    body character varying NOT NULL,
    language character varying NOT NULL,
    moderation_state character varying DEFAULT 'PENDING'::character varying NOT NULL,
    flags jsonb,
    reject_reason character varying,
    moderated_at timestamp with time zone,
    feedback_thread_posts character varying NOT NULL,
    youth_member_posts character varying
);


--
-- Name: feedback_threads; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.feedback_threads (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    theme character varying NOT NULL,
    title character varying NOT NULL,
    status character varying DEFAULT 'OPEN'::character varying NOT NULL,
    me_too_count bigint DEFAULT 0 NOT NULL,
    visible_at timestamp with time zone,
    answered_at timestamp with time zone,
    area_threads character varying,
    location_id character varying NOT NULL,
    youth_member_started_threads character varying
);


--
-- Name: job_runs; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.job_runs (
    id character varying NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    summary text
);


--
-- Name: locations; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.locations (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    kind character varying NOT NULL,
    municipality character varying DEFAULT ''::character varying NOT NULL,
    children_housed bigint DEFAULT 0 NOT NULL,
    languages jsonb
);


--
-- Name: memberships; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.memberships (
    id character varying NOT NULL,
    role character varying DEFAULT 'MEMBER'::character varying NOT NULL,
    joined_at timestamp with time zone NOT NULL,
    left_at timestamp with time zone,
    council_memberships character varying NOT NULL,
    youth_member_memberships character varying NOT NULL
);


--
-- Name: moderation_decisions; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.moderation_decisions (
    id character varying NOT NULL,
    decision character varying NOT NULL,
    reason_code character varying,
    note character varying,
    created_at timestamp with time zone NOT NULL,
    feedback_post_decisions character varying NOT NULL,
    moderation_decision_moderator character varying NOT NULL
);


--
-- Name: outbox_messages; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.outbox_messages (
    id character varying NOT NULL,
    topic character varying NOT NULL,
    recipient character varying NOT NULL,
    subject character varying NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    attempts bigint DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    failed_at timestamp with time zone,
    last_error character varying DEFAULT ''::character varying NOT NULL
);


--
-- Name: participations; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.participations (
    id character varying NOT NULL,
    idempotency_hash character varying NOT NULL,
    poll_participations character varying NOT NULL,
    youth_member_participations character varying NOT NULL
);


--
-- Name: poll_options; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.poll_options (
    id character varying NOT NULL,
    label jsonb NOT NULL,
    pictogram character varying,
    "position" bigint NOT NULL,
    poll_options character varying NOT NULL
);


--
-- Name: polls; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.polls (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    scope character varying NOT NULL,
    kind character varying NOT NULL,
    theme character varying NOT NULL,
    question jsonb NOT NULL,
    description jsonb,
    audience_age_bands jsonb,
    max_choices bigint,
    status character varying DEFAULT 'DRAFT'::character varying NOT NULL,
    opens_at timestamp with time zone,
    closes_at timestamp with time zone,
    opened_at timestamp with time zone,
    closed_at timestamp with time zone,
    published_at timestamp with time zone,
    min_group_size bigint DEFAULT 5 NOT NULL,
    ballot_public_key bytea,
    ballot_key_salt bytea,
    council_polls character varying,
    location_id character varying,
    poll_created_by character varying
);


--
-- Name: rate_limits; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.rate_limits (
    id character varying NOT NULL,
    window_start timestamp with time zone NOT NULL,
    count bigint NOT NULL
);


--
-- Name: result_counts; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.result_counts (
    id character varying NOT NULL,
    rank bigint DEFAULT 0 NOT NULL,
    count bigint DEFAULT 0 NOT NULL,
    poll_id character varying NOT NULL,
    option_id character varying NOT NULL
);


--
-- Name: safeguarding_cases; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.safeguarding_cases (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    status character varying DEFAULT 'OPEN'::character varying NOT NULL,
    post_body text NOT NULL,
    post_language character varying NOT NULL,
    thread_title character varying,
    opened_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    notes jsonb,
    revision bigint DEFAULT 0 NOT NULL,
    feedback_post_safeguarding_case character varying NOT NULL,
    location_id character varying NOT NULL,
    safeguarding_case_opened_by character varying NOT NULL
);


--
-- Name: sealed_ballots; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.sealed_ballots (
    id character varying NOT NULL,
    sealed bytea NOT NULL,
    poll_id character varying NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.sessions (
    id character varying NOT NULL,
    kind character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    staff_user_id character varying,
    tablet_id character varying,
    member_id character varying
);


--
-- Name: signals; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.signals (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    kind character varying NOT NULL,
    occurrence character varying NOT NULL,
    detail character varying DEFAULT ''::character varying NOT NULL,
    acknowledged_at timestamp with time zone,
    acknowledged_by character varying,
    location_id character varying NOT NULL
);


--
-- Name: staff_user_locations; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.staff_user_locations (
    staff_user_id character varying NOT NULL,
    location_id character varying NOT NULL
);


--
-- Name: staff_users; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.staff_users (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    email character varying NOT NULL,
    display_name character varying NOT NULL,
    password_hash character varying NOT NULL,
    role character varying NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: tablets; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.tablets (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    token_hash character varying NOT NULL,
    revoked_at timestamp with time zone,
    last_seen_at timestamp with time zone,
    location_id character varying NOT NULL,
    tablet_enrolled_by character varying
);


--
-- Name: thread_responses; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.thread_responses (
    id character varying NOT NULL,
    body jsonb NOT NULL,
    status character varying NOT NULL,
    reason jsonb,
    commitment_date timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    feedback_thread_responses character varying NOT NULL,
    thread_response_author character varying NOT NULL
);


--
-- Name: thread_supports; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.thread_supports (
    id character varying NOT NULL,
    feedback_thread_supports character varying NOT NULL,
    youth_member_supports character varying NOT NULL
);


--
-- Name: youth_members; Type: TABLE; Schema: release_fixture_schema; Owner: -
--

CREATE TABLE release_fixture_schema.youth_members (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    pseudonym character varying NOT NULL,
    avatar character varying NOT NULL,
    age_band character varying NOT NULL,
    language character varying NOT NULL,
    unaccompanied boolean DEFAULT false NOT NULL,
    pin_hash character varying NOT NULL,
    failed_pin_attempts bigint DEFAULT 0 NOT NULL,
    pin_retry_at timestamp with time zone,
    locked_at timestamp with time zone,
    status character varying DEFAULT 'ACTIVE'::character varying NOT NULL,
    left_at timestamp with time zone,
    last_sign_in_at timestamp with time zone,
    location_id character varying NOT NULL
);


--
-- Data for Name: announcements; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.announcements VALUES ('ann_vum45krmlksjopd4guuqidgeza', '2026-11-30 14:10:42+00', '2026-12-03 14:10:43.280818+00', '[{"lang": "nl", "text": "Welkom bij de jeugdraad!"}, {"lang": "en", "text": "Welcome to the youth council!"}, {"lang": "ar", "text": "مرحبًا بكم في مجلس الشباب!"}]', '[{"lang": "nl", "text": "Elke woensdag om 15:00 praten we in de speelkamer over wat er beter kan. Iedereen van 6 tot 17 jaar is welkom."}, {"lang": "en", "text": "Every Wednesday at 15:00 we meet in the play room to talk about what could be better. Everyone aged 6 to 17 is welcome."}, {"lang": "ar", "text": "كل يوم أربعاء في الساعة 15:00 نلتقي في غرفة اللعب لنتحدث عما يمكن تحسينه. الجميع من عمر 6 إلى 17 سنة مرحب بهم."}]', NULL, '2026-11-30 14:10:42+00', '2027-01-02 14:10:42+00', 'stf_r2f37mtrtjh656pkxy73qxvhoi', 'loc_nxofoyrlyv6w7wbjwepayzaota');


--
-- Data for Name: areas; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.areas VALUES ('area_amihoolrpgd5vrpw5ffyoaxk5m', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.218042+00', '[{"lang": "nl", "text": "Speelkamer"}, {"lang": "en", "text": "Play room"}, {"lang": "ar", "text": "غرفة اللعب"}]', 'PLAY', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.areas VALUES ('area_656efmykjhbi3xxki6h5gygota', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.219128+00', '[{"lang": "nl", "text": "Huiswerkkamer"}, {"lang": "en", "text": "Study room"}, {"lang": "ar", "text": "غرفة الدراسة"}]', 'STUDY', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.areas VALUES ('area_qfwlcppdkp74y5k3rtqlxcs2ei', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.21934+00', '[{"lang": "nl", "text": "Speeltuin"}, {"lang": "en", "text": "Playground"}, {"lang": "ar", "text": "ساحة اللعب"}]', 'OUTDOOR', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.areas VALUES ('area_wn2isbatrk72wz7yc2exn4cxxe', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.219473+00', '[{"lang": "nl", "text": "Douches blok B"}, {"lang": "en", "text": "Showers block B"}, {"lang": "ar", "text": "الحمامات في المبنى B"}]', 'SANITARY', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.areas VALUES ('area_czcs3yfstxnnuhxklxnhg6bvsq', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.219589+00', '[{"lang": "nl", "text": "Gezamenlijke keuken"}, {"lang": "en", "text": "Shared kitchen"}, {"lang": "ar", "text": "المطبخ المشترك"}]', 'KITCHEN', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.areas VALUES ('area_5wsj5nodnodvfk2ljaziefcjqq', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.231823+00', '[{"lang": "nl", "text": "Speelhoek sporthal"}, {"lang": "en", "text": "Play corner in the sports hall"}, {"lang": "uk", "text": "Ігровий куточок у спортзалі"}, {"lang": "ar", "text": "ركن اللعب في الصالة الرياضية"}]', 'PLAY', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.areas VALUES ('area_gwreowb5yeg6lahasnysvdiuvu', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.232037+00', '[{"lang": "nl", "text": "Grasveld"}, {"lang": "en", "text": "Grass field"}, {"lang": "uk", "text": "Трав''яне поле"}, {"lang": "ar", "text": "الملعب العشبي"}]', 'OUTDOOR', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.areas VALUES ('area_g2rbsshx24b67raka3rx4xvkhy', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.232212+00', '[{"lang": "nl", "text": "Sanitaire units"}, {"lang": "en", "text": "Washroom units"}, {"lang": "uk", "text": "Санітарні блоки"}, {"lang": "ar", "text": "وحدات الحمامات"}]', 'SANITARY', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.areas VALUES ('area_wjbn7fg2wbtzhne5rkexdynlcq', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.23238+00', '[{"lang": "nl", "text": "Slaapzaal"}, {"lang": "en", "text": "Sleeping hall"}, {"lang": "uk", "text": "Спальний зал"}, {"lang": "ar", "text": "قاعة النوم"}]', 'SLEEPING', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');


--
-- Data for Name: audio_clips; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.audio_clips VALUES ('aud_fixture', '2026-11-02 10:00:00+00', '2026-11-02 10:00:00+00', 'nl', 'audio/webm', 4, '\x1a45dfa3', 'ann_vum45krmlksjopd4guuqidgeza');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.audit_events VALUES ('aud_log7k67ggq5q4tejrgjeumzrwq', 'SYSTEM', '', 'POLL_CLOSED', 'Poll', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'loc_nxofoyrlyv6w7wbjwepayzaota', '2026-12-03 14:10:43.510052+00');
INSERT INTO release_fixture_schema.audit_events VALUES ('aud_2ybeovshx5pmdx2akk7lnqbxra', 'SYSTEM', '', 'POLL_CLOSED', 'Poll', 'pol_xbhc6hxdvef4sgpyeijmimakxm', 'loc_nxofoyrlyv6w7wbjwepayzaota', '2026-12-03 14:10:43.524804+00');
INSERT INTO release_fixture_schema.audit_events VALUES ('aud_4aishsoecj3bzvyfp4pz3fd5ua', 'SYSTEM', '', 'POLL_CLOSED', 'Poll', 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', '2026-12-03 14:10:43.537355+00');
INSERT INTO release_fixture_schema.audit_events VALUES ('aud_u44nscs2w4pqginzaz25wwm3ci', 'SYSTEM', '', 'POLL_CLOSED', 'Poll', 'pol_7dx3sg6vxmle3uyjp4xnbenfta', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', '2026-12-03 14:10:43.552601+00');


--
-- Data for Name: check_in_schedules; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.check_in_schedules VALUES ('cis_fixture', 14, true, '2026-11-16 09:00:00+00', 3, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');


--
-- Data for Name: check_ins; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.check_ins VALUES ('chk_fixture', 3, '2026-11-02 09:00:00+00', NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota', 'pol_5z7jdtcit7f6qm6a74drp5qh4y');


--
-- Data for Name: councils; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.councils VALUES ('cnc_kalkia2z2kd4x7nt4adfsbhyxe', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.219711+00', 'Kinderraad Rivierenland', 'CHILDREN', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.councils VALUES ('cnc_3w6j7gc3hd2smupk2kql5zxmli', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.220377+00', 'Jongerenraad Rivierenland', 'TEENS', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.councils VALUES ('cnc_vdlytectjkiirzqpaukhhcpk6y', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.232478+00', 'Kinderraad Sporthal', 'CHILDREN', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.councils VALUES ('cnc_4jfnxfxhprzfthv7liym6gx2fa', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.232694+00', 'Jongerenraad Sporthal', 'TEENS', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');


--
-- Data for Name: feedback_posts; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_4xtlx6ueslwsegs45tdb6bcvge', '2026-11-23 12:10:42+00', '2026-12-03 14:10:43.263252+00', 'De schommels in de speeltuin zijn kapot. De ketting is los en we kunnen niet meer schommelen.', 'nl', 'APPROVED', NULL, NULL, '2026-11-23 15:10:42+00', 'thr_f6ubchsb5fbr6a55npdt6tl3va', 'ym_c7kx2qys4hqyz23j7y7qyed5na');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_moez7xlbtbrdizzknvzlu3tlfe', '2026-11-24 12:10:42+00', '2026-12-03 14:10:43.269863+00', 'نعم! والأرجوحة الصغيرة مكسورة أيضًا.', 'ar', 'APPROVED', NULL, NULL, '2026-11-24 17:10:42+00', 'thr_f6ubchsb5fbr6a55npdt6tl3va', 'ym_h4ijq4kxqed23gl2iy3y3zhey4');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_kgfqnxqdinxhyaql3tqvvvm6qi', '2026-11-27 12:10:42+00', '2026-12-03 14:10:43.277398+00', 'می‌شه توی اتاق درس وای‌فای داشته باشیم؟ برای تکالیف مدرسه به اینترنت نیاز داریم.', 'fa', 'APPROVED', NULL, NULL, '2026-11-27 14:10:42+00', 'thr_wdbf2aazfskujtgxxtio7xp3am', 'ym_jhjpk62ohz2k74unymr2vxtfre');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_gzp4pdi5jgdjatgut7twfcfqq4', '2026-11-28 12:10:42+00', '2026-12-03 14:10:43.277915+00', 'Yes please, can we have Wi-Fi in the study room? The internet there stops working after 18:00.', 'en', 'APPROVED', NULL, NULL, '2026-11-28 16:10:42+00', 'thr_wdbf2aazfskujtgxxtio7xp3am', 'ym_ago5fxsvwkpfc2b65qbslxu4vi');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_ixuackss6utyvhlci56fbretj4', '2026-11-28 12:10:42+00', '2026-12-03 14:10:43.278298+00', 'يمكنكم استخدام الإنترنت من هاتفي، رقمي 0612345678', 'ar', 'REJECTED', NULL, 'PERSONAL_INFO', '2026-11-28 18:10:42+00', 'thr_wdbf2aazfskujtgxxtio7xp3am', 'ym_w2vorxlyrfpwryf76jcosau26i');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_tfextmjv4divzg2662gllxhmba', '2026-12-03 12:10:42+00', '2026-12-03 14:10:43.279654+00', 'الماء في الحمامات بارد جدًا في الصباح. لا أستطيع أن أستحم قبل المدرسة.', 'ar', 'PENDING', NULL, NULL, NULL, 'thr_xjdjjj6qpaqvl6vrlsmm6ydhiy', 'ym_cegvpkjd5jmuegp7sxx7cpxnmi');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_7ln6gxsljyd6idygr6yowsel6a', '2026-11-29 12:10:42+00', '2026-12-03 14:10:43.280271+00', 'Mogen we een keer zelf koken met de groep? Ik wil het eten van mijn oma maken.', 'nl', 'APPROVED', NULL, NULL, '2026-11-30 08:10:42+00', 'thr_dvtfrge6ds4vgj4knfzh5cmyau', 'ym_xaw5vfphmvsf7n7x3e5dpucj6i');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_yzhoavdjzs24on7mcpw37me6gm', '2026-12-03 12:10:42+00', '2026-12-03 14:10:43.280626+00', 'I can help with the cooking!', 'en', 'PENDING', NULL, NULL, NULL, 'thr_dvtfrge6ds4vgj4knfzh5cmyau', 'ym_ago5fxsvwkpfc2b65qbslxu4vi');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_t2f6fvsglwpj4nx6okwdk6xyne', '2026-12-02 12:10:42+00', '2026-12-03 14:10:43.296821+00', 'Вночі у спальному залі дуже шумно, і я не можу заснути. Можна поставити перегородки?', 'uk', 'PENDING', NULL, NULL, NULL, 'thr_vd6vv425nptjyiowacubs7nfqu', 'ym_vj4qcdmmpxhowdi4umqwcdf5d4');
INSERT INTO release_fixture_schema.feedback_posts VALUES ('pst_xabowngdsuhxo6g2aa6mi7tcom', '2026-12-03 12:10:42+00', '2026-12-03 14:10:43.297318+00', 'Ma heli karnaa kubad iyo goolal si aan kubadda cagta u ciyaarno?', 'so', 'PENDING', NULL, NULL, NULL, 'thr_yg37cyq755de5zm6cc3vqznf2u', 'ym_iia5bln7l72ehy5bv6jhhc3fqa');


--
-- Data for Name: feedback_threads; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.feedback_threads VALUES ('thr_f6ubchsb5fbr6a55npdt6tl3va', '2026-11-23 12:10:42+00', '2026-12-03 14:10:43.259605+00', 'PLAY_ACTIVITIES', 'De schommels zijn kapot', 'IN_PROGRESS', 2, '2026-11-23 15:10:42+00', '2026-11-26 14:10:42+00', 'area_qfwlcppdkp74y5k3rtqlxcs2ei', 'loc_nxofoyrlyv6w7wbjwepayzaota', 'ym_c7kx2qys4hqyz23j7y7qyed5na');
INSERT INTO release_fixture_schema.feedback_threads VALUES ('thr_wdbf2aazfskujtgxxtio7xp3am', '2026-11-27 12:10:42+00', '2026-12-03 14:10:43.276888+00', 'EDUCATION', 'وای‌فای در اتاق درس؟', 'OPEN', 1, '2026-11-27 14:10:42+00', NULL, 'area_656efmykjhbi3xxki6h5gygota', 'loc_nxofoyrlyv6w7wbjwepayzaota', 'ym_jhjpk62ohz2k74unymr2vxtfre');
INSERT INTO release_fixture_schema.feedback_threads VALUES ('thr_xjdjjj6qpaqvl6vrlsmm6ydhiy', '2026-12-03 12:10:42+00', '2026-12-03 14:10:43.279235+00', 'HOUSING_HYGIENE', 'الماء بارد في الصباح', 'OPEN', 0, NULL, NULL, 'area_wn2isbatrk72wz7yc2exn4cxxe', 'loc_nxofoyrlyv6w7wbjwepayzaota', 'ym_cegvpkjd5jmuegp7sxx7cpxnmi');
INSERT INTO release_fixture_schema.feedback_threads VALUES ('thr_dvtfrge6ds4vgj4knfzh5cmyau', '2026-11-29 12:10:42+00', '2026-12-03 14:10:43.280043+00', 'FOOD', 'Zelf koken', 'OPEN', 0, '2026-11-30 08:10:42+00', NULL, 'area_czcs3yfstxnnuhxklxnhg6bvsq', 'loc_nxofoyrlyv6w7wbjwepayzaota', 'ym_xaw5vfphmvsf7n7x3e5dpucj6i');
INSERT INTO release_fixture_schema.feedback_threads VALUES ('thr_vd6vv425nptjyiowacubs7nfqu', '2026-12-02 12:10:42+00', '2026-12-03 14:10:43.29642+00', 'HOUSING_HYGIENE', 'Вночі дуже шумно', 'OPEN', 0, NULL, NULL, 'area_wjbn7fg2wbtzhne5rkexdynlcq', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', 'ym_vj4qcdmmpxhowdi4umqwcdf5d4');
INSERT INTO release_fixture_schema.feedback_threads VALUES ('thr_yg37cyq755de5zm6cc3vqznf2u', '2026-12-03 12:10:42+00', '2026-12-03 14:10:43.297015+00', 'PLAY_ACTIVITIES', 'Kubadda cagta', 'OPEN', 0, NULL, NULL, 'area_gwreowb5yeg6lahasnysvdiuvu', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', 'ym_iia5bln7l72ehy5bv6jhhc3fqa');


--
-- Data for Name: job_runs; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.job_runs VALUES ('retention', '2026-11-02 03:00:00+00', '2026-11-02 03:00:01+00', 'removed 0 posts');


--
-- Data for Name: locations; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.locations VALUES ('loc_nxofoyrlyv6w7wbjwepayzaota', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.211996+00', 'AZC Demo Rivierenland', 'REGULAR', 'Demodorp', 85, '["ar", "ti", "fa", "nl"]');
INSERT INTO release_fixture_schema.locations VALUES ('loc_pr6cjn3vqc7rs7yuvha3wtvr4y', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.231626+00', 'Noodopvang Demo Sporthal', 'EMERGENCY', 'Demostad', 40, '["uk", "ar", "so", "nl"]');


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.memberships VALUES ('mbs_tnl3bll57bmfrbklqs7gvlcmde', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_kalkia2z2kd4x7nt4adfsbhyxe', 'ym_cegvpkjd5jmuegp7sxx7cpxnmi');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_r732eecgta5uky6ufbmoova7vq', 'CHAIR', '2026-11-03 14:10:42+00', NULL, 'cnc_kalkia2z2kd4x7nt4adfsbhyxe', 'ym_xaw5vfphmvsf7n7x3e5dpucj6i');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_hvrdvgacpjzxxdngvlmtjsbqya', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_kalkia2z2kd4x7nt4adfsbhyxe', 'ym_h4ijq4kxqed23gl2iy3y3zhey4');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_wo4hdmqcyp6xtwvfpfckwcscaa', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_kalkia2z2kd4x7nt4adfsbhyxe', 'ym_c7kx2qys4hqyz23j7y7qyed5na');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_6z46rquebrnk5bzdupxdyyxigu', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_3w6j7gc3hd2smupk2kql5zxmli', 'ym_ago5fxsvwkpfc2b65qbslxu4vi');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_by5wz6leufsxu6leocclam6byq', 'CHAIR', '2026-11-03 14:10:42+00', NULL, 'cnc_3w6j7gc3hd2smupk2kql5zxmli', 'ym_jqdx7trxyxpm5fasq63kuaijdm');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_3u2szcfsorw3sxqabbyhrvhdo4', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_3w6j7gc3hd2smupk2kql5zxmli', 'ym_jhjpk62ohz2k74unymr2vxtfre');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_rwppl5xll4dlvnwmtsxdryo7li', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_3w6j7gc3hd2smupk2kql5zxmli', 'ym_w2vorxlyrfpwryf76jcosau26i');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_cpcehgypdrzpvdcmhxpsv62wti', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_vdlytectjkiirzqpaukhhcpk6y', 'ym_bajlxebetvsbqxch5niw2w4cpi');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_jzbysrmtpie23m2ajqdvl4mgrq', 'CHAIR', '2026-11-03 14:10:42+00', NULL, 'cnc_vdlytectjkiirzqpaukhhcpk6y', 'ym_clcuhj27c2du64q2i3jbmby3yy');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_ofzek6tqw3hupungvwqhvlgz24', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_vdlytectjkiirzqpaukhhcpk6y', 'ym_iia5bln7l72ehy5bv6jhhc3fqa');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_zncga6wl3ogakgsiylxftfukzm', 'CHAIR', '2026-11-03 14:10:42+00', NULL, 'cnc_4jfnxfxhprzfthv7liym6gx2fa', 'ym_vj4qcdmmpxhowdi4umqwcdf5d4');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_5ek5t5aypwqvokujihsshl3uhy', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_4jfnxfxhprzfthv7liym6gx2fa', 'ym_z6hhqv3i3cmj5gjmhjd3ylzcxa');
INSERT INTO release_fixture_schema.memberships VALUES ('mbs_kfklia3jv2hlkyb6abhi7id2r4', 'MEMBER', '2026-11-03 14:10:42+00', NULL, 'cnc_4jfnxfxhprzfthv7liym6gx2fa', 'ym_dobjwym5aqgvihwmgwwlu36m2m');


--
-- Data for Name: moderation_decisions; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.moderation_decisions VALUES ('dec_vmbrv43mjapsqeewozp7gsps5a', 'APPROVE', NULL, NULL, '2026-11-23 15:10:42+00', 'pst_4xtlx6ueslwsegs45tdb6bcvge', 'stf_iccctaknri2hskspdozfdpbmaq');
INSERT INTO release_fixture_schema.moderation_decisions VALUES ('dec_g46q7yt3slyzq5cdfpamruxbi4', 'APPROVE', NULL, NULL, '2026-11-24 17:10:42+00', 'pst_moez7xlbtbrdizzknvzlu3tlfe', 'stf_iccctaknri2hskspdozfdpbmaq');
INSERT INTO release_fixture_schema.moderation_decisions VALUES ('dec_jkjoveooqg44cxeyvnt45atr3a', 'APPROVE', NULL, NULL, '2026-11-27 14:10:42+00', 'pst_kgfqnxqdinxhyaql3tqvvvm6qi', 'stf_iccctaknri2hskspdozfdpbmaq');
INSERT INTO release_fixture_schema.moderation_decisions VALUES ('dec_ryufu4l7764kah3ar44on5tuue', 'APPROVE', NULL, NULL, '2026-11-28 16:10:42+00', 'pst_gzp4pdi5jgdjatgut7twfcfqq4', 'stf_iccctaknri2hskspdozfdpbmaq');
INSERT INTO release_fixture_schema.moderation_decisions VALUES ('dec_umxxas2zkzdpdhpwxthoflhohy', 'REJECT', 'PERSONAL_INFO', 'Telefoonnummer in het bericht.', '2026-11-28 18:10:42+00', 'pst_ixuackss6utyvhlci56fbretj4', 'stf_iccctaknri2hskspdozfdpbmaq');
INSERT INTO release_fixture_schema.moderation_decisions VALUES ('dec_2loh72x6ggk5f5sz2beh3phshm', 'APPROVE', NULL, NULL, '2026-11-30 08:10:42+00', 'pst_7ln6gxsljyd6idygr6yowsel6a', 'stf_iccctaknri2hskspdozfdpbmaq');


--
-- Data for Name: outbox_messages; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.outbox_messages VALUES ('out_fixture', 'signal', 'manager@example.org', 'Signaal', 'Er is een signaal.', '2026-11-02 10:00:00+00', 1, '2026-11-02 10:05:00+00', NULL, NULL, 'connection refused');


--
-- Data for Name: participations; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.participations VALUES ('par_mlrdb4pvphbo6xipsvvgcpvf5u', 'b0f1ab5081b9ada75d995f7d68e853568ec1a24e8b3aa2e6c3d17b3790fe6327', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_cegvpkjd5jmuegp7sxx7cpxnmi');
INSERT INTO release_fixture_schema.participations VALUES ('par_kxstfmu5con35vciv6v7iakxei', 'd6a13866396bb1e47a9b4846e825dae1bd79a133a9ce55fe8f658967b6b89b22', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_xaw5vfphmvsf7n7x3e5dpucj6i');
INSERT INTO release_fixture_schema.participations VALUES ('par_ghsamr5ah2poy5f3ept7shrwk4', '9d8b5bad3c95c6f11ed2b4799440055574eea9266cc1bb1344d8c3850cb8015e', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_h4ijq4kxqed23gl2iy3y3zhey4');
INSERT INTO release_fixture_schema.participations VALUES ('par_6q7dbned36pjfva4kccr4jav6q', 'e9912f9219db7e8c682dc71d08667555b6531c4a29a50537e2da60f65e8d1573', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_c7kx2qys4hqyz23j7y7qyed5na');
INSERT INTO release_fixture_schema.participations VALUES ('par_q3etvju3o7gg2psr7pzlr55igm', '0e73df05612588abde698f428291e66917c52dc722312014c3551ef3ab8a1c86', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_ago5fxsvwkpfc2b65qbslxu4vi');
INSERT INTO release_fixture_schema.participations VALUES ('par_vmitsdddxpsxwxstgycelknm7i', 'aafeb7476c9209b75d2798b7f0631e9d03f1c693cbb2453c3d0080f188a9e11f', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_jqdx7trxyxpm5fasq63kuaijdm');
INSERT INTO release_fixture_schema.participations VALUES ('par_zbv4njskw4qghncijkh2c32gzm', 'e3e56dad0bab0709ecaaeec9ed17e44805de6f4e7f174b5cc74629f0543f410a', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_jhjpk62ohz2k74unymr2vxtfre');
INSERT INTO release_fixture_schema.participations VALUES ('par_mkj6s2cdr3n6xvftvavv6beory', 'c3ea6ba357849a0f2ea94045ca6b297b123f8eee8376b5c73c21b22f081e4718', 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'ym_w2vorxlyrfpwryf76jcosau26i');
INSERT INTO release_fixture_schema.participations VALUES ('par_552hy5g3emlqj667pcuhtvck5a', '05a6bc4b9bf24f411acd6a73adf2ae29b1aaed78cb500ec3f63aaf6dc181270f', 'pol_xbhc6hxdvef4sgpyeijmimakxm', 'ym_ago5fxsvwkpfc2b65qbslxu4vi');
INSERT INTO release_fixture_schema.participations VALUES ('par_3ntryw34cg7vxm2aybzpsxvmga', '6e1aeca625b2681029099cc3f3f200dd26cd8b8658b756cda01ec18ede068655', 'pol_xbhc6hxdvef4sgpyeijmimakxm', 'ym_jqdx7trxyxpm5fasq63kuaijdm');
INSERT INTO release_fixture_schema.participations VALUES ('par_enl2i566urt23la5g6zujug3uq', '5c1f22ecaafea26cd2092d669ec224d5a148c8669857eeaa7fa597d8feb8b618', 'pol_xbhc6hxdvef4sgpyeijmimakxm', 'ym_jhjpk62ohz2k74unymr2vxtfre');
INSERT INTO release_fixture_schema.participations VALUES ('par_zft7xnlae3p564qxkam4reu3qu', '0f000c2ff4c7254b674c3e6f57501b805b03e021d9b1279f7c031ae751762d04', 'pol_xbhc6hxdvef4sgpyeijmimakxm', 'ym_w2vorxlyrfpwryf76jcosau26i');
INSERT INTO release_fixture_schema.participations VALUES ('par_vsza3mm4tposgljjvaffbfatj4', 'c2b797acf0d5dbdd305e0be8f62289bfa169f6356962e5b6486aa36cd739ea4f', 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'ym_bajlxebetvsbqxch5niw2w4cpi');
INSERT INTO release_fixture_schema.participations VALUES ('par_orscs5humycxrbalukacaady2u', '93b31666487e92a2a8c4416436ffbd5568f77e62d871a7e2be0c5ec438511529', 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'ym_clcuhj27c2du64q2i3jbmby3yy');
INSERT INTO release_fixture_schema.participations VALUES ('par_us3ijl3y5ctsg4atrkalxg64ee', '6e88d88b994084e8e69dc08804aec54bff653a4cba0fe7e944d7c505a81fc380', 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'ym_iia5bln7l72ehy5bv6jhhc3fqa');
INSERT INTO release_fixture_schema.participations VALUES ('par_gvejtfaexuhx7binxaqy2wlebq', '1e51f1855f38a23d74b631a442be602a25d94bdbf5f5c2d17dfc3300c674a1bb', 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'ym_vj4qcdmmpxhowdi4umqwcdf5d4');
INSERT INTO release_fixture_schema.participations VALUES ('par_6dzesqpehiqwhyfqszjqdbjllu', 'b3faa896824aee8d72a85e672e41dab029231b4d8dc272ae2a0cbe11720cdc23', 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'ym_z6hhqv3i3cmj5gjmhjd3ylzcxa');
INSERT INTO release_fixture_schema.participations VALUES ('par_aow5mwng2varjd4t5ctu2cgfly', '75f19f336341b6d88c5e9c54c12eb2869df24c9091f480c4a5f6934f75ee7342', 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'ym_dobjwym5aqgvihwmgwwlu36m2m');
INSERT INTO release_fixture_schema.participations VALUES ('par_sgxqcqlky5ctvdjqzyjk5iwgxy', '48c28a691fbdb6228c959c08ad0464f1fc8987cddaf3969f7ae8046d195549a9', 'pol_7dx3sg6vxmle3uyjp4xnbenfta', 'ym_vj4qcdmmpxhowdi4umqwcdf5d4');
INSERT INTO release_fixture_schema.participations VALUES ('par_tud5ol7xowxkg35i3k5qhhxaai', 'f7beebd5dbbca83f065e99da07bcaf6a642c03dee3727c87823f744ebd3d4049', 'pol_7dx3sg6vxmle3uyjp4xnbenfta', 'ym_z6hhqv3i3cmj5gjmhjd3ylzcxa');
INSERT INTO release_fixture_schema.participations VALUES ('par_pkrdiqfga2cdr5d4rr5iwpgike', '04c15e936dcfec77dc9e3aeadbf500effc88cfadd18a6bf38fcfd9c0107d0891', 'pol_7dx3sg6vxmle3uyjp4xnbenfta', 'ym_dobjwym5aqgvihwmgwwlu36m2m');


--
-- Data for Name: poll_options; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.poll_options VALUES ('opt_mklmrtipdhpxb563rubiefzvie', '[{"lang": "nl", "text": "1"}, {"lang": "en", "text": "1"}, {"lang": "ar", "text": "1"}, {"lang": "uk", "text": "1"}]', 'smiley-1', 0, 'pol_5z7jdtcit7f6qm6a74drp5qh4y');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_aozpdmbbensxfycvhng3gfznny', '[{"lang": "nl", "text": "2"}, {"lang": "en", "text": "2"}, {"lang": "ar", "text": "2"}, {"lang": "uk", "text": "2"}]', 'smiley-2', 1, 'pol_5z7jdtcit7f6qm6a74drp5qh4y');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_ectvzftrq36l3avw2q7bhw4y3i', '[{"lang": "nl", "text": "3"}, {"lang": "en", "text": "3"}, {"lang": "ar", "text": "3"}, {"lang": "uk", "text": "3"}]', 'smiley-3', 2, 'pol_5z7jdtcit7f6qm6a74drp5qh4y');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_ti7jdmoqbbk2vcb23g7b65w33e', '[{"lang": "nl", "text": "4"}, {"lang": "en", "text": "4"}, {"lang": "ar", "text": "4"}, {"lang": "uk", "text": "4"}]', 'smiley-4', 3, 'pol_5z7jdtcit7f6qm6a74drp5qh4y');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_j7zf5rpkanhpesh3w5ot7ewdwu', '[{"lang": "nl", "text": "5"}, {"lang": "en", "text": "5"}, {"lang": "ar", "text": "5"}, {"lang": "uk", "text": "5"}]', 'smiley-5', 4, 'pol_5z7jdtcit7f6qm6a74drp5qh4y');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_sf7mr5w6tcmmczukoq2bwl4rly', '[{"lang": "nl", "text": "Ja"}, {"lang": "en", "text": "Yes"}, {"lang": "ar", "text": "نعم"}, {"lang": "uk", "text": "Так"}]', 'thumbs-up', 0, 'pol_xbhc6hxdvef4sgpyeijmimakxm');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_m4ntpqvz3g2ao5pab7nui3tq7a', '[{"lang": "nl", "text": "Nee"}, {"lang": "en", "text": "No"}, {"lang": "ar", "text": "لا"}, {"lang": "uk", "text": "Ні"}]', 'thumbs-down', 1, 'pol_xbhc6hxdvef4sgpyeijmimakxm');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_sd5q7xruube77tno2jzztgt4rm', '[{"lang": "nl", "text": "Rijst met kip"}, {"lang": "en", "text": "Rice with chicken"}, {"lang": "ar", "text": "أرز مع دجاج"}]', 'rice', 0, 'pol_alcybr3is4los4wx3gw4pnucc4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_efzzxcqe4g6nriwzwcvztzfvbe', '[{"lang": "nl", "text": "Pasta"}, {"lang": "en", "text": "Pasta"}, {"lang": "ar", "text": "معكرونة"}]', 'pasta', 1, 'pol_alcybr3is4los4wx3gw4pnucc4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_ir3yff2zwdgs2lux27azxrzfgu', '[{"lang": "nl", "text": "Soep met brood"}, {"lang": "en", "text": "Soup with bread"}, {"lang": "ar", "text": "شوربة مع خبز"}]', 'soup', 2, 'pol_alcybr3is4los4wx3gw4pnucc4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_hfocgai45us42dnatxihassyfi', '[{"lang": "nl", "text": "Pannenkoeken"}, {"lang": "en", "text": "Pancakes"}, {"lang": "ar", "text": "فطائر"}]', 'pancakes', 3, 'pol_alcybr3is4los4wx3gw4pnucc4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_q6tv2q37rylmnxmwhuphdvoify', '[{"lang": "nl", "text": "Zwemmen"}, {"lang": "en", "text": "Swimming"}, {"lang": "ar", "text": "السباحة"}]', 'swim', 0, 'pol_zbw2mxt7rokslyv4uwpmrq3b7q');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_igchnif57bbxsxh6oqbn6zmezq', '[{"lang": "nl", "text": "Naar de dierentuin"}, {"lang": "en", "text": "Going to the zoo"}, {"lang": "ar", "text": "الذهاب إلى حديقة الحيوانات"}]', 'zoo', 1, 'pol_zbw2mxt7rokslyv4uwpmrq3b7q');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_voc2cylg466ujgcd2q7j77h26i', '[{"lang": "nl", "text": "Knutselen"}, {"lang": "en", "text": "Arts and crafts"}, {"lang": "ar", "text": "الأشغال اليدوية"}]', 'craft', 2, 'pol_zbw2mxt7rokslyv4uwpmrq3b7q');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_hvxuowhnw553ct5am4wnipitk4', '[{"lang": "nl", "text": "Voetbaltoernooi"}, {"lang": "en", "text": "Football tournament"}, {"lang": "ar", "text": "بطولة كرة القدم"}]', 'football', 3, 'pol_zbw2mxt7rokslyv4uwpmrq3b7q');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_szrrywl5sklqv5ieaw4ylusn7i', '[{"lang": "nl", "text": "Huiswerkhulp"}, {"lang": "en", "text": "Homework help"}, {"lang": "ar", "text": "مساعدة في الواجبات"}, {"lang": "uk", "text": "Допомога з домашніми завданнями"}]', 'homework', 0, 'pol_fprxwfe2laxtklzyumzpjxz7u4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_duhlgp543c6cn6gxv5fybglw7m', '[{"lang": "nl", "text": "Extra Nederlandse les"}, {"lang": "en", "text": "Extra Dutch lessons"}, {"lang": "ar", "text": "دروس إضافية في اللغة الهولندية"}, {"lang": "uk", "text": "Додаткові уроки нідерландської"}]', 'language', 1, 'pol_fprxwfe2laxtklzyumzpjxz7u4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_h4npt37dyeuguf7gzttwlcpq7m', '[{"lang": "nl", "text": "Een laptop lenen"}, {"lang": "en", "text": "Borrowing a laptop"}, {"lang": "ar", "text": "استعارة حاسوب محمول"}, {"lang": "uk", "text": "Позичити ноутбук"}]', 'laptop', 2, 'pol_fprxwfe2laxtklzyumzpjxz7u4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_5axmim45ferxsng7t2joi5bmda', '[{"lang": "nl", "text": "Een rustige plek om te leren"}, {"lang": "en", "text": "A quiet place to study"}, {"lang": "ar", "text": "مكان هادئ للدراسة"}, {"lang": "uk", "text": "Тихе місце для навчання"}]', 'quiet', 3, 'pol_fprxwfe2laxtklzyumzpjxz7u4');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_xd6siu7nwy47yos4sy62d7ghoq', '[{"lang": "nl", "text": "Wifi in de sporthal"}, {"lang": "en", "text": "Wi-Fi in the sports hall"}, {"lang": "ar", "text": "واي فاي في الصالة الرياضية"}, {"lang": "uk", "text": "Wi-Fi у спортзалі"}]', 'wifi', 0, 'pol_7dx3sg6vxmle3uyjp4xnbenfta');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_k4rpmiq2bcvix5i35twczefhiq', '[{"lang": "nl", "text": "Meer privacy bij het slapen"}, {"lang": "en", "text": "More privacy when sleeping"}, {"lang": "ar", "text": "خصوصية أكثر عند النوم"}, {"lang": "uk", "text": "Більше приватності під час сну"}]', 'privacy', 1, 'pol_7dx3sg6vxmle3uyjp4xnbenfta');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_aichtynsztjjg4bsapyok35lvm', '[{"lang": "nl", "text": "Sport en spel"}, {"lang": "en", "text": "Sports and games"}, {"lang": "ar", "text": "الرياضة والألعاب"}, {"lang": "uk", "text": "Спорт та ігри"}]', 'sport', 2, 'pol_7dx3sg6vxmle3uyjp4xnbenfta');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_a766rgeh3yhr7jw627thjtns2a', '[{"lang": "nl", "text": "1"}, {"lang": "en", "text": "1"}, {"lang": "ar", "text": "1"}, {"lang": "uk", "text": "1"}]', 'smiley-1', 0, 'pol_6tep54ln3a7yfjbpyrbbst6bgi');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_uabwpst753muslyek3aucxobpq', '[{"lang": "nl", "text": "2"}, {"lang": "en", "text": "2"}, {"lang": "ar", "text": "2"}, {"lang": "uk", "text": "2"}]', 'smiley-2', 1, 'pol_6tep54ln3a7yfjbpyrbbst6bgi');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_r2i2wsqwgnawklz7hqijui4ome', '[{"lang": "nl", "text": "3"}, {"lang": "en", "text": "3"}, {"lang": "ar", "text": "3"}, {"lang": "uk", "text": "3"}]', 'smiley-3', 2, 'pol_6tep54ln3a7yfjbpyrbbst6bgi');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_nximmvdoodj4wtcgzuooohtdmi', '[{"lang": "nl", "text": "4"}, {"lang": "en", "text": "4"}, {"lang": "ar", "text": "4"}, {"lang": "uk", "text": "4"}]', 'smiley-4', 3, 'pol_6tep54ln3a7yfjbpyrbbst6bgi');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_gu7q6yfjpz5zommutww3hus6rm', '[{"lang": "nl", "text": "5"}, {"lang": "en", "text": "5"}, {"lang": "ar", "text": "5"}, {"lang": "uk", "text": "5"}]', 'smiley-5', 4, 'pol_6tep54ln3a7yfjbpyrbbst6bgi');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_2gpzwcagrd5axnejgoqo2f67by', '[{"lang": "nl", "text": "Ja"}, {"lang": "en", "text": "Yes"}, {"lang": "ar", "text": "نعم"}, {"lang": "uk", "text": "Так"}]', 'thumbs-up', 0, 'pol_6rg4lr5owjpxk6lgrukbuujmqe');
INSERT INTO release_fixture_schema.poll_options VALUES ('opt_revjpk4qtyacqb4pvfb7c5hsfy', '[{"lang": "nl", "text": "Nee"}, {"lang": "en", "text": "No"}, {"lang": "ar", "text": "لا"}, {"lang": "uk", "text": "Ні"}]', 'thumbs-down', 1, 'pol_6rg4lr5owjpxk6lgrukbuujmqe');


--
-- Data for Name: polls; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.polls VALUES ('pol_alcybr3is4los4wx3gw4pnucc4', '2026-11-30 14:10:42+00', '2026-12-03 14:10:43.25638+00', 'LOCATION', 'SINGLE_CHOICE', 'FOOD', '[{"lang": "nl", "text": "Wat koken we vrijdag samen?"}, {"lang": "en", "text": "What shall we cook together on Friday?"}, {"lang": "ar", "text": "ماذا نطبخ معًا يوم الجمعة؟"}]', NULL, NULL, NULL, 'OPEN', '2026-12-01 14:10:42+00', '2026-12-08 14:10:42+00', '2026-12-01 14:10:42+00', NULL, NULL, 5, NULL, NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota', 'stf_eafs5xcqnoxgabkn2ql2oiqxoy');
INSERT INTO release_fixture_schema.polls VALUES ('pol_zbw2mxt7rokslyv4uwpmrq3b7q', '2026-12-02 14:10:42+00', '2026-12-03 14:10:43.257438+00', 'COUNCIL', 'MULTIPLE_CHOICE', 'PLAY_ACTIVITIES', '[{"lang": "nl", "text": "Wat wil je doen in de vakantie? Kies er twee."}, {"lang": "en", "text": "What do you want to do in the holidays? Choose two."}, {"lang": "ar", "text": "ماذا تريد أن تفعل في العطلة؟ اختر اثنين."}]', NULL, NULL, 2, 'DRAFT', NULL, NULL, NULL, NULL, NULL, 5, NULL, NULL, 'cnc_kalkia2z2kd4x7nt4adfsbhyxe', 'loc_nxofoyrlyv6w7wbjwepayzaota', 'stf_eafs5xcqnoxgabkn2ql2oiqxoy');
INSERT INTO release_fixture_schema.polls VALUES ('pol_6tep54ln3a7yfjbpyrbbst6bgi', '2026-12-01 14:10:42+00', '2026-12-03 14:10:43.286664+00', 'LOCATION', 'SMILEY_SCALE', 'SAFETY', '[{"lang": "nl", "text": "Hoe veilig voel jij je hier?"}, {"lang": "en", "text": "How safe do you feel here?"}, {"lang": "ar", "text": "ما مدى شعورك بالأمان هنا؟"}, {"lang": "uk", "text": "Наскільки безпечно ти почуваєшся тут?"}]', '[{"lang": "nl", "text": "Er is geen goed of fout antwoord. Niemand kan zien wat jij kiest."}, {"lang": "en", "text": "There is no right or wrong answer. Nobody can see what you choose."}, {"lang": "ar", "text": "لا توجد إجابة صحيحة أو خاطئة. لا أحد يستطيع أن يرى ما تختاره."}, {"lang": "uk", "text": "Немає правильної чи неправильної відповіді. Ніхто не бачить, що ти обираєш."}]', NULL, NULL, 'OPEN', '2026-12-02 14:10:42+00', '2026-12-09 14:10:42+00', '2026-12-02 14:10:42+00', NULL, NULL, 5, NULL, NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', 'stf_r2f37mtrtjh656pkxy73qxvhoi');
INSERT INTO release_fixture_schema.polls VALUES ('pol_6rg4lr5owjpxk6lgrukbuujmqe', '2026-12-02 14:10:42+00', '2026-12-03 14:10:43.291866+00', 'COUNCIL', 'YES_NO', 'PLAY_ACTIVITIES', '[{"lang": "nl", "text": "Zullen we een voetbaltoernooi houden met AZC Demo Rivierenland?"}, {"lang": "en", "text": "Shall we hold a football tournament with AZC Demo Rivierenland?"}, {"lang": "ar", "text": "هل ننظم بطولة كرة قدم مع مركز AZC Demo Rivierenland؟"}, {"lang": "uk", "text": "Чи провести нам футбольний турнір разом з AZC Demo Rivierenland?"}]', NULL, NULL, NULL, 'DRAFT', NULL, NULL, NULL, NULL, NULL, 5, NULL, NULL, 'cnc_vdlytectjkiirzqpaukhhcpk6y', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', 'stf_r2f37mtrtjh656pkxy73qxvhoi');
INSERT INTO release_fixture_schema.polls VALUES ('pol_xbhc6hxdvef4sgpyeijmimakxm', '2026-11-25 14:10:42+00', '2026-12-03 14:10:43.556893+00', 'COUNCIL', 'YES_NO', 'PLAY_ACTIVITIES', '[{"lang": "nl", "text": "Mag de speelkamer in het weekend open blijven tot 20:00?"}, {"lang": "en", "text": "Should the play room stay open until 20:00 at the weekend?"}, {"lang": "ar", "text": "هل يجب أن تبقى غرفة اللعب مفتوحة حتى الساعة 20:00 في عطلة نهاية الأسبوع؟"}]', NULL, NULL, NULL, 'CLOSED', '2026-11-26 14:10:42+00', '2026-12-02 14:10:42+00', '2026-11-26 14:10:42+00', '2026-12-02 14:10:42+00', NULL, 5, NULL, NULL, 'cnc_3w6j7gc3hd2smupk2kql5zxmli', 'loc_nxofoyrlyv6w7wbjwepayzaota', 'stf_eafs5xcqnoxgabkn2ql2oiqxoy');
INSERT INTO release_fixture_schema.polls VALUES ('pol_7dx3sg6vxmle3uyjp4xnbenfta', '2026-11-24 14:10:42+00', '2026-12-03 14:10:43.557956+00', 'COUNCIL', 'RANKING', 'INFORMATION_PARTICIPATION', '[{"lang": "nl", "text": "Zet in volgorde: waar moet de jongerenraad eerst aan werken?"}, {"lang": "en", "text": "Put in order: what should the youth council work on first?"}, {"lang": "ar", "text": "رتّب: على ماذا يجب أن يعمل مجلس الشباب أولًا؟"}, {"lang": "uk", "text": "Розстав за порядком: над чим молодіжна рада має працювати насамперед?"}]', NULL, NULL, NULL, 'CLOSED', '2026-11-25 14:10:42+00', '2026-12-01 14:10:42+00', '2026-11-25 14:10:42+00', '2026-12-01 14:10:42+00', NULL, 5, NULL, NULL, 'cnc_4jfnxfxhprzfthv7liym6gx2fa', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', 'stf_r2f37mtrtjh656pkxy73qxvhoi');
INSERT INTO release_fixture_schema.polls VALUES ('pol_fprxwfe2laxtklzyumzpjxz7u4', '2026-11-21 14:10:42+00', '2026-12-03 14:10:43.55757+00', 'LOCATION', 'MULTIPLE_CHOICE', 'EDUCATION', '[{"lang": "nl", "text": "Wat helpt jou het meest bij school? Kies er hoogstens twee."}, {"lang": "en", "text": "What would help you most with school? Choose up to two."}, {"lang": "ar", "text": "ما الذي يساعدك أكثر في المدرسة؟ اختر اثنين على الأكثر."}, {"lang": "uk", "text": "Що тобі найбільше допомогло б зі школою? Обери не більше двох."}]', NULL, NULL, 2, 'PUBLISHED', '2026-11-22 14:10:42+00', '2026-11-29 14:10:42+00', '2026-11-22 14:10:42+00', '2026-11-29 14:10:42+00', '2026-11-30 14:10:42+00', 5, NULL, NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', 'stf_r2f37mtrtjh656pkxy73qxvhoi');
INSERT INTO release_fixture_schema.polls VALUES ('pol_5z7jdtcit7f6qm6a74drp5qh4y', '2026-11-09 14:10:42+00', '2026-12-03 14:10:43.55605+00', 'LOCATION', 'SMILEY_SCALE', 'SAFETY', '[{"lang": "nl", "text": "Hoe veilig voel jij je hier?"}, {"lang": "en", "text": "How safe do you feel here?"}, {"lang": "ar", "text": "ما مدى شعورك بالأمان هنا؟"}, {"lang": "uk", "text": "Наскільки безпечно ти почуваєшся тут?"}]', '[{"lang": "nl", "text": "Er is geen goed of fout antwoord. Niemand kan zien wat jij kiest."}, {"lang": "en", "text": "There is no right or wrong answer. Nobody can see what you choose."}, {"lang": "ar", "text": "لا توجد إجابة صحيحة أو خاطئة. لا أحد يستطيع أن يرى ما تختاره."}, {"lang": "uk", "text": "Немає правильної чи неправильної відповіді. Ніхто не бачить, що ти обираєш."}]', NULL, NULL, 'PUBLISHED', '2026-11-12 14:10:42+00', '2026-11-19 14:10:42+00', '2026-11-12 14:10:42+00', '2026-11-19 14:10:42+00', '2026-11-21 14:10:42+00', 5, NULL, NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota', 'stf_eafs5xcqnoxgabkn2ql2oiqxoy');


--
-- Data for Name: rate_limits; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.rate_limits VALUES ('signin:127.0.0.1', '2026-11-02 10:00:00+00', 2);


--
-- Data for Name: result_counts; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.result_counts VALUES ('tly_qcog6gwwopetigzz5en7t4q22q', 0, 0, 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'opt_mklmrtipdhpxb563rubiefzvie');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_xmfpdsjf4co7uqwxfdatwssrru', 0, 0, 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'opt_aozpdmbbensxfycvhng3gfznny');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_upazcwebamjawa4b73jehtsyom', 0, 1, 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'opt_ectvzftrq36l3avw2q7bhw4y3i');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_j4eesdq4oqbpmj2bnztd7gja64', 0, 5, 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'opt_ti7jdmoqbbk2vcb23g7b65w33e');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_stxlzgoyelefynqp2vo5nhxpee', 0, 2, 'pol_5z7jdtcit7f6qm6a74drp5qh4y', 'opt_j7zf5rpkanhpesh3w5ot7ewdwu');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_bcn6vuqpr2tn6cf5s6rbkgrxxy', 0, 5, 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'opt_szrrywl5sklqv5ieaw4ylusn7i');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_y4agf4yp7ac2t46smld65w6iwe', 0, 2, 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'opt_duhlgp543c6cn6gxv5fybglw7m');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_cakklfqdtmbvookzdbzpy2lrsa', 0, 1, 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'opt_h4npt37dyeuguf7gzttwlcpq7m');
INSERT INTO release_fixture_schema.result_counts VALUES ('tly_obyff2dc7dh6uxj3x7cpthk2pa', 0, 3, 'pol_fprxwfe2laxtklzyumzpjxz7u4', 'opt_5axmim45ferxsng7t2joi5bmda');


--
-- Data for Name: safeguarding_cases; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.safeguarding_cases VALUES ('sgc_fixture', '2026-11-02 10:00:00+00', '2026-11-02 10:00:00+00', 'OPEN', 'Ik voel me niet veilig.', 'nl', 'Veiligheid', '2026-11-02 10:00:00+00', NULL, '[]', 1, 'pst_4xtlx6ueslwsegs45tdb6bcvge', 'loc_nxofoyrlyv6w7wbjwepayzaota', 'stf_eafs5xcqnoxgabkn2ql2oiqxoy');


--
-- Data for Name: sealed_ballots; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.sealed_ballots VALUES ('blt_fixture', '\x00010203', 'pol_5z7jdtcit7f6qm6a74drp5qh4y');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.sessions VALUES ('fixture-session-id', 'STAFF', '2026-11-02 10:00:00+00', '2026-11-02 10:30:00+00', '2026-11-02 22:00:00+00', 'stf_eafs5xcqnoxgabkn2ql2oiqxoy', NULL, NULL);


--
-- Data for Name: signals; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.signals VALUES ('sig_fixture', '2026-11-02 10:00:00+00', '2026-11-02 10:00:00+00', 'SAFETY_SCORE_LOW', '2026-W45', 'score 2.5', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');


--
-- Data for Name: staff_user_locations; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.staff_user_locations VALUES ('stf_r2f37mtrtjh656pkxy73qxvhoi', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.staff_user_locations VALUES ('stf_r2f37mtrtjh656pkxy73qxvhoi', 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.staff_user_locations VALUES ('stf_eafs5xcqnoxgabkn2ql2oiqxoy', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.staff_user_locations VALUES ('stf_iccctaknri2hskspdozfdpbmaq', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.staff_user_locations VALUES ('stf_ykavs4wiq5c5bkptplopud6yui', 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.staff_user_locations VALUES ('stf_yvdmi2ccphi2ip5yyrlz3rwuci', 'loc_nxofoyrlyv6w7wbjwepayzaota');


--
-- Data for Name: staff_users; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.staff_users VALUES ('stf_nuub2qgxlwjuyt3nncg5h7qziy', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.241089+00', 'admin@demo.jeugdstem.test', 'Demo Admin (national)', '$argon2id$v=19$m=19456,t=2,p=1$gKjdX3YERMqUv+D/VXb3ug$7kDos+j5I7Gi9fBKeAoHf+t6B6pNIrTShFLNG+2cxIY', 'NATIONAL_ADMIN', true);
INSERT INTO release_fixture_schema.staff_users VALUES ('stf_r2f37mtrtjh656pkxy73qxvhoi', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.241866+00', 'manager@demo.jeugdstem.test', 'Demo Manager', '$argon2id$v=19$m=19456,t=2,p=1$Qs5i3LeibebBVaJ3f2G6Rg$wZLLRy88jGBgeD6zMv8jpWE7arzuvku1IUkFFEZxLss', 'LOCATION_MANAGER', true);
INSERT INTO release_fixture_schema.staff_users VALUES ('stf_eafs5xcqnoxgabkn2ql2oiqxoy', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.242868+00', 'facilitator@demo.jeugdstem.test', 'Demo Facilitator', '$argon2id$v=19$m=19456,t=2,p=1$tobe0EIn+OLKQxpZGXWozA$uOhSFM8ULicOZqGPCXl4KZxNMCDEg7mcEF01p7HRBtM', 'FACILITATOR', true);
INSERT INTO release_fixture_schema.staff_users VALUES ('stf_iccctaknri2hskspdozfdpbmaq', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.243412+00', 'moderator@demo.jeugdstem.test', 'Demo Moderator', '$argon2id$v=19$m=19456,t=2,p=1$QRLZGlg+dOBrkN+hSpypFQ$t/imAvyTOtvOEWq3AT2RbkuSMtwpQRlR2cIbyQI4jA8', 'MODERATOR', true);
INSERT INTO release_fixture_schema.staff_users VALUES ('stf_ykavs4wiq5c5bkptplopud6yui', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.24378+00', 'safeguarding@demo.jeugdstem.test', 'Demo Safeguarding Officer', '$argon2id$v=19$m=19456,t=2,p=1$mEktGS24G0xNN7E3YGfNsg$yRwlF6Eil4hhzX7twPnw3jbesg1K4tISxH3B3IgzEpE', 'SAFEGUARDING_OFFICER', true);
INSERT INTO release_fixture_schema.staff_users VALUES ('stf_yvdmi2ccphi2ip5yyrlz3rwuci', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.246477+00', 'partner@demo.jeugdstem.test', 'Demo Partner', '$argon2id$v=19$m=19456,t=2,p=1$asahE+3n+oS2KmVTuiQUvw$H6+rGJ4et8W6JAKVMnzu9sp1BW8I8A6O0N1VtLbNW3c', 'PARTNER', true);


--
-- Data for Name: tablets; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.tablets VALUES ('tab_6setl4egli4qxbdzdhmyrcrbum', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.246871+00', 'Tablet speelkamer', '4753be2416f136b4bcf2b4ca77af4e414228924266bfb4511ef4c8a5ab903962', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota', 'stf_eafs5xcqnoxgabkn2ql2oiqxoy');
INSERT INTO release_fixture_schema.tablets VALUES ('tab_nsblrhlixswtopwesj5sxzlbqu', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.281574+00', 'Tablet speelkamer', 'df84fc9ef061a117351a6b255080b1eda111daf15dc537e70cde3f7ad3c6641a', NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y', 'stf_r2f37mtrtjh656pkxy73qxvhoi');


--
-- Data for Name: thread_responses; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.thread_responses VALUES ('rsp_lhantsmdcnfpm3n7mxyx6eoiwi', '[{"lang": "nl", "text": "Bedankt dat jullie dit melden! De klusjesman repareert de schommels. We hebben nieuwe kettingen besteld."}, {"lang": "en", "text": "Thank you for telling us! The caretaker will repair the swings. We have ordered new chains."}, {"lang": "ar", "text": "شكرًا لأنكم أخبرتمونا! سيصلح عامل الصيانة الأراجيح. لقد طلبنا سلاسل جديدة."}]', 'IN_PROGRESS', NULL, '2026-12-17 00:00:00+00', '2026-11-26 14:10:42+00', 'thr_f6ubchsb5fbr6a55npdt6tl3va', 'stf_r2f37mtrtjh656pkxy73qxvhoi');


--
-- Data for Name: thread_supports; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.thread_supports VALUES ('sup_w47yaktiazw7ixs2acianpejwy', 'thr_f6ubchsb5fbr6a55npdt6tl3va', 'ym_cegvpkjd5jmuegp7sxx7cpxnmi');
INSERT INTO release_fixture_schema.thread_supports VALUES ('sup_epvpvjrrmtsxtebr33aqri4ou4', 'thr_f6ubchsb5fbr6a55npdt6tl3va', 'ym_xaw5vfphmvsf7n7x3e5dpucj6i');
INSERT INTO release_fixture_schema.thread_supports VALUES ('sup_4n65wlgbq3wo6jq3cn64uxuiqm', 'thr_wdbf2aazfskujtgxxtio7xp3am', 'ym_jqdx7trxyxpm5fasq63kuaijdm');


--
-- Data for Name: youth_members; Type: TABLE DATA; Schema: release_fixture_schema; Owner: -
--

INSERT INTO release_fixture_schema.youth_members VALUES ('ym_cegvpkjd5jmuegp7sxx7cpxnmi', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.220554+00', 'Blue Fox', 'fox', 'AGE_6_8', 'ar', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$h+6X25m8ij98fmaE4m+4/g$xy5CaXZLlHiZWl+51BT59lpDPSVXRhmAXQQNpHRGYu8', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_xaw5vfphmvsf7n7x3e5dpucj6i', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.228771+00', 'Green Owl', 'owl', 'AGE_9_11', 'fa', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$q0BLeQaZS4E/xR1lVxDYAQ$+kFhZHky/4NwEdfnUNAF3TJeZnLmUKYumfvdYePIrUo', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_h4ijq4kxqed23gl2iy3y3zhey4', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.229356+00', 'Orange Cat', 'cat', 'AGE_9_11', 'ar', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$tQcPMkklrWTa28/sscxRrg$jKBil8IQ3XXlcjHchDcVme3BY1GT4DyeZ+TaVNeoOiA', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_c7kx2qys4hqyz23j7y7qyed5na', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.229812+00', 'Yellow Bee', 'bee', 'AGE_6_8', 'nl', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$8u0JWOTggtMVI3lkCKQ/lA$7I8PAGT0Qjlqy9it0nt8cj2S+IA6DJw0ftQNxR1SksY', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_ago5fxsvwkpfc2b65qbslxu4vi', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.230227+00', 'Red Lion', 'lion', 'AGE_12_14', 'ti', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$+8qDWWYdKhvm8BfJmKPRlQ$V9w3T1aCV1AU4ITKLREVdsya0a5PEhQKjlY7N+UDU1E', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_jqdx7trxyxpm5fasq63kuaijdm', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.230566+00', 'Purple Turtle', 'turtle', 'AGE_15_17', 'ti', true, '$pin-hmac-sha256$v=1$k=cff782ed6652$QhjVcwqX+oUxj7NhVBFY5w$adanrpjsV2zzrFX2gmcibH1c8cxOqG6YZtnGwgIEChg', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_jhjpk62ohz2k74unymr2vxtfre', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.230997+00', 'Silver Fish', 'fish', 'AGE_12_14', 'fa', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$JO/6g7wZOCFfX5H9jgPgsQ$F1FzB6ccWzdfjvoK404eGEG/360gEkVcflOCQC88p1M', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_w2vorxlyrfpwryf76jcosau26i', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.231323+00', 'Pink Bird', 'bird', 'AGE_15_17', 'ar', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$mIpqHlt+Dg/EY72K0ck8Vw$oULeiC/tLitYkM2WQ3FShuECIzLusot5vBtjmYDjjZI', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_nxofoyrlyv6w7wbjwepayzaota');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_bajlxebetvsbqxch5niw2w4cpi', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.232858+00', 'Golden Bird', 'bird', 'AGE_6_8', 'uk', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$3HVV++XXyK/ixcbHh/0YBg$R2f8DNCoJ+PQjlcAwFS2uvnd4Dn+wwKz65hkO+iWcc4', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_clcuhj27c2du64q2i3jbmby3yy', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.23333+00', 'Sky Cat', 'cat', 'AGE_9_11', 'ar', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$gKEU36EmfG2TDnmJGQ69Fg$lolUmG/TnmaQs327hFlL+pQgtZZYgrl1yhxrszWSZOI', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_iia5bln7l72ehy5bv6jhhc3fqa', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.235806+00', 'Mint Fish', 'fish', 'AGE_9_11', 'so', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$If+96lPwLK1t4MryumAILw$Kl/+zlelEeYF9mp+27wMl0sGjXWXRjWgLcmIOLNW/tc', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_vj4qcdmmpxhowdi4umqwcdf5d4', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.240283+00', 'Teal Owl', 'owl', 'AGE_12_14', 'uk', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$x0qbcLHTXiAmT8oxwZj6ww$e3IyymunREfORT9NCJqyXCE3LkqLugKOrvf/3XoKcH8', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_z6hhqv3i3cmj5gjmhjd3ylzcxa', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.240564+00', 'Brown Fox', 'fox', 'AGE_15_17', 'so', true, '$pin-hmac-sha256$v=1$k=cff782ed6652$gVDAwTLj12lGMgRkRH9PWA$BZMEMlqLq/yn8jLZXYQzGouujidaATMfo61IeiVUsTk', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');
INSERT INTO release_fixture_schema.youth_members VALUES ('ym_dobjwym5aqgvihwmgwwlu36m2m', '2026-11-03 14:10:42+00', '2026-12-03 14:10:43.240795+00', 'Coral Turtle', 'turtle', 'AGE_12_14', 'nl', false, '$pin-hmac-sha256$v=1$k=cff782ed6652$8rY3+eZ+QgOlA0Z2u90inQ$aPxKaj5maWFOA+PWvsNU8pOOQwaLfcV9Smcdc452Dc4', 0, NULL, NULL, 'ACTIVE', NULL, NULL, 'loc_pr6cjn3vqc7rs7yuvha3wtvr4y');


--
-- Name: announcements announcements_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.announcements
    ADD CONSTRAINT announcements_pkey PRIMARY KEY (id);


--
-- Name: areas areas_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.areas
    ADD CONSTRAINT areas_pkey PRIMARY KEY (id);


--
-- Name: audio_clips audio_clips_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.audio_clips
    ADD CONSTRAINT audio_clips_pkey PRIMARY KEY (id);


--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id);


--
-- Name: check_in_schedules check_in_schedules_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.check_in_schedules
    ADD CONSTRAINT check_in_schedules_pkey PRIMARY KEY (id);


--
-- Name: check_ins check_ins_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.check_ins
    ADD CONSTRAINT check_ins_pkey PRIMARY KEY (id);


--
-- Name: councils councils_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.councils
    ADD CONSTRAINT councils_pkey PRIMARY KEY (id);


--
-- Name: feedback_posts feedback_posts_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.feedback_posts
    ADD CONSTRAINT feedback_posts_pkey PRIMARY KEY (id);


--
-- Name: feedback_threads feedback_threads_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.feedback_threads
    ADD CONSTRAINT feedback_threads_pkey PRIMARY KEY (id);


--
-- Name: job_runs job_runs_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.job_runs
    ADD CONSTRAINT job_runs_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (id);


--
-- Name: moderation_decisions moderation_decisions_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.moderation_decisions
    ADD CONSTRAINT moderation_decisions_pkey PRIMARY KEY (id);


--
-- Name: outbox_messages outbox_messages_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.outbox_messages
    ADD CONSTRAINT outbox_messages_pkey PRIMARY KEY (id);


--
-- Name: participations participations_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.participations
    ADD CONSTRAINT participations_pkey PRIMARY KEY (id);


--
-- Name: poll_options poll_options_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.poll_options
    ADD CONSTRAINT poll_options_pkey PRIMARY KEY (id);


--
-- Name: polls polls_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.polls
    ADD CONSTRAINT polls_pkey PRIMARY KEY (id);


--
-- Name: rate_limits rate_limits_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.rate_limits
    ADD CONSTRAINT rate_limits_pkey PRIMARY KEY (id);


--
-- Name: result_counts result_counts_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.result_counts
    ADD CONSTRAINT result_counts_pkey PRIMARY KEY (id);


--
-- Name: safeguarding_cases safeguarding_cases_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.safeguarding_cases
    ADD CONSTRAINT safeguarding_cases_pkey PRIMARY KEY (id);


--
-- Name: sealed_ballots sealed_ballots_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.sealed_ballots
    ADD CONSTRAINT sealed_ballots_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: signals signals_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.signals
    ADD CONSTRAINT signals_pkey PRIMARY KEY (id);


--
-- Name: staff_user_locations staff_user_locations_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.staff_user_locations
    ADD CONSTRAINT staff_user_locations_pkey PRIMARY KEY (staff_user_id, location_id);


--
-- Name: staff_users staff_users_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.staff_users
    ADD CONSTRAINT staff_users_pkey PRIMARY KEY (id);


--
-- Name: tablets tablets_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.tablets
    ADD CONSTRAINT tablets_pkey PRIMARY KEY (id);


--
-- Name: thread_responses thread_responses_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.thread_responses
    ADD CONSTRAINT thread_responses_pkey PRIMARY KEY (id);


--
-- Name: thread_supports thread_supports_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.thread_supports
    ADD CONSTRAINT thread_supports_pkey PRIMARY KEY (id);


--
-- Name: youth_members youth_members_pkey; Type: CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.youth_members
    ADD CONSTRAINT youth_members_pkey PRIMARY KEY (id);


--
-- Name: audioclip_announcement_id_lang; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX audioclip_announcement_id_lang ON release_fixture_schema.audio_clips USING btree (announcement_id, lang);


--
-- Name: auditevent_location_id_created_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX auditevent_location_id_created_at ON release_fixture_schema.audit_events USING btree (location_id, created_at);


--
-- Name: auditevent_object_id; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX auditevent_object_id ON release_fixture_schema.audit_events USING btree (object_id);


--
-- Name: checkin_evaluated_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX checkin_evaluated_at ON release_fixture_schema.check_ins USING btree (evaluated_at);


--
-- Name: checkin_location_id_round; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX checkin_location_id_round ON release_fixture_schema.check_ins USING btree (location_id, round);


--
-- Name: checkin_poll_id; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX checkin_poll_id ON release_fixture_schema.check_ins USING btree (poll_id);


--
-- Name: checkinschedule_location_id; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX checkinschedule_location_id ON release_fixture_schema.check_in_schedules USING btree (location_id);


--
-- Name: feedbackpost_created_at_moderated_at_feedback_thread_posts; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX feedbackpost_created_at_moderated_at_feedback_thread_posts ON release_fixture_schema.feedback_posts USING btree (created_at, moderated_at, feedback_thread_posts);


--
-- Name: feedbackpost_feedback_thread_posts; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX feedbackpost_feedback_thread_posts ON release_fixture_schema.feedback_posts USING btree (feedback_thread_posts);


--
-- Name: feedbackpost_moderation_state_created_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX feedbackpost_moderation_state_created_at ON release_fixture_schema.feedback_posts USING btree (moderation_state, created_at);


--
-- Name: feedbackthread_id_location_id_theme; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX feedbackthread_id_location_id_theme ON release_fixture_schema.feedback_threads USING btree (id, location_id, theme);


--
-- Name: feedbackthread_location_id_created_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX feedbackthread_location_id_created_at ON release_fixture_schema.feedback_threads USING btree (location_id, created_at);


--
-- Name: feedbackthread_theme_status; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX feedbackthread_theme_status ON release_fixture_schema.feedback_threads USING btree (theme, status);


--
-- Name: location_name; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX location_name ON release_fixture_schema.locations USING btree (name);


--
-- Name: membership_council_memberships_youth_member_memberships; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX membership_council_memberships_youth_member_memberships ON release_fixture_schema.memberships USING btree (council_memberships, youth_member_memberships);


--
-- Name: outboxmessage_sent_at_failed_at_next_attempt_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX outboxmessage_sent_at_failed_at_next_attempt_at ON release_fixture_schema.outbox_messages USING btree (sent_at, failed_at, next_attempt_at);


--
-- Name: outboxmessage_topic_recipient; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX outboxmessage_topic_recipient ON release_fixture_schema.outbox_messages USING btree (topic, recipient);


--
-- Name: participation_poll_participations_youth_member_participations; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX participation_poll_participations_youth_member_participations ON release_fixture_schema.participations USING btree (poll_participations, youth_member_participations);


--
-- Name: participation_youth_member_participations_poll_participations; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX participation_youth_member_participations_poll_participations ON release_fixture_schema.participations USING btree (youth_member_participations, poll_participations);


--
-- Name: poll_location_id_closed_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX poll_location_id_closed_at ON release_fixture_schema.polls USING btree (location_id, closed_at);


--
-- Name: poll_status_closes_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX poll_status_closes_at ON release_fixture_schema.polls USING btree (status, closes_at);


--
-- Name: poll_status_opens_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX poll_status_opens_at ON release_fixture_schema.polls USING btree (status, opens_at);


--
-- Name: polloption_poll_options; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX polloption_poll_options ON release_fixture_schema.poll_options USING btree (poll_options);


--
-- Name: polloption_position_poll_options; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX polloption_position_poll_options ON release_fixture_schema.poll_options USING btree ("position", poll_options);


--
-- Name: safeguarding_cases_feedback_post_safeguarding_case_key; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX safeguarding_cases_feedback_post_safeguarding_case_key ON release_fixture_schema.safeguarding_cases USING btree (feedback_post_safeguarding_case);


--
-- Name: safeguardingcase_location_id_status; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX safeguardingcase_location_id_status ON release_fixture_schema.safeguarding_cases USING btree (location_id, status);


--
-- Name: safeguardingcase_status; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX safeguardingcase_status ON release_fixture_schema.safeguarding_cases USING btree (status);


--
-- Name: sealedballot_poll_id; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX sealedballot_poll_id ON release_fixture_schema.sealed_ballots USING btree (poll_id);


--
-- Name: session_expires_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX session_expires_at ON release_fixture_schema.sessions USING btree (expires_at);


--
-- Name: signal_location_id_created_at; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX signal_location_id_created_at ON release_fixture_schema.signals USING btree (location_id, created_at);


--
-- Name: signal_location_id_kind_occurrence; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX signal_location_id_kind_occurrence ON release_fixture_schema.signals USING btree (location_id, kind, occurrence);


--
-- Name: staff_users_email_key; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX staff_users_email_key ON release_fixture_schema.staff_users USING btree (email);


--
-- Name: tablets_token_hash_key; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX tablets_token_hash_key ON release_fixture_schema.tablets USING btree (token_hash);


--
-- Name: tally_poll_id; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX tally_poll_id ON release_fixture_schema.result_counts USING btree (poll_id);


--
-- Name: tally_rank_poll_id_option_id; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX tally_rank_poll_id_option_id ON release_fixture_schema.result_counts USING btree (rank, poll_id, option_id);


--
-- Name: threadsupport_feedback_thread_supports_youth_member_supports; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX threadsupport_feedback_thread_supports_youth_member_supports ON release_fixture_schema.thread_supports USING btree (feedback_thread_supports, youth_member_supports);


--
-- Name: youthmember_location_id_status; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE INDEX youthmember_location_id_status ON release_fixture_schema.youth_members USING btree (location_id, status);


--
-- Name: youthmember_pseudonym_location_id; Type: INDEX; Schema: release_fixture_schema; Owner: -
--

CREATE UNIQUE INDEX youthmember_pseudonym_location_id ON release_fixture_schema.youth_members USING btree (pseudonym, location_id);


--
-- Name: announcements announcements_locations_announcements; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.announcements
    ADD CONSTRAINT announcements_locations_announcements FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id) ON DELETE SET NULL;


--
-- Name: announcements announcements_staff_users_created_by; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.announcements
    ADD CONSTRAINT announcements_staff_users_created_by FOREIGN KEY (announcement_created_by) REFERENCES release_fixture_schema.staff_users(id) ON DELETE SET NULL;


--
-- Name: areas areas_locations_areas; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.areas
    ADD CONSTRAINT areas_locations_areas FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: audio_clips audio_clips_announcements_audio; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.audio_clips
    ADD CONSTRAINT audio_clips_announcements_audio FOREIGN KEY (announcement_id) REFERENCES release_fixture_schema.announcements(id);


--
-- Name: check_in_schedules check_in_schedules_locations_location; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.check_in_schedules
    ADD CONSTRAINT check_in_schedules_locations_location FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: check_ins check_ins_locations_location; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.check_ins
    ADD CONSTRAINT check_ins_locations_location FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: check_ins check_ins_polls_poll; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.check_ins
    ADD CONSTRAINT check_ins_polls_poll FOREIGN KEY (poll_id) REFERENCES release_fixture_schema.polls(id) ON DELETE SET NULL;


--
-- Name: councils councils_locations_councils; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.councils
    ADD CONSTRAINT councils_locations_councils FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: feedback_posts feedback_posts_feedback_threads_posts; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.feedback_posts
    ADD CONSTRAINT feedback_posts_feedback_threads_posts FOREIGN KEY (feedback_thread_posts) REFERENCES release_fixture_schema.feedback_threads(id);


--
-- Name: feedback_posts feedback_posts_youth_members_posts; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.feedback_posts
    ADD CONSTRAINT feedback_posts_youth_members_posts FOREIGN KEY (youth_member_posts) REFERENCES release_fixture_schema.youth_members(id) ON DELETE SET NULL;


--
-- Name: feedback_threads feedback_threads_areas_threads; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.feedback_threads
    ADD CONSTRAINT feedback_threads_areas_threads FOREIGN KEY (area_threads) REFERENCES release_fixture_schema.areas(id) ON DELETE SET NULL;


--
-- Name: feedback_threads feedback_threads_locations_threads; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.feedback_threads
    ADD CONSTRAINT feedback_threads_locations_threads FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: feedback_threads feedback_threads_youth_members_started_threads; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.feedback_threads
    ADD CONSTRAINT feedback_threads_youth_members_started_threads FOREIGN KEY (youth_member_started_threads) REFERENCES release_fixture_schema.youth_members(id) ON DELETE SET NULL;


--
-- Name: memberships memberships_councils_memberships; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.memberships
    ADD CONSTRAINT memberships_councils_memberships FOREIGN KEY (council_memberships) REFERENCES release_fixture_schema.councils(id);


--
-- Name: memberships memberships_youth_members_memberships; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.memberships
    ADD CONSTRAINT memberships_youth_members_memberships FOREIGN KEY (youth_member_memberships) REFERENCES release_fixture_schema.youth_members(id);


--
-- Name: moderation_decisions moderation_decisions_feedback_posts_decisions; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.moderation_decisions
    ADD CONSTRAINT moderation_decisions_feedback_posts_decisions FOREIGN KEY (feedback_post_decisions) REFERENCES release_fixture_schema.feedback_posts(id);


--
-- Name: moderation_decisions moderation_decisions_staff_users_moderator; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.moderation_decisions
    ADD CONSTRAINT moderation_decisions_staff_users_moderator FOREIGN KEY (moderation_decision_moderator) REFERENCES release_fixture_schema.staff_users(id);


--
-- Name: participations participations_polls_participations; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.participations
    ADD CONSTRAINT participations_polls_participations FOREIGN KEY (poll_participations) REFERENCES release_fixture_schema.polls(id);


--
-- Name: participations participations_youth_members_participations; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.participations
    ADD CONSTRAINT participations_youth_members_participations FOREIGN KEY (youth_member_participations) REFERENCES release_fixture_schema.youth_members(id);


--
-- Name: poll_options poll_options_polls_options; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.poll_options
    ADD CONSTRAINT poll_options_polls_options FOREIGN KEY (poll_options) REFERENCES release_fixture_schema.polls(id);


--
-- Name: polls polls_councils_polls; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.polls
    ADD CONSTRAINT polls_councils_polls FOREIGN KEY (council_polls) REFERENCES release_fixture_schema.councils(id) ON DELETE SET NULL;


--
-- Name: polls polls_locations_polls; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.polls
    ADD CONSTRAINT polls_locations_polls FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id) ON DELETE SET NULL;


--
-- Name: polls polls_staff_users_created_by; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.polls
    ADD CONSTRAINT polls_staff_users_created_by FOREIGN KEY (poll_created_by) REFERENCES release_fixture_schema.staff_users(id) ON DELETE SET NULL;


--
-- Name: result_counts result_counts_poll_options_tallies; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.result_counts
    ADD CONSTRAINT result_counts_poll_options_tallies FOREIGN KEY (option_id) REFERENCES release_fixture_schema.poll_options(id);


--
-- Name: result_counts result_counts_polls_tallies; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.result_counts
    ADD CONSTRAINT result_counts_polls_tallies FOREIGN KEY (poll_id) REFERENCES release_fixture_schema.polls(id);


--
-- Name: safeguarding_cases safeguarding_cases_feedback_posts_safeguarding_case; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.safeguarding_cases
    ADD CONSTRAINT safeguarding_cases_feedback_posts_safeguarding_case FOREIGN KEY (feedback_post_safeguarding_case) REFERENCES release_fixture_schema.feedback_posts(id);


--
-- Name: safeguarding_cases safeguarding_cases_locations_location; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.safeguarding_cases
    ADD CONSTRAINT safeguarding_cases_locations_location FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: safeguarding_cases safeguarding_cases_staff_users_opened_by; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.safeguarding_cases
    ADD CONSTRAINT safeguarding_cases_staff_users_opened_by FOREIGN KEY (safeguarding_case_opened_by) REFERENCES release_fixture_schema.staff_users(id);


--
-- Name: sealed_ballots sealed_ballots_polls_sealed_ballots; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.sealed_ballots
    ADD CONSTRAINT sealed_ballots_polls_sealed_ballots FOREIGN KEY (poll_id) REFERENCES release_fixture_schema.polls(id);


--
-- Name: sessions sessions_staff_users_sessions; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.sessions
    ADD CONSTRAINT sessions_staff_users_sessions FOREIGN KEY (staff_user_id) REFERENCES release_fixture_schema.staff_users(id) ON DELETE SET NULL;


--
-- Name: sessions sessions_tablets_sessions; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.sessions
    ADD CONSTRAINT sessions_tablets_sessions FOREIGN KEY (tablet_id) REFERENCES release_fixture_schema.tablets(id) ON DELETE SET NULL;


--
-- Name: sessions sessions_youth_members_sessions; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.sessions
    ADD CONSTRAINT sessions_youth_members_sessions FOREIGN KEY (member_id) REFERENCES release_fixture_schema.youth_members(id) ON DELETE SET NULL;


--
-- Name: signals signals_locations_location; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.signals
    ADD CONSTRAINT signals_locations_location FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: staff_user_locations staff_user_locations_location_id; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.staff_user_locations
    ADD CONSTRAINT staff_user_locations_location_id FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id) ON DELETE CASCADE;


--
-- Name: staff_user_locations staff_user_locations_staff_user_id; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.staff_user_locations
    ADD CONSTRAINT staff_user_locations_staff_user_id FOREIGN KEY (staff_user_id) REFERENCES release_fixture_schema.staff_users(id) ON DELETE CASCADE;


--
-- Name: tablets tablets_locations_tablets; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.tablets
    ADD CONSTRAINT tablets_locations_tablets FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- Name: tablets tablets_staff_users_enrolled_by; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.tablets
    ADD CONSTRAINT tablets_staff_users_enrolled_by FOREIGN KEY (tablet_enrolled_by) REFERENCES release_fixture_schema.staff_users(id) ON DELETE SET NULL;


--
-- Name: thread_responses thread_responses_feedback_threads_responses; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.thread_responses
    ADD CONSTRAINT thread_responses_feedback_threads_responses FOREIGN KEY (feedback_thread_responses) REFERENCES release_fixture_schema.feedback_threads(id);


--
-- Name: thread_responses thread_responses_staff_users_author; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.thread_responses
    ADD CONSTRAINT thread_responses_staff_users_author FOREIGN KEY (thread_response_author) REFERENCES release_fixture_schema.staff_users(id);


--
-- Name: thread_supports thread_supports_feedback_threads_supports; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.thread_supports
    ADD CONSTRAINT thread_supports_feedback_threads_supports FOREIGN KEY (feedback_thread_supports) REFERENCES release_fixture_schema.feedback_threads(id);


--
-- Name: thread_supports thread_supports_youth_members_supports; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.thread_supports
    ADD CONSTRAINT thread_supports_youth_members_supports FOREIGN KEY (youth_member_supports) REFERENCES release_fixture_schema.youth_members(id);


--
-- Name: youth_members youth_members_locations_members; Type: FK CONSTRAINT; Schema: release_fixture_schema; Owner: -
--

ALTER TABLE ONLY release_fixture_schema.youth_members
    ADD CONSTRAINT youth_members_locations_members FOREIGN KEY (location_id) REFERENCES release_fixture_schema.locations(id);


--
-- PostgreSQL database dump complete
--


