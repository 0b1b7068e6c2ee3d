package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/addlint/addlint/internal/config"
)

// matcher matches paths against the config's globs, which are relative to
// the config's directory.
type matcher struct {
	cwd    string
	dir    string
	files  []string
	ignore []string
}

// newMatcher resolves the config's directory against the current directory.
func newMatcher(cfg *config.Config) (*matcher, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("lint: finding the current directory: %w", err)
	}
	dir := cfg.Dir
	switch {
	case dir == "":
		dir = cwd
	case !filepath.IsAbs(dir):
		dir = filepath.Join(cwd, dir)
	}
	return &matcher{cwd: cwd, dir: dir, files: cfg.Files, ignore: cfg.Ignore}, nil
}

// rel returns path relative to the config's directory, slash-separated, or
// false when path lies outside it.
func (m *matcher) rel(path string) (string, bool) {
	abs := path
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(m.cwd, path)
	}
	rel, err := filepath.Rel(m.dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// matchAny reports whether path matches one of globs.
func (m *matcher) matchAny(globs []string, path string) bool {
	if len(globs) == 0 {
		return false
	}
	rel, ok := m.rel(path)
	if !ok {
		return false
	}
	for _, glob := range globs {
		if doublestar.MatchUnvalidated(glob, rel) {
			return true
		}
	}
	return false
}

// ignored reports whether the config's ignore globs cover path.
func (m *matcher) ignored(path string) bool {
	return m.matchAny(m.ignore, path)
}

// selectsFiles reports whether the config lists the files a walk lints.
func (m *matcher) selectsFiles() bool {
	return len(m.files) > 0
}

// selected reports whether the config's files globs cover path.
func (m *matcher) selected(path string) bool {
	return m.matchAny(m.files, path)
}
