-- Calendar feed tokens (product.md: own calendar feed token, issue and revoke). V2 gave every account
-- a column for the token's hash; a feed URL carries the token itself, which is never stored.

-- Only a SHA-256 hash in lower-case hex is ever written, so that a clear token cannot end up here by mistake.
alter table account add constraint account_feed_token_hash_is_sha256
    check (feed_token_hash is null or feed_token_hash ~ '^[0-9a-f]{64}$');

-- When the current token was issued: shown to its owner, so that an old URL can be told from a new one.
alter table account add column feed_token_issued_at timestamptz;
alter table account add constraint account_feed_token_issued_with_hash
    check ((feed_token_hash is null) = (feed_token_issued_at is null));
