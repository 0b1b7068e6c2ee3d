package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Find looks for .addlint.yaml (then .addlint.yml) in startDir and each of
// its parents, stopping after the repository root (a directory holding .git)
// or the file system root. It returns the path of the first file found, or ""
// when there is none. The path is built on startDir: relative when startDir
// is relative ("../.addlint.yaml"), absolute when it is absolute.
func Find(startDir string) (string, error) {
	abs, err := filepath.Abs(startDir)
	if err != nil {
		return "", fmt.Errorf("finding %s from %s: %w", FileName, startDir, err)
	}
	rel := filepath.Clean(startDir)
	for {
		for _, name := range []string{FileName, AltFileName} {
			found, err := isFile(filepath.Join(abs, name))
			if err != nil {
				return "", err
			}
			if found {
				return filepath.Join(rel, name), nil
			}
		}
		root, err := exists(filepath.Join(abs, ".git"))
		if err != nil {
			return "", err
		}
		parent := filepath.Dir(abs)
		if root || parent == abs {
			return "", nil
		}
		abs = parent
		rel = filepath.Join(rel, "..")
		if filepath.IsAbs(startDir) {
			rel = abs
		}
	}
}

// isFile reports whether path exists and is not a directory.
func isFile(path string) (bool, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("finding %s: %w", FileName, err)
	}
	return !info.IsDir(), nil
}

// exists reports whether path exists.
func exists(path string) (bool, error) {
	_, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("finding %s: %w", FileName, err)
	}
	return true, nil
}
