#!/usr/bin/env bash
# Submit a campaign to Slurm as N shards plus a dependent merge-and-report job.
#   scripts/slurm/submit.sh CAMPAIGN.yaml OUT_DIR N
set -euo pipefail
campaign=$1; out=$2; shards=$3
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
jid=$(sbatch --parsable --array=0-$((shards - 1)) --export=ALL,QCF_CAMPAIGN="$campaign",QCF_OUT="$out" "$here/qcf-shard.sbatch")
sbatch --parsable --dependency=afterok:"$jid" --export=ALL,QCF_OUT="$out" "$here/merge.sbatch"
