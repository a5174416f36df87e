-- The full-text index merges its pieces a little at a time as it is written to ("automerge"),
-- and all at once when one level holds "crisismerge" pieces (16 by default). Built whole (an
-- import, a first sync) it is left at that edge: the next small change merged everything, 2 to
-- 3 seconds in the middle of a sync of 1,000 services that otherwise takes a fifth of that.
-- With room for 64 pieces the small merges keep up, and such a change stays small.
INSERT INTO service_fts (service_fts, rank) VALUES ('crisismerge', 64);
