// Package gitdiff lists the files changed between a git revision and the
// working tree, for `addlint lint --changed-since REF`. It runs the git
// command line: tracked files from `git diff --name-status -M
// --diff-filter=d REF`, untracked ones from `git ls-files --others
// --exclude-standard`.
package gitdiff

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Changed returns the files changed between ref and the working tree of the
// git repository holding dir: files modified, added (staged or untracked but
// not ignored), copied, or renamed (under their new name) since ref, staged
// or not. Deleted files are left out. The paths are relative to dir, sorted,
// each once.
//
// The error says whether git is missing, dir is not in a git repository or
// ref names no commit.
func Changed(ctx context.Context, dir, ref string) ([]string, error) {
	if ref == "" || strings.HasPrefix(ref, "-") {
		return nil, fmt.Errorf("%q is not a git revision", ref)
	}
	top, err := topLevel(ctx, dir)
	if err != nil {
		return nil, err
	}
	commit, err := resolve(ctx, dir, ref)
	if err != nil {
		return nil, err
	}
	diff, err := run(ctx, top, "diff", "--name-status", "-z", "-M", "--diff-filter=d", "--no-ext-diff", commit, "--")
	if err != nil {
		return nil, fmt.Errorf("listing the files changed since %s: %w", ref, err)
	}
	untracked, err := run(ctx, top, "ls-files", "-z", "--others", "--exclude-standard")
	if err != nil {
		return nil, fmt.Errorf("listing untracked files: %w", err)
	}
	changed := parseNameStatus(diff)
	changed = append(changed, splitNul(untracked)...)
	return relativeTo(dir, top, changed)
}

// topLevel returns the root of the working tree holding dir.
func topLevel(ctx context.Context, dir string) (string, error) {
	out, err := run(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		var notFound *exec.Error
		if errors.As(err, &notFound) {
			return "", fmt.Errorf("git is needed to find changed files: %w", err)
		}
		return "", fmt.Errorf("%s is not in a git working tree: %w", dir, err)
	}
	top := strings.TrimRight(string(out), "\r\n")
	if top == "" {
		return "", fmt.Errorf("%s is not in a git working tree (a bare repository?)", dir)
	}
	return filepath.FromSlash(top), nil
}

// resolve returns the commit that ref names.
func resolve(ctx context.Context, dir, ref string) (string, error) {
	out, err := run(ctx, dir, "rev-parse", "--verify", "--quiet", ref+"^{commit}")
	commit := strings.TrimSpace(string(out))
	if err != nil || commit == "" {
		return "", fmt.Errorf("unknown revision %q: no such branch, tag or commit here (in CI, fetch it first, e.g. with fetch-depth: 0)", ref)
	}
	return commit, nil
}

// parseNameStatus reads the output of `git diff --name-status -z`: a status
// (M, A, T, R100, C75, ...) then one path, or two (old, new) for renames and
// copies. It returns the paths that exist after the change.
func parseNameStatus(out []byte) []string {
	fields := splitNul(out)
	var paths []string
	for i := 0; i < len(fields); {
		status := fields[i]
		i++
		names := 1
		if strings.HasPrefix(status, "R") || strings.HasPrefix(status, "C") {
			names = 2
		}
		if i+names > len(fields) {
			break
		}
		path := fields[i+names-1]
		i += names
		if !strings.HasPrefix(status, "D") {
			paths = append(paths, path)
		}
	}
	return paths
}

// splitNul splits NUL-terminated fields.
func splitNul(out []byte) []string {
	var fields []string
	for _, field := range bytes.Split(out, []byte{0}) {
		if len(field) > 0 {
			fields = append(fields, string(field))
		}
	}
	return fields
}

// relativeTo turns paths relative to the working tree top into paths
// relative to dir, sorted and without duplicates.
func relativeTo(dir, top string, paths []string) ([]string, error) {
	base, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("resolving %s: %w", dir, err)
	}
	// git reports the top level with symbolic links resolved; so must base
	// be for the relative paths to be right.
	if real, err := filepath.EvalSymlinks(base); err == nil {
		base = real
	}
	result := make([]string, 0, len(paths))
	for _, p := range paths {
		rel, err := filepath.Rel(base, filepath.Join(top, filepath.FromSlash(p)))
		if err != nil {
			return nil, fmt.Errorf("resolving %s: %w", p, err)
		}
		result = append(result, rel)
	}
	slices.Sort(result)
	return slices.Compact(result), nil
}

// run runs git with args in dir and returns its standard output. A failure
// carries git's first line of standard error.
func run(ctx context.Context, dir string, args ...string) ([]byte, error) {
	// The program is always git, and no argument can be read as an option
	// it was not meant to be: Changed refuses revisions starting with "-".
	cmd := exec.CommandContext(ctx, "git", args...) //nolint:gosec // G204: see above.
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := firstLine(stderr.String())
		if msg == "" {
			msg = fmt.Sprintf("git %s: %v", args[0], err)
		}
		return nil, &commandError{message: msg, err: err}
	}
	return stdout.Bytes(), nil
}

// commandError is a failed git command: its message is what git said, and
// it wraps the error of exec (an *exec.ExitError or *exec.Error).
type commandError struct {
	message string
	err     error
}

func (e *commandError) Error() string { return e.message }

func (e *commandError) Unwrap() error { return e.err }

// firstLine returns the first non-empty line of s, trimmed.
func firstLine(s string) string {
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}
