-- Hardening (decisions 0163-0165): the rate limiter's buckets when instances share them (postgres profile;
-- the table is created everywhere so both databases have one schema), the addresses each account signed in
-- from (an account is never held back at an address it used), and repeated audit entries kept as one row
-- with a count.

create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);

create table sign_in_address (
    account      varchar(100) not null,
    address_hash varchar(64)  not null,
    last_success timestamp with time zone not null,
    primary key (account, address_hash)
);

alter table audit_entry add column repeats integer default 1 not null;
alter table audit_entry add column last_at timestamp with time zone;
