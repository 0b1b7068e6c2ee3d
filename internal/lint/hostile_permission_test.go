//go:build unix

package lint_test

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/addlint/addlint/internal/lint"
)

// unreadableDirEnv names, in the environment of a child test process, the
// directory TestUnreadableFileAmongGoodOnes prepared.
const unreadableDirEnv = "ADDLINT_TEST_UNREADABLE_DIR"

// nobody is the user the test runs as when it is started as root, which
// reads every file whatever its permissions.
const nobody = 65534

func TestUnreadableFileAmongGoodOnes(t *testing.T) {
	if dir := os.Getenv(unreadableDirEnv); dir != "" {
		t.Chdir(dir)
		checkUnreadable(t)
		return
	}
	dir, err := os.MkdirTemp("", "addlint-unreadable-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	// World-readable, so that the child can enter it as nobody.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, mode := range map[string]os.FileMode{"good-add.md": 0o644, "secret-add.md": 0} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(addTitle+"Owner: [Name]\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
	}
	if os.Geteuid() != 0 {
		t.Chdir(dir)
		checkUnreadable(t)
		return
	}
	// Root reads every file: run this test again as nobody, from a copy of
	// the test binary that nobody may execute.
	binary := filepath.Join(dir, "lint.test")
	if err := copyExecutable(os.Args[0], binary); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "-test.run=^TestUnreadableFileAmongGoodOnes$", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), unreadableDirEnv+"="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil && strings.Contains(err.Error(), "operation not permitted") {
		t.Skipf("cannot run as nobody: %v", err)
	}
	if err != nil || !strings.Contains(string(out), "--- PASS: TestUnreadableFileAmongGoodOnes") {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
}

// checkUnreadable lints the prepared directory: the unreadable file is an
// error naming it, the readable one is linted.
func checkUnreadable(t *testing.T) {
	res := run(t, lint.Options{Paths: []string{"good-add.md", "secret-add.md"}})
	want := []string{"good-add.md 3:8 warning placeholder", "ERROR secret-add.md: permission denied"}
	if got := summary(res); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// copyExecutable copies the file at from to to, executable by everyone.
func copyExecutable(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		_ = dst.Close()
		return err
	}
	return dst.Close()
}
