//go:build unix

package policy_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/policy"
)

func TestPolicyAndDataFilesThatAreNotFilesAreRefused(t *testing.T) {
	dir := t.TempDir()
	links := map[string]string{"zero.rego": "/dev/zero", "zero.yaml": "/dev/zero"}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.rego"), 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	for name, opts := range map[string]policy.Options{
		"a policy linked to /dev/zero": {PolicyDirs: []string{filepath.Join(dir, "zero.rego")}},
		"a policy that is a FIFO":      {PolicyDirs: []string{filepath.Join(dir, "pipe.rego")}},
		"data linked to /dev/zero":     {DataFiles: []string{filepath.Join(dir, "zero.yaml")}},
	} {
		t.Run(name, func(t *testing.T) {
			opts.Bundle = entryBundle()
			start := time.Now()
			_, err := policy.New(context.Background(), opts)
			if err == nil || !strings.Contains(err.Error(), ": not a regular file: it is a ") {
				t.Errorf("New = %v, want a refusal", err)
			}
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("took %s", elapsed)
			}
		})
	}
}
