package gitdiff

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Within keeps the paths that lie under one of roots: a root names a file
// (kept when equal), a directory (kept when the path is inside it) or, when
// it holds glob metacharacters and is not an existing path, a doublestar
// glob the path must match. Paths and roots are relative to the current
// directory or absolute; the order of paths is kept. No roots keeps all.
func Within(paths, roots []string) ([]string, error) {
	if len(roots) == 0 {
		return paths, nil
	}
	matchers := make([]func(string) bool, 0, len(roots))
	for _, root := range roots {
		match, err := rootMatcher(root)
		if err != nil {
			return nil, err
		}
		matchers = append(matchers, match)
	}
	var kept []string
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("resolving %s: %w", p, err)
		}
		for _, match := range matchers {
			if match(abs) {
				kept = append(kept, p)
				break
			}
		}
	}
	return kept, nil
}

// rootMatcher returns a function reporting whether an absolute path lies
// under root.
func rootMatcher(root string) (func(string) bool, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("resolving %s: %w", root, err)
	}
	if _, statErr := os.Stat(abs); statErr != nil && strings.ContainsAny(root, "*?[{") {
		if !doublestar.ValidatePathPattern(abs) {
			return nil, fmt.Errorf("bad glob %q", root)
		}
		return func(path string) bool {
			ok, _ := doublestar.PathMatch(abs, path)
			return ok
		}, nil
	}
	return func(path string) bool {
		return path == abs || strings.HasPrefix(path, abs+string(filepath.Separator)) || abs == string(filepath.Separator)
	}, nil
}
