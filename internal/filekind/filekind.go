// Package filekind names the kind of a file that is not a regular file, for
// the errors that refuse to read it (a FIFO would block, a device would never
// end).
package filekind

import "io/fs"

// Describe names the kind of file mode as a noun phrase ("a named pipe
// (FIFO)", "a device"), or "a regular file".
func Describe(mode fs.FileMode) string {
	switch {
	case mode.IsRegular():
		return "a regular file"
	case mode.IsDir():
		return "a directory"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device"
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}
