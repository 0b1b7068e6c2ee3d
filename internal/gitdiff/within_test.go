package gitdiff

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestWithin(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"docs/arch", "docs/archive", "adr"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o750); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	paths := []string{"README.md", "docs/arch/a.md", "docs/archive/b.md", "adr/c.md", "docs/x.md"}
	tests := []struct {
		name  string
		roots []string
		want  []string
	}{
		{"no roots keep all", nil, paths},
		{"a directory keeps what is inside it, not its namesakes", []string{"docs/arch"}, []string{"docs/arch/a.md"}},
		{"a cleaned directory with a trailing slash", []string{"./docs/"}, []string{"docs/arch/a.md", "docs/archive/b.md", "docs/x.md"}},
		{"a file keeps itself", []string{"README.md", "adr/c.md"}, []string{"README.md", "adr/c.md"}},
		{"the current directory keeps all", []string{"."}, paths},
		{"a glob", []string{"docs/**/*.md"}, []string{"docs/arch/a.md", "docs/archive/b.md", "docs/x.md"}},
		{"an absolute directory", []string{filepath.Join(dir, "adr")}, []string{"adr/c.md"}},
		{"nothing matches", []string{"missing"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Within(paths, tt.roots)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Within(%q) = %q, want %q", tt.roots, got, tt.want)
			}
		})
	}
}

func TestWithinBadGlob(t *testing.T) {
	t.Chdir(t.TempDir())
	if _, err := Within([]string{"a.md"}, []string{"docs/[oops"}); err == nil {
		t.Error("a malformed glob was accepted")
	}
}
