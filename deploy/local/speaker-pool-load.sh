#!/usr/bin/env bash
# Fires concurrent speaker registrations at a meeting of the running local system (./plenary-local), spread over
# the registration-service instances given, and prints the status counts and the pool afterwards.
#
#   deploy/local/speaker-pool-load.sh MEETING [DELEGATIONS] [ATTEMPTS] [PORT...]
#
# A second instance on the same database (start it in another terminal, from the repository root):
#   QUARKUS_HTTP_PORT=8093 QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:15432/registration \
#   QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 \
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION=file://$PWD/.plenary/keys/dev-jwt-public.pem \
#   MP_JWT_VERIFY_ISSUER=https://plenary.local/dev java -jar registration-service/target/quarkus-app/quarkus-run.jar
# then: deploy/local/speaker-pool-load.sh C20-VC 193 1000 8083 8093
set -euo pipefail
cd "$(dirname "$0")/../.."
source .plenary/tokens.env
meeting=${1:?meeting id, e.g. C20-VC}
delegations=${2:-193}
attempts=${3:-1000}
shift $(( $# < 3 ? $# : 3 ))
ports=("${@:-8083}")
states=($(curl -s -H "Authorization: Bearer $SECRETARIAT_TOKEN" localhost:8083/member-states \
  | grep -o '"code":"[A-Z]*"' | cut -d'"' -f4 | head -"$delegations"))
export SECRETARIAT_TOKEN meeting
export STATES="${states[*]}" PORTS="${ports[*]}"
seq 0 $((attempts - 1)) | xargs -P 64 -I{} bash -c '
  states=($STATES); ports=($PORTS); i={}
  state=${states[$((i % ${#states[@]}))]}; port=${ports[$((i % ${#ports[@]}))]}
  curl -s -o /dev/null -w "%{http_code}\n" -X POST -H "Authorization: Bearer $SECRETARIAT_TOKEN" \
    -H "Content-Type: application/json" \
    -d "{\"name\":\"Speaker $i\",\"email\":\"speaker$i.$state@load.example.org\",\"language\":\"en\",\"role\":\"SPEAKER\"}" \
    "localhost:$port/meetings/$meeting/delegations/$state/participants"' | sort | uniq -c
curl -s -H "Authorization: Bearer $SECRETARIAT_TOKEN" "localhost:8083/meetings/$meeting/capacity" \
  | grep -o '"speakers":{[^}]*}'
echo "most speakers in one delegation: $(curl -s -H "Authorization: Bearer $SECRETARIAT_TOKEN" \
  "localhost:8083/meetings/$meeting/capacity" | grep -o '"speakers":[0-9]*,"viewers"' | cut -d: -f2 | cut -d, -f1 \
  | sort -n | tail -1)"
