-- The community needs report reads every call, need and referral, and matches them by the call's
-- id. Indexes that hold just what it reads, ordered by that id, let it read them side by side in
-- one pass each (a merge, no lookups), in half the pages (a year of a busy centre: a million
-- calls). The needs' and referrals' replace the narrower index on the call's id they start with.
CREATE INDEX call_report ON call(id, started_at, state, municipality, language);
DROP INDEX caller_need_call;
CREATE INDEX caller_need_report ON caller_need(call_id, term_code, met, unmet_reason);
DROP INDEX referral_call;
CREATE INDEX referral_report ON referral(call_id, service_id, organization_name, service_name);
