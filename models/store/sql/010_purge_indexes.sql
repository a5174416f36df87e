-- Caller privacy: the retention purge (CallStore::purgeIdentifying) runs at start and after every
-- sync. These indexes hold only the calls and needs that still carry a name, a phone number or a
-- note, so the purge reads those and not a year of calls.
CREATE INDEX call_identifying ON call(ended_at)
    WHERE caller_name IS NOT NULL OR caller_phone IS NOT NULL OR notes IS NOT NULL;
CREATE INDEX caller_need_noted ON caller_need(call_id) WHERE note IS NOT NULL;
