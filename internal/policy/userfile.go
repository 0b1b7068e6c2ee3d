package policy

import (
	"fmt"
	"io"
	"io/fs"
	"os"
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
		return nil, fmt.Errorf("%s: not a regular file: it is %s", path, describeMode(mode))
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

// describeMode names the kind of a file that is not regular.
func describeMode(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a directory"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device"
	}
	return "not a regular file"
}
