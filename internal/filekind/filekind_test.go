package filekind

import (
	"io/fs"
	"testing"
)

func TestDescribe(t *testing.T) {
	tests := map[fs.FileMode]string{
		0o644:                             "a regular file",
		fs.ModeDir | 0o755:                "a directory",
		fs.ModeNamedPipe:                  "a named pipe (FIFO)",
		fs.ModeSocket:                     "a socket",
		fs.ModeDevice:                     "a device",
		fs.ModeDevice | fs.ModeCharDevice: "a device",
		fs.ModeSymlink:                    "a symbolic link",
		fs.ModeIrregular:                  "not a regular file",
	}
	for mode, want := range tests {
		if got := Describe(mode); got != want {
			t.Errorf("Describe(%v) = %q, want %q", mode, got, want)
		}
	}
}
