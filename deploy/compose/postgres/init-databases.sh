#!/bin/bash
# First start of the PostgreSQL container only: one database per service, each owned by its own user, so a service
# can read and change nothing of another's. Flyway in each service creates the tables.
set -euo pipefail
for service in agenda contribution registration notification; do
  password_variable="${service^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE USER ${service} WITH PASSWORD '${!password_variable}';
CREATE DATABASE ${service} OWNER ${service};
REVOKE ALL ON DATABASE ${service} FROM PUBLIC;
SQL
done
