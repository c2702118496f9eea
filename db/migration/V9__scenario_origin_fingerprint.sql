-- What a scenario's origin looked like when the scenario was copied from it: a fingerprint per
-- delegation, engagement, assignment, closure and weight (JSON). Adoption compares the live plan with
-- it to say what changed there since the copy when the live plan's revision has moved.
alter table plan add column origin_fingerprint text;
