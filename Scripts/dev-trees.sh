#!/usr/bin/env bash
# The dev products as the checks and labels name them (vpc, clb, ccs, cmq, as, cbs, monitor,
# batch), made in the folder given as links into the published docs (../shared/docs/api), and g20
# (API 3.0 pages outside these products) where ../shared/trees still has it. Prints the folder.
#   trees=$(bash Scripts/dev-trees.sh FOLDER)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
docs=$(cd "$shared/docs/api" && pwd)
out=$1/dev-trees
mkdir -p "$out"
while read -r name folder; do
  ln -sfn "$docs/$folder" "$out/$name"
done <<'LIST'
vpc 计算与网络/私有网络
clb 计算与网络/负载均衡
ccs 计算与网络/容器服务
cmq 计算与网络/消息队列
as 计算与网络/弹性伸缩
cbs 计算与网络/云硬盘
monitor 监控与管理/云监控
batch 计算与网络/批量计算
LIST
[ -d "$shared/trees/g20" ] && ln -sfn "$(cd "$shared/trees/g20" && pwd)" "$out/g20"
echo "$out"
