package policy

import (
	"fmt"
	"io"
	"os"

	"github.com/addlint/addlint/internal/filekind"
)

// maxUserFile bounds a policy or data file read from the repository under
// review: real ones are kilobytes.
const maxUserFile = 16 << 20

// readUserFile reads a policy or data file the user named or a policy
// directory holds. It refuses what is not a regular file once symbolic links
// are followed (a link to /dev/zero or to a named pipe would otherwise be
// read forever or block) and files over maxUserFile.
func readUserFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if mode := info.Mode(); !mode.IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file: it is %s", path, filekind.Describe(mode))
	}
	if info.Size() > maxUserFile {
		return nil, fmt.Errorf("%s: %d bytes, over the limit of %d for a policy or data file", path, info.Size(), maxUserFile)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, maxUserFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(src) > maxUserFile {
		return nil, fmt.Errorf("%s: over the limit of %d bytes for a policy or data file", path, maxUserFile)
	}
	return src, nil
}
