package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunWritesTheCorpus(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-n", "10", "-seed", "4", "-out", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	files, err := filepath.Glob(filepath.Join(dir, "team-00", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 10 {
		t.Errorf("wrote %d files, want 10", len(files))
	}
	if !strings.Contains(stdout.String(), "wrote 10 documents") || !strings.Contains(stdout.String(), "1 with planted defects") {
		t.Errorf("summary %q", stdout.String())
	}
	content, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(content, []byte("# Architecture Design Document: ")) {
		t.Errorf("%s does not start with the template's H1", files[0])
	}
}

func TestRunRefusesBadUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-n", "3"},
		{"-out", t.TempDir(), "-n", "0"},
		{"-out", t.TempDir(), "extra"},
		{"-bogus"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
		if stderr.Len() == 0 {
			t.Errorf("run(%q) explained nothing on stderr", args)
		}
	}
}
