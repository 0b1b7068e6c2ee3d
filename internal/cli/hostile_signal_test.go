//go:build unix

package cli_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// bigCorpus writes n copies of a complete ADD under dir/docs, enough to keep
// the linter busy for many seconds.
func bigCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	src, err := os.ReadFile("../../testdata/docs/complete-approved.md")
	if err != nil {
		t.Fatal(err)
	}
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o750); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(docs, fmt.Sprintf("%04d-add.md", i)), src, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// startAddlint starts the addlint command that testscript.Main (see
// TestMain) put on $PATH: this test binary, run as cli.Main.
func startAddlint(t *testing.T, dir string, stderr *bytes.Buffer, args ...string) *exec.Cmd {
	t.Helper()
	path, err := exec.LookPath("addlint")
	if err != nil {
		t.Skipf("no addlint command on $PATH: %v", err)
	}
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// waitFor waits for cmd to end, killing it after limit.
func waitFor(t *testing.T, cmd *exec.Cmd, limit time.Duration) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		_ = cmd.Process.Kill()
		err := <-done
		t.Fatalf("addlint still ran %s after the signal (killed: %v)", limit, err)
		return nil
	}
}

// leftovers lists the files in dir other than docs.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != "docs" {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestSignalDuringLintLeavesNoReport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs addlint over a big corpus")
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			bigCorpus(t, dir, 3000)
			var stderr bytes.Buffer
			cmd := startAddlint(t, dir, &stderr, "lint", "--format", "json", "--output", "report.json", "--jobs", "2", "docs")
			// Long enough to be linting (the policies compile in well under
			// a second), far shorter than linting 3,000 documents.
			time.Sleep(1500 * time.Millisecond)
			sent := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := waitFor(t, cmd, 30*time.Second)
			stopped := time.Since(sent)
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 2 {
				t.Fatalf("exit: %v, want exit status 2; stderr:\n%s", err, stderr.String())
			}
			if !strings.Contains(stderr.String(), "addlint: interrupted: ") {
				t.Errorf("stderr = %q, want it to say the run was interrupted", stderr.String())
			}
			if names := leftovers(t, dir); len(names) > 0 {
				t.Errorf("files left behind: %q (want no report and no temporary file)", names)
			}
			if stopped > 10*time.Second {
				t.Errorf("addlint took %s to stop after the signal", stopped)
			}
			t.Logf("stopped %s after %s; stderr: %s", stopped.Round(time.Millisecond), sig, strings.TrimSpace(stderr.String()))
		})
	}
}

func TestUninterruptedLintWritesItsReport(t *testing.T) {
	dir := t.TempDir()
	bigCorpus(t, dir, 3)
	var stderr bytes.Buffer
	cmd := startAddlint(t, dir, &stderr, "lint", "--format", "json", "--output", "report.json", "docs")
	err := waitFor(t, cmd, time.Minute)
	var exit *exec.ExitError
	if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != 1) {
		t.Fatalf("exit: %v; stderr:\n%s", err, stderr.String())
	}
	if names := leftovers(t, dir); len(names) != 1 || names[0] != "report.json" {
		t.Errorf("files: %q, want report.json alone", names)
	}
}
