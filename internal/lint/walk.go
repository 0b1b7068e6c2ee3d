package lint

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// walk adds the Markdown files under root. Symbolic links are not followed
// (no loops, nothing outside root); hidden directories and files,
// node_modules, vendor and what the config ignores are skipped. With `files`
// globs in the config, the files they match are added; without, every
// Markdown file is added for ADD detection after parsing.
func (d *discovery) walk(ctx context.Context, root string) error {
	start := root
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		// root names a symbolic link to a directory: a trailing separator
		// makes WalkDir descend into it rather than report the link.
		start = root + string(filepath.Separator)
	}
	err := filepath.WalkDir(start, func(path string, entry fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			d.addProblem(path, walkProblem(err))
			if entry != nil && entry.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path == start {
			return nil
		}
		return d.visit(path, entry)
	})
	if err != nil {
		return fmt.Errorf("lint: walking %s: %w", root, err)
	}
	return nil
}

// visit decides about one entry found by walk.
func (d *discovery) visit(path string, entry fs.DirEntry) error {
	name := entry.Name()
	if entry.IsDir() {
		if skippedDir(name) || d.r.match.ignored(path) {
			return fs.SkipDir
		}
		return nil
	}
	if !entry.Type().IsRegular() || isHidden(name) {
		return nil
	}
	d.consider(path)
	return nil
}

// walkProblem describes an error met while walking, without the operation
// name that *fs.PathError adds.
func walkProblem(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
