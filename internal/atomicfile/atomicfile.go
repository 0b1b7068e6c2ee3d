// Package atomicfile writes a file so that readers see either its old
// content or the complete new content, never a part: the content goes to a
// temporary file in the same directory, which is synced and then renamed
// over the target.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// newFileMode is the mode of a file that did not exist before: reports are
// meant to be read by other tools and people.
const newFileMode fs.FileMode = 0o644

// Write fills the file at path through fill and replaces it atomically. An
// existing file keeps its permission bits; a symbolic link is followed and
// its target replaced. When fill or any step fails, the temporary file is
// removed, the old content stays, and the error is returned.
func Write(path string, fill func(io.Writer) error) (err error) {
	target, mode, err := resolve(path)
	if err != nil {
		return err
	}
	dir, name := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	temp, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tempPath := temp.Name()
	committed := false
	defer func() {
		if committed {
			return
		}
		closeErr := temp.Close()
		if closeErr != nil && !errors.Is(closeErr, os.ErrClosed) && err == nil {
			err = fmt.Errorf("write %s: %w", path, closeErr)
		}
		if removeErr := os.Remove(tempPath); removeErr != nil && err == nil {
			err = fmt.Errorf("write %s: remove temporary file: %w", path, removeErr)
		}
	}()

	if err := fill(temp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := temp.Chmod(mode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := temp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := temp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tempPath, target); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	committed = true
	syncDir(dir)
	return nil
}

// resolve returns the file to replace (path, or the target of the symbolic
// link at path) and the mode to give it.
func resolve(path string) (string, fs.FileMode, error) {
	target, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, newFileMode, nil
	}
	if err != nil {
		return "", 0, fmt.Errorf("write %s: %w", path, err)
	}
	info, err := os.Stat(target)
	if err != nil {
		return "", 0, fmt.Errorf("write %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return "", 0, fmt.Errorf("write %s: not a regular file", path)
	}
	return target, info.Mode().Perm(), nil
}

// syncDir makes the rename durable where the platform allows syncing a
// directory. The file is already complete and in place, so a failure here
// is not reported: some systems do not support syncing directories.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
