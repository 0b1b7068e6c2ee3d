package gitdiff

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// gitEnv isolates git from the user's and the system's configuration.
func gitEnv(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", home)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "Test")
	t.Setenv("GIT_AUTHOR_EMAIL", "test@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "Test")
	t.Setenv("GIT_COMMITTER_EMAIL", "test@example.com")
}

// git runs git in dir, failing the test on an error.
func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// write creates the file name under dir with content.
func write(t *testing.T, dir, name, content string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// newRepo makes a repository with one commit (tagged base) holding kept.md,
// edited.md, deleted.md, old name.md, sub/inner.md and a .gitignore, then
// changes the working tree: edited.md modified (not staged), staged.md
// added, untracked.md and sub/new ü.md untracked, ignored.md ignored,
// deleted.md removed and "old name.md" renamed to "new name.md".
func newRepo(t *testing.T) string {
	t.Helper()
	gitEnv(t)
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	write(t, dir, ".gitignore", "ignored.md\n")
	write(t, dir, "kept.md", "kept\n")
	write(t, dir, "edited.md", "before\n")
	write(t, dir, "deleted.md", "deleted\n")
	write(t, dir, "old name.md", strings.Repeat("a line that makes the rename recognisable\n", 20))
	write(t, dir, "sub/inner.md", "inner\n")
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", "base")
	git(t, dir, "tag", "base")

	write(t, dir, "edited.md", "after\n")
	write(t, dir, "staged.md", "staged\n")
	git(t, dir, "add", "staged.md")
	write(t, dir, "untracked.md", "untracked\n")
	write(t, dir, "sub/new ü.md", "new\n")
	write(t, dir, "ignored.md", "ignored\n")
	git(t, dir, "rm", "-q", "deleted.md")
	git(t, dir, "mv", "old name.md", "new name.md")
	return dir
}

func TestChanged(t *testing.T) {
	dir := newRepo(t)
	got, err := Changed(context.Background(), dir, "base")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"edited.md", "new name.md", "staged.md", filepath.Join("sub", "new ü.md"), "untracked.md"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Changed = %q, want %q", got, want)
	}
}

func TestChangedFromASubdirectory(t *testing.T) {
	dir := newRepo(t)
	got, err := Changed(context.Background(), filepath.Join(dir, "sub"), "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	up := ".." + string(filepath.Separator)
	want := []string{up + "edited.md", up + "new name.md", up + "staged.md", up + "untracked.md", "new ü.md"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Changed = %q, want %q", got, want)
	}
}

func TestChangedWithNothingChanged(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	write(t, dir, "a.md", "a\n")
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", "one")
	got, err := Changed(context.Background(), dir, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("Changed = %q, want nothing", got)
	}
}

func TestChangedErrors(t *testing.T) {
	repo := newRepo(t)
	notRepo := t.TempDir()
	tests := []struct {
		name, dir, ref, want string
	}{
		{"unknown ref", repo, "no-such-branch", `unknown revision "no-such-branch"`},
		{"option-like ref", repo, "--output=/tmp/x", `"--output=/tmp/x" is not a git revision`},
		{"empty ref", repo, "", `"" is not a git revision`},
		{"not a repository", notRepo, "HEAD", "is not in a git working tree: fatal: not a git repository"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Changed(context.Background(), tt.dir, tt.ref)
			if err == nil {
				t.Fatalf("Changed = %q, want an error", got)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestParseNameStatus(t *testing.T) {
	out := []byte("M\x00a.md\x00R087\x00old.md\x00new.md\x00C100\x00src.md\x00copy.md\x00D\x00gone.md\x00A\x00with\nnewline.md\x00")
	want := []string{"a.md", "new.md", "copy.md", "with\nnewline.md"}
	if got := parseNameStatus(out); !reflect.DeepEqual(got, want) {
		t.Errorf("parseNameStatus = %q, want %q", got, want)
	}
	// A truncated record is dropped rather than misread.
	if got := parseNameStatus([]byte("R100\x00only-old.md\x00")); len(got) != 0 {
		t.Errorf("truncated rename gave %q", got)
	}
}
