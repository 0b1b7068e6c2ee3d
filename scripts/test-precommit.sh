#!/usr/bin/env bash
# Tests the pre-commit hook (.pre-commit-hooks.yaml) with the real pre-commit
# framework: `pre-commit try-repo` installs addlint from a snapshot of this
# repository (language: golang, i.e. `go install ./...`) and runs the hook in
# a temporary git repository on a good ADD, a bad ADD, a non-Markdown file
# and a README that is not an ADD. pre-commit's own output is printed.
#
# The snapshot is the working tree as it is (tracked and untracked files that
# git does not ignore), committed in a temporary repository: try-repo on this
# repository itself would install HEAD plus tracked changes only.
#
# Needs git, go and pre-commit (Debian: apt-get install pre-commit). Works
# offline except for the Go module proxy: GOPROXY and GOFLAGS are inherited,
# and GOMODCACHE is exported so that the install reuses the module cache
# instead of starting an empty one in pre-commit's environment.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GOMODCACHE="${GOMODCACHE:-$(go env GOMODCACHE)}"
# Isolate git and pre-commit from the user's configuration and cache.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export PRE_COMMIT_HOME="$work/pre-commit-cache"
export GIT_AUTHOR_NAME=addlint-ci GIT_AUTHOR_EMAIL=ci@example.invalid
export GIT_COMMITTER_NAME=addlint-ci GIT_COMMITTER_EMAIL=ci@example.invalid

pre-commit --version

# 1. A snapshot of the working tree, committed.
snapshot="$work/addlint"
mkdir -p "$snapshot"
(
  cd "$repo"
  git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do
      if [ -f "$file" ] || [ -L "$file" ]; then printf '%s\0' "$file"; fi
    done |
    tar --null --files-from=- -cf -
) | tar -xf - -C "$snapshot"
git -C "$snapshot" init -q
git -C "$snapshot" add -A
git -C "$snapshot" commit -q -m "snapshot of the working tree"

# 2. A project that uses the hook.
project="$work/project"
mkdir -p "$project"
cp "$repo/testdata/docs/complete-approved.md" "$project/good.md"
cp "$repo/testdata/docs/partial.md" "$project/bad.md"
printf 'Release notes: not Markdown, never handed to the hook.\n' >"$project/notes.txt"
printf '# Project\n\nA README is Markdown but not an ADD: --only-adds skips it.\n' >"$project/README.md"
git -C "$project" init -q
git -C "$project" add -A

failures=0
# expect NAME WANT_EXIT FILE PATTERN...: runs the hook on FILE, prints
# pre-commit's output, and checks its exit code and that the output matches
# every (extended regular expression) PATTERN.
expect() {
  local name=$1 want_exit=$2 file=$3 out rc pattern
  shift 3
  printf '\n--- %s: pre-commit try-repo <snapshot> addlint --files %s\n' "$name" "$file"
  set +e
  out=$(cd "$project" && pre-commit try-repo "$snapshot" addlint --verbose --color never --files "$file" 2>&1)
  rc=$?
  set -e
  printf '%s\n' "$out"
  if [ "$rc" -ne "$want_exit" ]; then
    printf 'FAIL: %s: exit %d, want %d\n' "$name" "$rc" "$want_exit"
    failures=$((failures + 1))
    return
  fi
  for pattern in "$@"; do
    if ! grep -Eq -- "$pattern" <<<"$out"; then
      printf 'FAIL: %s: output lacks /%s/\n' "$name" "$pattern"
      failures=$((failures + 1))
      return
    fi
  done
  printf 'ok: %s (exit %d)\n' "$name" "$rc"
}

expect "good ADD passes" 0 good.md 'addlint\.+Passed' 'No problems found in 1 file'
expect "bad ADD fails with its findings" 1 bad.md 'addlint\.+Failed' 'bad\.md:[0-9]+:[0-9]+ +error .*\[required-section\]'
expect "non-Markdown file is skipped" 0 notes.txt 'addlint\.+\(no files to check\)Skipped'
expect "README that is not an ADD passes silently" 0 README.md 'addlint\.+Passed' 'No problems found in 0 files'

if [ "$failures" -ne 0 ]; then
  printf '\n%d pre-commit check(s) failed\n' "$failures"
  exit 1
fi
printf '\nall pre-commit checks passed\n'
