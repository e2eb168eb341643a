-- An account whose password an administrator set (a new account, or a reset) must choose its own at the next sign-in.
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
