-- Accounts of the office directory (LDAP or OpenID Connect): made at their first sign-in, with no local
-- password, since the directory checks it; their roles come from their directory groups at every sign-in.
-- Every other account is local and keeps a password hash.

alter table account alter column password_hash drop not null;
alter table account add column directory_managed boolean not null default false;
alter table account add constraint account_password_unless_directory
    check ((password_hash is null) = directory_managed);
