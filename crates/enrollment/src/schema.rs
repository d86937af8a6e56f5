//! Diesel table definitions, written by hand for both backends: only portable types.

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        password_hash -> Text,
        display_name -> Text,
        certificate_name -> Text,
        role -> Text,
        language -> Text,
        country -> Text,
        gender -> Nullable<Text>,
        org_type -> Nullable<Text>,
        org_name -> Nullable<Text>,
        wants_accommodations -> Bool,
        email_verified_at -> Nullable<Timestamp>,
        must_change_password -> Bool,
        session_epoch -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    levels (id) {
        id -> BigInt,
        slug -> Text,
        position -> Integer,
        data -> Text,
        active -> Bool,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    modules (id) {
        id -> BigInt,
        slug -> Text,
        level_id -> BigInt,
        position -> Integer,
        current_version -> Integer,
        active -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    module_versions (id) {
        id -> BigInt,
        module_id -> BigInt,
        version -> Integer,
        content_hash -> Text,
        data -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    lesson_pages (id) {
        id -> BigInt,
        module_version_id -> BigInt,
        lesson_slug -> Text,
        position -> Integer,
        lang -> Text,
        title -> Text,
        html -> Text,
    }
}

diesel::table! {
    module_images (id) {
        id -> BigInt,
        module_version_id -> BigInt,
        file_name -> Text,
        content_type -> Text,
        bytes -> Binary,
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Binary,
        created_at -> Timestamp,
    }
}

diesel::table! {
    email_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        new_email -> Nullable<Text>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        kind -> Text,
        recipient -> Text,
        lang -> Text,
        params -> Text,
        attachment_name -> Nullable<Text>,
        attachment -> Nullable<Binary>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    enrolments (id) {
        id -> BigInt,
        user_id -> BigInt,
        module_id -> BigInt,
        module_version -> Integer,
        enrolled_at -> Timestamp,
        completed_at -> Nullable<Timestamp>,
        last_lesson_slug -> Nullable<Text>,
        last_activity_at -> Timestamp,
    }
}

diesel::table! {
    lesson_progress (id) {
        id -> BigInt,
        enrolment_id -> BigInt,
        lesson_slug -> Text,
        position -> Integer,
        completed_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sync_events (user_id, client_event_id) {
        user_id -> BigInt,
        client_event_id -> Text,
        applied_at -> Timestamp,
    }
}

diesel::table! {
    quiz_attempts (id) {
        id -> BigInt,
        public_id -> Text,
        enrolment_id -> BigInt,
        user_id -> BigInt,
        module_id -> BigInt,
        module_version -> Integer,
        attempt_no -> Integer,
        lang -> Text,
        seed -> BigInt,
        answers -> Text,
        started_at -> Timestamp,
        deadline_at -> Nullable<Timestamp>,
        submitted_at -> Nullable<Timestamp>,
        score_percent -> Nullable<Double>,
        passed -> Nullable<Bool>,
        result -> Nullable<Text>,
    }
}

diesel::table! {
    api_refresh_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        family -> Text,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    certificates (id) {
        id -> Text,
        user_id -> Nullable<BigInt>,
        kind -> Text,
        subject_slug -> Text,
        holder_name -> Text,
        title -> Text,
        lang -> Text,
        completed_on -> Text,
        key_id -> Text,
        payload -> Text,
        issued_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revoke_reason -> Nullable<Text>,
        hidden -> Bool,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor_id -> Nullable<BigInt>,
        actor_label -> Text,
        action -> Text,
        subject -> Text,
        detail -> Text,
    }
}

diesel::joinable!(email_tokens -> users (user_id));
diesel::joinable!(enrolments -> users (user_id));
diesel::joinable!(enrolments -> modules (module_id));
diesel::joinable!(lesson_progress -> enrolments (enrolment_id));
diesel::joinable!(quiz_attempts -> enrolments (enrolment_id));
diesel::joinable!(api_refresh_tokens -> users (user_id));
diesel::joinable!(certificates -> users (user_id));
diesel::joinable!(modules -> levels (level_id));
diesel::joinable!(module_versions -> modules (module_id));
diesel::joinable!(lesson_pages -> module_versions (module_version_id));
diesel::joinable!(module_images -> module_versions (module_version_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    audit_log,
    levels,
    modules,
    module_versions,
    lesson_pages,
    module_images,
    app_secrets,
    email_tokens,
    outbox,
    enrolments,
    lesson_progress,
    sync_events,
    quiz_attempts,
    api_refresh_tokens,
    certificates,
    module_version_files,
    level_sources,
    module_authors,
    module_drafts,
    module_draft_files,
    translation_sources,
);

diesel::table! {
    backups (id) {
        id -> BigInt,
        taken_at -> Timestamp,
        method -> Text,
        destination -> Text,
        size_bytes -> BigInt,
    }
}

diesel::table! {
    module_version_files (id) {
        id -> BigInt,
        module_version_id -> BigInt,
        path -> Text,
        bytes -> Binary,
    }
}

diesel::table! {
    level_sources (level_id) {
        level_id -> BigInt,
        bytes -> Binary,
    }
}

diesel::table! {
    module_authors (module_id, user_id) {
        module_id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    module_drafts (module_id) {
        module_id -> BigInt,
        base_version -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    module_draft_files (id) {
        id -> BigInt,
        module_id -> BigInt,
        path -> Text,
        bytes -> Binary,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    translation_sources (module_id, field, lang) {
        module_id -> BigInt,
        field -> Text,
        lang -> Text,
        source_hash -> Text,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(module_version_files -> module_versions (module_version_id));
diesel::joinable!(module_authors -> modules (module_id));
diesel::joinable!(level_sources -> levels (level_id));
diesel::joinable!(module_authors -> users (user_id));
diesel::table! {
    auth_throttle (scope, subject) {
        scope -> Text,
        subject -> Text,
        failures -> Integer,
        last_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    revoked_sessions (sid_hash) {
        sid_hash -> Text,
        expires_at -> Timestamp,
    }
}
