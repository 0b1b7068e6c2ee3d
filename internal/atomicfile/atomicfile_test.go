package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
)

// writeString returns a fill function that writes s.
func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// dirEntries returns the names in dir.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// checkContent fails unless the file at path holds want.
func checkContent(t *testing.T, path, want string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("content %q, want %q", got, want)
	}
}

func TestWriteCreatesFileInEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.sarif")
	if err := Write(path, writeString("new content\n")); err != nil {
		t.Fatal(err)
	}
	checkContent(t, path, "new content\n")
	if names := dirEntries(t, dir); !slices.Equal(names, []string{"report.sarif"}) {
		t.Errorf("directory holds %v, want only report.sarif", names)
	}
	if runtime.GOOS != "windows" {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != newFileMode {
			t.Errorf("mode %v, want %v", got, newFileMode)
		}
	}
}

func TestWriteRelativePathInCurrentDirectory(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := Write("out.txt", writeString("x")); err != nil {
		t.Fatal(err)
	}
	checkContent(t, "out.txt", "x")
}

func TestWriteReplacesAndKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := os.WriteFile(path, []byte("old content that is longer\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, writeString("new\n")); err != nil {
		t.Fatal(err)
	}
	checkContent(t, path, "new\n")
	if names := dirEntries(t, dir); !slices.Equal(names, []string{"report.json"}) {
		t.Errorf("directory holds %v, want only report.json", names)
	}
	if runtime.GOOS != "windows" {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != 0o600 {
			t.Errorf("mode %v, want the old file's 0600", got)
		}
	}
}

var errFill = errors.New("fill failed")

func TestWriteKeepsOldContentWhenFillFails(t *testing.T) {
	fills := map[string]func(io.Writer) error{
		"fails at once": func(io.Writer) error { return errFill },
		"fails midway": func(w io.Writer) error {
			if _, err := io.WriteString(w, "partial"); err != nil {
				return err
			}
			return errFill
		},
		"write error midway": func(w io.Writer) error {
			if _, err := io.WriteString(w, "partial"); err != nil {
				return err
			}
			// Close the file under the writer so that the next write really fails.
			if c, ok := w.(io.Closer); ok {
				if err := c.Close(); err != nil {
					return err
				}
			}
			if _, err := io.WriteString(w, "more"); err != nil {
				return errors.Join(errFill, err)
			}
			return nil
		},
	}
	for name, fill := range fills {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "report.xml")
			if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			err := Write(path, fill)
			if !errors.Is(err, errFill) {
				t.Errorf("error %v, want one wrapping %v", err, errFill)
			}
			checkContent(t, path, "old\n")
			if names := dirEntries(t, dir); !slices.Equal(names, []string{"report.xml"}) {
				t.Errorf("directory holds %v, want only report.xml", names)
			}
		})
	}
}

func TestWriteLeavesNoFileWhenFillFailsOnNewPath(t *testing.T) {
	dir := t.TempDir()
	if err := Write(filepath.Join(dir, "new.txt"), func(io.Writer) error { return errFill }); !errors.Is(err, errFill) {
		t.Errorf("error %v, want one wrapping %v", err, errFill)
	}
	if names := dirEntries(t, dir); len(names) != 0 {
		t.Errorf("directory holds %v, want nothing", names)
	}
}

func TestWriteRefusesDirectory(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "sub")
	if err := os.Mkdir(target, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := Write(target, writeString("x")); err == nil {
		t.Error("writing over a directory succeeded")
	}
	if names := dirEntries(t, dir); !slices.Equal(names, []string{"sub"}) {
		t.Errorf("directory holds %v, want only sub", names)
	}
}

func TestWriteMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "out.txt")
	err := Write(path, writeString("x"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v, want one wrapping fs.ErrNotExist", err)
	}
}

func TestWriteFollowsSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "target.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.txt", link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, writeString("new")); err != nil {
		t.Fatal(err)
	}
	checkContent(t, target, "new")
	info, err := os.Lstat(link)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode()&fs.ModeSymlink == 0 {
		t.Error("the symbolic link was replaced by a file")
	}
	if names := dirEntries(t, dir); !slices.Equal(names, []string{"link.txt", "target.txt"}) {
		t.Errorf("directory holds %v", names)
	}
}
