package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/addlint/addlint/internal/filekind"

	"github.com/addlint/addlint/internal/config"
)

// Errors ReadFile wraps, for callers that test with errors.Is.
var (
	// ErrNotRegular is a path that is not a regular file (a directory, a
	// named pipe, a device, a socket).
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge is a file over the size limit.
	ErrTooLarge = errors.New("file too large")
)

// ReadFile reads the regular file at path, refusing anything else (a named
// pipe or a device is refused without being opened for reading, so it cannot
// block) and any file over maxSize bytes (checked before reading). A maxSize
// of 0 or less means config.DefaultMaxFileSize. Every error names the file.
func ReadFile(path string, maxSize int64) ([]byte, error) {
	if maxSize <= 0 {
		maxSize = config.DefaultMaxFileSize
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	if err := checkFileInfo(path, info, maxSize); err != nil {
		return nil, err
	}
	// The non-blocking flag keeps the open from hanging should the file be
	// swapped for a named pipe after the check above.
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlockingOpen, 0)
	if err != nil {
		return nil, pathError(path, err)
	}
	defer f.Close()
	info, err = f.Stat()
	if err != nil {
		return nil, pathError(path, err)
	}
	if err := checkFileInfo(path, info, maxSize); err != nil {
		return nil, err
	}
	src, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, pathError(path, err)
	}
	if int64(len(src)) > maxSize {
		return nil, tooLarge(path, "", maxSize)
	}
	return src, nil
}

// readLimited reads r, the content reported as path, refusing more than
// maxSize bytes.
func readLimited(path string, r io.Reader, maxSize int64) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(src)) > maxSize {
		return nil, tooLarge(path, "", maxSize)
	}
	return src, nil
}

// checkFileInfo refuses a file that is not regular or is over maxSize.
func checkFileInfo(path string, info fs.FileInfo, maxSize int64) error {
	mode := info.Mode()
	if !mode.IsRegular() {
		return fmt.Errorf("%s: %w: it is %s", path, ErrNotRegular, filekind.Describe(mode))
	}
	if info.Size() > maxSize {
		return tooLarge(path, config.FormatSize(info.Size())+", ", maxSize)
	}
	return nil
}

// tooLarge is the error for a file over the size limit; size is the file's
// size followed by ", ", or "" when unknown.
func tooLarge(path, size string, maxSize int64) error {
	return fmt.Errorf("%s: %w: %sover the limit of %s (set limits.max-file-size in .addlint.yaml to raise it)",
		path, ErrTooLarge, size, config.FormatSize(maxSize))
}

// pathError names path in err, dropping the operation ("open", "stat") that
// *fs.PathError adds: "docs/a.md: permission denied".
func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return fmt.Errorf("%s: %w", path, err)
}
