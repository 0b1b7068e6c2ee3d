package config

import (
	"os"
	"path/filepath"
	"testing"
)

// mkfile creates path (and its directories) with the given content.
func mkfile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	// outer/.addlint.yaml sits above the repository root and must not be found.
	mkfile(t, filepath.Join(root, "outer", FileName), "profile: add\n")
	mkfile(t, filepath.Join(root, "outer", "repo", ".git", "HEAD"), "ref: refs/heads/main\n")
	mkfile(t, filepath.Join(root, "outer", "repo", "sub", "deep", "x.md"), "")
	// withcfg has a .yml at the repository root and a .yaml and .yml side by side below.
	mkfile(t, filepath.Join(root, "withcfg", ".git"), "gitdir: elsewhere\n")
	mkfile(t, filepath.Join(root, "withcfg", AltFileName), "")
	mkfile(t, filepath.Join(root, "withcfg", "a", FileName), "")
	mkfile(t, filepath.Join(root, "withcfg", "a", AltFileName), "")
	mkfile(t, filepath.Join(root, "withcfg", "a", "b", "c", "x.md"), "")
	mkfile(t, filepath.Join(root, "withcfg", "other", "x.md"), "")
	// A directory named .addlint.yaml is not a config.
	if err := os.MkdirAll(filepath.Join(root, "withcfg", "dirnamed", FileName), 0o750); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name  string
		start string
		want  string
	}{
		{"stops at the repository root", "outer/repo/sub/deep", ""},
		{"found at the start", "outer", "outer/" + FileName},
		{"nearest wins, .yaml before .yml", "withcfg/a/b/c", "withcfg/a/" + FileName},
		{".yml at the repository root (.git is a file)", "withcfg/other", "withcfg/" + AltFileName},
		{"a directory with the config's name is skipped", "withcfg/dirnamed", "withcfg/" + AltFileName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Find(filepath.Join(root, tt.start))
			if err != nil {
				t.Fatal(err)
			}
			want := ""
			if tt.want != "" {
				want = filepath.Join(root, tt.want)
			}
			if got != want {
				t.Errorf("Find(%s) = %q, want %q", tt.start, got, want)
			}
		})
	}
}

func TestFindRelative(t *testing.T) {
	root := t.TempDir()
	mkfile(t, filepath.Join(root, ".git", "HEAD"), "")
	mkfile(t, filepath.Join(root, FileName), "")
	mkfile(t, filepath.Join(root, "docs", "arch", "x.md"), "")
	t.Chdir(filepath.Join(root, "docs"))

	// The result is relative to the current directory, like startDir.

	tests := map[string]string{
		".":        "../" + FileName,
		"arch":     "../" + FileName,
		"./arch/.": "../" + FileName,
		"..":       "../" + FileName,
	}
	for start, want := range tests {
		got, err := Find(start)
		if err != nil {
			t.Fatal(err)
		}
		if got != filepath.FromSlash(want) {
			t.Errorf("Find(%q) = %q, want %q", start, got, want)
		}
	}
}
